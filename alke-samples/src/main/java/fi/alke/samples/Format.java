package fi.alke.samples;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import java.util.List;

/** The output formats of the command line ({@code --format docx,pdf}). */
enum Format {
    DOCX, PDF;

    /** One renderer per format, all laid out from the SFS 2487 page style. */
    static List<DocumentRenderer> renderers(List<Format> formats) {
        PageStyle style = PageStyle.sfs2487();
        return formats.stream().distinct()
                .map(format -> format == DOCX ? (DocumentRenderer) new DocxRenderer(style) : new PdfRenderer(style))
                .toList();
    }
}
