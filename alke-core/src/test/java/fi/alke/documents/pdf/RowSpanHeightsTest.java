package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cell spanning three rows, much taller than they are: the first two rows keep their own height and
 * the last one takes all the extra, as a word processor lays out the DOCX; the row after the span starts
 * below the spanning cell.
 */
class RowSpanHeightsTest {
    private static final String MARKUP = """
            <document lang="fi">
              <meta><type>Muistio</type><date value="2026-03-20">20.3.2026</date><title>Rivit</title><author>TEM</author></meta>
              <letterhead><name>TEM</name></letterhead>
              <body>
                <table>
                  <col width="1"/><col width="1"/>
                  <tbody>
                    <tr><td rowspan="3">%s Loppu</td><td>Ensimmäinen</td></tr>
                    <tr><td>Toinen</td></tr>
                    <tr><td>Kolmas</td></tr>
                    <tr><td>Neljäs</td><td>Viides</td></tr>
                  </tbody>
                </table>
              </body>
            </document>
            """.formatted("sana ".repeat(80));

    private static List<TextPosition> glyphs;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        byte[] pdf = new PdfRenderer(PageStyle.sfs2487()).render(Fixtures.parser().parse("rows.xml", MARKUP));
        glyphs = glyphs(pdf);
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.getUnicode().charAt(0)));
        text = b.toString();
    }

    @Test
    void theRowsBeforeTheLastKeepTheirOwnHeight() {
        float row = y("Toinen") - y("Ensimmäinen");
        assertEquals(row, y("Kolmas") - y("Toinen"), 0.1, "the first two rows are equally high, one line each");
        assertTrue(y("Loppu") - y("Ensimmäinen") > 6 * row, "the spanning cell is much taller than the rows");
    }

    @Test
    void theLastSpannedRowTakesTheExtraHeight() {
        float row = y("Toinen") - y("Ensimmäinen");
        // The row after the span starts right below the spanning cell's last line: one row's pitch below it.
        assertEquals(row, y("Neljäs") - y("Loppu"), 0.1);
        assertEquals(y("Neljäs"), y("Viides"), 0.1);
    }

    /**
     * A long table of cells spanning two rows each, taller than the two: the rows written on earlier pages are
     * let go as the table goes on (MeasuredTable), but a span that a page break cuts keeps its start row, and
     * its cell goes on at the top of the next page with nothing lost or repeated.
     */
    @Test
    void aSpanThatAPageBreakCutsGoesOnOnTheNextPageWhenTheRowsBeforeItAreLetGo() throws Exception {
        StringBuilder rows = new StringBuilder();
        int spans = 150;
        for (int i = 1; i <= spans; i++) {
            rows.append("<tr><td rowspan=\"2\">Alku").append(i).append(' ').append("sana ".repeat(30)).append("Loppu")
                    .append(i).append("</td><td>A").append(i).append("</td></tr><tr><td>B").append(i).append("</td></tr>\n");
        }
        String markup = MARKUP.replaceFirst("(?s)<tbody>.*</tbody>", "<tbody>" + rows + "</tbody>");
        byte[] pdf = new PdfRenderer(PageStyle.sfs2487()).render(Fixtures.parser().parse("spans.xml", markup));
        List<List<String>> pages = PdfLines.pages(pdf);
        assertTrue(pages.size() > 4, "the table runs over pages: " + pages.size());
        int cut = 0;
        for (int i = 1; i <= spans; i++) {
            int first = PdfLines.pageOf(pages, "Alku" + i);
            int last = PdfLines.pageOf(pages, "Loppu" + i);
            assertTrue(first >= 0 && last >= first && PdfLines.pageOf(pages, "B" + i) >= 0, "span " + i + " whole");
            cut += last > first ? 1 : 0;
        }
        assertTrue(cut > 0, "some span is cut by a page break, so the test shows what it claims");
    }

    /** The baseline of the first glyph of {@code word}, from the top of the page. */
    private static float y(String word) {
        int at = text.indexOf(word);
        assertTrue(at >= 0 && text.indexOf(word, at + 1) < 0, word + " once in " + text);
        return glyphs.get(at).getYDirAdj();
    }

    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    if (!position.getUnicode().isBlank() && getCurrentPageNo() == 1) {
                        glyphs.add(position);
                    }
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }
}
