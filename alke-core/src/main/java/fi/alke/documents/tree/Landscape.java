package fi.alke.documents.tree;

import java.util.List;

/** A run of blocks laid out on landscape pages; portrait pages resume after it. */
public record Landscape(List<Block> blocks) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.landscape(this);
    }

    public Landscape {
        blocks = List.copyOf(blocks);
    }
}
