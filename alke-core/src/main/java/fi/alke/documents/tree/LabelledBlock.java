package fi.alke.documents.tree;

import java.util.List;

/**
 * A label hanging at the left margin with its content at the body indent: the shape of
 * Liitteet / Jakelu / Tiedoksi and of "Lisätietoja".
 */
public record LabelledBlock(String label, List<Block> content) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.labelled(this);
    }

    public LabelledBlock {
        Checks.text("labelled.label", label);
        content = Checks.flow("a labelled block", content);
    }
}
