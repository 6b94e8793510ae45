package fi.alke.documents.tree;

import java.util.ArrayList;
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


    public Table {
        columnWidths = List.copyOf(columnWidths);
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
        public Row {
            cells = List.copyOf(cells);
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

    /** A number of columns in words: "1 column", "2 columns". */
    private static String columns(int count) {
        return count + (count == 1 ? " column" : " columns");
    }

    /**
     * The grid column each cell of each row starts at, in the order of {@code rows}. Cells covered by a
     * row span from above take up columns without appearing in the row's cell list.
     */
    public static List<int[]> startColumns(List<Row> rows, int columns) {
        List<int[]> starts = new ArrayList<>();
        int[] coveredUntil = new int[columns]; // per column, the first row index not covered from above
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            int[] rowStarts = new int[cells.size()];
            int col = 0;
            for (int c = 0; c < cells.size(); c++) {
                while (col < columns && coveredUntil[col] > r) {
                    col++;
                }
                Cell cell = cells.get(c);
                if (col + cell.colspan() > columns) {
                    throw new SpanException(r, String.format(
                            "cell %d starts at column %d and spans %d, past the table's %s",
                            c + 1, col + 1, cell.colspan(), columns(columns)));
                }
                rowStarts[c] = col;
                for (int k = col; k < col + cell.colspan(); k++) {
                    if (coveredUntil[k] > r) {
                        throw new SpanException(r, String.format(
                                "cell %d overlaps column %d, which a row span from above covers", c + 1, k + 1));
                    }
                    coveredUntil[k] = r + cell.rowspan();
                }
                col += cell.colspan();
            }
            int covered = 0;
            for (int k = 0; k < columns; k++) {
                covered += coveredUntil[k] > r ? 1 : 0;
            }
            if (covered < columns) {
                throw new SpanException(r, String.format(
                        "the cells cover %d of the table's %s", covered, columns(columns)));
            }
            starts.add(rowStarts);
        }
        for (int k = 0; k < columns; k++) {
            if (coveredUntil[k] > rows.size()) {
                throw new SpanException(rows.size() - 1, String.format(
                        "a row span in column %d runs past the last row", k + 1));
            }
        }
        return starts;
    }

    private static void checkGrid(List<Row> rows, int columns, String what) {
        try {
            startColumns(rows, columns);
        } catch (SpanException e) {
            throw new IllegalArgumentException(what + " " + (e.row + 1) + ": " + e.getMessage(), e);
        }
    }

    /** A row whose cells do not fit the grid; {@code row} is zero-based within the rows checked. */
    public static final class SpanException extends IllegalArgumentException {
        private final int row;

        SpanException(int row, String message) {
            super(message);
            this.row = row;
        }

        /** The zero-based index of the offending row. */
        public int row() {
            return row;
        }
    }
}
