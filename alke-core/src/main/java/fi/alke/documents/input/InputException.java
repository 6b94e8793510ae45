package fi.alke.documents.input;

import java.util.List;
import java.util.stream.Collectors;

/** An input file could not be read. Lists every problem found, each with its file, field and line. */
public final class InputException extends Exception {
    private final transient List<Problem> problems;

    InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param file    the file's name
     * @param field   the field's path such as {@code meta.date} or {@code regions[2]}; empty for the
     *                whole file
     * @param line    1-based line, or -1 when unknown
     * @param column  1-based column, or -1 when unknown
     * @param message what is wrong
     */
    public record Problem(String file, String field, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
        }
    }
}
