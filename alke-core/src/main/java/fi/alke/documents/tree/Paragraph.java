package fi.alke.documents.tree;

import java.util.List;

/** A paragraph of body text. */
public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }
}
