/**
 * The data that templates receive: immutable records read from YAML or JSON, such as the sender's
 * {@link fi.alke.documents.model.LetterheadProfile}.
 */
package fi.alke.documents.model;
