package fi.alke.documents;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a caller gave the library is wrong: an input file, a template, the markup, a letterhead
 * profile, filled forms, the round's rules. The one checked exception of the library's API: catch it to
 * handle every such failure at once, or one of its kinds to tell them apart. Each carries every problem
 * it found as data ({@link #problems()}); its message is those problems, one a line.
 *
 * <p>Failures of the machine (a file that cannot be written) stay {@link java.io.IOException}s, and
 * mistakes in Java code (a record built with a missing field) stay unchecked.
 */
public abstract class AlkeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** With the problems as the message, one a line. */
    protected AlkeException(List<Problem> problems, Throwable cause) {
        this(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())),
                problems, cause);
    }

    /** With a message of the kind's own wording for the same problems. */
    protected AlkeException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the source. */
    public List<Problem> problems() {
        return problems;
    }
}
