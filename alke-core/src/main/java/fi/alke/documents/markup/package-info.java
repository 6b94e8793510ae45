/**
 * The ALKE markup: an XHTML-like XML vocabulary described by {@code alke-markup.xsd}, and the parser
 * that validates it and builds the {@linkplain fi.alke.documents.tree document tree}.
 */
package fi.alke.documents.markup;
