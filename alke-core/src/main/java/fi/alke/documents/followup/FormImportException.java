package fi.alke.documents.followup;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Filled forms could not be imported — or the form key file they are checked with is not one
 * ({@link FormKey#read}), a problem of that file as a whole. Lists every problem found in every form, each with its file and
 * cell: as {@link #cells()} in a form's own terms (a spreadsheet's column letter), and as {@link #problems()}
 * with the row as the line and the column as the field.
 */
public final class FormImportException extends AlkeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Cell> cells;

    FormImportException(List<Cell> cells) {
        super(cells.stream().map(Cell::toString).collect(Collectors.joining(System.lineSeparator())),
                cells.stream().map(Cell::problem).toList(), null);
        this.cells = List.copyOf(cells);
    }

    /** Every problem found, form by form in the order given, each form's in the order of its rows. */
    public List<Cell> cells() {
        return cells;
    }

    /**
     * One problem, at a cell of a form or with the whole form.
     *
     * @param file    the form's file name
     * @param row     1-based row as the form shows it (a spreadsheet's row number, a document table's row
     *                number with the header as row 1), or -1 for the whole form
     * @param column  the column as the form shows it: a spreadsheet's column letter (e.g. {@code D}) or a
     *                document table's column number (e.g. {@code 4}); empty for the whole form
     * @param message what is wrong
     */
    public record Cell(String file, int row, String column, String message) {
        private static final Pattern SPREADSHEET_COLUMN = Pattern.compile("[A-Z]{1,3}");

        /** {@code tem.xlsx:D4: message}, {@code tem.docx, row 2, column Tila: message} or {@code tem.xlsx: message}. */
        @Override
        public String toString() {
            return place() + ": " + message;
        }

        /**
         * Where the problem is, as in {@link #toString()}: {@code tem.xlsx:D4}, {@code tem.docx, row 2, column Tila}
         * or {@code tem.xlsx}.
         */
        public String place() {
            if (row < 0) {
                return file;
            }
            // a spreadsheet names a cell the way a spreadsheet user knows it; a document table has no cell names
            return SPREADSHEET_COLUMN.matcher(column).matches() ? file + ":" + column + row
                    : file + ", row " + row + ", column " + column;
        }

        /** The problem with the row as its line and the column, as the form names it, as its field. */
        public Problem problem() {
            return new Problem(file, row, -1, column, message);
        }
    }
}
