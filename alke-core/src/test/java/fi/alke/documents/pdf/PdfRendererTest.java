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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());
    private static Document document;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        document = Fixtures.document("all-features.xml");
        pdf = RENDERER.render(document);
        Path out = Path.of("target", "test-output", "all-features.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
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
