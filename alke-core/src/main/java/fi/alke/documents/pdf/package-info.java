/**
 * The PDF renderer: OpenPDF, PDF/A-2b, Liberation Sans embedded.
 *
 * <p>Blocks are laid out one at a time through {@code ColumnText} ({@link fi.alke.documents.pdf.Pages}),
 * never through {@code Document.add}, so that every node of the tree is written in one place; that is
 * where tagged PDF will wrap each block in its structure element.
 */
package fi.alke.documents.pdf;
