package fi.alke.documents.markup;

import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.Paragraph;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Collects inline content the way HTML does: whitespace runs collapse to one space, whitespace at the
 * start and end of a paragraph and around line breaks is dropped, and nested b/i/u become flags on
 * flat text runs.
 */
final class Inlines {
    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int UNDERLINE = 4;

    /** Body of a styled or linked span; may throw like the reader does. */
    interface Content {
        void read() throws XMLStreamException;
    }

    private final List<Inline> out = new ArrayList<>();
    private int style;
    private List<Inline.Text> link; // runs of the link being read, or null

    void text(String raw) {
        String collapsed = collapse(raw);
        if (collapsed.isEmpty()) {
            return;
        }
        List<? super Inline.Text> target = link != null ? link : out;
        Inline.Text run = new Inline.Text(collapsed,
                (style & BOLD) != 0, (style & ITALIC) != 0, (style & UNDERLINE) != 0);
        if (!target.isEmpty() && target.get(target.size() - 1) instanceof Inline.Text last && sameStyle(last, run)) {
            target.set(target.size() - 1, new Inline.Text(last.text() + collapsed,
                    run.bold(), run.italic(), run.underline()));
        } else {
            target.add(run);
        }
    }

    /** Each run of spaces, tabs and line ends as one space (a loop: this runs for every text node read). */
    static String collapse(String raw) {
        int length = raw.length();
        StringBuilder out = null; // made at the first run that changes
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(raw.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(length).append(raw, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? raw : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    void styled(int flag, Content content) throws XMLStreamException {
        int before = style;
        style |= flag;
        content.read();
        style = before;
    }

    void link(String href, Content content) throws XMLStreamException {
        link = new ArrayList<>();
        content.read();
        List<Inline.Text> runs = link;
        link = null;
        out.add(new Inline.Link(href, runs));
    }

    void lineBreak() {
        out.add(new Inline.LineBreak());
    }

    /** The collected inlines with edge whitespace removed; resets the collector. */
    List<Inline> finish() {
        List<Inline> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Inline inline = out.get(i);
            boolean lineStart = result.isEmpty() || result.get(result.size() - 1) instanceof Inline.LineBreak;
            boolean lineEnd = i == out.size() - 1 || out.get(i + 1) instanceof Inline.LineBreak;
            if (inline instanceof Inline.Text t) {
                String text = t.text();
                if (lineStart || endsWithSpace(result)) {
                    text = text.stripLeading();
                }
                if (lineEnd) {
                    text = text.stripTrailing();
                }
                if (!text.isEmpty()) {
                    result.add(new Inline.Text(text, t.bold(), t.italic(), t.underline()));
                }
            } else {
                result.add(inline);
            }
        }
        out.clear();
        return result;
    }

    /** Adds the collected inlines as a paragraph, unless they are only whitespace. */
    void flushInto(List<Block> blocks) {
        List<Inline> inlines = finish();
        if (!inlines.isEmpty()) {
            blocks.add(new Paragraph(inlines));
        }
    }

    private static boolean endsWithSpace(List<Inline> result) {
        return !result.isEmpty() && result.get(result.size() - 1) instanceof Inline.Text t && t.text().endsWith(" ");
    }

    private static boolean sameStyle(Inline.Text a, Inline.Text b) {
        return a.bold() == b.bold() && a.italic() == b.italic() && a.underline() == b.underline();
    }
}
