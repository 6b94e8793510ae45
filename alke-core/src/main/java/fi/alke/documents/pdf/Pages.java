package fi.alke.documents.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.style.PageStyle;
import java.io.IOException;

/**
 * The layout cursor: places one element at a time in a column from the current height down, turning
 * pages as needed. Every block of the body goes through {@link #flow}, the one place where content is
 * written to the page.
 */
final class Pages {
    private final Document document;
    private final PdfWriter writer;
    private final PageStyle style;
    private boolean landscape;
    private float y;
    private float pendingSpace;
    private boolean fresh = true;

    Pages(Document document, PdfWriter writer, PageStyle style) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.y = top();
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    boolean landscape() {
        return landscape;
    }

    float y() {
        return y;
    }

    float top() {
        return Elements.pt(style.height(landscape) - style.bodyTop());
    }

    float bottom() {
        return Elements.pt(style.marginBottom());
    }

    /** The x where content starts: the left margin, or the body indent. */
    float left(boolean fromMargin) {
        return Elements.pt(style.marginLeft() + (fromMargin ? 0 : style.bodyIndent()));
    }

    /**
     * The right edge of the text. Word processors round glyph advances on their layout grid, so a line
     * that fits within a fraction of a point here may not fit there; a point of slack makes both break
     * such borderline lines alike.
     */
    float right() {
        return Elements.pt(style.width(landscape) - style.marginRight()) - MEASURE_SLACK;
    }

    private static final float MEASURE_SLACK = 1f;

    /**
     * Writes an element between {@code left} and the right margin, continuing on new pages until it is
     * all placed, then leaves {@code spaceAfter} before whatever comes next on the same page.
     */
    void flow(Element element, float left, float spaceAfter) throws IOException {
        applyPendingSpace();
        ColumnText column = new ColumnText(canvas());
        column.addElement(element);
        while (true) {
            column.setSimpleColumn(left, bottom(), right(), y);
            float before = y;
            int status = go(column, false);
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
            if (fresh && y == before) {
                throw new IOException("a block does not fit on an empty page (an image or table row taller "
                        + "than the page?)");
            }
            newPage();
        }
        fresh = false;
        pendingSpace = spaceAfter;
    }

    /** Whether the element, followed by {@code extra} points, fits in the rest of this page. */
    boolean fits(Element element, float left, float extra) throws IOException {
        ColumnText column = new ColumnText(canvas());
        column.addElement(element);
        float start = y - (fresh ? 0 : pendingSpace);
        column.setSimpleColumn(left, bottom(), right(), start);
        int status = go(column, true);
        return !ColumnText.hasMoreText(status) && column.getYLine() - extra >= bottom();
    }

    /** Reserves vertical room drawn by someone else (the page-one head), like a placed block. */
    void advanceTo(float newY, float spaceAfter) {
        y = newY;
        fresh = false;
        pendingSpace = spaceAfter;
    }

    /** Adds vertical room before the next block, even at the top of a page. */
    void space(float points) {
        applyPendingSpace();
        y -= points;
    }

    void newPage() {
        document.newPage();
        y = top();
        fresh = true;
        pendingSpace = 0;
    }

    /** Switches orientation; the next block starts on a new page of that orientation. */
    void orientation(boolean landscape) {
        if (this.landscape == landscape) {
            return;
        }
        this.landscape = landscape;
        // A wide media box rather than a /Rotate entry, so that content coordinates stay upright.
        document.setPageSize(new Rectangle(Elements.pt(style.width(landscape)), Elements.pt(style.height(landscape))));
        newPage();
    }

    static Rectangle portrait(PageStyle style) {
        return new Rectangle(Elements.pt(style.width(false)), Elements.pt(style.height(false)));
    }

    private void applyPendingSpace() {
        if (!fresh) {
            y -= pendingSpace;
        }
        pendingSpace = 0;
    }

    private static int go(ColumnText column, boolean simulate) throws IOException {
        try {
            return column.go(simulate);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("OpenPDF could not lay out a block: " + e.getMessage(), e);
        }
    }
}
