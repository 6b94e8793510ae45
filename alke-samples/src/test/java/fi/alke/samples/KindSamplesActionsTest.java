package fi.alke.samples;

import static fi.alke.samples.SampleFiles.bodyText;
import static fi.alke.samples.SampleFiles.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.ActionTable;
import fi.alke.documents.model.ActionTableBuilder;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.Meta;
import fi.alke.documents.model.MetaBuilder;
import fi.alke.documents.model.ThemeDescription;
import fi.alke.documents.model.ThemeDescriptionBuilder;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.template.DocumentMarkup;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The samples of the kinds theme-description, action-table and follow-up, rendered from their YAML input
 * with the stock templates to DOCX and PDF, and read back through POI and PDFBox.
 */
class KindSamplesActionsTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final String THEME = "teema-johtopaatokset-2026";
    private static final String ACTIONS = "toimenpiteet-2026";
    private static final String FOLLOW_UP = "seuranta-2024";

    /** Landmarks of each sample in reading order, from the letterhead to the last table's legend. */
    private static final Map<String, List<String>> IN_ORDER = Map.of(
            THEME, List.of(
                    "Työ- ja elinkeinoministeriö", "Johtopäätökset", "15.4.2026", "VN/31452/2025",
                    "VN/31452/2025-TEM-7", "Jakelun mukaan",
                    "Puolustusteollisuuden ja kaksoiskäyttöteknologioiden TKI:n kehittäminen alueilla",
                    "keskustelun johtopäätökset", "Keskusteluteema:", "Kokonaisturvallisuus",
                    "Käsillä olevan tilanteen kuvaus", "Teams-kokouksena 20.3.2026", "Maavoimien esikunta",
                    "Euroopan puolustusrahaston (EDF)", "Kehittämiskärjet, haasteet ja mahdollisuudet",
                    "Alueellinen merkitys ja strateginen asema.", "TKI-toiminta ja osaamisen varmistaminen.",
                    "Rahoituksen ohjaus ja neuvonta.", "EU-rahoituksen kohdentaminen ja vaikuttavuus.", "Tavoitteet",
                    "päivitetään vuosittain", "hankekonsortioon", "Puolustusvoimien kanssa",
                    "valmistelussa", "Lisätietoja", "Laura Miettinen", "Johtava asiantuntija",
                    "laura.miettinen@gov.fi", "Antti Rissanen", "Aluekehitysjohtaja",
                    "Tämä asiakirja on sähköisesti allekirjoitettu.", "Mikko Hakala", "Osastopäällikkö, ylijohtaja",
                    "Liitteet", "VN/31452/2025-TEM-8", "Jakelu", "Etelä-Savon maakuntaliitto", "Hämeen liitto",
                    "SM Sisäministeriö", "Tiedoksi", "Alueiden uudistumisen neuvottelukunta AUNE", "TEM/AKO/ryhmät",
                    "Postiosoite", "PL 32", "kirjaamo.tem@gov.fi"),
            ACTIONS, List.of(
                    "Työ- ja elinkeinoministeriö", "Toimenpiteet", "15.4.2026", "VN/31452/2025-TEM-8",
                    "Jakelun mukaan", "Käynnissä olevia toimenpiteitä: 6. Ehdotuksia uusiksi toimenpiteiksi: 6.",
                    "Lisätietoja", "Laura Miettinen", "Jakelu", "Etelä-Savon maakuntaliitto", "UM Ulkoministeriö",
                    "kirjaamo.tem@gov.fi", "Toimenpiteet", "Toimenpide", "Vastuutahot", "VN", "Maakunnat",
                    "Käynnissä olevat toimenpiteet", "K1 Kaksoiskäyttöön soveltuvien", "TEM", "Etelä-Savo",
                    "Pohjois-Savo", "Keski-Suomi", "Kanta-Häme", "K2 Puolustusvoimien", "PLM", "OKM", "K3", "K4 Maakuntien",
                    "K5", "K6 Kaksoiskäyttötuotteiden", "UM", "Ehdotukset uusiksi toimenpiteiksi", "U1 Perustetaan", "PLM",
                    "TEM", "U2 Selvitetään", "SM", "U3", "U4", "U5", "U6 Arvioidaan", "LVM", "Lyhenteet:", "VN valtioneuvosto", "TEM Työ- ja elinkeinoministeriö", "PLM Puolustusministeriö",
                    "UM Ulkoministeriö", "LVM Liikenne- ja viestintäministeriö"),
            FOLLOW_UP, List.of(
                    "Työ- ja elinkeinoministeriö", "Seuranta", "22.3.2024", "VN/18234/2023-TEM-21", "Jakelun mukaan",
                    "Vuoden 2023 aluekehittämisen keskustelujen seuranta", "Seurantakierrokset:",
                    "syksy 2023 (30.11.2023), helmikuu 2024 (8.3.2024)", "Tilanne seurantakierroksella helmikuu 2024",
                    "Etenemisen tilanne", "VN", "Maakunnat", "Ei aloitettu", "Käynnissä", "Valmis", "Peruttu",
                    "Toimenpiteitä yhteensä", "Lisätietoja", "Heikki Turunen", "Jakelu", "Pohjois-Karjalan maakuntaliitto",
                    "Tiedoksi", "kirjaamo.tem@gov.fi", "Seuranta toimenpiteistä", "Toimenpiteet (käynnissä olevat ja",
                    "Kierros", "Etenemisen tilanne", "Lisätiedot", "Vastuutahot", "VN", "Maakunnat", "VN", "Maakunnat",
                    "K1 Itä- ja Pohjois-Suomen ohjelman", "syksy 2023", "Käynnissä", "Käynnissä", "Ohjelman valmistelu",
                    "TEM", "VM", "Etelä-Karjala", "Pohjois-Karjala", "helmikuu 2024", "Ohjelmaluonnos lausunnoilla",
                    "K2", "syksy 2023", "Käynnissä", "Ei aloitettu", "helmikuu 2024", "Valmis", "Käynnissä",
                    "U3", "syksy 2023", "Ei aloitettu", "Käynnissä", "helmikuu 2024", "Peruttu", "Käynnissä",
                    "U4", "syksy 2023", "Ei raportoitu", "helmikuu 2024", "Käynnissä", "Käynnissä", "Uusi toimenpide",
                    "Lyhenteet:", "VN valtioneuvosto", "YM Ympäristöministeriö", "SM Sisäministeriö"));

    /** A metadata line every page carries: page one in its block, the others in the running header. */
    private static final Map<String, String> ON_EVERY_PAGE = Map.of(
            THEME, "VN/31452/2025-TEM-7", ACTIONS, "VN/31452/2025-TEM-8", FOLLOW_UP, "VN/18234/2023-TEM-21");

    private static final Map<String, Rendered> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        RENDERED.putAll(Rendered.samples(IN_ORDER.keySet()));
        assertEquals(IN_ORDER.keySet(), RENDERED.keySet(), "samples.txt lists the three samples");
    }

    static Stream<Arguments> stems() {
        return Stream.of(THEME, ACTIONS, FOLLOW_UP).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("stems")
    void docxTextComesInOrder(String stem) throws Exception {
        try (XWPFDocument doc = docx(stem)) {
            Fixtures.assertInOrder(bodyText(doc), IN_ORDER.get(stem));
        }
    }

    @ParameterizedTest
    @MethodSource("stems")
    void pdfTextComesInOrderWithPageNumbersAndMetadataOnEveryPage(String stem) throws Exception {
        try (PDDocument doc = Loader.loadPDF(RENDERED.get(stem).pdf())) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 2, stem + ": pages " + total);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= total; page++) {
                String text = pageText(doc, page);
                assertTrue(text.contains(page + " (" + total + ")"), stem + " page " + page + " lacks its number:\n" + text);
                assertTrue(text.contains(ON_EVERY_PAGE.get(stem)), stem + " page " + page + " lacks the metadata block");
                all.append(text).append(' ');
            }
            Fixtures.assertInOrder(all.toString().replaceAll("\\s+", " "), IN_ORDER.get(stem));
        }
    }

    @ParameterizedTest
    @MethodSource("stems")
    void pdfIsPdfA2b(String stem) throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(RENDERED.get(stem).pdf()));
    }

    @ParameterizedTest
    @MethodSource("stems")
    void docxStoredPropertiesAgreeWithTheVisibleMetadata(String stem) throws Exception {
        Document document = RENDERED.get(stem).document();
        try (XWPFDocument doc = docx(stem)) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(document.metadata().title(), core.getTitle());
            assertEquals("Työ- ja elinkeinoministeriö", core.getCreator());
            assertEquals("fi", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        }
    }

    @Test
    void actionTableHasOneRowPerActionUnderGroupRowsAndAHeaderThatRepeats() throws Exception {
        try (XWPFDocument doc = docx(ACTIONS)) {
            XWPFTable table = table(doc, "Käynnissä olevat toimenpiteet");
            List<XWPFTableRow> rows = table.getRows();
            assertEquals(2 + 1 + 6 + 1 + 6, rows.size(), "two header rows, then a group row and a row per action "
                    + "for the ongoing actions and for the proposals");
            assertTrue(rows.get(0).isRepeatHeader() && rows.get(1).isRepeatHeader(), "two header rows repeat");
            assertFalse(rows.get(2).isRepeatHeader(), "body rows do not repeat");

            List<XWPFTableCell> top = rows.get(0).getTableCells();
            assertEquals(List.of("Toimenpide", "Vastuutahot"), top.stream().map(XWPFTableCell::getText).toList());
            assertEquals(STMerge.RESTART, top.get(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(2, gridSpan(top.get(1)));
            assertContinuesMerge(rows.get(1).getCell(0));
            assertEquals(List.of("VN", "Maakunnat"), rows.get(1).getTableCells().stream()
                    .map(XWPFTableCell::getText).filter(text -> !text.isBlank()).toList());

            // A group row spans the three columns; then the ongoing actions K1-K6, each in a row of its own.
            assertEquals(List.of("Käynnissä olevat toimenpiteet"), cellTexts(rows.get(2)));
            assertEquals(3, gridSpan(rows.get(2).getCell(0)));
            for (int i = 0; i < 6; i++) {
                List<String> cells = cellTexts(rows.get(3 + i));
                assertEquals(3, cells.size(), cells.toString());
                assertTrue(cells.get(0).startsWith("K" + (i + 1) + " "), cells.get(0));
            }
            assertEquals(List.of("Ehdotukset uusiksi toimenpiteiksi"), cellTexts(rows.get(9)));
            assertEquals(3, gridSpan(rows.get(9).getCell(0)));
            for (int i = 0; i < 6; i++) {
                List<String> cells = cellTexts(rows.get(10 + i));
                assertEquals(3, cells.size(), cells.toString());
                assertTrue(cells.get(0).startsWith("U" + (i + 1) + " "), cells.get(0));
            }
            // No row holds an ongoing action and a proposal together.
            for (XWPFTableRow row : rows) {
                String text = String.join(" ", cellTexts(row));
                assertFalse(text.matches("(?s).*\\bK[1-6]\\b.*") && text.matches("(?s).*\\bU[1-6]\\b.*"), text);
            }

            // K1: its ministry in the VN column, its regions in the Maakunnat column, one a line.
            List<String> first = cellTexts(rows.get(3));
            assertTrue(first.get(0).startsWith("K1 Kaksoiskäyttöön soveltuvien"), first.get(0));
            assertEquals(List.of("TEM"), lines(first.get(1)));
            assertEquals(List.of("Etelä-Savo", "Pohjois-Savo", "Keski-Suomi", "Kanta-Häme"), lines(first.get(2)));
            // K4 names no ministry, K6 no region: those cells stay empty.
            assertTrue(cellTexts(rows.get(6)).get(1).isBlank(), cellTexts(rows.get(6)).toString());
            List<String> k6 = cellTexts(rows.get(8));
            assertEquals(List.of("UM"), lines(k6.get(1)));
            assertTrue(k6.get(2).isBlank(), k6.get(2));
            List<String> u1 = cellTexts(rows.get(10));
            assertTrue(u1.get(0).startsWith("U1 Perustetaan"), u1.get(0));
            assertEquals(List.of("PLM", "TEM"), lines(u1.get(1)));
        }
    }

    @Test
    void actionTableIsOnLandscapePages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(RENDERED.get(ACTIONS).pdf())) {
            var first = doc.getPage(0).getMediaBox();
            assertTrue(first.getHeight() > first.getWidth(), "the covering page is portrait");
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                var box = doc.getPage(page).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "page " + (page + 1) + " is landscape");
            }
            assertTrue(pageText(doc, 2).contains("Käynnissä olevat toimenpiteet"));
        }
    }

    @Test
    void followUpTableHasARowForEachRoundAndMergedCells() throws Exception {
        try (XWPFDocument doc = docx(FOLLOW_UP)) {
            XWPFTable table = table(doc, "Lisätiedot");
            List<XWPFTableRow> rows = table.getRows();
            assertEquals(2 + 8 * 2, rows.size(), "two header rows and a row for each round of each action");
            assertTrue(rows.get(0).isRepeatHeader() && rows.get(1).isRepeatHeader(), "two header rows repeat");
            assertFalse(rows.get(2).isRepeatHeader(), "body rows do not repeat");

            List<XWPFTableCell> top = rows.get(0).getTableCells();
            assertEquals(List.of("Toimenpiteet (käynnissä olevat ja ehdotukset uusiksi toimenpiteiksi)", "Kierros",
                    "Etenemisen tilanne", "Lisätiedot", "Vastuutahot"), top.stream().map(XWPFTableCell::getText).toList());
            assertEquals(2, gridSpan(top.get(2)));
            assertEquals(2, gridSpan(top.get(4)));
            assertEquals(List.of("VN", "Maakunnat", "VN", "Maakunnat"), rows.get(1).getTableCells().stream()
                    .map(XWPFTableCell::getText).filter(text -> !text.isBlank()).toList());

            // K1: the action and its parties span both rounds' rows.
            List<XWPFTableCell> autumn = rows.get(2).getTableCells();
            assertTrue(autumn.get(0).getText().startsWith("K1 "), autumn.get(0).getText());
            assertEquals(STMerge.RESTART, autumn.get(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(List.of("syksy 2023", "Käynnissä", "Käynnissä"),
                    autumn.subList(1, 4).stream().map(XWPFTableCell::getText).toList());
            assertEquals(List.of("TEM", "VM"), lines(autumn.get(5).getText()));
            assertEquals(List.of("Etelä-Karjala", "Etelä-Savo", "Pohjois-Savo", "Pohjois-Karjala"),
                    lines(autumn.get(6).getText()));
            XWPFTableRow february = rows.get(3);
            assertContinuesMerge(february.getCell(0));
            List<String> februaryTexts = cellTexts(february).stream().filter(text -> !text.isBlank()).toList();
            assertEquals(List.of("helmikuu 2024", "Käynnissä", "Käynnissä", "Ohjelmaluonnos lausunnoilla maaliskuussa 2024."),
                    februaryTexts);

            // U4 was not reported in the autumn: one cell across both sides says so.
            XWPFTableRow unreported = rows.get(2 + 7 * 2);
            XWPFTableCell notReported = unreported.getTableCells().stream()
                    .filter(cell -> cell.getText().equals("Ei raportoitu")).findFirst().orElseThrow();
            assertEquals(2, gridSpan(notReported));
            // U3: the state gave up, the regions go on.
            List<String> u3 = cellTexts(rows.get(2 + 6 * 2 + 1)).stream().filter(text -> !text.isBlank()).toList();
            assertEquals(List.of("helmikuu 2024", "Peruttu", "Käynnissä"), u3.subList(0, 3));
        }
    }

    @Test
    void followUpSummaryCountsTheLatestRoundsStatusesPerSide() throws Exception {
        try (XWPFDocument doc = docx(FOLLOW_UP)) {
            XWPFTable summary = table(doc, "Toimenpiteitä yhteensä");
            List<List<String>> rows = summary.getRows().stream().map(KindSamplesActionsTest::cellTexts).toList();
            assertEquals(List.of(
                    List.of("Etenemisen tilanne", "VN", "Maakunnat"),
                    List.of("Ei aloitettu", "0", "0"),
                    List.of("Käynnissä", "4", "5"),
                    List.of("Valmis", "3", "3"),
                    List.of("Peruttu", "1", "0"),
                    List.of("Toimenpiteitä yhteensä", "8", "8")), rows);
            assertTrue(summary.getRow(0).isRepeatHeader());
        }
    }

    @Test
    void followUpSummaryCountsActionsNotReportedInTheLatestRound() throws Exception {
        FollowUp sample = (FollowUp) read(FOLLOW_UP);
        FollowUp missing = FollowUpBuilder.builder(sample)
                .progress(sample.progress().stream()
                        .filter(p -> !(p.actionId().equals("U4") && p.round().equals("helmikuu 2024"))).toList())
                .build();
        String markup = new DocumentMarkup(TemplateEngine.builder().build(), LetterheadProfile::load).markup(missing);
        Document tree = new MarkupParser(ResourceLoader.classpath(KindSamplesActionsTest.class.getClassLoader(),
                TemplateEngine.STOCK_ROOT)).parse("missing.xml", markup);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(tree)))) {
            List<List<String>> rows = table(doc, "Toimenpiteitä yhteensä").getRows().stream()
                    .map(KindSamplesActionsTest::cellTexts).toList();
            assertEquals(List.of("Käynnissä", "3", "4"), rows.get(2));
            assertEquals(List.of("Ei raportoitu", "1", "1"), rows.get(5));
            assertEquals(List.of("Toimenpiteitä yhteensä", "8", "8"), rows.get(6));
            XWPFTable followUp = table(doc, "Lisätiedot");
            assertEquals(List.of("helmikuu 2024", "Ei raportoitu"), cellTexts(followUp.getRows().get(2 + 7 * 2 + 1))
                    .stream().filter(text -> !text.isBlank()).toList());
        }
    }

    @Test
    void aSideNotReportedShowsAndCountsAsNotReported() throws Exception {
        FollowUp sample = (FollowUp) read(FOLLOW_UP);
        // U4 in February as a ministry's form imports it: the state's side only, the regions' not reported
        FollowUp stateOnly = FollowUpBuilder.builder(sample)
                .progress(sample.progress().stream()
                        .map(p -> p.actionId().equals("U4") && p.round().equals("helmikuu 2024")
                                ? new FollowUp.Progress(p.actionId(), p.round(), p.state(), null, p.note()) : p)
                        .toList())
                .build();
        String markup = new DocumentMarkup(TemplateEngine.builder().build(), LetterheadProfile::load).markup(stateOnly);
        Document tree = new MarkupParser(ResourceLoader.classpath(KindSamplesActionsTest.class.getClassLoader(),
                TemplateEngine.STOCK_ROOT)).parse("state-only.xml", markup);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(tree)))) {
            List<List<String>> rows = table(doc, "Toimenpiteitä yhteensä").getRows().stream()
                    .map(KindSamplesActionsTest::cellTexts).toList();
            assertEquals(List.of("Käynnissä", "4", "4"), rows.get(2));
            assertEquals(List.of("Ei raportoitu", "0", "1"), rows.get(5));
            assertEquals(List.of("Toimenpiteitä yhteensä", "8", "8"), rows.get(6));
            XWPFTable followUp = table(doc, "Lisätiedot");
            List<String> u4 = cellTexts(followUp.getRows().get(2 + 7 * 2 + 1));
            assertEquals(List.of("helmikuu 2024", "Käynnissä", "Ei raportoitu"), u4.subList(1, 4), u4.toString());
        }
    }

    @Test
    void followUpTableRepeatsItsHeaderOnTheNextPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(RENDERED.get(FOLLOW_UP).pdf())) {
            int total = doc.getNumberOfPages();
            assertTrue(total >= 3, "the follow-up table runs over two landscape pages: " + total);
            for (int page = 2; page <= total; page++) {
                String text = pageText(doc, page).replaceAll("\\s+", " ");
                Fixtures.assertInOrder(text, List.of("Toimenpiteet (käynnissä olevat ja ehdotukset uusiksi toimenpiteiksi)",
                        "Kierros", "Etenemisen tilanne", "Lisätiedot", "Vastuutahot", "VN", "Maakunnat", "VN", "Maakunnat"));
            }
        }
    }

    @Test
    void themeDescriptionListsItsSpearheadsAndNumbersItsGoals() throws Exception {
        try (XWPFDocument doc = docx(THEME)) {
            List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertEquals(4 + 4, items.size(), "four spearheads and four goals");
            assertTrue(items.get(0).getText().startsWith("Alueellinen merkitys ja strateginen asema. Puolustusvoimien"),
                    items.get(0).getText());
            assertTrue(items.get(0).getRuns().get(0).isBold(), "the spearhead's lead is bold");
            assertTrue(items.get(4).getText().startsWith("Maakunnilla ja ministeriöillä"), items.get(4).getText());
            assertFalse(items.get(0).getNumID().equals(items.get(4).getNumID()), "goals are a list of their own");
        }
    }

    /** Each kind's template speaks the document's language: labels, status names and region names. */
    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void labelsFollowTheDocumentsLanguage(String lang) throws Exception {
        DocumentMarkup templates = new DocumentMarkup(TemplateEngine.builder().build(), LetterheadProfile::load);
        Map<String, List<String>> expected = lang.equals("sv")
                ? Map.of(THEME, List.of("Slutsatser", "Diskussionstema:", "Beskrivning av nuläget",
                                "Utvecklingsspetsar, utmaningar och möjligheter", "Mål", "Ytterligare information", "Bilagor",
                                "Sändlista", "För kännedom"),
                        ACTIONS, List.of("Åtgärder", "Åtgärd", "Ansvariga", "SR", "Landskapen", "Pågående åtgärder",
                                "Södra Savolax", "Förslag till nya åtgärder", "Förkortningar:", "SR statsrådet",
                                "TEM Arbets- och näringsministeriet"),
                        FOLLOW_UP, List.of("Uppföljning", "Uppföljningsomgångar:", "Läget i uppföljningsomgången helmikuu 2024",
                                "Inte påbörjad", "Pågår", "Klar", "Inställd", "Uppföljning av åtgärderna", "Omgång",
                                "Inte rapporterad", "Norra Karelen"))
                : Map.of(THEME, List.of("Conclusions", "Discussion theme:", "The situation at hand",
                                "Development spearheads, challenges and opportunities", "Goals", "Further information",
                                "Attachments", "Distribution", "For information"),
                        ACTIONS, List.of("Actions", "Action", "Responsible parties", "Government", "Regions",
                                "Ongoing actions", "South Savo", "Proposals for new actions", "Abbreviations:",
                                "TEM Ministry of Economic Affairs and Employment"),
                        FOLLOW_UP, List.of("Follow-up", "Follow-up rounds:", "Status in the round helmikuu 2024",
                                "Not started", "In progress", "Done", "Cancelled", "Follow-up of the actions", "Round",
                                "Not reported", "North Karelia"));
        for (String stem : List.of(THEME, ACTIONS, FOLLOW_UP)) {
            AlkeDocument document = inLanguage(read(stem), lang);
            String markup = templates.markup(document);
            Fixtures.assertInOrder(markup, expected.get(stem));
            assertFalse(markup.contains("Vastuutahot") || markup.contains("Liitteet") || markup.contains("Käynnissä"),
                    stem + " in " + lang + " has Finnish labels");
            // And it renders: the markup is valid and both formats are written.
            Document tree = new MarkupParser(ResourceLoader.classpath(KindSamplesActionsTest.class.getClassLoader(),
                    TemplateEngine.STOCK_ROOT)).parse(stem + "-" + lang + ".xml", markup);
            assertNotNull(docx(tree));
            assertTrue(new PdfRenderer(STYLE).render(tree).length > 0);
        }
    }

    // --- helpers ---

    private static AlkeDocument read(String stem) throws Exception {
        try (InputStream in = KindSamplesActionsTest.class.getClassLoader()
                .getResourceAsStream("samples/" + stem + ".yaml")) {
            return new InputReader().read(stem + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The same document with its metadata in another language and the document type left to the template. */
    private static AlkeDocument inLanguage(AlkeDocument document, String lang) {
        Meta meta = MetaBuilder.builder(document.meta()).language(lang).type(null).build();
        if (document instanceof ThemeDescription theme) {
            return ThemeDescriptionBuilder.builder(theme).meta(meta).build();
        }
        if (document instanceof ActionTable actions) {
            return ActionTableBuilder.builder(actions).meta(meta).build();
        }
        if (document instanceof FollowUp followUp) {
            return FollowUpBuilder.builder(followUp).meta(meta).build();
        }
        throw new IllegalArgumentException(document.kind());
    }

    private static byte[] docx(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(document, out);
        return out.toByteArray();
    }

    private static XWPFDocument docx(String stem) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(RENDERED.get(stem).docx()));
    }

    private static XWPFTable table(XWPFDocument doc, String containing) {
        return doc.getTables().stream().filter(t -> t.getText().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no table holds '" + containing + "'"));
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }

    private static void assertContinuesMerge(XWPFTableCell cell) {
        CTTcPr below = cell.getCTTc().getTcPr();
        assertTrue(below.isSetVMerge(), "the cell under a rowspan continues the merge");
        // An absent val means "continue" in OOXML.
        assertTrue(below.getVMerge().getVal() == null || below.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static List<String> cellTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    /** The lines of a cell: line breaks within a paragraph and paragraphs alike. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
