/**
 * ALKE documents: the documents of the Finnish regional development discussions, rendered from ALKE
 * markup to DOCX and PDF/A with the SFS 2487 memo layout.
 *
 * <p>The pipeline is markup ({@link fi.alke.documents.markup.MarkupParser}) → document tree
 * ({@link fi.alke.documents.tree}) → renderers ({@link fi.alke.documents.docx.DocxRenderer},
 * {@link fi.alke.documents.pdf.PdfRenderer}) over one {@link fi.alke.documents.style.PageStyle}. The entry
 * point that puts it together with the stock templates is {@code fi.alke.documents.api.AlkeDocuments}, in
 * alke-templates.
 *
 * <p>Everything a caller can get wrong is an {@link fi.alke.documents.AlkeException}, whose
 * {@link fi.alke.documents.Problem}s say where and what. {@code fi.alke.documents.internal} is not API.
 */
package fi.alke.documents;
