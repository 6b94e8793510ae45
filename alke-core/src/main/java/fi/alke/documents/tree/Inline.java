package fi.alke.documents.tree;

/** Inline content of paragraphs, headings and titles. Formatting is flattened onto text runs. */
public sealed interface Inline permits Inline.Text, Inline.Link, Inline.LineBreak {

    /** Calls the visitor's method for this node's type. */
    <R> R accept(Visitor<R> visitor);

    /** One method per inline type. */
    interface Visitor<R> {
        R text(Text text);

        R link(Link link);

        R lineBreak(LineBreak lineBreak);
    }

    /** A run of text with its formatting. */
    record Text(String text, boolean bold, boolean italic, boolean underline) implements Inline {
        public Text {
            Checks.text("text", text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * A hyperlink around formatted runs. The address is kept in its ASCII form (non-ASCII characters
     * percent-encoded), as PDF link actions require.
     */
    record Link(String href, java.util.List<Text> content) implements Inline {
        public Link {
            href = Checks.uri(href);
            content = java.util.List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }
    }

    /** A line break inside a paragraph. */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineBreak(this);
        }
    }
}
