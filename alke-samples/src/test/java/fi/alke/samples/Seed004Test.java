package fi.alke.samples;

import static fi.alke.samples.SampleFiles.bodyText;
import static fi.alke.samples.SampleFiles.pageText;
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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, the study need "5.5 Aluekehittämisen verkostoyhteistyön toimintamalli" (kind study-call),
 * end to end from its model input through the stock template, read back by POI and PDFBox.
 */
class Seed004Test {
    private static final String STEM = "seed-004-selvitystarve";
    private static final PageStyle STYLE = PageStyle.sfs2487();
    /** Landmarks of the seed in reading order (no-break spaces read as spaces). */
    private static final List<String> IN_ORDER = List.of(
            "Työ- ja elinkeinoministeriö", "Arbets- och näringsministeriet", "Selvitystarve", "15.1.2019",
            "5. KESTÄVÄ ALUE- JA KAUPUNKIKEHITYS", "5.5 Aluekehittämisen verkostoyhteistyön toimintamalli",
            "Käytettävissä olevan määrärahan yläraja: 150 000 €", "Aikajänne: 05/2019–02/2020",
            "Tietotarpeen tausta ja tarvekuvaus perusteluineen",
            "Aluekehittäminen sisältää eri hallinnonalojen ja maakuntien tavoitteiden",
            "kunta-, seutukunta ja paikallistaso jäävät vähemmälle huomiolle.",
            "(vrt. esimerkiksi Ruotsin Reglab mutta myös muut kansainväliset mallit)",
            "maaseutu- ja saaristopolitiikan yhteistyön ja kumppanuuden syventämiseksi.",
            "Tutkimuskysymykset",
            "Ohessa kuvatut tutkimuskysymykset ovat suuntaa antavia",
            "Minkälainen verkostoyhteistyön toimintamalli (tai mallit) tukisi",
            "Miten toiminta tulisi organisoida ja rahoittaa?",
            "Millaisia vaikutuksia ehdotetulla toimintamallilla tai malleilla voidaan ennakoida olevan?",
            "Yhteydet hallitusohjelman toimeenpanosuunnitelmaan, valtioneuvoston strategioihin",
            "Maakuntauudistus, aluekehittämisen uudistus, seuraavan hallituksen kansallisten alueiden",
            "Raportointi",
            "Loppuraportti hankkeen päättyessä ja lisäksi policy brief, johon kiteytetään politiikkasuositukset.",
            "PL 32", "kirjaamo.tem@gov.fi");

    private static Document document;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        document = parse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(document, out);
        docx = out.toByteArray();
        pdf = new PdfRenderer(STYLE).render(document);
    }

    private static Document parse() throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.stem().equals(STEM)).findFirst().orElseThrow();
        return new MarkupParser(sample.resources()).parse(STEM + ".xml", sample.markup());
    }

    @Test
    void docxTextComesInTheSeedsOrder() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = bodyText(doc);
            // The amount is kept on one line: no-break spaces between the thousands and before the euro sign.
            assertTrue(text.contains("150\u00A0000\u00A0€"), "the budget cap with no-break spaces");
            Fixtures.assertInOrder(spaces(text), IN_ORDER);
        }
    }

    @Test
    void docxHeadingsAndListUseNamedStyles() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyleID() != null) {
                    String style = doc.getStyles().getStyle(p.getStyleID()).getName();
                    used.add(style);
                    if (style.startsWith("heading")) {
                        headings.add(style + ": " + p.getText());
                    }
                }
            }
            assertEquals(List.of(
                    "heading 1: 5. KESTÄVÄ ALUE- JA KAUPUNKIKEHITYS",
                    "heading 2: 5.5 Aluekehittämisen verkostoyhteistyön toimintamalli",
                    "heading 3: Tietotarpeen tausta ja tarvekuvaus perusteluineen",
                    "heading 3: Tutkimuskysymykset",
                    "heading 3: Yhteydet hallitusohjelman toimeenpanosuunnitelmaan, valtioneuvoston strategioihin ja "
                            + "muuhun selvitys- ja tutkimustoimintaan",
                    "heading 3: Raportointi"), headings);
            assertTrue(used.contains("List Paragraph"), "List Paragraph not among " + used);
            long questions = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).count();
            assertEquals(7, questions, "seven research questions as list items");
        }
    }

    @Test
    void docxHeaderRepeatsTheMetadataBlockWithPageFields() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var policy = doc.getHeaderFooterPolicy();
            String header = policy.getDefaultHeader().getText();
            for (String part : List.of("Työ- ja elinkeinoministeriö", "Selvitystarve", "15.1.2019")) {
                assertTrue(header.contains(part), part + " not in header: " + header);
            }
            String xml = policy.getDefaultHeader()._getHdrFtr().xmlText();
            assertTrue(xml.contains("PAGE") && xml.contains("NUMPAGES"), "page fields in the header");
        }
    }

    @Test
    void docxStoredPropertiesAgreeWithTheVisibleMetadata() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals("Aluekehittämisen verkostoyhteistyön toimintamalli", core.getTitle());
            assertEquals("Työ- ja elinkeinoministeriö", core.getCreator());
            assertEquals("fi", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
            assertEquals(document.metadata().created().toEpochMilli(), core.getCreated().getTime());
        }
    }

    @Test
    void pdfTextComesInTheSeedsOrderWithPageNumbersOnEveryPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 2, "pages: " + total);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= total; page++) {
                String text = pageText(doc, page);
                assertTrue(text.contains(page + " (" + total + ")"), "page " + page + " lacks its number:\n" + text);
                assertTrue(text.contains("Selvitystarve") && text.contains("15.1.2019"),
                        "page " + page + " lacks the metadata block");
                all.append(text);
            }
            Fixtures.assertInOrder(spaces(all.toString()), IN_ORDER);
        }
    }

    @Test
    void pdfIsPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(pdf));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        Document again = parse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(again, out);
        assertArrayEquals(docx, out.toByteArray());
        assertArrayEquals(pdf, new PdfRenderer(STYLE).render(again));
    }

    @Test
    void bothFormatsShowTheSameWordsInTheSameOrder() throws Exception {
        SampleFiles.assertBothFormatsShowTheSameWords(document, docx, pdf);
    }

    /** No-break spaces as spaces, runs of white space as one. */
    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
}
