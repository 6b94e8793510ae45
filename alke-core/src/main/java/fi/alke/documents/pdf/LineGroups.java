package fi.alke.documents.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfLine;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A long paragraph cut into paragraphs of whole lines that, set one under the other, draw exactly what the
 * paragraph draws. OpenPDF keeps a paragraph's whole text in the state of the column that lays it out and
 * copies that state for every page it measures or splits, so a paragraph of n characters over p pages cost
 * n × p; in groups of lines each page copies only the group it is in, and the cost is linear in n.
 *
 * <p>The lines are found by OpenPDF's own line breaking at the width the paragraph will be set in, so the
 * groups end where its lines end. A paragraph this cannot read exactly (an image, an indented first line,
 * text the lines do not match) is left whole.
 */
final class LineGroups {
    /**
     * How long a paragraph must be to be cut, in characters: some pages of text, where the copying starts
     * to tell. Shorter paragraphs, all the paragraphs of an ordinary document, are set as they are.
     */
    static final int LONG = 4_000;

    /** Lines in a group: fewer than a page holds, so that a page copies about one group. */
    static final int LINES = 24;

    private LineGroups() {
    }

    /**
     * The paragraph cut into groups of at least {@link #LINES} lines at {@code width}, each a paragraph like
     * it with the space before only on the first and the space after only on the last; or the paragraph
     * alone when it is short or cannot be cut.
     */
    static List<Paragraph> of(Paragraph paragraph, float width) {
        return length(paragraph) < LONG ? List.of(paragraph) : cut(paragraph, width, LINES);
    }

    /**
     * The paragraph cut into its lines at {@code width}, each a paragraph like it (two or more lines stay
     * together where a line follows an empty one), so that they can be shared out over rows; or the paragraph
     * alone when it cannot be cut.
     */
    static List<Paragraph> lines(Paragraph paragraph, float width) {
        return cut(paragraph, width, 1);
    }

    private static List<Paragraph> cut(Paragraph paragraph, float width, int lines) {
        if (paragraph.getFirstLineIndent() != 0) {
            return List.of(paragraph);
        }
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Element e : paragraph) {
            if (!(e instanceof Chunk chunk) || chunk.getImage() != null || chunk.getClass() != Chunk.class) {
                return List.of(paragraph);
            }
            chunks.add(chunk);
            all.append(chunk.getContent());
        }
        String text = all.toString();
        float lineWidth = width - paragraph.getIndentationLeft() - paragraph.getIndentationRight();
        List<int[]> cuts = cuts(paragraph, text, lineWidth, lines);
        if (cuts == null || cuts.isEmpty()) {
            return List.of(paragraph);
        }
        List<Paragraph> groups = new ArrayList<>();
        int start = 0;
        for (int[] cut : cuts) {
            groups.add(group(paragraph, chunks, start, cut[0]));
            start = cut[1];
        }
        groups.add(group(paragraph, chunks, start, text.length()));
        groups.get(0).setSpacingBefore(paragraph.getSpacingBefore());
        groups.get(groups.size() - 1).setSpacingAfter(paragraph.getSpacingAfter());
        return groups;
    }

    private static int length(Paragraph paragraph) {
        int length = 0;
        for (Element e : paragraph) {
            if (e instanceof Chunk chunk) {
                length += chunk.getContent().length();
            }
        }
        return length;
    }

    /**
     * Where to cut: pairs of the end of a group's last line and the start of the next group's first line in
     * {@code text}, every {@code least} lines and never leaving fewer for the last group; {@code null} when
     * OpenPDF's lines do not match the text.
     */
    private static List<int[]> cuts(Paragraph paragraph, String text, float width, int least) {
        Lines lines = new Lines(paragraph);
        List<int[]> cuts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        for (PdfLine line = lines.next(width); line != null; line = lines.next(width)) {
            String content = line.toString();
            int from = at;
            int newlines = 0;
            // Between lines OpenPDF skips white space (the space it broke at, a line break).
            while (from < text.length() && text.charAt(from) <= ' ' && !text.startsWith(content, from)) {
                newlines += text.charAt(from) == '\n' ? 1 : 0;
                from++;
            }
            if (!text.startsWith(content, from)) {
                return null;
            }
            spans.add(new int[] {from, from + content.length(), newlines});
            at = from + content.length();
        }
        if (text.substring(at).strip().length() > 0) {
            return null;
        }
        int first = 0; // the first line of the group being made
        for (int i = least; i + least <= spans.size(); i++) {
            int[] next = spans.get(i);
            // A cut needs the next line to hold text and to follow at most one line break, so that the
            // next group starts with that line, as the paragraph does.
            if (i - first >= least && next[2] <= 1 && next[1] > next[0]) {
                cuts.add(new int[] {spans.get(i - 1)[1], next[0]});
                first = i;
            }
        }
        return cuts;
    }

    /** The paragraph's text from {@code from} to {@code to}, in chunks like its own, as a paragraph like it. */
    private static Paragraph group(Paragraph paragraph, List<Chunk> chunks, int from, int to) {
        Elements.Text group = new Elements.Text(paragraph.getLeading());
        group.setAlignment(paragraph.getAlignment());
        group.setIndentationLeft(paragraph.getIndentationLeft());
        group.setIndentationRight(paragraph.getIndentationRight());
        group.setSpacingBefore(0);
        group.setSpacingAfter(0);
        int at = 0;
        for (Chunk chunk : chunks) {
            String content = chunk.getContent();
            int start = Math.max(from, at);
            int end = Math.min(to, at + content.length());
            if (start < end) {
                Chunk part = new Chunk(content.substring(start - at, end - at), chunk.getFont());
                if (chunk.hasAttributes()) {
                    part.setChunkAttributes(new HashMap<>(chunk.getChunkAttributes()));
                }
                group.add(part);
            }
            at += content.length();
        }
        return group;
    }

    /** OpenPDF's line breaking, line by line, over a paragraph's text. */
    private static final class Lines extends ColumnText {
        Lines(Phrase phrase) {
            super(null);
            // The first phrase waits for a second to make the column's text; the empty one starts it.
            addText(new Phrase());
            addText(phrase);
        }

        PdfLine next(float width) {
            return bidiLine == null ? null
                    : bidiLine.processLine(0, width, Element.ALIGN_LEFT, PdfWriter.RUN_DIRECTION_NO_BIDI, 0);
        }
    }
}
