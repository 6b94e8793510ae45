package fi.alke.documents.tree;

import java.util.List;

/** A paragraph of body text. */
public record Paragraph(List<Inline> content) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.paragraph(this);
    }

    public Paragraph {
        content = List.copyOf(content);
    }
}
