package fi.alke.documents.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table whose rows are measured once. OpenPDF measures every row of a fixed-width table again each
 * time it places the table on a page, laying out the text of every cell, so a table of n rows over p
 * pages cost n × p cell layouts: a 200-page table took seconds per page. Here the rows are measured on
 * the first placement only; a row OpenPDF splits at a page break is a new row, which measures itself
 * when asked its height.
 *
 * <p>Only {@link #calculateHeights(boolean)} is changed, and only after {@link #complete()}: while
 * cells are being added, and once when it is first placed, the table measures as OpenPDF does (the
 * row spans' heights included).
 *
 * <p>A row that runs over pages is split here, page by page, before OpenPDF would split it
 * ({@link #splitAtFoot}). OpenPDF splits such a row the same way but then measures the whole rest of it
 * for each page (so a cell of text running over p pages cost p times its length) and, from then on,
 * every remaining row of the table again for each page. Here the rest is measured no further than a
 * page: it is longer than a page, or it is measured exactly.
 */
final class MeasuredTable extends PdfPTable {
    private boolean complete;
    private boolean measured;

    MeasuredTable(int columns) {
        super(columns);
    }

    /** All the rows are added: from the next measuring on, the rows are measured once. */
    void complete() {
        complete = true;
    }

    /** All the rows are added and each is measured at its final width and height: never measure them again. */
    void completeAndMeasured() {
        complete = true;
        measured = true;
    }

    /** The rows before this one are written on earlier pages. */
    private int written;

    /** Adds the table's next rows: a group that no cell spans out of, each row with its final height. */
    @FunctionalInterface
    interface Feed {
        /** @return {@code false} if no rows were left to add */
        boolean addNext();
    }

    /** What adds the rest of the rows, {@code null} once all are added. */
    private Feed feed;

    /**
     * Lets the table's body rows be added as the pages need them: the first group now, the others as
     * {@link #splitAtFoot} finds that the rows it has would end the table on the coming page. OpenPDF lays
     * out a table from the rows it holds, page by page (ColumnText#goComposite asks for the table's size each
     * time), so a table that holds more than a page's rows past where the page starts is placed as if all
     * were there, and a long table holds about a page of rows with their laid-out text, not all of them.
     */
    void feed(Feed feed) {
        this.feed = feed;
        more();
    }

    /** Adds the next group of rows, if any are left. */
    private void more() {
        if (feed != null && !feed.addNext()) {
            feed = null;
        }
    }

    /** Adds rows until those from {@code next} on are more than {@code page} high or none are left. */
    private void fill(List<PdfPRow> rows, int next, float page) {
        float height = 0;
        int i = next;
        while (feed != null) {
            for (; i < rows.size(); i++) {
                height += rows.get(i).getMaxHeights();
                if (height > page) {
                    return;
                }
            }
            more();
        }
    }


    /**
     * Makes the rows that go on a page fit it, as OpenPDF would place them. The page's rows start at
     * {@code next}, under the header rows, from {@code top} down to {@code bottom}; a page of the table
     * holds {@code page} points of rows and header. When the first of these rows does not fit, it is split
     * where the page ends, as OpenPDF splits a row at a page's foot, into the part that fits and the rest;
     * so is a later row that does not fit if it breaks across pages ({@link #breaksAcrossPages}).
     *
     * @param fresh whether nothing is on the page yet: a row is split there even if it does not break
     * @return {@code false} if the first row goes to the next page: nothing of it fits above {@code bottom}, or
     *         it does not break across pages, fits on a page and the page has something on it already
     */
    boolean splitAtFoot(int next, float top, float bottom, float page, boolean fresh) {
        List<PdfPRow> rows = getRows();
        fill(rows, next, page);
        if (flowPieces(rows, next)) {
            fill(rows, next, page); // the rows from next on may be lower now: a page of them again
        }
        continueSpans(rows, next);
        // The rows written on earlier pages are let go, as OpenPDF lets go of those of a table it splits, so that
        // a long table does not hold every row's laid-out text to its end; but not those of a span that still reaches
        // this page (one of a picture or turned text, which continueSpans leaves to OpenPDF: it continues the cell
        // here from the row it starts in, PdfPTable#getRows).
        int needed = firstNeeded(rows, Math.min(next, rows.size()));
        for (int i = Math.max(written, getHeaderRows()); i < needed; i++) {
            PdfPRow row = rows.get(i);
            if (row != null) {
                spanned.remove(row);
                breaking.remove(row);
                for (PdfPCell cell : row.getCells()) {
                    pieces.remove(cell);
                }
                rows.set(i, null);
            }
        }
        written = Math.max(written, needed);
        // The rows that fit, as OpenPDF counts them (ColumnText#goComposite).
        float y = top - getHeaderHeight();
        int index = next;
        while (index < rows.size() && rows.get(index) != null && y - rows.get(index).getMaxHeights() >= bottom) {
            y -= rows.get(index).getMaxHeights();
            index++;
        }
        if (top - getHeaderHeight() < bottom && index == next) {
            // OpenPDF drops a table whose header rows do not fit where it starts (ColumnText#goComposite
            // removes it on its first pass): start it on the next page instead.
            return false;
        }
        if (index >= rows.size() || rows.get(index) == null) {
            return true;
        }
        PdfPRow row = rows.get(index);
        if (index == next && !fresh && !breaks(row) && row.getMaxHeights() <= page - getHeaderHeight()) {
            return false; // the table's first row moves whole to the next page, as the DOCX's (cantSplit)
        }
        if (!splittable(index) || index > next && !breaks(row)) {
            if (index == next) {
                // OpenPDF may split this row itself, on a copy of the table that it lays out from then on
                // (ColumnText#goComposite): the copy must hold every row.
                while (feed != null) {
                    more();
                }
            }
            return true;
        }
        float height = y - bottom;
        while (y - height < bottom) {
            height = Math.nextDown(height); // so that OpenPDF, subtracting it, finds that the part fits
        }
        if (height <= 0) {
            return false; // not even the header fits here
        }
        PdfPCell[] cells = row.getCells();
        PdfPCell[] rest = new PdfPCell[cells.length];
        boolean nothing = true;
        List<Runnable> links = new java.util.ArrayList<>(); // the pieces of shared spans that go on in the rest
        for (int k = 0; k < cells.length; k++) {
            PdfPCell cell = cells[k];
            if (cell == null) {
                continue; // a column that the cell before spans
            }
            rest[k] = new PdfPCell(cell);
            ColumnText column = ColumnText.duplicate(cell.getColumn());
            float start = PdfPRow.setColumn(column, cell.getLeft() + cell.getEffectivePaddingLeft(),
                    cell.getTop() + cell.getEffectivePaddingBottom() - height,
                    cell.getRight() - cell.getEffectivePaddingRight(), cell.getTop() - cell.getEffectivePaddingTop());
            int status = go(column);
            boolean empty = column.getYLine() == start;
            if (empty) {
                rest[k].setColumn(ColumnText.duplicate(cell.getColumn()));
            } else if (ColumnText.hasMoreText(status)) {
                rest[k].setColumn(Continued.of(column));
            } else {
                rest[k].setPhrase(null);
            }
            column.setFilledWidth(0);
            Piece piece = pieces.get(cell);
            // A row of a shared-out span splits where a line of its own cells fits, not where only the span's does
            // (its line reaches a little higher, SharedSpans): there LibreOffice moves the row to the next page.
            nothing &= empty || piece != null && piece.previous != null && ownText(cells);
            if (piece != null) {
                PdfPCell after = rest[k];
                after.setPaddingTop(piece.normalTop); // it starts the next page
                links.add(() -> piece.goesOnIn(after, pieces));
            }
        }
        if (nothing) {
            return index > next; // a later row goes to the next page anyway
        }
        for (PdfPCell cell : cells) {
            if (cell != null) {
                cell.setFixedHeight(height);
            }
        }
        row.calculateHeights();
        links.forEach(Runnable::run);
        Rest after = new Rest(rest, getAbsoluteWidths(), page - getHeaderHeight());
        rows.add(index + 1, after);
        if (breaking.contains(row)) {
            breaking.add(after);
        }
        return true;
    }

    /** Whether a cell of the row that is no piece of a shared-out span ({@link #pieces}) holds text. */
    private boolean ownText(PdfPCell[] cells) {
        for (PdfPCell cell : cells) {
            if (cell != null && !pieces.containsKey(cell) && cell.getColumn() != null
                    && cell.getCompositeElements() != null && !cell.getCompositeElements().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The pieces of cells spanning rows whose text is shared out over the rows ({@link SharedSpans}). */
    private final Map<PdfPCell, Piece> pieces = new IdentityHashMap<>();

    /** A piece of a span's shared-out text, and the one before it that its first line follows. */
    private static final class Piece {
        private Piece previous;
        private Piece next;
        private final PdfPCell cell;
        private final float normalTop;

        Piece(PdfPCell cell, float normalTop) {
            this.cell = cell;
            this.normalTop = normalTop;
        }

        /** Its text goes on in {@code rest}, the rest of its row split at a page's foot: the next piece follows that. */
        void goesOnIn(PdfPCell rest, Map<PdfPCell, Piece> pieces) {
            Piece after = new Piece(rest, normalTop);
            after.previous = this;
            after.next = next;
            if (next != null) {
                next.previous = after;
            }
            next = after;
            pieces.put(rest, after);
        }
    }

    /**
     * The pieces, as this table holds them and in the order of its rows, that share out a span's text; {@code
     * normalTop} a cell's own top padding.
     */
    void sharedOut(List<PdfPCell> chain, float normalTop) {
        Piece before = null;
        for (PdfPCell cell : chain) {
            Piece piece = new Piece(cell, normalTop);
            piece.previous = before;
            if (before != null) {
                before.next = piece;
            }
            pieces.put(cell, piece);
            before = piece;
        }
    }

    /**
     * Sets the lines of shared-out spans on the page starting at row {@code next}: a piece in that row starts as a
     * cell does, and each later piece follows the one before on this page, their rows measured again where they
     * change ({@link SharedSpans}).
     *
     * @return whether a row was measured again
     */
    private boolean flowPieces(List<PdfPRow> rows, int next) {
        if (pieces.isEmpty()) {
            return false;
        }
        boolean measured = false;
        Map<Piece, float[]> placed = new IdentityHashMap<>(); // a piece's row top and height on this page
        float top = 0;
        for (int j = next; j < rows.size() && rows.get(j) != null; j++) {
            PdfPRow row = rows.get(j);
            boolean goesOn = false;
            boolean changed = false;
            for (PdfPCell cell : row.getCells()) {
                Piece piece = cell == null ? null : pieces.get(cell);
                if (piece == null || piece.previous == null) {
                    continue;
                }
                goesOn = true;
                float[] before = placed.get(piece.previous);
                float padding = before == null ? piece.normalTop : SharedSpans.topPadding(piece.normalTop,
                        SharedSpans.nextLineTop(before[0], before[1], piece.previous.cell.getEffectivePaddingBottom()), top);
                if (padding != cell.getPaddingTop()) {
                    cell.setPaddingTop(padding);
                    changed = true;
                }
            }
            if (!goesOn && j > next) {
                break; // the pieces from here on are placed as they were made
            }
            if (changed) {
                row.calculateHeights();
                measured = true;
            }
            for (PdfPCell cell : row.getCells()) {
                Piece piece = cell == null ? null : pieces.get(cell);
                if (piece != null) {
                    placed.put(piece, new float[] {top, cell.getMaxHeight()});
                }
            }
            top += row.getMaxHeights();
        }
        return measured;
    }

    /**
     * Where the page's rows start at {@code next} inside cells spanning rows from the page before, each such cell
     * ends there and the rest of its text goes on in a cell of the page's first row that spans the rest of its
     * rows, as a row split at a page's foot goes on ({@link Continued}). OpenPDF would go on with the cell itself
     * (PdfPTable#getRows): it starts the block after what the page before showed a full leading lower, and what
     * then does not fit the cell's rows is lost.
     */
    private void continueSpans(List<PdfPRow> rows, int next) {
        if (next <= getHeaderRows() || next >= rows.size() || rows.get(next) == null) {
            return;
        }
        PdfPCell[] into = rows.get(next).getCells();
        float above = 0; // the height of the rows from the one looked at to the page's first
        for (int i = next - 1; i >= getHeaderRows(); i--) {
            PdfPRow row = rows.get(i);
            if (row == null || !spanned.contains(row)) {
                break; // a span covers its rows without a gap: none reaches past a row no span covers
            }
            above += row.getMaxHeights();
            PdfPCell[] cells = row.getCells();
            for (int k = 0; k < cells.length; k++) {
                PdfPCell cell = cells[k];
                if (cell == null || i + cell.getRowspan() <= next || cell.getColumn() == null
                        || cell.getImage() != null || cell.getRotation() != 0) {
                    continue;
                }
                PdfPCell rest = new PdfPCell(cell);
                ColumnText column = ColumnText.duplicate(cell.getColumn());
                // laid out as the page before wrote it: the cell as high as its rows there
                float start = PdfPRow.setColumn(column, cell.getLeft() + cell.getEffectivePaddingLeft(),
                        cell.getTop() + cell.getEffectivePaddingBottom() - above,
                        cell.getRight() - cell.getEffectivePaddingRight(), cell.getTop() - cell.getEffectivePaddingTop());
                int status = go(column);
                if (column.getYLine() == start) {
                    rest.setColumn(ColumnText.duplicate(cell.getColumn()));
                } else if (ColumnText.hasMoreText(status)) {
                    rest.setColumn(Continued.of(column));
                } else {
                    rest.setPhrase(null);
                }
                rest.setRowspan(i + cell.getRowspan() - next);
                rest.setLeft(cell.getLeft());
                rest.setRight(cell.getRight());
                rest.setTop(cell.getTop());
                into[k] = rest;
                cell.setRowspan(next - i);
            }
        }
    }

    /**
     * The first of the rows before {@code next} that a cell spanning rows into {@code next} or further starts in,
     * else {@code next}. A span covers rows without a gap, so the search stops at a row no span reaches.
     */
    private int firstNeeded(List<PdfPRow> rows, int next) {
        int needed = next;
        for (int i = next - 1; i >= getHeaderRows(); i--) {
            PdfPRow row = rows.get(i);
            if (row == null || !spanned.contains(row)) {
                break;
            }
            for (PdfPCell cell : row.getCells()) {
                if (cell != null && i + cell.getRowspan() > next) {
                    needed = i;
                }
            }
        }
        return needed;
    }

    /** The rows of long text, which break across pages where they stand ({@link fi.alke.documents.tree.Table.Row#breaksAcrossPages()}). */
    private final Set<PdfPRow> breaking = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Whether the row breaks across pages where it stands: every row of a table whose rows split late (a
     * layout table: a labelled block, the contact block), and a row of long text in a ruled table.
     */
    private boolean breaks(PdfPRow row) {
        return !isSplitLate() || breaking.contains(row);
    }

    /** The row breaks across pages where it stands, rather than move whole to the next page. */
    void breaksAcrossPages(PdfPRow row) {
        breaking.add(row);
    }

    /** The rows that a cell spanning rows starts in or reaches into. */
    private final Set<PdfPRow> spanned = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A cell spanning rows starts in the row or reaches into it. */
    void spansRows(PdfPRow row) {
        spanned.add(row);
    }

    /**
     * Whether the row is split here: a row of text cells. A row a span reaches into or out of, or one with a
     * picture or turned text, is left to OpenPDF.
     */
    private boolean splittable(int index) {
        PdfPRow row = getRows().get(index);
        if (spanned.contains(row)) {
            return false;
        }
        for (PdfPCell cell : row.getCells()) {
            if (cell != null && (cell.getImage() != null || cell.getRotation() != 0 || cell.isNoWrap()
                    || cell.getColumn() == null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell's text continuing on the next page. Its first line there stands an ascent below the cell's top, as
     * a word processor sets it and as OpenPDF sets a cell's first line; OpenPDF would set it a full leading
     * down when the paragraph it continues was not the cell's first (as every group of lines but the first of
     * a long paragraph is, {@link LineGroups}).
     */
    private static final class Continued extends ColumnText {
        private Continued() {
            super(null);
        }

        static ColumnText of(ColumnText column) {
            Continued continued = new Continued();
            continued.setACopy(column);
            if (continued.compositeColumn != null) {
                continued.compositeColumn.setUseAscender(column.isUseAscender());
            }
            return continued;
        }
    }

    private static int go(ColumnText column) {
        try {
            return column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF could not lay out a table cell: " + e.getMessage(), e);
        }
    }

    /**
     * The rest of a split row. Measured no further than {@code limit}, a page of rows: a rest that is longer
     * counts as a page and a point, enough for it to be split again on the next page, and is laid out only
     * as far as that page goes.
     */
    private static final class Rest extends PdfPRow {
        private final float limit;

        Rest(PdfPCell[] cells, float[] widths, float limit) {
            super(cells);
            this.limit = limit;
            setWidths(widths);
        }

        @Override
        public float calculateHeights() {
            for (PdfPCell cell : getCells()) {
                if (cell == null) {
                    continue;
                }
                if (cell.hasFixedHeight()) {
                    return super.calculateHeights(); // split for its page: as high as the page's rest
                }
                if (cell.getColumn() == null) {
                    continue;
                }
                ColumnText column = ColumnText.duplicate(cell.getColumn());
                float top = cell.getTop() - cell.getEffectivePaddingTop();
                PdfPRow.setColumn(column, cell.getLeft() + cell.getEffectivePaddingLeft(), top - limit,
                        cell.getRight() - cell.getEffectivePaddingRight(), top);
                if (ColumnText.hasMoreText(go(column))) {
                    maxHeight = limit + 1;
                    calculated = true;
                    return maxHeight;
                }
            }
            return super.calculateHeights();
        }
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        if (firsttime && complete) {
            if (measured) {
                // OpenPDF asks on every page only for the table's total, which nothing placing it uses; summing the
                // rows again would cost every row on every page, and OpenPDF measures again the rows it has
                // written. Each row's own height is asked for where it is placed.
                return totalHeight;
            }
            measured = true;
        }
        return super.calculateHeights(firsttime);
    }
}
