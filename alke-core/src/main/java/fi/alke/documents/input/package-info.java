/**
 * Input files: documents written as YAML or JSON, each starting with {@code kind:}, validated against
 * the published JSON Schema of their kind and read into the {@linkplain fi.alke.documents.model model}.
 * Every problem of a file is reported at once, with the file, the field path and the line.
 */
package fi.alke.documents.input;
