package fi.alke.documents;

import java.util.Objects;

/**
 * One thing wrong with what a caller gave the library — an input file, a template, the markup, a
 * letterhead profile, a filled form, the round's rules — placed where the caller can fix it. Every
 * {@link AlkeException} carries its problems as a list of these, so that a system can show them in its
 * own user interface instead of parsing a message.
 *
 * @param source  the file, template or markup source the problem is in, as the caller named it
 * @param line    1-based line (for a form: its row), or -1 when unknown
 * @param column  1-based column, or -1 when unknown
 * @param field   the path of the field such as {@code meta.date} or {@code regions[2]}, a form's column
 *                ({@code D}, {@code Tila}); empty when the problem is not one field's
 * @param message what is wrong and what is expected, in the reader's terms
 */
public record Problem(String source, int line, int column, String field, String message) {
    public Problem {
        Objects.requireNonNull(source, "source");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** {@code source:line:column: field: message}; the line, the column and the field only where known. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
