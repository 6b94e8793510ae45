package fi.alke.documents.tree;

import fi.alke.documents.internal.TableGrid;
import java.util.List;

/**
 * A table. The constructor checks that the cells of every row, counting column and row spans, cover
 * exactly {@code columnWidths.size()} grid columns, and records where each cell starts.
 *
 * @param columnWidths relative column widths; the renderers scale them to the available width
 * @param headerRows   rows repeated at the top of every page the table runs onto
 * @param bodyRows     the other rows
 * @param fromMargin   {@code true} when the table starts at the left margin instead of the body indent
 */
public record Table(List<Double> columnWidths, List<Row> headerRows, List<Row> bodyRows, boolean fromMargin)
        implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.table(this);
    }


    /** Word's tables have at most 63 columns; a DOCX with more does not open as a table. */
    public static final int MAX_COLUMNS = 63;

    public Table {
        columnWidths = List.copyOf(columnWidths);
        if (columnWidths.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table has " + columnWidths.size() + " columns; at most "
                    + MAX_COLUMNS + " fit, as in Word");
        }
        headerRows = List.copyOf(headerRows);
        bodyRows = List.copyOf(bodyRows);
        if (columnWidths.isEmpty() || columnWidths.stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("a table needs at least one column, all widths positive");
        }
        if (bodyRows.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one body row");
        }
        checkGrid(headerRows, columnWidths.size(), "header row");
        checkGrid(bodyRows, columnWidths.size(), "row");
    }

    /** One row of cells. */
    public record Row(List<Cell> cells) {
        /**
         * How many characters a cell of a row may hold and the row still move whole to the next page when
         * it does not fit at a page's foot: about a page in a narrow column. A row with a longer cell breaks
         * across pages where it stands instead, in both formats: a word processor cannot keep a row taller
         * than a page whole (Word cuts it off at the page's foot), and a long text leaves less of a gap so.
         */
        public static final int LONG_TEXT = 1_000;

        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * Whether the row breaks across pages: a cell of its own (one that spans no rows) holds more than
         * {@link #LONG_TEXT} characters. Other rows move whole to the next page.
         */
        public boolean breaksAcrossPages() {
            return cells.stream().anyMatch(c -> c.rowspan() == 1 && length(c.blocks()) > LONG_TEXT);
        }

        private static int length(List<Block> blocks) {
            int length = 0;
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    for (Inline inline : p.content()) {
                        if (inline instanceof Inline.Text t) {
                            length += t.text().length();
                        } else if (inline instanceof Inline.Link l) {
                            length += l.content().stream().mapToInt(t -> t.text().length()).sum();
                        }
                    }
                } else if (block instanceof ListBlock l) {
                    for (ListBlock.ListItem item : l.items()) {
                        length += length(item.blocks());
                    }
                }
            }
            return length;
        }
    }

    /**
     * One cell.
     *
     * @param colspan grid columns covered, at least 1
     * @param rowspan rows covered, at least 1
     * @param blocks  the cell's content
     * @param fillIn  whether a person fills the cell in: both formats shade it, and a DOCX with such cells
     *                lets only them be edited
     */
    public record Cell(int colspan, int rowspan, List<Block> blocks, boolean fillIn) {
        /** A cell that is not filled in. */
        public Cell(int colspan, int rowspan, List<Block> blocks) {
            this(colspan, rowspan, blocks, false);
        }

        public Cell {
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException(
                        "colspan and rowspan must be at least 1, were " + colspan + " and " + rowspan);
            }
            if (colspan > MAX_COLUMNS) {
                throw new IllegalArgumentException("colspan " + colspan + " spans more than a table's " + MAX_COLUMNS
                        + " columns");
            }
            blocks = Checks.flow("table cell", blocks);
        }
    }

    /** Whether any cell is filled in. */
    public boolean hasFillIn() {
        return java.util.stream.Stream.concat(headerRows.stream(), bodyRows.stream())
                .flatMap(row -> row.cells().stream()).anyMatch(Cell::fillIn);
    }

    /** The number of grid columns. */
    public int columnCount() {
        return columnWidths.size();
    }

    /** The column widths scaled to add up to {@code total}, in the unit of {@code total}. */
    public double[] scaledWidths(double total) {
        double sum = columnWidths.stream().mapToDouble(Double::doubleValue).sum();
        return columnWidths.stream().mapToDouble(w -> total * w / sum).toArray();
    }

    private static void checkGrid(List<Row> rows, int columns, String what) {
        try {
            TableGrid.startColumns(rows, columns);
        } catch (TableGrid.SpanException e) {
            throw new IllegalArgumentException(what + " " + (e.row() + 1) + ": " + e.getMessage(), e);
        }
    }
}
