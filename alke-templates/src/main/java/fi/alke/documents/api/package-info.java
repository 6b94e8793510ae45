/**
 * The entry point of ALKE documents: {@link fi.alke.documents.api.AlkeDocuments} reads input files, turns
 * documents of the model into document trees with the stock templates (in this jar) or an author's own,
 * and renders them as DOCX and PDF; {@link fi.alke.documents.api.Format} names the formats.
 *
 * <pre>{@code
 * AlkeDocuments alke = AlkeDocuments.create();
 * alke.render(alke.read(Path.of("paatos.yaml")), Path.of("paatos.docx"), Path.of("paatos.pdf"));
 * }</pre>
 *
 * <p>What a caller can get wrong is a {@link fi.alke.documents.AlkeException}, its problems as data.
 */
package fi.alke.documents.api;
