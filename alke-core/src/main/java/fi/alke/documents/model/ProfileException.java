package fi.alke.documents.model;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import java.util.List;

/**
 * A letterhead profile could not be read or is invalid. The message names the file and, where there is
 * one, the field.
 */
public final class ProfileException extends AlkeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final int line;
    private final String reason;

    ProfileException(String source, String field, String message, Throwable cause) {
        this(source, -1, field, message, cause);
    }

    ProfileException(String source, int line, String field, String message, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + (field == null ? "" : ": " + field) + ": " + message,
                List.of(new Problem(source, line, -1, field, message)), cause);
        this.source = source;
        this.field = field;
        this.line = line;
        this.reason = message;
    }

    /**
     * A document's {@code sender} that names no letterhead profile, for a document built in code (one read
     * from a file has the problem at its {@code sender:} line instead): the field, not a class-path resource.
     *
     * @param document names the document, e.g. its kind
     * @param message  what is wrong with the name, and the profiles there are
     */
    public static ProfileException ofSender(String document, String message) {
        return new ProfileException(document, "sender", message, null);
    }

    /** What is wrong, without the file, line and field the message starts with. */
    public String reason() {
        return reason;
    }

    /** The 1-based line of the offending field in the file, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The profile file or class-path resource. */
    public String source() {
        return source;
    }

    /** The offending field, e.g. {@code name.fi} or {@code logoAlt}, or {@code null} when the whole file is at fault. */
    public String field() {
        return field;
    }
}
