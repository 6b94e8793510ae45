package fi.alke.documents.tree;

import java.util.List;

/** A run of blocks laid out on landscape pages; portrait pages resume after it. */
public record Landscape(List<Block> blocks) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.landscape(this);
    }

    /** A landscape section holds at least one block and no landscape section of its own. */
    public Landscape {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a landscape section needs at least one block");
        }
        if (blocks.stream().anyMatch(b -> b instanceof Landscape)) {
            throw new IllegalArgumentException("a landscape section cannot contain another one");
        }
    }
}
