package fi.alke.documents.tree;

import java.util.List;

/**
 * A bullet or numbered list; items may hold nested lists.
 *
 * @param ordered {@code true} for a numbered list
 * @param items   the items, each a sequence of paragraphs and nested lists
 */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.list(this);
    }

    public ListBlock {
        items = List.copyOf(items);
    }

    /** One list item. */
    public record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = Checks.flow("a list item", blocks);
        }
    }
}
