package fi.alke.documents.pdf;

import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
    static final PdfName LBL = new PdfName("Lbl");
    static final PdfName LBODY = new PdfName("LBody");
    private static final PdfName[] H = {new PdfName("H1"), new PdfName("H2"), new PdfName("H3")};
    private static final PdfName ALT = new PdfName("Alt");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfDictionary PAGINATION = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
    }

    private final PdfWriter writer;
    private PdfStructureElement root;
    private PdfStructureElement marking;
    private final List<PdfStructureElement> links = new ArrayList<>();
    private final List<PdfAnnotation> pending = new ArrayList<>();
    private int annotations;
    private PdfContentByte tableText;

    /** Makes the writer's PDF tagged (MarkInfo, StructTreeRoot, tab order by structure); before it opens. */
    Tags(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
        writer.setTabs(PdfName.S);
    }

    /** The {@code Document} element, parent of the head's and the body's blocks; once the document is open. */
    PdfStructureElement root() {
        if (root == null) {
            root = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        }
        return root;
    }

    /** The heading element of a level 1–3. */
    static PdfName heading(int level) {
        return H[level - 1];
    }

    /** A new element of the type as the last child of {@code parent}. */
    static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /**
     * A new element of the type as the last child of {@code parent}, its text in {@code lang} (a BCP 47
     * tag) where that is not the document's; {@code null} keeps the catalog's language.
     */
    static PdfStructureElement element(PdfStructureElement parent, PdfName type, String lang) {
        PdfStructureElement element = new PdfStructureElement(parent, type);
        if (lang != null) {
            element.put(PdfName.LANG, new PdfString(lang));
        }
        return element;
    }

    /** A Figure with its alternative text. */
    static PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement figure = new PdfStructureElement(parent, FIGURE);
        figure.put(ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
        return figure;
    }

    /** Draws {@code content} on the canvas as marked content of {@code element} on the current page. */
    void mark(PdfContentByte canvas, PdfStructureElement element, Runnable content) {
        canvas.beginMarkedContentSequence(element);
        marking = element;
        try {
            content.run();
        } finally {
            marking = null;
            canvas.endMarkedContentSequence();
        }
    }

    /**
     * Ends the marked content being drawn and goes on drawing as marked content of {@code next}, on the
     * same page: a list item's marker, which OpenPDF draws after the item's text. Does nothing while
     * nothing is being marked (a list in a table's cell, which the table marks afterwards).
     */
    void continueAs(PdfContentByte canvas, PdfStructureElement next) {
        if (marking == null) {
            return;
        }
        canvas.endMarkedContentSequence();
        canvas.beginMarkedContentSequence(next);
        marking = next;
    }

    /**
     * Names the canvas a table being flowed writes its cells' text to, {@code null} when it is written;
     * where a cell's text stands on it tells {@link TableTags} where the cell's parts end.
     */
    void writingTable(PdfContentByte text) {
        this.tableText = text;
    }

    /** The canvas the table being flowed writes its cells' text to, or {@code null}. */
    PdfContentByte tableText() {
        return tableText;
    }

    /**
     * Tags a link annotation drawn inside the content being marked: a Link element in that content's
     * element, after the text marked so far, holding the annotation through an object reference, and
     * the annotation's StructParent pointing back to it in the ParentTree. A link drawn while nothing
     * is being marked (in a table's cell, marked afterwards) waits for {@link #claimLinks}.
     */
    void link(PdfAnnotation annotation) {
        if (marking == null) {
            pending.add(annotation);
        } else {
            link(marking, annotation);
        }
    }

    /** The links drawn since the last claim while nothing was being marked, for the caller to place. */
    List<PdfAnnotation> claimLinks() {
        List<PdfAnnotation> claimed = List.copyOf(pending);
        pending.clear();
        return claimed;
    }

    /** Tags the annotation as a Link in {@code parent}, after what {@code parent} holds so far. */
    void link(PdfStructureElement parent, PdfAnnotation annotation) {
        PdfObject k = parent.get(PdfName.K);
        if (k != null && k.isNumber()) { // OpenPDF's single MCID; an array may mix MCIDs and elements
            PdfArray kids = new PdfArray();
            kids.add(k);
            parent.put(PdfName.K, kids);
        }
        PdfStructureElement link = new PdfStructureElement(parent, PdfName.LINK);
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, annotation.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        link.put(PdfName.K, new PdfArray(objr));
        if (parent.get(PdfName.K) instanceof PdfArray kids && kids.getPdfObject(0).isNumber()) {
            // OpenPDF writes the elements of a /K that begins with an MCID as they are, inline: refer to
            // the Link instead and write it at the end.
            kids.set(kids.size() - 1, link.getReference());
            links.add(link);
        }
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        annotations++;
    }

    /**
     * Writes the ParentTree's next key, which OpenPDF leaves out: it gives every page a key and every
     * tagged annotation one. Call when all pages and annotations are written.
     */
    void finish(int pages) {
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " link(s) drawn outside any tagged content");
        }
        writer.getStructureTreeRoot().put(PdfName.PARENTTREENEXTKEY, new PdfNumber(pages + annotations));
        for (PdfStructureElement link : links) {
            try {
                writer.addToBody(link, link.getReference());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Draws {@code content} as a pagination artifact: running headers and page numbers. */
    static void artifact(PdfContentByte canvas, Runnable content) {
        canvas.beginMarkedContentSequence(ARTIFACT, PAGINATION, true);
        content.run();
        canvas.endMarkedContentSequence();
    }
}
