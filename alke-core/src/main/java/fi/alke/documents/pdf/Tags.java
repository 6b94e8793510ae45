package fi.alke.documents.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The document's structure tree (tagged PDF, PDF/UA): a {@code Document} root under which each node of
 * the document tree adds its structure element where it is written, and the marked-content helpers.
 *
 * <p>A structure element either holds marked content (MCIDs, through {@link #mark}) or other structure
 * elements, never both: OpenPDF writes one or the other as its {@code /K}. What is drawn outside
 * {@link #mark} must be an {@link #artifact}.
 */
final class Tags {
    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName P = new PdfName("P");
    static final PdfName DIV = new PdfName("Div");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBODY = new PdfName("LBody");
    private static final PdfName[] H = {new PdfName("H1"), new PdfName("H1"), new PdfName("H2"), new PdfName("H3")};
    private static final PdfName ALT = new PdfName("Alt");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfDictionary PAGINATION = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
    }

    private final PdfStructureElement root;

    /** The structure tree's root of a writer made {@link #tagged} whose document is open. */
    Tags(PdfWriter writer) {
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
    }

    /** Makes the writer's PDF tagged (MarkInfo, StructTreeRoot); call before the document opens. */
    static void tagged(PdfWriter writer) {
        writer.setTagged();
    }

    /** The {@code Document} element, parent of the body's blocks. */
    PdfStructureElement root() {
        return root;
    }

    /** The heading element of a level: H1 for the main title and level 1, H2 and H3 below. */
    static PdfName heading(int level) {
        return H[Math.max(0, Math.min(level, 3))];
    }

    /** A new element of the type as the last child of {@code parent}. */
    static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A Figure with its alternative text. */
    static PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement figure = new PdfStructureElement(parent, FIGURE);
        figure.put(ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
        return figure;
    }

    /** Draws {@code content} on the canvas as marked content of {@code element} on the current page. */
    static void mark(PdfContentByte canvas, PdfStructureElement element, Runnable content) {
        canvas.beginMarkedContentSequence(element);
        content.run();
        canvas.endMarkedContentSequence();
    }

    /** Draws {@code content} as a pagination artifact: running headers and page numbers. */
    static void artifact(PdfContentByte canvas, Runnable content) {
        canvas.beginMarkedContentSequence(ARTIFACT, PAGINATION, true);
        content.run();
        canvas.endMarkedContentSequence();
    }
}
