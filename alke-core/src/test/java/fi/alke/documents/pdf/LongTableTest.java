package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import fi.alke.documents.testing.StructureTree;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Table;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long ruled table is made into OpenPDF's rows as the pages need them (MeasuredTable#feed), not all before
 * its first page: here its rows are all written once, in order, with the header on every page, spans and
 * rows of long text cut by page breaks, lists in cells, and every row and cell in the structure tree.
 */
class LongTableTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final int ROWS = 1_200;

    private static Document document;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            if (i % 7 == 0 && i < ROWS) {
                // a cell spanning two rows, taller than they are, which a page break may cut
                rows.append("<tr><td rowspan=\"2\">R").append(i).append(' ').append("sana ".repeat(60)).append("L")
                        .append(i).append("</td><td>A").append(i).append("</td></tr><tr><td>B").append(i)
                        .append("</td></tr>\n");
                i++;
            } else if (i % 50 == 0) {
                // long text: the row breaks across pages where it stands
                rows.append("<tr><td>R").append(i).append(' ').append("pitkä ".repeat(400)).append("L").append(i)
                        .append("</td><td>A").append(i).append("</td></tr>\n");
            } else if (i % 11 == 0) {
                rows.append("<tr><td>R").append(i).append("<ul><li>kohta").append(i).append("</li><li>toinen")
                        .append(i).append("</li></ul></td><td>A").append(i).append("</td></tr>\n");
            } else {
                rows.append("<tr><td>R").append(i).append("</td><td>A").append(i).append("</td></tr>\n");
            }
        }
        String markup = """
                <document lang="fi">
                  <meta><type>Muistio</type><date value="2026-03-20">20.3.2026</date><title>Pitkä taulukko</title><author>TEM</author></meta>
                  <letterhead><name>TEM</name></letterhead>
                  <body>
                    <p>Ennen taulukkoa.</p>
                    <table>
                      <col width="1"/><col width="2"/>
                      <thead><tr><td>Otsikko</td><td>Toinen otsikko</td></tr></thead>
                      <tbody>%s</tbody>
                    </table>
                    <p>Taulukon jälkeen.</p>
                  </body>
                </document>
                """.formatted(rows);
        document = Fixtures.parser().parse("long-table.xml", markup);
        pdf = new PdfRenderer(STYLE).render(document);
    }

    @Test
    void onlyTheFirstRowsAreMadeBeforeThePagesAskForMore() throws Exception {
        Table table = document.body().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        com.lowagie.text.Document pdfDocument = new com.lowagie.text.Document(Pages.portrait(STYLE));
        PdfWriter writer = PdfWriter.getInstance(pdfDocument, new ByteArrayOutputStream());
        Tags tags = new Tags(writer);
        pdfDocument.open();
        PdfPTable made = new Elements(STYLE).table(table, 400, 700, new TableTags(tags, tags.root()));
        assertTrue(made.size() < 40, "rows made before the first page: " + made.size() + " of " + (ROWS + 1));
        assertTrue(made.size() > 1, "the header and a first row, for the block kept with the table to measure");
    }

    @Test
    void everyRowIsWrittenOnceInOrderWithTheHeaderOnEveryPage() throws Exception {
        List<List<String>> pages = PdfLines.pages(pdf);
        assertTrue(pages.size() > 30, "the table runs over many pages: " + pages.size());
        int page = 0;
        int spansCut = 0;
        for (int i = 1; i <= ROWS; i++) {
            int first = pageOf(pages, "R" + i);
            assertTrue(first >= page, "row " + i + " on page " + (first + 1) + ", after page " + (page + 1));
            boolean spans = i % 7 == 0 && i < ROWS;
            if (spans || i % 50 == 0) {
                int last = pageOf(pages, "L" + i);
                assertTrue(last >= first, "row " + i + "'s long cell ends after it starts");
                spansCut += last > first ? 1 : 0;
            }
            page = first;
            if (spans) {
                page = pageOf(pages, "B" + i); // the span's second row
                assertTrue(page >= first, "the span's second row after its first");
                i++;
            }
        }
        assertTrue(spansCut > 0, "some spanning cell or long row is cut by a page break");
        int tablePages = pageOf(pages, "Taulukon") - pageOf(pages, "Ennen") + 1;
        long headed = pages.stream().filter(lines -> lines.stream().anyMatch(l -> l.startsWith("Otsikko"))).count();
        assertEquals(tablePages, headed, "the header rows on every page of the table");
    }

    @Test
    void everyRowAndCellIsInTheStructureTree() throws Exception {
        assertEquals(List.of(), StructureTree.mismatches(document, pdf));
        StructureTree tree = StructureTree.read(pdf);
        Table table = document.body().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        assertEquals(table.headerRows().size() + table.bodyRows().size(), tree.ofType("TR").size());
        long cells = table.bodyRows().stream().mapToLong(r -> r.cells().size()).sum();
        assertEquals(cells, tree.ofType("TD").size());
        assertEquals(2, tree.ofType("TH").size(), "the header cells once: repeated, they are artifacts");
        assertEquals(List.of(), Fixtures.pdfua1Failures(pdf));
    }

    /** The page a word stands on, once in the document; a failure if nowhere or twice. */
    private static int pageOf(List<List<String>> pages, String word) {
        int found = PdfLines.pageOf(pages, word);
        assertTrue(found >= 0, word + " on no page");
        return found;
    }
}
