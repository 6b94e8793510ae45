package fi.alke.documents.tree;

import java.util.List;

/**
 * The document's subject or main title, at the left margin in bold.
 *
 * @param main    {@code true} for the main title (2–4 pt larger than body text), {@code false} for a
 *                subject line in body size
 * @param content the text
 */
public record Title(boolean main, List<Inline> content) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.title(this);
    }

    public Title {
        content = List.copyOf(content);
    }
}
