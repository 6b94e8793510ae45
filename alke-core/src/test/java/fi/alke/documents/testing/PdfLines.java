package fi.alke.documents.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as lines on pages, read from the glyphs' positions with PDFBox: the glyphs that share a
 * baseline are one line, read left to right, with a space wherever a gap between two glyphs is wider than a
 * fraction of the font size, and runs of white space made one. The lines of a page are in order from the top.
 *
 * <p>Positions rather than the text stripper's own lines, because two producers (ours and LibreOffice) write
 * their text runs in different orders and with or without space glyphs; what a reader sees — the words on
 * each line of a page — is what two renderings of one document must share. Cells of a table row that share a
 * baseline make one line, in both files alike.
 */
public final class PdfLines {
    /** Glyphs whose baselines are closer than this share a line (a fraction of the font size). */
    private static final float SAME_LINE = 0.3f;
    /** A gap wider than this between two glyphs is a space (a fraction of the font size). */
    private static final float WORD_GAP = 0.15f;

    private PdfLines() {
    }

    /** Each page's lines, from the first page to the last. */
    public static List<List<String>> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.getText(document);
            return collector.pages;
        }
    }

    /**
     * The page (from 0) of {@link #pages} on which {@code word} stands as a word of its own, or -1 if on none; an
     * {@link AssertionError} if it stands twice, for tests that give each word once.
     */
    public static int pageOf(List<List<String>> pages, String word) {
        int found = -1;
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p)) {
                for (String token : line.split("\\s+")) {
                    if (token.equals(word)) {
                        if (found >= 0) {
                            throw new AssertionError(word + " twice, on pages " + (found + 1) + " and " + (p + 1));
                        }
                        found = p;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The baseline of the first glyphs on page {@code page} (from 1) that spell {@code text}, read in the
     * order they are drawn, white space left out, in points from the top of the page.
     */
    public static float baseline(byte[] pdf, int page, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.setSortByPosition(false);
            collector.getText(document);
            String wanted = text.replaceAll("\\s+", "");
            StringBuilder drawn = new StringBuilder();
            List<TextPosition> at = new ArrayList<>();
            for (TextPosition glyph : collector.drawn) {
                for (int i = 0; i < glyph.getUnicode().length(); i++) {
                    at.add(glyph);
                }
                drawn.append(glyph.getUnicode());
            }
            int found = drawn.indexOf(wanted);
            if (found < 0) {
                throw new AssertionError("no \"" + text + "\" on page " + page + " in: " + drawn);
            }
            return at.get(found).getYDirAdj();
        }
    }

    private static final class Collector extends PDFTextStripper {
        private final List<List<String>> pages = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();
        /** Every page's glyphs in the order drawn. */
        private final List<TextPosition> drawn = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
            glyphs.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            // white space is judged by the gaps, not by whether the producer wrote a space glyph
            if (!text.getUnicode().isBlank()) {
                glyphs.add(text);
                drawn.add(text);
            }
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
            pages.add(lines(glyphs));
        }
    }

    private static List<String> lines(List<TextPosition> glyphs) {
        List<TextPosition> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextPosition glyph : byBaseline) {
            float size = Math.max(glyph.getFontSizeInPt(), 1f);
            if (lines.isEmpty() || Math.abs(glyph.getYDirAdj() - baseline) > SAME_LINE * size) {
                lines.add(new ArrayList<>());
                baseline = glyph.getYDirAdj();
            }
            lines.get(lines.size() - 1).add(glyph);
        }
        List<String> texts = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            float end = Float.NaN;
            for (TextPosition glyph : line) {
                if (!Float.isNaN(end)
                        && glyph.getXDirAdj() - end > WORD_GAP * Math.max(glyph.getFontSizeInPt(), 1f)) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
            String normal = text.toString().replaceAll("\\s+", " ").strip();
            if (!normal.isEmpty()) {
                texts.add(normal);
            }
        }
        return texts;
    }
}
