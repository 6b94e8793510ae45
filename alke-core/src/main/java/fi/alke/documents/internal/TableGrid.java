package fi.alke.documents.internal;

import fi.alke.documents.tree.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the cells of a table stand on its grid of columns, with their column and row spans: one
 * reckoning for the tree's own check, the markup parser's messages and the DOCX renderer's grid. Not API.
 */
public final class TableGrid {
    private TableGrid() {
    }

    /** A number of columns in words: "1 column", "2 columns". */
    private static String columns(int count) {
        return count + (count == 1 ? " column" : " columns");
    }

    /**
     * The grid column each cell of each row starts at, in the order of {@code rows}. Cells covered by a
     * row span from above take up columns without appearing in the row's cell list.
     */
    public static List<int[]> startColumns(List<Table.Row> rows, int columns) {
        List<int[]> starts = new ArrayList<>();
        int[] coveredUntil = new int[columns]; // per column, the first row index not covered from above
        for (int r = 0; r < rows.size(); r++) {
            List<Table.Cell> cells = rows.get(r).cells();
            int[] rowStarts = new int[cells.size()];
            int col = 0;
            for (int c = 0; c < cells.size(); c++) {
                while (col < columns && coveredUntil[col] > r) {
                    col++;
                }
                Table.Cell cell = cells.get(c);
                if ((long) col + cell.colspan() > columns) {
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
                    coveredUntil[k] = (int) Math.min((long) r + cell.rowspan(), Integer.MAX_VALUE);
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

    /** A row whose cells do not fit the grid; {@code row} is zero-based within the rows checked. */
    public static final class SpanException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int row;

        private SpanException(int row, String message) {
            super(message);
            this.row = row;
        }

        /** The zero-based index of the offending row. */
        public int row() {
            return row;
        }
    }
}
