package fi.alke.documents.tree;

import java.util.List;

/**
 * The sender's letterhead: an optional logo and the organisation's name lines (often one per language).
 * The first name line also heads the running header from page two on.
 *
 * @param logo  the logo, or {@code null}
 * @param names the organisation's name, one line each
 */
public record Letterhead(Image logo, List<Name> names) {
    public Letterhead {
        names = List.copyOf(names);
    }

    /** A letterhead whose name lines are all in the document's language. */
    public static Letterhead of(Image logo, List<String> nameLines) {
        return new Letterhead(logo, nameLines.stream().map(line -> new Name(line, null)).toList());
    }

    /**
     * One line of the name.
     *
     * @param lang its language (a BCP 47 tag) where it is not the document's, else {@code null}
     */
    public record Name(String text, String lang) {
        public Name {
            Checks.text("letterhead.nameLines", text);
            Checks.language("letterhead.name.lang", lang);
        }
    }

    /** The name lines' text. */
    public List<String> nameLines() {
        return names.stream().map(Name::text).toList();
    }

    /** The name line the running header shows: the first one, or nothing. */
    public String shortName() {
        return names.isEmpty() ? "" : names.get(0).text();
    }
}
