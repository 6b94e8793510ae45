package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.PdfLines;
import org.junit.jupiter.api.Test;

/**
 * Page one's head in the PDF stands on the lines LibreOffice sets the DOCX's head on: the sender's
 * name lines in the left cell and the metadata block in the right one share one line grid, so that
 * without a logo the first name line and the line with the document type and the page number are one
 * line (SFS 2487: the sender at the margin, the block at 9.2 cm). Baselines read back with PDFBox.
 */
class PageOneHeadTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());
    /** How far apart two baselines may be and still be one line: well under a point. */
    private static final float SAME = 0.05f;

    private static String head(String logo, String recipient) {
        return """
                <document lang="fi" created="2026-01-15T08:00:00Z">
                  <meta><type>Muistio</type><date value="2026-01-15">15.1.2026</date><id>VN/1/2026</id>\
                <title>Pään rivit</title><author>TEM</author></meta>
                  <letterhead>%s<name>Työ- ja elinkeinoministeriö</name>\
                <name lang="sv">Arbets- och näringsministeriet</name></letterhead>
                  %s
                  <body><p>Leipäteksti.</p></body>
                </document>
                """.formatted(logo, recipient);
    }

    @Test
    void withoutALogoTheFirstNameLineSharesTheBaselineOfTheDocumentTypeAndThePageNumber() throws Exception {
        byte[] pdf = RENDERER.render(Fixtures.parser().parse("head.xml", head("", "")));
        float type = PdfLines.baseline(pdf, 1, "Muistio");
        assertEquals(type, PdfLines.baseline(pdf, 1, "Työ- ja elinkeinoministeriö"), SAME,
                "the organisation's name stands on the line of the document type");
        assertEquals(type, PdfLines.baseline(pdf, 1, "1 (1)"), SAME, "so does the page number");
        // the second name line on the block's second line, the date's
        assertEquals(PdfLines.baseline(pdf, 1, "15.1.2026"),
                PdfLines.baseline(pdf, 1, "Arbets- och näringsministeriet"), SAME);
        assertEquals("Työ- ja elinkeinoministeriö Muistio 1 (1)", PdfLines.pages(pdf).get(0).get(0),
                "one line as a reader sees it");
    }

    /**
     * With a logo the name lines follow the logo's line, which LibreOffice makes the picture's height
     * plus what the line spacing adds to a line of the font (measured with LibreOffice 7.4: a 1 cm logo
     * puts the first name 30.2 pt below the document type, a 1.6 cm one 47.2 pt).
     */
    @Test
    void withALogoTheNamesFollowTheLogosLineAsInTheDocx() throws Exception {
        byte[] allFeatures = RENDERER.render(Fixtures.document("all-features.xml")); // a 3 cm x 1 cm logo
        assertEquals(30.2f, PdfLines.baseline(allFeatures, 1, "Testiorganisaatio")
                - PdfLines.baseline(allFeatures, 1, "Muistio"), 0.1f);

        // 1.6 cm high: the letterhead column is longer than the block, so it decides where the recipient starts
        String logo = "<img src=\"logo.png\" alt=\"Logo\" width=\"4.8cm\"/>";
        byte[] pdf = RENDERER.render(Fixtures.parser().parse("head.xml",
                head(logo, "<recipient><line>Jakelun mukaan</line></recipient>")));
        float type = PdfLines.baseline(pdf, 1, "Muistio");
        assertEquals(47.2f, PdfLines.baseline(pdf, 1, "Työ- ja elinkeinoministeriö") - type, 0.1f);
        assertEquals(61.7f, PdfLines.baseline(pdf, 1, "Arbets- och näringsministeriet") - type, 0.1f);
        // LibreOffice: 86.2 pt, where the letterhead cell, the longer one, ends, and 10 pt more
        assertEquals(86.2f, PdfLines.baseline(pdf, 1, "Jakelun mukaan") - type, 0.2f);
    }
}
