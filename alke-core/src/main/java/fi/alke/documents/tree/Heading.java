package fi.alke.documents.tree;

import java.util.List;

/**
 * A heading of level 1–3 at the left margin.
 *
 * @param level   1, 2 or 3
 * @param number  the computed section number ("1", "1.2"), or {@code null} when unnumbered
 * @param content the heading text
 */
public record Heading(int level, String number, List<Inline> content) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.heading(this);
    }

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1–3, was " + level);
        }
        content = List.copyOf(content);
    }

    /** The heading as shown: its number and a space, when numbered, then its text. */
    public List<Inline> numberedContent() {
        if (number == null) {
            return content;
        }
        List<Inline> shown = new java.util.ArrayList<>();
        shown.add(new Inline.Text(number + " ", false, false, false));
        shown.addAll(content);
        return shown;
    }
}
