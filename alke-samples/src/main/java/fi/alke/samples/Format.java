package fi.alke.samples;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import java.util.Comparator;
import java.util.List;

/** The output formats of the command line ({@code --format docx,pdf}). */
enum Format {
    DOCX, PDF;

    /**
     * One renderer per format, all laid out from the SFS 2487 page style. When a DOCX is wanted,
     * docx4j's one-time set-up (about a second) starts at once in the background, and the PDF renders
     * first, so that the two overlap: a short-lived process pays for the set-up only once, in parallel.
     */
    static List<DocumentRenderer> renderers(List<Format> formats) {
        PageStyle style = PageStyle.sfs2487();
        if (formats.contains(DOCX)) {
            DocxRenderer.prepareInBackground();
        }
        return formats.stream().distinct().sorted(Comparator.comparing((Format f) -> f != PDF))
                .map(format -> format == DOCX ? (DocumentRenderer) new DocxRenderer(style) : new PdfRenderer(style))
                .toList();
    }
}
