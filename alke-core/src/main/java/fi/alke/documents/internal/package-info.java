/**
 * Not API: helpers public only so that the project's own modules (the entry point, the command line) and
 * several packages of alke-core can share them — atomic file writing, a table's grid of spans, the names
 * of stored properties, image probing, docx4j's start-up. They may change or go without notice; use
 * {@code fi.alke.documents.api.AlkeDocuments} and the packages it names instead.
 */
package fi.alke.documents.internal;
