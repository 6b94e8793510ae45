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
 * Turns the Markdown of long text fields into ALKE markup blocks: paragraphs, bullet and numbered
 * lists (nested), bold, italic, links and hard line breaks. The rest of Markdown has no place in a
 * memo's running text, so it is kept as plain text rather than lost: a heading becomes a bold
 * paragraph, code becomes its text, raw HTML its literal text, an image its description.
 */
final class MarkdownMarkup {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownMarkup() {
    }

    static String toMarkup(String markdown) {
        StringBuilder out = new StringBuilder();
        PARSER.parse(markdown).accept(new Writer(out));
        return out.toString();
    }

    /** Writes markup for each node; a paragraph directly in a list item is written as its inlines. */
    private static final class Writer extends AbstractVisitor {
        private final StringBuilder out;

        Writer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Paragraph paragraph) {
            boolean inItem = paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null;
            wrap(inItem ? null : "p", paragraph);
        }

        @Override
        public void visit(Heading heading) {
            out.append("<p><b>");
            visitChildren(heading);
            out.append("</b></p>");
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

        private void literalParagraph(String literal) {
            out.append("<p>").append(escape(literal.strip()).replace("\n", "<br/>")).append("</p>");
        }
    }

    private static String escape(String text) {
        return StringUtil.XMLEnc(text);
    }
}
