package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where the PDF breaks lines and pages, read back through PDFBox: at the line-break opportunities of
 * Unicode (UAX #14) as a word processor finds them, and with widow and orphan control.
 */
class BreaksTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());

    private static byte[] render(String body) throws Exception {
        String markup = """
                <document lang="fi" created="2024-02-14T08:00:00Z">
                  <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date>\
                <title>Katkot</title><author>TEM</author></meta>
                  <letterhead><name>Testiorganisaatio</name></letterhead>
                  <body>%s</body>
                </document>
                """.formatted(body);
        return RENDERER.render(Fixtures.parser().parse("breaks.xml", markup));
    }

    /** The lines of a narrow table's second column, one cell per row. */
    private static List<String> narrowLines(String... cells) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (String cell : cells) {
            rows.append("<tr><td>x</td><td>").append(cell).append("</td></tr>");
        }
        byte[] pdf = render("<table><col width=\"5\"/><col width=\"1\"/><tbody>" + rows + "</tbody></table>");
        return PdfLines.pages(pdf).get(0).stream().filter(l -> !l.startsWith("Testiorganisaatio") && !l.startsWith("14.2"))
                .map(l -> l.startsWith("x ") ? l.substring(2) : l).toList();
    }

    @Test
    void aLineBreaksAfterAHyphenOrADashButNotInsideAWordWithAColonOrBeforeADigit() throws Exception {
        List<String> lines = narrowLines("Pohjois-Pohjanmaa", "2021–2027–2034–2040", "TKI:n ja EU:n", "VN/1/2024-TEM-2");
        assertTrue(lines.contains("Pohjois-"), lines.toString());
        assertTrue(lines.contains("Pohjanmaa"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9–]+–")), "a break after a dash: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("TKI:") || l.endsWith("EU:")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("TEM-")), "no break between a hyphen and a digit: " + lines);
    }

    /**
     * Paragraphs of one to six lines in turn, so that over the pages each length meets the page foot at
     * each of its lines: no page ends with a paragraph's first line alone (an orphan) or begins with its
     * last line alone (a widow). Each paragraph's words are its own, so a line tells its paragraph.
     */
    @Test
    void noParagraphLeavesASingleLineAtAPageFootOrHead() throws Exception {
        StringBuilder body = new StringBuilder();
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int lines = 1 + (i * 5) % 6;
            lengths.add(lines);
            String word = "kappale" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            // About eleven words a line at the body's width.
            body.append("<p>").append(IntStream.range(0, lines * 9 - 2).mapToObj(w -> word)
                    .collect(Collectors.joining(" "))).append("</p>");
        }
        List<List<String>> pages = PdfLines.pages(render(body.toString()));
        assertTrue(pages.size() > 5, "the paragraphs run over several pages");
        int splits = 0;
        for (int p = 1; p < pages.size(); p++) {
            List<String> foot = body(pages.get(p - 1));
            List<String> head = body(pages.get(p));
            String last = paragraph(foot.get(foot.size() - 1));
            if (last.equals(paragraph(head.get(0)))) {
                splits++;
                long atFoot = foot.stream().filter(l -> paragraph(l).equals(last)).count();
                long atHead = head.stream().filter(l -> paragraph(l).equals(last)).count();
                assertTrue(atFoot >= 2 && atHead >= 2, "page " + p + " ends with " + atFoot + " line(s) of " + last
                        + " and page " + (p + 1) + " begins with " + atHead);
            }
        }
        assertTrue(splits > 0, "some paragraph runs over a page break");
        assertFalse(lengths.isEmpty());
    }

    /**
     * A heading at the top of a page the text flowed onto drops its space before, as a word
     * processor does; the same heading opening a landscape section, or the portrait section after it,
     * keeps it, as LibreOffice sets the DOCX's section breaks: its baseline stands that much lower.
     */
    @Test
    void theFirstHeadingOfASectionKeepsItsSpaceBefore() throws Exception {
        String filler = "<p>" + "täyte ".repeat(8) + "</p>";
        for (int fillers = 20; fillers <= 40; fillers++) {
            byte[] pdf = render(filler.repeat(fillers) + "<h2>Otsikko</h2>" + filler.repeat(40)
                    + "<landscape><h2>Vaakasivu</h2>" + filler + "</landscape><h2>Pystysivu</h2>" + filler);
            List<List<String>> pages = PdfLines.pages(pdf);
            int at = -1;
            for (int p = 1; p < pages.size(); p++) {
                if (body(pages.get(p), "Otsikko")) {
                    at = p + 1;
                }
            }
            if (at < 0 || !pages.get(at - 1).stream().filter(l -> !l.contains("Testiorganisaatio") && !l.startsWith("14.2"))
                    .findFirst().orElse("").startsWith("Otsikko")) {
                continue; // the heading is not at the top of a page this time
            }
            float top = PdfLines.baseline(pdf, at, "Otsikko");
            int landscape = pages.size() - 1;
            float space = (float) PageStyle.sfs2487().text(fi.alke.documents.style.TextRole.HEADING_2).spaceBefore();
            assertEquals(top + space, PdfLines.baseline(pdf, landscape, "Vaakasivu"), 0.01);
            assertEquals(top + space, PdfLines.baseline(pdf, landscape + 1, "Pystysivu"), 0.01);
            return;
        }
        throw new AssertionError("no layout put the heading at the top of a page");
    }

    private static boolean body(List<String> page, String start) {
        return page.stream().anyMatch(l -> l.startsWith(start));
    }

    /** The page's lines of body text: those of the paragraphs' words, without the running header. */
    private static List<String> body(List<String> page) {
        return page.stream().filter(l -> l.startsWith("kappale")).toList();
    }

    private static String paragraph(String line) {
        return line.split(" ")[0];
    }

    @Test
    void aParagraphOfTwoLinesIsNeverSplit() throws Exception {
        String filler = "<p>" + "täyte ".repeat(8) + "</p>";
        String pair = "<p>" + "kaksirivinen ".repeat(9) + "</p>";
        for (int fillers = 20; fillers <= 60; fillers++) {
            List<List<String>> pages = PdfLines.pages(render(filler.repeat(fillers) + pair));
            long pageOf = pages.stream().filter(p -> p.stream().anyMatch(l -> l.startsWith("kaksirivinen"))).count();
            assertEquals(1, pageOf, fillers + " fillers: the two lines stand on one page");
        }
    }

    /**
     * A table's first row that does not fit at a page's foot moves whole to the next page, as the DOCX's
     * rows do (cantSplit), and the heading kept with the table goes with it: at every filler count, the
     * heading, the header and all the lines of the first row stand on one page.
     */
    @Test
    void aTablesFirstRowMovesWholeToTheNextPageWithItsHeading() throws Exception {
        String filler = "<p>" + "täyte ".repeat(8) + "</p>";
        String table = "<h2>Taulukon otsikko</h2><table><col width=\"1\"/><col width=\"4\"/><thead><tr><td>Tunnus</td>"
                + "<td>Kuvaus</td></tr></thead><tbody><tr><td>K1</td><td>" + "rivisana ".repeat(40) + "</td></tr>"
                + "<tr><td>K2</td><td>lyhyt</td></tr></tbody></table>";
        int moved = 0;
        for (int fillers = 30; fillers <= 50; fillers++) {
            List<List<String>> pages = PdfLines.pages(render(filler.repeat(fillers) + table));
            List<Integer> holding = IntStream.range(0, pages.size())
                    .filter(p -> pages.get(p).stream().anyMatch(l -> l.contains("rivisana"))).boxed().toList();
            assertEquals(1, holding.size(), fillers + " fillers: the first row stands on one page: " + pages);
            List<String> page = pages.get(holding.get(0));
            assertTrue(page.contains("Taulukon otsikko") && page.stream().anyMatch(l -> l.startsWith("Tunnus")),
                    fillers + " fillers: the heading and the header stand with the row: " + page);
            long lines = page.stream().filter(l -> l.contains("rivisana")).count();
            assertTrue(lines >= 4, "the row is " + lines + " lines, all on one page");
            moved += holding.get(0) > 0 && pages.get(0).stream().noneMatch(l -> l.contains("Taulukon")) ? 1 : 0;
        }
        assertTrue(moved > 0, "at some filler count the table starts on the next page");
    }

    /**
     * OpenPDF drops a table whose header rows do not fit where it starts; at every position near a page foot
     * the table is there, with a short first row and with a first row of long text (which breaks across pages).
     */
    @Test
    void noTableIsDroppedAtAPageFoot() throws Exception {
        String filler = "<p>" + "täyte ".repeat(8) + "</p>";
        for (String first : new String[] {"rivi", "rivi " + "pitkä ".repeat(250)}) {
            String table = "<table><thead><tr><td>Otsake yksi</td><td>Otsake kaksi</td></tr></thead><tbody><tr><td>K1</td>"
                    + "<td>" + first + "</td></tr></tbody></table><p>Lopuksi.</p>";
            for (int fillers = 40; fillers <= 60; fillers++) {
                for (String extra : new String[] {"", "<p>x</p>", "<p>" + "kaksi ".repeat(12) + "</p>"}) {
                    List<String> lines = PdfLines.pages(render(filler.repeat(fillers) + extra + table)).stream()
                            .flatMap(List::stream).toList();
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("K1 rivi"))
                            && lines.stream().anyMatch(l -> l.startsWith("Otsake yksi")), fillers + " fillers, "
                            + extra + ": the table is on the pages");
                }
            }
        }
    }

    /** Header rows taller than a page cannot be placed: an error, not a table left out. */
    @Test
    void headerRowsTallerThanAPageAreAnError() {
        String table = "<table><col width=\"1\"/><col width=\"9\"/><thead><tr><td>" + "otsake ".repeat(400)
                + "</td><td>B</td></tr></thead><tbody><tr><td>K1</td><td>rivi</td></tr></tbody></table>";
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> render("<p>Alku.</p>" + table));
        assertTrue(e.getMessage().contains("header rows do not fit on an empty page"), e.getMessage());
    }
}
