package fi.alke.documents.followup;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Filled forms could not be imported. Lists every problem found in every form, each with its file and cell. */
public final class FormImportException extends Exception {
    private final transient List<Problem> problems;

    FormImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, form by form in the order given, each form's in the order of its rows. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param file    the form's file name
     * @param row     1-based row as the form shows it (a spreadsheet's row number, a document table's row
     *                number with the header as row 1), or -1 for the whole form
     * @param column  the column as the form shows it: a spreadsheet's column letter (e.g. {@code D}) or a
     *                document table's column heading (e.g. {@code Tila}); empty for the whole form
     * @param message what is wrong
     */
    public record Problem(String file, int row, String column, String message) {
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

        private static final Pattern SPREADSHEET_COLUMN = Pattern.compile("[A-Z]{1,3}");
    }
}
