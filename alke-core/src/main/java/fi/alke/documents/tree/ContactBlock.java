package fi.alke.documents.tree;

import java.util.List;

/**
 * The organisation's contact details at the end of the body (SFS 2487 forbids keeping them only in a
 * footer): columns, each with a label and value lines.
 */
public record ContactBlock(String organisation, List<Column> columns) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.contact(this);
    }

    public ContactBlock {
        Checks.text("contact.organisation", organisation);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a contact block needs at least one column");
        }
    }

    /** One column: a label (possibly several lines, e.g. one per language) over its value lines. */
    public record Column(List<String> labelLines, List<String> valueLines) {
        public Column {
            labelLines = List.copyOf(labelLines);
            valueLines = List.copyOf(valueLines);
            labelLines.forEach(line -> Checks.text("contact.label", line));
            valueLines.forEach(line -> Checks.text("contact.value", line));
        }
    }
}
