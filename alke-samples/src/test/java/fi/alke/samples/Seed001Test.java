package fi.alke.samples;

import static fi.alke.samples.SampleFiles.bodyText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, the 2024 guidance letter, end to end from its model input (kind guidance-letter) through the
 * stock template, read back by POI and PDFBox. The letter's attachment form (theme, actions and follow-up
 * tables with merged header cells) is not part of a guidance letter and so not of this sample; merged
 * cells are checked with the markup fixtures in alke-core.
 */
class Seed001Test {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    /** Landmarks of the seed in reading order, from the letter's head to the contact details. */
    private static final List<String> IN_ORDER = List.of(
            "Työ- ja elinkeinoministeriö", "Ohje", "14.2.2024", "VN/18234/2023", "VN/18234/2023-TEM-15",
            "Jakelun mukaan", "Vuoden 2024 aluekehittämisen keskusteluihin valmistautuminen",
            "Aluekehittämisen keskustelut ovat lakisääteinen valtion ja alueiden välinen menettely",
            "Aluekehittämiskeskustelujen toteuttamistapa ja ajankohta", "Ke 10.4. klo 9-11.30", "Läntinen Suomi",
            "Ke 24.4. klo 9-11.30", "Eteläinen Suomi", "Keskusteluteemojen valmistelu",
            "Maakuntien yhteiset keskustelut", "Nea Lyytikäinen", "Petra Stenfors", "Maakuntakohtaiset keskustelut",
            "Vuoden 2023 aluekehittämisen keskustelujen seuranta", "8. Seuranta helmikuu 2024", "Lisätietoja",
            "Pirkko Jukka", "029 504 8981", "Tiina Korhonen", "Hanna-Maria Urjankangas", "Liitteet",
            "Pohja maakuntien yhteisen keskustelun teeman kuvaukselle ja johtopäätöksille", "Jakelu",
            "PLM Puolustusministeriö", "Uudenmaan liitto - Nylands förbund", "Etelä-Savon Liitto", "Tiedoksi",
            "Alueiden uudistumisen neuvottelukunta AUNE", "TEM/AKO/ryhmät", "PL 32", "kirjaamo.tem@gov.fi");

    private static Document document;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.stem().equals("seed-001-ohje-2024")).findFirst()
                .orElseThrow();
        document = new MarkupParser(sample.resources()).parse("seed-001.xml", sample.markup());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(document, out);
        docx = out.toByteArray();
        pdf = new PdfRenderer(STYLE).render(document);
    }

    @Test
    void docxTextComesInTheSeedsOrder() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertInOrder(bodyText(doc));
        }
    }

    @Test
    void docxUsesNamedStyles() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Set<String> used = new LinkedHashSet<>();
            for (XWPFParagraph p : allParagraphs(doc)) {
                if (p.getStyleID() != null) {
                    used.add(doc.getStyles().getStyle(p.getStyleID()).getName());
                }
            }
            for (String style : List.of("Title", "heading 1", "heading 2", "List Paragraph")) {
                assertTrue(used.contains(style), style + " not among " + used);
            }
        }
    }

    @Test
    void docxHeaderRepeatsTheMetadataBlockWithPageFields() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var policy = doc.getHeaderFooterPolicy();
            String header = policy.getDefaultHeader().getText();
            for (String part : List.of("Työ- ja elinkeinoministeriö", "Ohje", "14.2.2024", "VN/18234/2023-TEM-15")) {
                assertTrue(header.contains(part), part + " not in header: " + header);
            }
            String xml = policy.getDefaultHeader()._getHdrFtr().xmlText();
            assertTrue(xml.contains("PAGE") && xml.contains("NUMPAGES"), "page fields in the header");
            assertTrue(policy.getFirstPageHeader() == null || policy.getFirstPageHeader().getText().isBlank(),
                    "page one carries its metadata in the body, not in a header");
        }
    }

    @Test
    void docxScheduleHeaderRowRepeatsAndColumnsAreEqual() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable schedule = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Ke 10.4. klo 9-11.30")).findFirst().orElseThrow();
            List<XWPFTableRow> rows = schedule.getRows();
            assertEquals(5, rows.size(), "a header row and four meetings");
            assertTrue(rows.get(0).isRepeatHeader(), "the header row repeats");
            for (XWPFTableRow row : rows.subList(1, rows.size())) {
                assertTrue(!row.isRepeatHeader(), "body rows do not repeat");
            }
            assertEquals(List.of("Ajankohta", "Keskustelu"),
                    rows.get(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(List.of("Ke 24.4. klo 9-11.30", "Eteläinen Suomi"),
                    rows.get(4).getTableCells().stream().map(XWPFTableCell::getText).toList());
            var grid = schedule.getCTTbl().getTblGrid().getGridColList();
            assertEquals(2, grid.size());
            long first = Long.parseLong(grid.get(0).getW().toString());
            long second = Long.parseLong(grid.get(1).getW().toString());
            assertTrue(Math.abs(first - second) <= 1, "columnWidths [1, 1]: " + first + ", " + second);
            assertEquals(1, doc.getTables().stream().filter(t -> t.getRows().get(0).isRepeatHeader()).count(),
                    "the schedule is the letter's one table with a header row");
        }
    }

    @Test
    void pdfRepeatsTheScheduleHeaderWhereTheTableRunsOntoTheNextPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(page2.contains("Ajankohta Keskustelu Ke 24.4. klo 9-11.30 Eteläinen Suomi"),
                    "the schedule's last row comes on page 2 under its repeated header:\n" + page2);
        }
    }

    @Test
    void docxStoredPropertiesAgreeWithTheVisibleMetadata() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals("Vuoden 2024 aluekehittämisen keskusteluihin valmistautuminen", core.getTitle());
            assertEquals("Työ- ja elinkeinoministeriö", core.getCreator());
            assertEquals("fi", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
            assertEquals(document.metadata().created().toEpochMilli(), core.getCreated().getTime());
        }
    }

    @Test
    void pdfTextComesInTheSeedsOrderWithPageNumbersOnEveryPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 5, "pages: " + total);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= total; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains(page + " (" + total + ")"), "page " + page + " lacks its number:\n" + text);
                assertTrue(text.contains("VN/18234/2023-TEM-15"), "page " + page + " lacks the metadata block");
                all.append(text);
            }
            assertInOrder(all.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void pdfIsPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(pdf));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.stem().equals("seed-001-ohje-2024")).findFirst()
                .orElseThrow();
        Document again = new MarkupParser(sample.resources()).parse("seed-001.xml", sample.markup());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(again, out);
        assertArrayEquals(docx, out.toByteArray());
        assertArrayEquals(pdf, new PdfRenderer(STYLE).render(again));
    }

    @Test
    void bothFormatsShowTheSameWordsInTheSameOrder() throws Exception {
        SampleFiles.assertBothFormatsShowTheSameWords(document, docx, pdf);
    }

    private static void assertInOrder(String text) {
        Fixtures.assertInOrder(text, IN_ORDER);
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }
}
