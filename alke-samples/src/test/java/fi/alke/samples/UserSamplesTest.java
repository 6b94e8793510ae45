package fi.alke.samples;

import static fi.alke.samples.SampleFiles.bodyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples written as a user would, with the open model's parts (free sections, challenges and
 * opportunities, parties beyond the code lists, a follow-up naming its action table, a minutes-style
 * extract): each renders in both formats with the stock templates, reads back through POI and PDFBox
 * with its landmarks in order, and LibreOffice lays the DOCX out on as many pages as the PDF has.
 */
class UserSamplesTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();

    /** Landmarks in reading order; each shows a part of the open model in print. */
    static final Map<String, List<String>> IN_ORDER = Map.of(
            "poytakirjanote-mh-2025", List.of(
                    "Esimerkkimaakunnan liitto", "18.03.2025",
                    "Maakunnan esitys vuoden 2025 aluekehittämisen keskustelun teemaksi", "MH 17.03.2025 §\u00A045",
                    "EML/112/00.01.02/2025", "Selostus", "maakuntaohjelman 2022–2025", "Valmistelun vaiheet",
                    "Kuulemisen tulokset", "Valmistelija", "Johanna Virtanen", "Lisätietoja", "Antti Laine",
                    "Esityksen liitteet ovat nähtävillä", "Maakuntajohtajan ehdotus", "Vihreän siirtymän investoinnit",
                    "Maakuntahallituksen päätös", "Ehdotus hyväksyttiin yksimielisesti.", "Valitusosoitus",
                    "Paula Koskinen", "Jakelu", "Työ- ja elinkeinoministeriö", "Tiedoksi", "Maakunnan kunnat"),
            "teema-itasuomi-2026", List.of(
                    "Työ- ja elinkeinoministeriö", "6.3.2026", "Keskusteluteema ja johtopäätökset",
                    "Puolustusteollisuuden ja kaksoiskäyttöteknologioiden TKI:n kehittäminen alueilla",
                    "Käsillä olevan tilanteen kuvaus", "Kehittämiskärjet", "Kyberturvallisuuden", "Haasteet",
                    "Rahoitusinstrumentit eivät tunnista", "Mahdollisuudet", "EU:n puolustusrahaston haut",
                    "Tavoitteet", "TKI-rahoitus kasvaa", "Keskeiset kysymykset", "Miten kansalliset",
                    "Alueiden vahvuudet", "Esimerkkejä", "Jyväskylän yliopiston", "Kanta-Häme ja Etelä-Savo",
                    "Jatkotyö", "Lisätietoja", "Mikko Rantanen"),
            "toimenpiteet-itasuomi-2026", List.of(
                    "Työ- ja elinkeinoministeriö", "20.4.2026", "VN/31452/2025-TEM-12", "Lisätietoja",
                    "Mikko Rantanen", "Toimenpiteiden etenemistä seurataan", "Jakelu", "Käynnissä olevat toimenpiteet",
                    "K1", "TEM", "KS-EVK", "Kaikki maakunnat", "K2", "PLM", "OKM", "Jyväskylän yliopisto",
                    "Itä-Suomen yliopisto", "K3", "HVK", "Keski-Suomi", "Pohjois-Savo",
                    "Ehdotukset uusiksi toimenpiteiksi", "U1", "BF", "TEM", "Jyväskylän yliopisto",
                    "Jyväskylän kaupunki", "U2", "VN", "Kaikki maakunnat", "U3", "OKM", "KS-EVK", "Kanta-Häme",
                    "Etelä-Savo", "Keski-Suomen elinvoimakeskus", "Huoltovarmuuskeskus", "Business Finland"),
            "seuranta-itasuomi-2026", List.of(
                    "Työ- ja elinkeinoministeriö", "30.10.2026", "VN/31452/2025-TEM-19", "syksy 2026 (15.10.2026)",
                    "K1", "Käynnissä", "Kolme hanketta rahoitettu", "KS-EVK", "Kaikki maakunnat", "K2", "Valmis",
                    "U1", "Ei aloitettu", "Yliopisto ja kaupunki", "BF", "Jyväskylän kaupunki", "U2", "Peruttu",
                    "U3", "Ei raportoitu"));

    private static final Map<String, Rendered> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        RENDERED.putAll(Rendered.samples(IN_ORDER.keySet()));
        assertEquals(IN_ORDER.keySet(), RENDERED.keySet(), "samples.txt lists the four samples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"poytakirjanote-mh-2025", "teema-itasuomi-2026", "toimenpiteet-itasuomi-2026",
            "seuranta-itasuomi-2026"})
    void bothFormatsCarryTheLandmarksInOrder(String stem) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(RENDERED.get(stem).docx()))) {
            Fixtures.assertInOrder(bodyText(doc), IN_ORDER.get(stem));
        }
        try (PDDocument pdf = Loader.loadPDF(RENDERED.get(stem).pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            Fixtures.assertInOrder(text, IN_ORDER.get(stem));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"poytakirjanote-mh-2025", "teema-itasuomi-2026", "toimenpiteet-itasuomi-2026",
            "seuranta-itasuomi-2026"})
    void libreOfficeLaysTheDocxOutOnAsManyPagesAsThePdfHas(String stem, @TempDir Path work) throws Exception {
        int pdfPages = LibreOffice.pages(RENDERED.get(stem).pdf());
        assertTrue(pdfPages >= 1);
        assertEquals(pdfPages, LibreOffice.pages(RENDERED.get(stem).docx(), work), stem + ": pages in LibreOffice");
    }
}
