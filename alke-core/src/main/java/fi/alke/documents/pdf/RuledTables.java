package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import fi.alke.documents.internal.TableGrid;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Table;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A ruled table of the tree as an OpenPDF table ({@link MeasuredTable}): its rows made a group at a time as the
 * pages need them, each cell's borders, padding, shading and tagging, and the cells spanning rows that pages break
 * ({@link SharedSpans}). The text in its cells is set by {@link Elements}.
 */
final class RuledTables {
    private final Elements elements;
    private final PageStyle style;

    RuledTables(Elements elements, PageStyle style) {
        this.elements = elements;
        this.style = style;
    }

    /**
     * A table at the given width: header rows repeat on every page, spans as in the tree; its rows and
     * cells tagged through {@code tags}. Its body rows are made as the pages need them ({@link MeasuredTable#feed}),
     * so that a long table holds about a page of laid-out rows rather than all of them. {@code room} is the height a
     * page has for the table, its header rows included.
     */
    PdfPTable table(Table table, float width, float room, TableTags tags) {
        MeasuredTable t = new MeasuredTable(table.columnCount());
        double[] scaled = table.scaledWidths(width);
        float[] widths = new float[scaled.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) scaled[i];
        }
        Elements.setWidths(t, widths);
        t.setHeaderRows(table.headerRows().size());
        // A row that does not fit moves whole to the next page, as the DOCX's rows do (cantSplit);
        // only a row taller than a page is split, and a row of long text breaks where it stands (MeasuredTable).
        t.setSplitLate(true);
        t.setTableEvent(tags);
        // Every row's and cell's structure element now, in the order of the rows: the structure tree holds
        // them to the end anyway, and they are numbered in the file as they are made.
        Rows header = new Rows(t, table.headerRows(), true, tags, Float.POSITIVE_INFINITY);
        Rows body = new Rows(t, table.bodyRows(), false, tags, room);
        header.add(table.headerRows().size());
        if (header.everySpanCanGrow() && body.everySpanCanGrow()) {
            t.completeAndMeasured(); // every row has its final height when added: as OpenPDF measured it, or as grown
            t.feed(() -> body.add(ROWS_AT_A_TIME));
            return t;
        }
        // A cell spanning rows none of which has a cell of its own to grow: only OpenPDF's measuring of the whole
        // table shares its height out (RowSpanHeights).
        body.add(table.bodyRows().size());
        t.calculateHeights(header.ungrown || body.ungrown);
        t.completeAndMeasured();
        return t;
    }

    /** The fewest body rows made at a time: more when a span reaches past them. */
    private static final int ROWS_AT_A_TIME = 16;

    /**
     * A ruled table's header or body rows, added to its OpenPDF table a group at a time.
     *
     * <p>OpenPDF breaks a cell spanning rows only between its rows: where a row that it covers must itself be
     * split at a page's foot, being taller than a page, the rest of the span's text is lost, and a table that
     * cannot be placed otherwise stops the document. So where a span's rows, once it has grown them, would hold a
     * row taller than a page, every span of those rows (those joined to it by spanning a row in common) is shared
     * out over its rows instead, as a word processor flows a merged cell's text down its rows: in each row as many
     * of its lines as the row is high, the rest in its last row, in cells open where they meet so that they look
     * one. The rows then break across pages as rows of their own do.
     */
    private final class Rows {
        private final MeasuredTable t;
        private final List<Table.Row> rows;
        private final boolean header;
        private final List<int[]> starts;
        private final TableTags.Cell[][] events;
        /** The height a page has for the table, its header rows included: a span that would make a row taller than
         *  what is left of it under the header is shared out over its rows. */
        private final float room;
        /** The next of these rows to add. */
        private int next;
        /** Whether a span added is taller than its rows and none of them can grow for it (RowSpanHeights). */
        private boolean ungrown;

        Rows(MeasuredTable t, List<Table.Row> rows, boolean header, TableTags tags, float room) {
            this.t = t;
            this.rows = rows;
            this.header = header;
            this.room = room;
            this.starts = TableGrid.startColumns(rows, t.getNumberOfColumns());
            this.events = new TableTags.Cell[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                tags.row(header);
                List<Table.Cell> cells = rows.get(r).cells();
                events[r] = new TableTags.Cell[cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    Table.Cell c = cells.get(i);
                    events[r][i] = tags.cell(header, c.colspan(), c.rowspan());
                }
            }
        }

        /**
         * Adds the next {@code least} rows, and more up to where no cell spans past them, with their spans'
         * heights settled; {@code false} if none were left.
         */
        boolean add(int least) {
            if (next >= rows.size()) {
                return false;
            }
            int from = next;
            // The table's index of the first row added now: rows are added at its end, while the rows before
            // may have been split into more (MeasuredTable#splitAtFoot), so the tree's index is not the table's.
            int first = t.size();
            int reach = from; // the first row no span from the rows so far covers
            int to = from;
            while (to < rows.size() && (to - from < least || to < reach)) {
                reach = Math.max(reach, reach(to));
                to++;
            }
            // The cells' blocks are given to their tagging only once it is settled which cells they stand in.
            Made[][] made = new Made[to - from][];
            for (int r = from; r < to; r++) {
                List<Table.Cell> cells = rows.get(r).cells();
                made[r - from] = new Made[cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    List<Part> content = content(cells.get(i), header, textWidth(r, i), false);
                    PdfPCell cell = shell(cells.get(i), header, events[r][i]);
                    content.forEach(part -> cell.addElement(part.element()));
                    made[r - from][i] = new Made(cell, content);
                    t.addCell(cell);
                }
            }
            RowSpanHeights.Settled settled = RowSpanHeights.settle(t, first, first + to - from);
            boolean[] shared = tooTall(settled, first, from, to);
            for (int r = from; r < to; r++) {
                if (shared == null || !shared[r - from]) {
                    for (int i = 0; i < made[r - from].length; i++) {
                        register(rows.get(r).cells().get(i), events[r][i], made[r - from][i].parts());
                    }
                }
            }
            if (shared != null) {
                // Added again, the spans of the runs too tall shared out over their rows.
                float[] natural = new float[to - from];
                for (int r = from; r < to; r++) {
                    natural[r - from] = t.getRow(first + r - from).getMaxHeights();
                }
                for (int r = from; r < to; r++) {
                    t.deleteLastRow();
                }
                for (int r = from; r < to; ) {
                    int end = r + 1;
                    if (shared[r - from]) {
                        while (end < to && shared[end - from]) {
                            end++;
                        }
                        new Flow(r, end, natural, from, made).add();
                    } else {
                        for (Made cell : made[r - from]) {
                            t.addCell(cell.cell());
                        }
                    }
                    r = end;
                }
            }
            for (int r = from; r < to; r++) {
                Table.Row row = rows.get(r);
                // A row a span is shared out over moves whole to the next page, as the DOCX's (cantSplit), but where
                // it is taller than a page (its header rows not counted, as LibreOffice counts): LibreOffice breaks it
                // where it stands then, as a row of long text.
                if (row.breaksAcrossPages() || shared != null && shared[r - from]
                        && t.getRow(first + r - from).getMaxHeights() > room) {
                    t.breaksAcrossPages(t.getRow(first + r - from));
                }
                for (Table.Cell c : row.cells()) {
                    for (int s = r; c.rowspan() > 1 && s < Math.min(r + c.rowspan(), rows.size()); s++) {
                        if (shared == null || !shared[s - from]) {
                            t.spansRows(t.getRow(first + s - from));
                        }
                    }
                }
            }
            // A cell spanning rows that is taller than they are grows the last of them, as in a word processor.
            ungrown |= shared == null ? RowSpanHeights.toLastRow(t, settled)
                    : RowSpanHeights.toLastRow(t, first, first + to - from); // the rows were made again
            next = to;
            return true;
        }

        /**
         * Which of the rows {@code from} to {@code to}, just added from the table's row {@code first} on, are in a
         * run joined by spans that would hold a row taller than a page; {@code null} if none are.
         */
        private boolean[] tooTall(RowSpanHeights.Settled settled, int first, int from, int to) {
            boolean[] shared = null;
            for (int s = from, end; s < to; s = end) {
                end = reach(s);
                for (int r = s + 1; r < end; r++) {
                    end = Math.max(end, reach(r));
                }
                if ((end - s > 1 || spans(s))
                        && settled.tallest(first + s - from, first + end - from) > room - t.getHeaderHeight()) {
                    if (shared == null) {
                        shared = new boolean[to - from];
                    }
                    Arrays.fill(shared, s - from, end - from, true);
                }
            }
            return shared;
        }

        /** The first row after {@code r} that no cell of row {@code r} spans into. */
        private int reach(int r) {
            int reach = r + 1;
            for (Table.Cell c : rows.get(r).cells()) {
                reach = (int) Math.max(reach, Math.min((long) r + c.rowspan(), rows.size()));
            }
            return reach;
        }

        private boolean spans(int r) {
            return rows.get(r).cells().stream().anyMatch(c -> c.rowspan() > 1);
        }

        /** The width of the text of row {@code r}'s cell {@code i} as OpenPDF reckons it (PdfPRow#setWidths). */
        private float textWidth(int r, int i) {
            float[] widths = t.getAbsoluteWidths();
            int start = starts.get(r)[i];
            float left = 0;
            for (int k = 0; k < start; k++) {
                left += widths[k];
            }
            float right = left;
            for (int k = start; k < start + rows.get(r).cells().get(i).colspan(); k++) {
                right += widths[k];
            }
            float padding = Elements.pt(style.cellPadding());
            return (right - padding) - (left + padding);
        }

        /** A run of rows joined by spans, added with each span's text shared out over its rows. */
        private final class Flow {
            private final int from;
            private final int to;
            private final float[] natural;
            private final int naturalFrom;
            /** The spans not yet ended, in the order they start. */
            private final List<Open> open = new ArrayList<>();

            /** The cells made of the rows from {@code naturalFrom} on, their blocks not yet given to their tagging. */
            private final Made[][] made;

            /** {@code natural}: the rows' heights from their own cells, indexed from row {@code naturalFrom}. */
            Flow(int from, int to, float[] natural, int naturalFrom, Made[][] made) {
                this.from = from;
                this.to = to;
                this.natural = natural;
                this.naturalFrom = naturalFrom;
                this.made = made;
            }

            void add() {
                float top = 0; // where the row starts, from the run's top
                for (int r = from; r < to; r++) {
                    List<Placed> placed = new ArrayList<>();
                    List<Table.Cell> cells = rows.get(r).cells();
                    for (int i = 0; i < cells.size(); i++) {
                        Table.Cell c = cells.get(i);
                        if (c.rowspan() == 1) {
                            // its blocks were not given to its tagging when it was made (Rows#add): now they are
                            Made cell = made[r - naturalFrom][i];
                            placed.add(new Placed(starts.get(r)[i], cell.cell()));
                            register(c, events[r][i], cell.parts());
                        } else {
                            List<Part> lines = content(c, header, textWidth(r, i), true);
                            register(c, events[r][i], lines);
                            Deque<Element> rest = new ArrayDeque<>();
                            lines.forEach(part -> rest.add(part.element()));
                            open.add(new Open(c, starts.get(r)[i], Math.min(r + c.rowspan(), rows.size()) - 1,
                                    shell(c, header, events[r][i]), rest, textWidth(r, i), top));
                        }
                    }
                    // The row is as high as its own cells and the rest of each span that ends in it; a span going on
                    // has as many of its lines as fit that height.
                    float height = natural[r - naturalFrom];
                    for (Open o : open) {
                        if (o.last == r) {
                            o.piece = o.piece(o.rest.size(), r, top);
                            height = Math.max(height, o.height(o.piece));
                        }
                    }
                    for (Open o : open) {
                        if (o.last > r) {
                            o.piece = o.piece(o.fitting(height, top), r, top);
                        }
                        placed.add(new Placed(o.start, o.piece));
                    }
                    // OpenPDF takes a row's cells from left to right
                    placed.sort(Comparator.comparingInt(Placed::start));
                    int row = r;
                    for (Placed p : placed) {
                        PdfPCell added = t.addCell(p.cell());
                        for (Open o : open) {
                            if (o.piece == p.cell()) {
                                o.added(added, row, top);
                            }
                        }
                    }
                    open.removeIf(o -> o.last == row);
                    top += height;
                }
            }
        }

        /**
         * A span being shared out: its start column and last row, its cell without text, the text not yet placed, and
         * where its next line goes. Each piece's first line stands a leading below the last line of the piece before
         * it, as in one cell: its top padding is made to put it there, a little less than a cell's, so that the line
         * may reach above its row's top ({@link SharedSpans}).
         */
        private final class Open {
            private final Table.Cell cell;
            private final int start;
            private final int last;
            private final PdfPCell shell;
            private final Deque<Element> rest;
            private final float textWidth;
            /** From the run's top, where the next line's box would start but for the top padding. */
            private float lineTop;
            private boolean begun;
            private PdfPCell piece;
            /** How many blocks the piece holds. */
            private int holds;
            /** The pieces as the table holds them, those with text, in order. */
            private final List<PdfPCell> chain = new ArrayList<>();

            Open(Table.Cell cell, int start, int last, PdfPCell shell, Deque<Element> rest, float textWidth,
                    float top) {
                this.cell = cell;
                this.start = start;
                this.last = last;
                this.shell = shell;
                this.rest = rest;
                this.textWidth = textWidth;
                this.lineTop = top;
            }

            /** The span's part in row {@code r}, which starts at {@code top}, holding its next {@code count} blocks. */
            PdfPCell piece(int count, int r, float top) {
                PdfPCell piece = pieceAt(top);
                for (int k = 0; k < count; k++) {
                    piece.addElement(rest.removeFirst());
                }
                holds = count;
                if (begun) {
                    piece.disableBorderSide(Rectangle.TOP);
                    piece.setMinimumHeight(0); // an empty cell keeps a line's height in its first row only
                }
                if (r < last) {
                    piece.disableBorderSide(Rectangle.BOTTOM);
                }
                begun = true;
                return piece;
            }

            /** An empty piece for a row starting at {@code top}, its first line where the text goes on. */
            private PdfPCell pieceAt(float top) {
                PdfPCell piece = new PdfPCell(shell);
                piece.setRowspan(1);
                piece.setPaddingTop(SharedSpans.topPadding(shell.getPaddingTop(), lineTop, top));
                return piece;
            }

            /** The piece as the table holds it, in the row starting at {@code top}: the next line goes below its last. */
            void added(PdfPCell added, int r, float top) {
                if (holds > 0) {
                    lineTop = SharedSpans.nextLineTop(top, height(piece), piece.getEffectivePaddingBottom());
                    chain.add(added);
                }
                if (r == last) {
                    t.sharedOut(chain, shell.getPaddingTop());
                }
            }

            /** How high {@code piece} is, measured as OpenPDF measures a row's cell. */
            float height(PdfPCell piece) {
                place(piece);
                return piece.getMaxHeight();
            }

            /** How many of the blocks not yet placed fit whole in a row {@code height} high starting at {@code top}. */
            int fitting(float height, float top) {
                PdfPCell all = pieceAt(top);
                rest.forEach(all::addElement);
                place(all);
                Fit fit = new Fit(all.getColumn());
                PdfPRow.setColumn(fit, all.getLeft() + all.getEffectivePaddingLeft(),
                        all.getTop() + all.getEffectivePaddingBottom() - height,
                        all.getRight() - all.getEffectivePaddingRight(), all.getTop() - all.getEffectivePaddingTop());
                return rest.size() - fit.left();
            }

            private void place(PdfPCell piece) {
                piece.setLeft(0);
                piece.setRight(textWidth + piece.getEffectivePaddingLeft() + piece.getEffectivePaddingRight());
                piece.setTop(0);
            }
        }

        /** Whether every cell spanning rows spans one that has a cell of its own, which can grow for it. */
        boolean everySpanCanGrow() {
            for (int r = 0; r < rows.size(); r++) {
                for (Table.Cell c : rows.get(r).cells()) {
                    if (c.rowspan() > 1 && !hasSingleRowCell(r, Math.min(r + c.rowspan(), rows.size()))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean hasSingleRowCell(int from, int to) {
            for (int r = from; r < to; r++) {
                if (rows.get(r).cells().stream().anyMatch(c -> c.rowspan() == 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A block of a cell's text as OpenPDF sets it: {@code continued} for a later group of a paragraph's lines. */
    private record Part(Element element, boolean continued) {
    }

    /** A cell of a row and the grid column it starts in. */
    private record Placed(int start, PdfPCell cell) {
    }

    /** A cell made and the blocks it holds. */
    private record Made(PdfPCell cell, List<Part> parts) {
    }

    /** A ruled table's cell without its text: its borders, padding, shading and tagging. */
    private PdfPCell shell(Table.Cell c, boolean header, TableTags.Cell event) {
        PdfPCell cell = new PdfPCell();
        cell.setCellEvent(event);
        cell.setColspan(c.colspan());
        cell.setRowspan(c.rowspan());
        cell.setBorderWidth((float) style.borderWidth());
        cell.setPaddingLeft(Elements.pt(style.cellPadding()));
        cell.setPaddingRight(Elements.pt(style.cellPadding()));
        // Like a word processor's cell: each line as high as its leading, the extra above the ascent.
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        TextStyle text = style.text(header ? TextRole.TABLE_HEADING : TextRole.TABLE_TEXT);
        cell.setPaddingTop(elements.leading(text.size()) - (float) (text.size() * Fonts.CELL_ASCENT_DESCENT));
        cell.setPaddingBottom((float) style.borderWidth()); // word processors add the border to the row
        if (header || c.fillIn()) {
            cell.setBackgroundColor(shade(c));
        }
        if (c.blocks().isEmpty()) {
            // An empty cell keeps one line's height, as in a word processor, so forms can be filled in.
            cell.setMinimumHeight(elements.leading(text.size()) + cell.getPaddingBottom());
        }
        return cell;
    }

    /**
     * A ruled table's cell's text {@code width} wide: a long paragraph in groups of lines ({@link LineGroups}), or
     * each of its lines apart ({@code lineByLine}) to be shared out over rows.
     */
    private List<Part> content(Table.Cell c, boolean header, float width, boolean lineByLine) {
        TextStyle text = style.text(header ? TextRole.TABLE_HEADING : TextRole.TABLE_TEXT);
        List<Part> content = new ArrayList<>();
        for (Block b : c.blocks()) {
            Element e = elements.flow(b, text, text);
            List<? extends Element> parts = !(e instanceof Paragraph p) ? List.of(e)
                    : lineByLine ? LineGroups.lines(p, width) : LineGroups.of(p, width);
            for (int i = 0; i < parts.size(); i++) {
                content.add(new Part(parts.get(i), i > 0));
            }
        }
        return content;
    }

    /**
     * Gives a cell's blocks, in the order the cell holds them, to its tagging: a cell that holds a list is tagged
     * block by block; a cell of paragraphs only is its element's text and needs nothing.
     */
    private static void register(Table.Cell c, TableTags.Cell event, List<Part> content) {
        if (Elements.holdsList(c.blocks())) {
            content.forEach(part -> event.add(part.element(), part.continued()));
        }
    }

    /** A copy of a cell's column that tells how many of its blocks are left once it has laid them out. */
    private static final class Fit extends ColumnText {
        Fit(ColumnText column) {
            super(null);
            setACopy(column);
        }

        /** Lays the blocks out as far as they go and tells how many are left, the one cut short counted. */
        int left() {
            try {
                go(true);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("OpenPDF could not lay out a table cell: " + e.getMessage(), e);
            }
            return compositeElements == null ? 0 : compositeElements.size();
        }
    }

    private Color shade(Table.Cell c) {
        return Color.decode("#" + (c.fillIn() ? style.fillInShade() : style.headerShade()));
    }
}
