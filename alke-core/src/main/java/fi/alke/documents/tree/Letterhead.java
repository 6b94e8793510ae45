package fi.alke.documents.tree;

import java.util.List;

/**
 * The sender's letterhead: an optional logo and the organisation's name lines (often one per language).
 * The first name line also heads the running header from page two on.
 *
 * @param logo      the logo, or {@code null}
 * @param nameLines the organisation's name, one line each
 */
public record Letterhead(Image logo, List<String> nameLines) {
    public Letterhead {
        nameLines = List.copyOf(nameLines);
        nameLines.forEach(line -> Checks.text("letterhead.nameLines", line));
    }

    /** The name line the running header shows: the first one, or nothing. */
    public String shortName() {
        return nameLines.isEmpty() ? "" : nameLines.get(0);
    }
}
