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
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random ruled tables — 2 to 4 columns, up to 400 rows, row spans of 2 to 4 rows, column spans, rows of
 * long text (spans over them, and spans of long text, taller than a page), lists and nothing in cells, with a header
 * or without — run over pages while their rows are made as
 * the pages need them (MeasuredTable#feed): every cell's first and last word stand once, the cells in reading
 * order, and the structure tree reads the table as written.
 */
class RandomTablesTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyCellOnceInOrderAndTagged(long seed) throws Exception {
        Random random = new Random(seed);
        int columns = 2 + random.nextInt(3);
        int rows = 60 + random.nextInt(340);
        List<String> order = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int[] covered = new int[columns]; // per column, the rows a span from above still covers
        for (int r = 0; r < rows; r++) {
            body.append("<tr>");
            // A row of long text, taller than a page, may be one that spans cover, and a spanning cell may hold long
            // text: the PDF then shares the spans' text out over their rows (RuledTables.Rows).
            boolean longRow = random.nextInt(15) == 0;
            boolean longDone = false;
            for (int c = 0; c < columns; ) {
                if (covered[c] > 0) {
                    c++;
                    continue;
                }
                int open = 1;
                while (c + open < columns && covered[c + open] == 0) {
                    open++;
                }
                int colspan = random.nextInt(7) == 0 ? Math.min(2, open) : 1;
                // the last column never spans rows, so that no row is covered whole
                int rowspan = random.nextInt(7) == 0 && r < rows - 1 && c + colspan < columns
                        ? 2 + random.nextInt(Math.min(3, rows - r - 1)) : 1;
                String id = r + "x" + c;
                String text;
                int kind = random.nextInt(20);
                if (longRow && !longDone || rowspan > 1 && kind == 0) {
                    longDone |= longRow;
                    text = "A" + id + " " + "pitkä ".repeat(200 + random.nextInt(300)) + "Z" + id;
                } else if (kind < 4) {
                    text = "A" + id + " " + "sana ".repeat(5 + random.nextInt(40)) + "Z" + id;
                } else if (kind == 4) {
                    text = "A" + id + "<ul><li>kohta</li><li>Z" + id + "</li></ul>";
                } else if (kind == 5) {
                    text = "";
                } else {
                    text = "A" + id + " Z" + id;
                }
                if (!text.isEmpty()) {
                    order.add(id);
                }
                body.append("<td").append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "")
                        .append(rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "").append('>').append(text)
                        .append("</td>");
                for (int k = c; k < c + colspan; k++) {
                    covered[k] = rowspan;
                }
                c += colspan;
            }
            body.append("</tr>\n");
            for (int k = 0; k < columns; k++) {
                covered[k] = Math.max(0, covered[k] - 1);
            }
        }
        StringBuilder cols = new StringBuilder();
        StringBuilder head = new StringBuilder("<thead><tr>");
        for (int c = 0; c < columns; c++) {
            // no column narrower than the widest word ("Z123x4"), which would be broken inside
            cols.append("<col width=\"").append(2 + random.nextInt(3)).append("\"/>");
            head.append("<td>Otsikko").append(c).append("</td>");
        }
        head.append("</tr></thead>");
        String markup = """
                <document lang="fi">
                  <meta><type>Muistio</type><date value="2026-03-20">20.3.2026</date><title>Taulukko %d</title><author>TEM</author></meta>
                  <letterhead><name>TEM</name></letterhead>
                  <body>
                    <p>Ennen taulukkoa.</p>
                    <table>%s%s<tbody>%s</tbody></table>
                    <p>Taulukon jälkeen.</p>
                  </body>
                </document>
                """.formatted(seed, cols, random.nextBoolean() ? head : "", body);
        Document document = Fixtures.parser().parse("random-" + seed + ".xml", markup);
        byte[] pdf = new PdfRenderer(PageStyle.sfs2487()).render(document);
        List<List<String>> pages = PdfLines.pages(pdf);
        assertTrue(pages.size() > 3, "the table runs over pages: " + pages.size());
        List<String> words = new ArrayList<>();
        pages.forEach(page -> page.forEach(line -> words.addAll(List.of(line.split("\\s+")))));
        for (String id : order) {
            assertEquals(1, words.stream().filter(("A" + id)::equals).count(), "A" + id + " once");
            assertEquals(1, words.stream().filter(("Z" + id)::equals).count(), "Z" + id + " once");
        }
        // the structure tree reads the cells in the rows' order, each cell's text whole
        assertEquals(List.of(), StructureTree.mismatches(document, pdf));
    }
}
