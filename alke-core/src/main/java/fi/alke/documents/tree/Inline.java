package fi.alke.documents.tree;

/** Inline content of paragraphs, headings and titles. Formatting is flattened onto text runs. */
public sealed interface Inline permits Inline.Text, Inline.Link, Inline.LineBreak {

    /** A run of text with its formatting. */
    record Text(String text, boolean bold, boolean italic, boolean underline) implements Inline {
        public Text {
            Checks.text("text", text);
        }
    }

    /** A hyperlink around formatted runs. */
    record Link(String href, java.util.List<Text> content) implements Inline {
        public Link {
            Checks.text("link.href", href);
            content = java.util.List.copyOf(content);
        }
    }

    /** A line break inside a paragraph. */
    record LineBreak() implements Inline {
    }
}
