package fi.alke.documents.followup;

import java.util.List;
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
     * @param row     1-based row as the spreadsheet shows it, or -1 for the whole form
     * @param column  the column's letter as the spreadsheet shows it (e.g. {@code D}), or empty for a whole row
     *                or the whole form
     * @param message what is wrong
     */
    public record Problem(String file, int row, String column, String message) {
        @Override
        public String toString() {
            return file + ":" + (row < 0 ? "" : column + row + ":") + " " + message;
        }
    }
}
