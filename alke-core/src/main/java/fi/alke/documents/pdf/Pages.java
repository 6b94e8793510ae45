package fi.alke.documents.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.style.PageStyle;
import java.io.IOException;

/**
 * The layout cursor: places one element at a time in a column from the current height down, turning
 * pages as needed. Every block of the body goes through {@link #flow}, the one place where content is
 * written to the page.
 *
 * <p>The cursor follows a word processor's model, in which a line of text is a box with its baseline
 * an ascent below the box's top and a table or picture is a box of its own. OpenPDF instead puts a
 * column's first baseline a full leading below the column's top and ends the column at the last
 * baseline; text columns are therefore started and ended {@code lift} higher than the boxes they
 * stand for. That keeps the PDF's page breaks where LibreOffice and Word put the DOCX's.
 */
final class Pages {
    private final Document document;
    private final PdfWriter writer;
    private final PageStyle style;
    private final float lift;
    private final Tags tags;
    private boolean landscape;
    private float y;
    private float pendingSpace;
    private boolean fresh = true;
    /** Whether this page begins a section (an orientation change), where the first block keeps its space before. */
    private boolean sectionStart;

    /**
     * @param lift a leading less an ascent at the body size: how much higher OpenPDF's text columns
     *             must start than the line boxes they stand for
     */
    Pages(Document document, PdfWriter writer, PageStyle style, float lift, Tags tags) {
        this.tags = tags;
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.lift = lift;
        this.y = textTop();
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    boolean landscape() {
        return landscape;
    }

    /** The top margin: where the text's first line begins. */
    float textTop() {
        return Elements.pt(style.height(landscape) - style.bodyTop());
    }

    /** The height of a page's text: what a block may fill on a page of its own. */
    float room() {
        return textTop() - bottom();
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
     *
     * @param text {@code true} for text laid out in lines (paragraphs, lists, borderless layout
     *             tables), {@code false} for a box (a ruled table, a picture)
     * @param tag  the structure element the element's content belongs to, marked on every page it
     *             reaches; {@code null} for an element that marks its own content (a ruled table)
     * @param splitLines for text, the fewest of its lines that may stand at a page's foot or head
     *             ({@link fi.alke.documents.style.TextStyle#splitLines()}); 1 lets it break anywhere
     */
    void flow(Element element, float left, float spaceAfter, boolean text, PdfStructureElement tag, int splitLines)
            throws IOException {
        java.util.List<com.lowagie.text.Paragraph> groups = text && splitLines < Integer.MAX_VALUE
                && element instanceof com.lowagie.text.Paragraph p && !(element instanceof com.lowagie.text.ListItem)
                ? LineGroups.of(p, right() - left) : java.util.List.of();
        if (groups.size() < 2) {
            flow(element, left, spaceAfter, text, tag, splitLines, splitLines);
            return;
        }
        // A long paragraph's groups of lines go on one after the other as the paragraph's lines would: the
        // fewest lines at a page's foot count for the first group, the fewest at a page's head for the last.
        for (int i = 0; i < groups.size(); i++) {
            boolean last = i == groups.size() - 1;
            flow(groups.get(i), left, last ? spaceAfter : 0, true, tag, i == 0 ? splitLines : 1, last ? splitLines : 1);
        }
    }

    /**
     * {@link #flow(Element, float, float, boolean, PdfStructureElement, int)} with the fewest lines at a
     * page's foot ({@code footLines}) and at its head ({@code headLines}) apart.
     */
    private void flow(Element element, float left, float spaceAfter, boolean text, PdfStructureElement tag,
            int footLines, int headLines) throws IOException {
        applyPendingSpace();
        float shift = text ? lift : 0;
        TableColumn column = new TableColumn(canvas());
        column.addElement(element);
        boolean split = text && (footLines > 1 || headLines > 1);
        // Measured once: a bound for the whole text holds for what is left of it on a later page.
        float certain = split ? certainHeight(element, right() - left) : Float.POSITIVE_INFINITY;
        while (true) {
            column.setSimpleColumn(left, bottom(), right(), y + shift);
            if (split) {
                float foot = certain <= y + shift - bottom() ? bottom()
                        : foot(column, left, y + shift, footLines, headLines);
                if (Float.isNaN(foot)) {
                    newPage();
                    continue;
                }
                column.setSimpleColumn(left, foot, right(), y + shift);
            }
            if (element instanceof MeasuredTable table && column.holds(table)
                    && !table.splitAtFoot(column.nextRow(table), y, bottom(), room(), fresh)) {
                if (fresh && y - table.getHeaderHeight() < bottom()) {
                    // OpenPDF would drop the table without a word
                    throw new IOException("a table's header rows do not fit on an empty page");
                }
                if (!fresh) {
                    newPage();
                    continue;
                }
            }
            float before = y + shift;
            int status = tag == null ? goTable(column) : go(column, tag);
            y = column.getYLine() - shift;
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
            if (fresh && column.getYLine() == before) {
                throw new IOException("a block does not fit on an empty page");
            }
            newPage();
        }
        fresh = false;
        sectionStart = false;
        pendingSpace = spaceAfter;
    }

    /**
     * A height the paragraph (or a list's one item, as the body flows them) certainly fits in: a bound from
     * its glyphs' widths, far cheaper than laying it out. Each line but a paragraph's last holds
     * at least the column's width less the widest word and a space, as lines break at spaces (or sooner),
     * so the lines are at most the hard lines plus the text's width over that; one line more for safety.
     * Infinite when the bound cannot tell, and the text is laid out to see ({@link #foot}).
     */
    private static float certainHeight(Element element, float width) {
        float leading;
        float indent;
        java.util.List<Element> chunks;
        if (element instanceof com.lowagie.text.List list && list.getItems().size() == 1
                && list.getItems().get(0) instanceof com.lowagie.text.ListItem item) {
            leading = item.getTotalLeading();
            indent = list.getIndentationLeft() + list.getIndentationRight() + item.getIndentationLeft()
                    + item.getIndentationRight();
            chunks = item.getChunks();
        } else if (element instanceof com.lowagie.text.Paragraph paragraph
                && !(element instanceof com.lowagie.text.ListItem)) {
            leading = paragraph.getTotalLeading();
            indent = paragraph.getIndentationLeft() + paragraph.getIndentationRight()
                    + Math.abs(paragraph.getFirstLineIndent());
            chunks = paragraph.getChunks();
        } else {
            return Float.POSITIVE_INFINITY;
        }
        double total = 0;
        double word = 0;
        double widest = 0;
        double space = 0;
        int lines = 1;
        for (Element part : chunks) {
            if (!(part instanceof com.lowagie.text.Chunk chunk) || chunk.getFont().getBaseFont() == null
                    || chunk.getImage() != null) {
                return Float.POSITIVE_INFINITY;
            }
            com.lowagie.text.pdf.BaseFont font = chunk.getFont().getBaseFont();
            float size = chunk.getFont().getSize();
            space = Math.max(space, font.getWidthPoint(' ', size));
            String content = chunk.getContent();
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n') {
                    lines++;
                    widest = Math.max(widest, word);
                    word = 0;
                    continue;
                }
                float w = font.getWidthPoint(c, size);
                total += w;
                if (c == ' ') {
                    widest = Math.max(widest, word);
                    word = 0;
                } else {
                    word += w;
                }
            }
        }
        widest = Math.max(widest, word);
        double usable = width - indent - widest - space;
        if (usable <= 0) {
            return Float.POSITIVE_INFINITY;
        }
        return (float) ((Math.ceil(lines + total / usable) + 1) * leading);
    }

    /**
     * Where the text in the column must end on this page for the page's foot to hold at least
     * {@code footLines} of its lines and the next page's head {@code headLines}, as a word processor's widow and orphan control
     * does: the page's bottom when the rest fits or splits well, higher to leave lines for the next
     * page, or NaN when the text must start on the next page (never on a page with nothing on it yet).
     * The text's lines are one leading apart, as every paragraph here is set.
     */
    private float foot(ColumnText column, float left, float top, int footLines, int headLines) throws IOException {
        ColumnText page = ColumnText.duplicate(column);
        if (!ColumnText.hasMoreText(go(page, true))) {
            return bottom();
        }
        int fit = page.getLinesWritten();
        if (fit == 0) {
            return bottom(); // nothing fits here: it goes on the next page anyway
        }
        if (footLines == Integer.MAX_VALUE) {
            return fresh ? bottom() : Float.NaN;
        }
        float leading = (top - page.getYLine()) / fit;
        int here = fit;
        if (headLines > 1) {
            // How many lines are left for the next page, if fewer than headLines: lay out the rest in room for one less.
            page.setSimpleColumn(left, -(headLines - 0.5f) * leading, right(), 0);
            int rest = ColumnText.hasMoreText(go(page, true)) ? headLines : page.getLinesWritten();
            here = Math.min(fit, fit + rest - headLines);
        }
        if (here < footLines || here < 1) {
            return fresh ? bottom() : Float.NaN;
        }
        return here == fit ? bottom() : top - (here + 0.5f) * leading;
    }

    /**
     * Whether the text element, with {@code before} points above it and {@code after} below, fits in
     * the rest of this page.
     */
    boolean fits(Element element, float left, float before, float after) throws IOException {
        ColumnText column = new ColumnText(canvas());
        column.addElement(element);
        float start = y - (spaceApplies() ? pendingSpace : 0) - before + lift;
        column.setSimpleColumn(left, bottom(), right(), start);
        int status = go(column, true);
        return !ColumnText.hasMoreText(status) && column.getYLine() - lift - after >= bottom();
    }

    /**
     * Reserves vertical room drawn by someone else (the page-one head), like a placed block that ends
     * at {@code bottom}.
     */
    void advanceTo(float bottom, float spaceAfter) {
        y = bottom;
        fresh = false;
        sectionStart = false;
        pendingSpace = spaceAfter;
    }

    /**
     * Asks for at least {@code points} of space above the next block. The space between two blocks is
     * the larger of the one's space after and the other's space before, as LibreOffice sets a DOCX;
     * like all space between blocks it is dropped at the top of a page.
     */
    void spaceBefore(float points) {
        pendingSpace = Math.max(pendingSpace, points);
    }

    /** Whether nothing has been placed on this page yet. */
    boolean fresh() {
        return fresh;
    }

    /** Adds vertical room before the next block, even at the top of a page. */
    void space(float points) {
        applyPendingSpace();
        y -= points;
    }

    void newPage() {
        document.newPage();
        y = textTop();
        fresh = true;
        sectionStart = false;
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
        // A word processor keeps the space before the first paragraph of a section, though not on a
        // page that the text flowed onto (LibreOffice sets the DOCX's section breaks so).
        sectionStart = true;
    }

    static Rectangle portrait(PageStyle style) {
        return new Rectangle(Elements.pt(style.width(false)), Elements.pt(style.height(false)));
    }

    private void applyPendingSpace() {
        if (spaceApplies()) {
            y -= pendingSpace;
        }
        pendingSpace = 0;
    }

    /** Space between blocks is dropped at the top of a page, but for the first block of a section. */
    private boolean spaceApplies() {
        return !fresh || sectionStart;
    }

    /**
     * Lays out a column holding a table on this page, on canvases of its own rather than those OpenPDF
     * would make for it (the same layers, added to the page in the same order), so that the table's
     * tags know the canvas its cells' text goes to while the cells are written.
     */
    private int goTable(ColumnText column) throws IOException {
        PdfContentByte[] canvases = PdfPTable.beginWritingRows(canvas());
        column.setCanvases(canvases);
        tags.writingTable(canvases[PdfPTable.TEXTCANVAS]);
        try {
            return go(column, false);
        } finally {
            tags.writingTable(null);
            boolean written = false;
            for (int i = 1; i < canvases.length; i++) {
                written |= canvases[i].getInternalBuffer().size() > 0;
            }
            if (written) {
                PdfPTable.endWritingRows(canvases);
            }
        }
    }

    /** A column that tells which row of its table comes next, so that the table can split it for the page. */
    private static final class TableColumn extends ColumnText {
        TableColumn(PdfContentByte canvas) {
            super(canvas);
        }

        /** Whether the column lays out the table itself, not a copy OpenPDF made to split a row of its own. */
        boolean holds(PdfPTable table) {
            return compositeElements != null && !compositeElements.isEmpty() && compositeElements.getFirst() == table;
        }

        /** The table's first row for the next page: OpenPDF counts rows from 0 before the table has started. */
        int nextRow(PdfPTable table) {
            return Math.max(listIdx, table.getHeaderRows());
        }
    }

    /** Lays out the column as marked content of {@code tag}. */
    private int go(ColumnText column, PdfStructureElement tag) throws IOException {
        int[] status = new int[1];
        IOException[] failure = new IOException[1];
        tags.mark(canvas(), tag, () -> {
            try {
                status[0] = go(column, false);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return status[0];
    }

    private static int go(ColumnText column, boolean simulate) throws IOException {
        try {
            return column.go(simulate);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("OpenPDF could not lay out a block: " + e.getMessage(), e);
        }
    }
}
