package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());
    /** A form: stored properties, and fill-in cells beside cells that are not filled in. */
    private static final String FORM = """
            <document lang="fi">
              <meta><type>Lomake</type><date value="2026-03-20">20.3.2026</date><title>Seuranta</title>\
            <author>TEM</author>
                <property name="alke-form" value="follow-up"/>
                <property name="round" value="2026-1"/>
                <property name="Note_2" value="Etelä-Savo &amp; &lt;muut&gt; (50 €)"/>
              </meta>
              <letterhead><name>TEM</name></letterhead>
              <body>
                <table id="form">
                  <thead><tr><td>Toimenpide</td><td>Tilanne</td></tr></thead>
                  <tbody>
                    <tr><td>T1</td><td fill-in="true"><p>Käynnissä</p><p>Aikataulussa</p></td></tr>
                    <tr><td>T2</td><td fill-in="true"/></tr>
                  </tbody>
                </table>
              </body>
            </document>
            """;

    private static Document document;
    private static byte[] pdf;
    private static byte[] form;

    @BeforeAll
    static void render() throws Exception {
        document = Fixtures.document("all-features.xml");
        pdf = RENDERER.render(document);
        Path out = Path.of("target", "test-output", "all-features.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        form = RENDERER.render(Fixtures.parser().parse("form.xml", FORM));
        Files.write(out.resolveSibling("form.pdf"), form);
    }

    @Test
    void isValidPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(pdf));
    }

    @Test
    void textComesInReadingOrder() throws Exception {
        String text = text(pdf);
        List<String> expected = List.of(
            "Testiorganisaatio", "Jakelun mukaan", "Kaikki merkintäkielen rakenteet", "Aihe lihavoituna",
            "1 Ensimmäinen luku", "Tavallista tekstiä, lihavoitua, kursiivia", "Rivinvaihdon jälkeen.",
            "1.1 Alaluku", "Ensimmäinen luettelokohta", "Sisäkkäinen numeroitu", "1.1.1 Kolmas taso",
            "Toimenpide", "Vastuutahot", "Maakunnat", "Rivi yksi", "Kaikki liitot", "Lisätietoja",
            "Hanna-Maria Urjankangas", "Tiina Korhonen", "Tämä asiakirja on sähköisesti allekirjoitettu.",
            "Liitteet", "Jakelu", "PLM Puolustusministeriö", "YM Ympäristöministeriö", "Tiedoksi",
            "Postiosoite", "00023 Valtioneuvosto", "2 Toinen luku", "3 Vaakasivu", "Takaisin pystysivulla.");
        Fixtures.assertInOrder(text, expected);
    }

    @Test
    void everyPageShowsItsNumberOfTotal() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 4, "pages: " + total);
            for (int page = 1; page <= total; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains(page + " (" + total + ")"), "page " + page + ":\n" + text);
                assertTrue(text.contains("Muistio") && text.contains("14.2.2024") && text.contains("VN/1/2024-TEM-2"),
                        "metadata block on page " + page);
            }
        }
    }

    @Test
    void storedMetadataAgreesWithTheVisible() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Kaikki merkintäkielen rakenteet", doc.getDocumentInformation().getTitle());
            assertEquals("Työ- ja elinkeinoministeriö", doc.getDocumentInformation().getAuthor());
            assertEquals("fi", doc.getDocumentCatalog().getLanguage());
            assertEquals(document.metadata().created().toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("Kaikki merkintäkielen rakenteet"), xmp);
        }
    }

    @Test
    void fontsAreLiberationSansEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+LiberationSans.*")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Bold")), fonts.toString());
        }
    }

    @Test
    void linksAreAnnotations() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                    assertTrue(link.isPrinted(), "PDF/A wants printable annotations");
                }
            }
            assertEquals(List.of("https://tem.fi/alke"), uris.stream().distinct().toList());
        }
    }

    @Test
    void landscapePagesAreLandscape() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Boolean> landscape = new ArrayList<>();
            for (var page : doc.getPages()) {
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
            assertTrue(landscape.contains(true), landscape.toString());
            assertEquals(false, landscape.get(landscape.size() - 1), "portrait resumes after the section");
        }
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        byte[] again = RENDERER.render(Fixtures.document("all-features.xml"));
        assertArrayEquals(pdf, again);
    }

    @Test
    void differentContentGetsADifferentFileId() throws Exception {
        String changed = Fixtures.markup("all-features.xml").replace("Takaisin pystysivulla.", "Toinen loppu.");
        byte[] other = RENDERER.render(Fixtures.parser().parse("changed.xml", changed));
        assertTrue(!fileId(pdf).equals(fileId(other)), fileId(pdf));
        assertEquals(List.of(), Fixtures.pdfa2bFailures(other));
    }

    @Test
    void storedPropertiesAreCustomInformationEntries() throws Exception {
        try (PDDocument doc = Loader.loadPDF(form)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("follow-up", info.getCustomMetadataValue("alke-form"));
            assertEquals("2026-1", info.getCustomMetadataValue("round"));
            assertEquals("Etelä-Savo & <muut> (50 €)", info.getCustomMetadataValue("Note_2"));
            assertEquals("Seuranta", info.getTitle());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(Set.of("Title", "Author", "Creator", "Producer", "CreationDate", "ModDate"),
                    doc.getDocumentInformation().getMetadataKeys());
        }
    }

    @Test
    void aFormIsStillValidPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(form));
    }

    @Test
    void fillInCellsHaveTheFillInBackground() throws Exception {
        String fillIn = PageStyle.sfs2487().fillInShade();
        assertEquals(2, fillColours(form).stream().filter(fillIn::equals).count(), fillColours(form).toString());
        assertTrue(fillColours(form).contains(PageStyle.sfs2487().headerShade()), "the header is still shaded");
        assertTrue(!fillColours(pdf).contains(fillIn), "all-features has no fill-in cell");
    }

    @Test
    void aFormGivesTheSameBytesTwice() throws Exception {
        assertArrayEquals(form, RENDERER.render(Fixtures.parser().parse("form.xml", FORM)));
    }

    /** The RGB fill colours the pages set, as RRGGBB, in order. */
    private static List<String> fillColours(byte[] pdf) throws Exception {
        List<String> colours = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 3; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
                        StringBuilder rgb = new StringBuilder();
                        for (int k = 3; k >= 1; k--) {
                            float value = ((COSNumber) tokens.get(i - k)).floatValue();
                            rgb.append(String.format("%02X", Math.round(value * 255)));
                        }
                        colours.add(rgb.toString());
                    }
                }
            }
        }
        return colours;
    }

    private static String fileId(byte[] pdf) {
        Matcher m = Pattern.compile("/ID \\[<([0-9A-F]{32})>").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(m.find());
        return m.group(1);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
