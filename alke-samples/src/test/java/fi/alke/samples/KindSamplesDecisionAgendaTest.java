package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.template.DocumentMarkup;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples of three kinds rendered with the stock templates — seed 000's decision (decision.ftlx),
 * the regional council board's extract from the minutes (board-decision-extract.ftlx) and the Swedish
 * agenda of a joint discussion (agenda.ftlx) — read back through POI and PDFBox.
 */
class KindSamplesDecisionAgendaTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final String DECISION = "seed-000-paatos-2026";
    private static final String EXTRACT = "poytakirjanote-2026";
    private static final String AGENDA = "asialista-2026";

    /** Landmarks of each sample in reading order, from the letterhead to the contact details. */
    private static final Map<String, List<String>> IN_ORDER = Map.of(
            DECISION, List.of(
                    "Työ- ja elinkeinoministeriö", "Päätös", "10.2.2026", "VN/1234/2026", "Jakelun mukaan",
                    "Etelä-Savon, Pohjois-Savon, Keski-Suomen ja Kanta-Hämeen aluekehittämisen keskustelu 2026",
                    "Päätös", "Työ- ja elinkeinoministeriö päättää", "Teema",
                    "Puolustusteollisuuden ja kaksoiskäyttöteknologioiden TKI:n kehittäminen alueilla",
                    "Maakunnat", "Etelä-Savo", "Pohjois-Savo", "Keski-Suomi", "Kanta-Häme",
                    "Aika", "perjantai 20.3.2026 klo 9–11", "Kumppanit", "elinvoimakeskukset", "puolustusvoimat",
                    "teemaa toteuttavat hankkeet, yritykset tai klusterit", "Kysymykset",
                    "Puolustusteollisuuden alueellinen merkitys", "TKI-toiminnan ja osaamisen varmistaminen",
                    "EU-rahoituksen kohdentaminen ja vaikuttavuus nykyisellä ja tulevalla ohjelmakaudella",
                    "Selostus", "Aluekehittämisen keskustelut perustuvat valtioneuvoston aluekehittämispäätökseen",
                    "(ns. toimeenpanolaki 756/2021)", "19.12.2025 mennessä", "Tammikuussa 2026 on nimetty TEM-yhteyshenkilö",
                    "Keskustelu käydään 20.3.2026 klo 9-11.", "Keskustelu painottuu seuraaviin kysymyksiin:",
                    "nykyisellä ja tulevalla ohjelmakaudella.", "Tämä asiakirja on sähköisesti allekirjoitettu.",
                    "Tiina Korhonen", "Osastopäällikkö, ylijohtaja", "Jakelu", "Etelä-Savon liitto", "Hämeen liitto",
                    "Tiedoksi", "Alueiden uudistumisen neuvottelukunta AUNE", "Postiosoite", "PL 32",
                    "kirjaamo.tem@gov.fi"),
            EXTRACT, List.of(
                    "Esimerkkimaakunnan liitto", "Pöytäkirjanote", "28.1.2026", "EML/45/00.01.02/2026",
                    "Maakuntahallitus (MH) 26.1.2026 § 12", "EML/45/00.01.02/2026",
                    "Vuoden 2026 aluekehittämisen keskustelujen järjestelyt", "Selostus",
                    "Aluekehittämisen keskustelut ovat lakiin alueiden kehittämisestä",
                    "keskustelut järjestetään maaliskuussa 2026 vähintään neljän maakunnan yhteisinä Teams-kokouksina",
                    "Vihreän siirtymän investoinnit ja osaavan työvoiman saatavuus", "Valmistelija", "Johanna Virtanen",
                    "Aluekehityspäällikkö", "Lisätietoja", "Antti Laine", "Aluekehitysjohtaja", "040 123 4567",
                    "Maakuntajohtajan ehdotus", "Maakuntahallitus merkitsee tiedoksi", "Maakuntahallituksen päätös",
                    "Ehdotus hyväksyttiin.", "Otteen oikeaksi todistaa", "Paula Koskinen", "Hallintosihteeri",
                    "Tiedoksi", "Työ- ja elinkeinoministeriö", "Keskusteluun osallistuvien maakuntien liitot",
                    "Postiosoite", "PL 123"),
            AGENDA, List.of(
                    "Arbets- och näringsministeriet", "Työ- ja elinkeinoministeriö", "Föredragningslista", "3.3.2026",
                    "VN/2345/2026", "Enligt sändlistan", "Regional utvecklingsdiskussion 2026", "Tema",
                    "Den gröna omställningens industriella investeringar och kompetensförsörjning", "Tid",
                    "onsdag 18.3.2026 kl. 9–11", "Distansmöte", "Teams-möte", "Landskap", "Österbotten",
                    "Mellersta Österbotten", "Södra Österbotten", "Nyland", "Arrangörer", "Österbottens förbund",
                    "Nylands förbund", "Arbets- och näringsministeriet", "Inledning av temat", "Landskapens inledning",
                    "Österbottens förbund inleder", "Statsrådets inledning", "Arbets- och näringsministeriet inleder",
                    "Temaområde 1: Investeringar i ren energi och industri", "Landskapen har tillsammans projekt",
                    "Frågor", "Hur kan tillstånds- och planeringsprocesserna", "Hur säkerställs elnätens kapacitet",
                    "Temaområde 2: Kompetensförsörjning och internationella talanger", "Frågor",
                    "Hur kan kommunerna, livskraftscentralerna och statsrådet", "Deltagare", "Organisation",
                    "Deltagare", "Landskapen", "Österbottens förbund", "Anna Lindqvist, regionutvecklingsdirektör",
                    "Vasa universitet", "Nylands förbund", "Petri Salo, specialsakkunnig", "Statsrådet",
                    "Arbets- och näringsministeriet", "Maria Sundström, ledande sakkunnig", "Miljöministeriet",
                    "Tuomas Berg, miljöråd", "Ytterligare information", "Maria Sundström", "Anna Lindqvist",
                    "Bilagor", "Bakgrundspromemoria om landskapens investerings- och kompetensläge", "Sändlista",
                    "Deltagarna", "För kännedom", "SR-nätverket", "Postadress", "Besöksadress", "Telefon", "E-post",
                    "kirjaamo.tem@gov.fi"));

    /** The Finnish labels of the stock templates, none of which may stand in the Swedish agenda. */
    private static final List<String> FINNISH_LABELS = List.of(
            "Asialista", "Teema", "Aika", "Paikka", "Etäyhteys", "Maakunnat", "Järjestäjät", "Teeman avaus",
            "Maakuntien avaus", "Valtioneuvoston avaus", "Asiakokonaisuus", "Kysymykset", "Osallistujat",
            "Organisaatio", "Muut", "Lisätietoja", "Liitteet", "Jakelu", "Tiedoksi",
            "Postiosoite", "Käyntiosoite", "Puhelin", "Sähköposti", "klo", "keskiviikko");

    private static final Map<String, Rendered> RENDERED = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        RENDERED.putAll(Rendered.samples(IN_ORDER.keySet()));
        assertEquals(IN_ORDER.keySet(), RENDERED.keySet(), "samples.txt lists all three samples");
    }

    private static Rendered render(Sample sample, String markup) throws Exception {
        return Rendered.of(sample, markup);
    }

    static Stream<String> stems() {
        return Stream.of(DECISION, EXTRACT, AGENDA);
    }

    @ParameterizedTest
    @MethodSource("stems")
    void docxTextComesInOrder(String stem) throws Exception {
        Fixtures.assertInOrder(squeezed(docxText(RENDERED.get(stem).docx())), squeezed(IN_ORDER.get(stem)));
    }

    @ParameterizedTest
    @MethodSource("stems")
    void pdfTextComesInOrderWithPageNumbersOnEveryPage(String stem) throws Exception {
        List<String> pages = pdfPages(RENDERED.get(stem).pdf());
        int total = pages.size();
        assertTrue(total >= 2, stem + ": pages " + total);
        for (int page = 1; page <= total; page++) {
            String text = pages.get(page - 1);
            assertTrue(text.contains(page + " (" + total + ")"), stem + ": page " + page + " lacks its number:\n" + text);
        }
        Fixtures.assertInOrder(squeezed(String.join(" ", pages)), squeezed(IN_ORDER.get(stem)));
    }

    @ParameterizedTest
    @MethodSource("stems")
    void pdfIsPdfA2b(String stem) throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(RENDERED.get(stem).pdf()));
    }

    @ParameterizedTest
    @MethodSource("stems")
    void docxStoredPropertiesAgreeWithTheVisibleMetadata(String stem) throws Exception {
        Rendered rendered = RENDERED.get(stem);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(rendered.document().metadata().title(), core.getTitle());
            assertEquals(stem.equals(AGENDA) ? "sv" : "fi",
                    core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        }
    }

    @Test
    void theSwedishAgendaHasSwedishLabelsOnly() throws Exception {
        Rendered agenda = RENDERED.get(AGENDA);
        String docx = docxText(agenda.docx());
        String pdf = String.join(" ", pdfPages(agenda.pdf()));
        // one space for any run of white space: a label at the margin may wrap ("Ytterligare\ninformation")
        for (String text : Stream.of(docx, pdf).map(t -> t.replaceAll("[\\s\\u00A0]+", " ")).toList()) {
            for (String label : List.of("Föredragningslista", "Tid", "Landskap", "Arrangörer", "Inledning av temat",
                    "Temaområde", "Frågor", "Deltagare", "Ytterligare information", "Bilagor", "Sändlista",
                    "För kännedom", "Postadress")) {
                assertTrue(text.contains(label), label + " missing");
            }
            for (String label : FINNISH_LABELS) {
                assertFalse(word(label).matcher(text).find(), "Finnish label '" + label + "' in:\n" + text);
            }
        }
    }

    @Test
    void anItemNotedForInformationHasNoAppealInstructions() throws Exception {
        String text = String.join(" ", pdfPages(RENDERED.get(EXTRACT).pdf()));
        for (String appeal : List.of("Oikaisuvaatimusohje", "Valitusosoitus", "Muutoksenhakukielto", "valitu")) {
            assertFalse(text.contains(appeal), appeal);
        }
    }

    /** The same extract as a decision that can be appealed: the instructions of its kind follow the decision. */
    @Test
    void anAppealableDecisionCarriesTheInstructionsOfItsKind() throws Exception {
        String yaml = resource(EXTRACT + ".yaml");
        Map<String, List<String>> expected = Map.of(
                "municipal-appeal", List.of("Valitusosoitus", "kunnallisvalituksella", "hallinto-oikeudelle",
                        "30 päivän kuluessa"),
                "request-for-rectification", List.of("Oikaisuvaatimusohje", "kirjallisen oikaisuvaatimuksen",
                        "14 päivän kuluessa"));
        DocumentMarkup templates = new DocumentMarkup(TemplateEngine.builder().build(), LetterheadProfile::load);
        Sample sample = Samples.all().stream().filter(s -> s.stem().equals(EXTRACT)).findFirst().orElseThrow();
        for (var entry : expected.entrySet()) {
            String changed = yaml.replace("notedForInformation: true\nappeal: none",
                    "notedForInformation: false\nappeal: " + entry.getKey());
            assertTrue(!changed.equals(yaml), "the sample notes its item for information");
            String markup = templates.markup(new InputReader().read(EXTRACT + ".yaml", changed));
            String pdf = String.join(" ", pdfPages(render(sample, markup).pdf()));
            List<String> parts = new java.util.ArrayList<>(List.of("Maakuntajohtajan ehdotus",
                    "Maakuntahallituksen päätös", "Ehdotus hyväksyttiin."));
            parts.addAll(entry.getValue());
            parts.add("Otteen oikeaksi todistaa");
            Fixtures.assertInOrder(squeezed(pdf), squeezed(parts));
        }
    }

    // --- reading the files back

    /** The DOCX body's text in document order, paragraphs and table cells alike, one space between. */
    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append(' ');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(cp -> text.append(cp.getText()).append(' '));
                        }
                    }
                }
            }
            return text.toString();
        }
    }

    /** The text of each PDF page. */
    private static List<String> pdfPages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /**
     * Text without any white space (no-break spaces included): a line may break after a hyphen in one
     * format and not in the other, so landmarks are compared without the spaces between their words.
     */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }

    private static List<String> squeezed(List<String> parts) {
        return parts.stream().map(KindSamplesDecisionAgendaTest::squeezed).toList();
    }

    private static Pattern word(String label) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])");
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = KindSamplesDecisionAgendaTest.class.getClassLoader()
                .getResourceAsStream("samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
