package fi.alke.documents.template;

import freemarker.template.utility.StringUtil;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Turns the Markdown of long text fields into ALKE markup blocks: headings, paragraphs, bullet and
 * numbered lists (nested), bold, italic, links and hard line breaks. The rest of Markdown has no place
 * in a memo's running text, so it is kept as plain text rather than lost: code becomes its text, raw
 * HTML its literal text, an image its description.
 *
 * <p>A field is printed under a heading of the document, so its own headings continue from there: at
 * {@code level} 1 (the field sits under an {@code <h1>}) a Markdown {@code #} becomes {@code <h2>} and
 * {@code ##} {@code <h3>}. SFS 2487 allows {@value #MAX_HEADING_LEVEL} heading levels, so a heading that
 * would go deeper becomes a bold paragraph, and so does every heading inside a list item, where the
 * markup allows no heading. Markdown is parsed with commonmark-java, never by hand.
 */
final class MarkdownMarkup {
    /** The deepest heading the markup has ({@code <h3>}); SFS 2487 allows no more levels. */
    static final int MAX_HEADING_LEVEL = 3;

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownMarkup() {
    }

    /**
     * The markup blocks of the Markdown text.
     *
     * @param level the heading level the text sits under, 0 (directly in the body) to
     *              {@value #MAX_HEADING_LEVEL} (every heading becomes a bold paragraph)
     * @throws IllegalArgumentException when {@code level} is outside 0–{@value #MAX_HEADING_LEVEL}
     */
    static String toMarkup(String markdown, int level) {
        if (level < 0 || level > MAX_HEADING_LEVEL) {
            throw new IllegalArgumentException("heading level must be 0–" + MAX_HEADING_LEVEL + ", was " + level);
        }
        StringBuilder out = new StringBuilder();
        PARSER.parse(markdown).accept(new Writer(out, level));
        return out.toString();
    }

    /**
     * Writes markup for each node. A list item holds inline content or paragraphs and lists, so a
     * paragraph or heading that opens an item is written as its inlines and one later in the item as
     * a paragraph.
     */
    private static final class Writer extends AbstractVisitor {
        private final StringBuilder out;
        private final int level;

        Writer(StringBuilder out, int level) {
            this.out = out;
            this.level = level;
        }

        @Override
        public void visit(Paragraph paragraph) {
            wrap(opensItem(paragraph) ? null : "p", paragraph);
        }

        @Override
        public void visit(Heading heading) {
            int markupLevel = level + heading.getLevel();
            if (markupLevel <= MAX_HEADING_LEVEL && !inListItem(heading)) {
                wrap("h" + markupLevel, heading);
                return;
            }
            // Too deep, or where no heading may stand: kept visible as bold text.
            boolean inline = opensItem(heading);
            out.append(inline ? "<b>" : "<p><b>");
            visitChildren(heading);
            out.append(inline ? "</b>" : "</b></p>");
        }

        @Override
        public void visit(BulletList list) {
            wrap("ul", list);
        }

        @Override
        public void visit(OrderedList list) {
            wrap("ol", list);
        }

        @Override
        public void visit(ListItem item) {
            wrap("li", item);
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrap("i", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrap("b", strong);
        }

        @Override
        public void visit(Link link) {
            out.append("<a href=\"").append(escape(link.getDestination())).append("\">");
            visitChildren(link);
            out.append("</a>");
        }

        @Override
        public void visit(Text text) {
            out.append(escape(text.getLiteral()));
        }

        @Override
        public void visit(Code code) {
            out.append(escape(code.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(escape(html.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            literalParagraph(html.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            literalParagraph(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            literalParagraph(code.getLiteral());
        }

        @Override
        public void visit(Image image) {
            visitChildren(image); // its description
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append("<br/>");
        }

        private void wrap(String element, Node node) {
            if (element != null) {
                out.append('<').append(element).append('>');
            }
            visitChildren(node);
            if (element != null) {
                out.append("</").append(element).append('>');
            }
        }

        /** Whether the block is the first one of a list item, whose content then starts inline. */
        private static boolean opensItem(Node block) {
            return block.getParent() instanceof ListItem && block.getPrevious() == null;
        }

        /** Whether the node lies in a list item at any depth (a block quote in an item, say). */
        private static boolean inListItem(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ListItem) {
                    return true;
                }
            }
            return false;
        }

        private void literalParagraph(String literal) {
            out.append("<p>").append(escape(literal.strip()).replace("\n", "<br/>")).append("</p>");
        }
    }

    private static String escape(String text) {
        return StringUtil.XMLEnc(text);
    }
}
