package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import fi.alke.documents.testing.StructureTree;
import fi.alke.documents.tree.Inline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * Text that runs over pages in one piece: a body paragraph, a table cell and a labelled block each of many
 * pages. The PDF sets long paragraphs in groups of lines ({@link LineGroups}) and splits a long row page by
 * page itself ({@link MeasuredTable}), so that the cost stays linear in the text's length; here is what
 * that must not change: every word once and in order, the lines OpenPDF breaks, the structure a reader
 * meets, and where the rows break.
 */
class LongTextTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final Pattern WORD = Pattern.compile("\\b([pcls])(\\d{5})\\b");

    /** Words numbered in order, {@code prefix} and five digits, so that a lost or repeated word shows. */
    private static String words(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + String.format("%05d", i) + (i % 17 == 0 ? " ja" : ""))
                .collect(Collectors.joining(" "));
    }

    private static final String BODY = "<h1>Pitkä teksti</h1><p>" + words("p", 3000) + "</p>"
            + "<table><col width=\"1\"/><col width=\"3\"/><thead><tr><td>Tunnus</td><td>Kuvaus</td></tr></thead><tbody>"
            + "<tr><td>K1</td><td>Lyhyt rivi ennen pitkää.</td></tr>"
            + "<tr><td>K2</td><td><p>" + words("c", 2500) + "</p><ul><li>kohta pitkän kappaleen jälkeen</li></ul></td></tr>"
            + "<tr><td>K3</td><td>Lyhyt rivi pitkän jälkeen.</td></tr></tbody></table>"
            + "<labelled label=\"Perustelut\"><p>" + words("l", 1500) + " <b>lihavoitu loppu</b> ja "
            + "<a href=\"https://example.fi/alke\">linkki</a>.</p></labelled>"
            + "<table><col width=\"1\"/><col width=\"1\"/><col width=\"2\"/><tbody>"
            + "<tr><td>A</td><td>B</td><td>C</td></tr><tr><td colspan=\"2\">" + words("s", 1500) + "</td><td>D</td></tr>"
            + "</tbody></table><p>Viimeinen kappale.</p>";

    private static fi.alke.documents.tree.Document document() throws Exception {
        String markup = """
                <document lang="fi" created="2024-02-14T08:00:00Z">
                  <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date>\
                <title>Pitkä teksti</title><author>TEM</author></meta>
                  <letterhead><name>Testiorganisaatio</name></letterhead>
                  <body>%s</body>
                </document>
                """.formatted(BODY);
        return Fixtures.parser().parse("long.xml", markup);
    }

    @Test
    void everyWordOfTheLongTextsIsOnThePagesOnceAndInOrder() throws Exception {
        byte[] pdf = new PdfRenderer(STYLE).render(document());
        List<List<String>> pages = PdfLines.pages(pdf);
        assertTrue(pages.size() > 10, "the texts run over many pages: " + pages.size());
        List<String> found = new ArrayList<>();
        for (List<String> page : pages) {
            for (String line : page) {
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (String[] part : new String[][] {{"p", "3000"}, {"c", "2500"}, {"l", "1500"}, {"s", "1500"}}) {
            IntStream.range(0, Integer.parseInt(part[1])).forEach(i -> expected.add(part[0] + String.format("%05d", i)));
        }
        assertEquals(expected, found);
        String all = pages.stream().flatMap(List::stream).collect(Collectors.joining("\n"));
        Fixtures.assertInOrder(all, List.of("Lyhyt rivi ennen pitkää.", "c00000", "kohta pitkän kappaleen jälkeen",
                "Lyhyt rivi pitkän jälkeen.", "l00000", "lihavoitu loppu ja linkki.", "A B C", "s00000", "Viimeinen kappale."));
    }

    @Test
    void aReaderMeetsEachLongParagraphAsOneParagraphAndThePdfPassesPdfUa() throws Exception {
        fi.alke.documents.tree.Document document = document();
        byte[] pdf = new PdfRenderer(STYLE).render(document);
        assertEquals(List.of(), StructureTree.mismatches(document, pdf));
        List<StructureTree.Element> paragraphs = StructureTree.read(pdf).ofType("P");
        for (String prefix : List.of("p", "c")) { // the labelled block's text is its Div's
            List<StructureTree.Element> holding = paragraphs.stream()
                    .filter(p -> WORD.matcher(p.text()).results().anyMatch(r -> r.group(1).equals(prefix))).toList();
            assertEquals(1, holding.size(), prefix + ": the long paragraph is one P, not one per group of lines");
        }
        assertEquals(List.of(), Fixtures.pdfua1Failures(pdf));
    }

    /**
     * A row of long text begins where it stands, under the row before it, and breaks at the page's foot; in
     * the DOCX it is the one row a word processor may break (no cantSplit), as Word would otherwise cut it off.
     */
    @Test
    void aRowOfLongTextBreaksWhereItStandsInBothFormats() throws Exception {
        fi.alke.documents.tree.Document document = document();
        List<List<String>> pages = PdfLines.pages(new PdfRenderer(STYLE).render(document));
        int k1 = page(pages, "Lyhyt rivi ennen pitkää.");
        assertEquals(k1, page(pages, "c00000"), "the long row starts on the page of the row before it");
        List<String> foot = pages.get(k1);
        assertTrue(foot.get(foot.size() - 1).contains("c0"), "and fills that page: " + foot);

        byte[] docx = new DocxRenderer(STYLE).render(document);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Boolean> cantSplit = word.getTables().stream().filter(t -> t.getText().contains("K2")).findFirst().orElseThrow().getRows().stream().map(XWPFTableRow::isCantSplitRow).toList();
            assertEquals(List.of(true, true, false, true), cantSplit, "header, K1, K2 (long), K3");
        }
    }

    private static int page(List<List<String>> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).stream().anyMatch(l -> l.contains(text))) {
                return p;
            }
        }
        throw new AssertionError("not on any page: " + text);
    }

    /**
     * The groups of lines, set one under the other, draw the lines that OpenPDF draws for the whole
     * paragraph: with bold runs, a link, line breaks, long compounds and a word wider than the column.
     */
    @Test
    void theGroupsOfLinesDrawTheLinesOfTheWholeParagraph() throws Exception {
        Elements elements = new Elements(STYLE);
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            content.add(new Inline.Text("sana" + i + " elinkeinoelämänkehittämisstrategia Pohjois-Pohjanmaa ", i % 7 == 0,
                    false, false));
            if (i % 50 == 49) {
                content.add(new Inline.LineBreak());
            }
            if (i % 90 == 0) {
                content.add(new Inline.Link("https://example.fi/" + i,
                        List.of(new Inline.Text("linkki " + i, false, false, false))));
                content.add(new Inline.Text(" " + "x".repeat(80) + " ", false, false, false));
            }
        }
        float width = 230;
        com.lowagie.text.Paragraph whole = elements.paragraph(content, STYLE.text(TextRole.BODY));
        List<com.lowagie.text.Paragraph> groups = LineGroups.of(elements.paragraph(content, STYLE.text(TextRole.BODY)),
                width);
        assertTrue(groups.size() > 5, "the paragraph is cut: " + groups.size());
        assertEquals(PdfLines.pages(column(List.of(whole), width)), PdfLines.pages(column(groups, width)));
    }

    /** The paragraphs set in one column of a very tall page. */
    private static byte[] column(List<com.lowagie.text.Paragraph> paragraphs, float width) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width + 40, 14_000));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        ColumnText column = new ColumnText(writer.getDirectContent());
        paragraphs.forEach(column::addElement);
        column.setSimpleColumn(20, 20, 20 + width, 13_980);
        assertFalse(ColumnText.hasMoreText(column.go()), "the column holds the paragraph");
        document.close();
        return out.toByteArray();
    }
}
