package fi.alke.documents.tree;

import java.util.List;

/**
 * A paragraph of body text.
 *
 * @param lang the paragraph's language (a BCP 47 tag) where it is not the document's, else {@code null}
 */
public record Paragraph(List<Inline> content, String lang) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.paragraph(this);
    }

    public Paragraph {
        content = List.copyOf(content);
        Checks.language("p.lang", lang);
    }

    /** A paragraph in the document's language. */
    public Paragraph(List<Inline> content) {
        this(content, null);
    }
}
