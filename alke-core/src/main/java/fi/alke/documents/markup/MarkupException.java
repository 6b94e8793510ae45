package fi.alke.documents.markup;

import java.util.List;
import java.util.stream.Collectors;

/** The markup could not be read. Names the source and the line:column of every problem found. */
public final class MarkupException extends Exception {
    private final transient List<Problem> problems;

    MarkupException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem at one place.
     *
     * @param source the name of the markup source (a file or template name)
     * @param line   1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     */
    public record Problem(String source, int line, int column, String message) {
        @Override
        public String toString() {
            return source + ":" + line + ":" + column + ": " + message;
        }
    }
}
