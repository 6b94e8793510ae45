package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import fi.alke.documents.testing.StructureTree;
import fi.alke.documents.tree.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells spanning rows that pages break: one taller than a page (an action's long description over its rounds),
 * one over a row of long text taller than a page, and a span holding a list that a page break cuts at every row
 * it could. Every word stands once, in order, the structure tree reads each cell whole, and the document is
 * PDF/UA-1. Before, the first two stopped the PDF ("a block does not fit on an empty page") and the third lost
 * the list's last item where OpenPDF went on with the cell on the next page.
 */
class SpansOverPagesTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();

    /** A description of {@code words} numbered words, "w0 w1 …", so that each word's place can be checked. */
    private static String words(String prefix, int words) {
        return IntStream.range(0, words).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    private static Document document(String name, String table) throws Exception {
        String markup = """
                <document lang="fi">
                  <meta><type>Seuranta</type><date value="2026-03-20">20.3.2026</date><title>Seuranta</title><author>TEM</author></meta>
                  <letterhead><name>TEM</name></letterhead>
                  <body>
                    <p>Ennen taulukkoa.</p>
                    %s
                    <p>Taulukon jälkeen.</p>
                  </body>
                </document>
                """.formatted(table);
        return Fixtures.parser().parse(name, markup);
    }

    private static List<String> words(List<List<String>> pages) {
        List<String> words = new ArrayList<>();
        pages.forEach(page -> page.forEach(line -> words.addAll(List.of(line.trim().split("\\s+")))));
        return words;
    }

    /** Each of the words {@code prefix0} to {@code prefix(count - 1)} once and in that order. */
    private static void assertOnceInOrder(List<String> words, String prefix, int count) {
        List<String> found = words.stream().filter(w -> w.matches(prefix + "\\d+")).toList();
        assertEquals(IntStream.range(0, count).mapToObj(i -> prefix + i).toList(), found);
    }

    private static void assertWholeAndAccessible(Document document, byte[] pdf) throws Exception {
        assertEquals(List.of(), StructureTree.mismatches(document, pdf));
        assertEquals(List.of(), Fixtures.pdfua1Failures(pdf));
    }

    @Test
    void aDescriptionTallerThanAPageFlowsDownItsRoundsAndOverThePages() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int a = 1; a <= 3; a++) {
            String id = "d" + a + "x";
            rows.append("<tr><td rowspan=\"2\">K").append(a).append("</td><td rowspan=\"2\">")
                    .append(words(id, a == 2 ? 900 : 30)).append("</td><td>syksy").append(a)
                    .append("</td><td>Käynnissä</td></tr><tr><td>kevät").append(a).append("</td><td>Valmis</td></tr>");
        }
        Document document = document("tall-span.xml", """
                <table><col width="1"/><col width="4"/><col width="2"/><col width="2"/>
                <thead><tr><td>Tunnus</td><td>Toimenpide</td><td>Kierros</td><td>Tilanne</td></tr></thead>
                <tbody>%s</tbody></table>""".formatted(rows));
        byte[] pdf = new PdfRenderer(STYLE).render(document);
        List<List<String>> pages = PdfLines.pages(pdf);
        List<String> words = words(pages);
        for (int a = 1; a <= 3; a++) {
            assertOnceInOrder(words, "d" + a + "x", a == 2 ? 900 : 30);
        }
        // The description goes on beside its second round, as a word processor flows a merged cell: the second
        // round stands on the page the description starts on, not after the whole description.
        assertEquals(PdfLines.pageOf(pages, "d2x0"), PdfLines.pageOf(pages, "kevät2"));
        assertTrue(PdfLines.pageOf(pages, "d2x899") > PdfLines.pageOf(pages, "d2x0") + 1, "over pages");
        // each round's line stands beside a line of the description
        for (List<String> page : pages) {
            for (String line : page) {
                if (line.contains("kevät2")) {
                    assertTrue(line.matches(".*d2x\\d+.*kevät2.*"), line);
                }
            }
        }
        assertWholeAndAccessible(document, pdf);
    }

    @Test
    void aSpanOverARowOfLongTextTallerThanAPage() throws Exception {
        String table = """
                <table><col width="1"/><col width="3"/><col width="3"/>
                <thead><tr><td>Tunnus</td><td>Toimenpide</td><td>Tilanne</td></tr></thead>
                <tbody>
                <tr><td rowspan="3">K1</td><td rowspan="3">%s</td><td>%s</td></tr>
                <tr><td>%s</td></tr>
                <tr><td>%s</td></tr>
                <tr><td>K2</td><td>%s</td><td>Valmis</td></tr>
                </tbody></table>""".formatted(words("s", 40), words("a", 5), words("b", 700), words("c", 5),
                words("e", 5));
        Document document = document("span-over-long-row.xml", table);
        byte[] pdf = new PdfRenderer(STYLE).render(document);
        List<List<String>> pages = PdfLines.pages(pdf);
        List<String> words = words(pages);
        assertOnceInOrder(words.stream().filter(w -> w.startsWith("s")).toList(), "s", 40);
        assertOnceInOrder(words, "b", 700);
        assertOnceInOrder(words, "c", 5);
        assertTrue(PdfLines.pageOf(pages, "b699") > PdfLines.pageOf(pages, "b0"), "the long row breaks across pages");
        assertWholeAndAccessible(document, pdf);
    }

    /** With {@code before} rows ahead of it, the page break falls at another row of the span, or outside it. */
    @ParameterizedTest
    @ValueSource(ints = {30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42})
    void aSpanWithAListCutByAPageBreakAtAnyOfItsRows(int before) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < before; r++) {
            rows.append("<tr><td>R").append(r).append("</td><td>rivi</td><td>x</td></tr>");
        }
        // a span of four rows holding a span of two, as an action's code over its rounds
        rows.append("<tr><td rowspan=\"4\">K1</td><td rowspan=\"2\">alku0<ul><li>kohta0</li><li>kohta1</li>")
                .append("<li>kohta2</li></ul></td><td>r0</td></tr><tr><td>r1</td></tr>")
                .append("<tr><td>toinen0</td><td>r2</td></tr><tr><td>toinen1</td><td>r3</td></tr>")
                .append("<tr><td>loppu0</td><td>rivi</td><td>x</td></tr>");
        Document document = document("span-list-" + before + ".xml",
                "<table><col width=\"1\"/><col width=\"3\"/><col width=\"1\"/><tbody>" + rows + "</tbody></table>");
        byte[] pdf = new PdfRenderer(STYLE).render(document);
        List<String> words = words(PdfLines.pages(pdf));
        assertOnceInOrder(words, "kohta", 3);
        assertOnceInOrder(words, "r", 4);
        assertOnceInOrder(words, "toinen", 2);
        assertEquals(1, words.stream().filter("alku0"::equals).count());
        assertEquals(1, words.stream().filter("loppu0"::equals).count());
        assertEquals(List.of(), StructureTree.mismatches(document, pdf));
    }
}
