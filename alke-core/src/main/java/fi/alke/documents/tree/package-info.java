/**
 * The document tree: an immutable, format-neutral representation of one ALKE document.
 *
 * <p>The markup parser builds it and both renderers read it; nothing here knows about DOCX or PDF.
 * Block and inline nodes are sealed interfaces over records, so a renderer's {@code switch} over them
 * is checked by the compiler to be complete.
 */
package fi.alke.documents.tree;
