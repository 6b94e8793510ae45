package fi.alke.documents.model;

/**
 * A letterhead profile could not be read or is invalid. The message names the file and, where there is
 * one, the field.
 */
public final class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    ProfileException(String source, String field, String message, Throwable cause) {
        super(source + (field == null ? "" : ": field '" + field + "'") + ": " + message, cause);
        this.source = source;
        this.field = field;
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
