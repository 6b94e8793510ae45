package fi.alke.documents.followup;

import java.util.Objects;

/**
 * A filled form as received: its file name, which names it in problems, and its content.
 *
 * @param name  the file name, e.g. {@code tem.xlsx}; required
 * @param bytes the file's content; required
 */
public record NamedForm(String name, byte[] bytes) {
    /** Checks both are given. */
    public NamedForm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
