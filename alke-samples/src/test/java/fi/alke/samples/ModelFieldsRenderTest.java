package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import static fi.alke.samples.SampleFiles.bodyText;
import static fi.alke.samples.SampleFiles.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.ActionTable;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.BoardDecisionExtract;
import fi.alke.documents.model.Closing;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Meta;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Names;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Person;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Section;
import fi.alke.documents.model.Side;
import fi.alke.documents.model.Table;
import fi.alke.documents.model.ThemeDescription;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * Documents built in Java with the model's newer fields — parties beyond the code lists, the board extract's
 * order, headings and date style, the theme description's own lists and free sections — rendered with the
 * stock templates through the pipeline to DOCX and PDF, and read back through POI and PDFBox.
 */
class ModelFieldsRenderTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final AlkeDocuments DOCUMENTS = AlkeDocuments.create();

    private static final Party KS_ELY = Party.of(Organisation.builder().code("ely-keski-suomi")
            .name(new Names("Keski-Suomen ELY-keskus", null, null)).abbreviation("KS-ELY").side(Side.STATE).build());
    private static final Party UNIVERSITY = Party.of(Organisation.builder().code("jyu")
            .name(new Names("Jyväskylän yliopisto", null, null)).side(Side.REGIONS).build());

    private static Rendered render(AlkeDocument document) throws Exception {
        return Rendered.of(DOCUMENTS.tree(document));
    }

    private static Meta meta(String title) {
        return Meta.builder().title(title).date(LocalDate.of(2026, 4, 15)).identifiers(List.of("VN/9/2026")).build();
    }

    private static Action action(String id, String description, List<Ministry> ministries, List<Region> regions,
                                 Party... others) {
        return Action.builder().id(id).description(Markdown.of(description)).ministries(ministries).regions(regions)
                .responsible(List.of(others)).build();
    }

    @Test
    void theActionTableListsEachActionInItsGroupWithItsPartiesBySideAndTheirLegend() throws Exception {
        ActionTable table = ActionTable.builder().meta(meta("Toimenpiteet")).sender("tem")
                .ongoing(List.of(
                        action("K1", "Osaamiskeskittymien rahoitus.", List.of(Ministry.TEM), List.of(Region.KESKI_SUOMI),
                                KS_ELY, UNIVERSITY),
                        action("K2", "Yhteinen tilannekuva.", List.of(), List.of(), Party.government(), Party.allRegions())))
                .proposed(List.of(
                        action("U1", "Selvitetään korkeakoulujen yhteistyö.", List.of(Ministry.OKM),
                                List.of(Region.POHJOIS_SAVO)),
                        action("U2", "Kartoitetaan yritysverkostot.", List.of(), List.of(Region.LAPPI)),
                        action("U3", "Neuvonta EU-hakuihin.", List.of(Ministry.TEM), List.of(), KS_ELY)))
                .build();
        Rendered rendered = render(table);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
            XWPFTable actions = doc.getTables().stream().filter(t -> t.getText().contains("Toimenpide")).findFirst()
                    .orElseThrow();
            List<XWPFTableRow> rows = actions.getRows();
            assertTrue(rows.get(0).isRepeatHeader() && rows.get(1).isRepeatHeader(), "the header rows repeat");
            assertEquals(List.of(
                    List.of("Toimenpide", "Vastuutahot"),
                    List.of("", "VN", "Maakunnat"),
                    List.of("Käynnissä olevat toimenpiteet"),
                    List.of("K1 Osaamiskeskittymien rahoitus.", "TEM KS-ELY", "Keski-Suomi Jyväskylän yliopisto"),
                    List.of("K2 Yhteinen tilannekuva.", "VN", "Kaikki maakunnat"),
                    List.of("Ehdotukset uusiksi toimenpiteiksi"),
                    List.of("U1 Selvitetään korkeakoulujen yhteistyö.", "OKM", "Pohjois-Savo"),
                    List.of("U2 Kartoitetaan yritysverkostot.", "", "Lappi"),
                    List.of("U3 Neuvonta EU-hakuihin.", "TEM KS-ELY", "")),
                    rows.stream().map(ModelFieldsRenderTest::cells).toList());
            Fixtures.assertInOrder(bodyText(doc), List.of("Lyhenteet:", "VN valtioneuvosto",
                    "TEM Työ- ja elinkeinoministeriö", "KS-ELY Keski-Suomen ELY-keskus", "OKM Opetus- ja kulttuuriministeriö"));
        }
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = pageText(pdf, 2).replaceAll("\\s+", " ");
            Fixtures.assertInOrder(text, List.of("Toimenpide", "Vastuutahot", "VN", "Maakunnat",
                    "Käynnissä olevat toimenpiteet", "K1 Osaamiskeskittymien rahoitus.", "TEM", "KS-ELY", "Keski-Suomi",
                    "Jyväskylän yliopisto", "K2", "VN", "Kaikki maakunnat", "Ehdotukset uusiksi toimenpiteiksi", "U1", "OKM",
                    "Pohjois-Savo", "U2", "Lappi", "U3", "TEM", "KS-ELY", "Lyhenteet:", "KS-ELY Keski-Suomen ELY-keskus"));
        }
        SampleFiles.assertBothFormatsShowTheSameWords(rendered.document(), rendered.docx(), rendered.pdf());
        assertEquals(List.of(), Fixtures.pdfa2bFailures(rendered.pdf()));
    }

    @Test
    void aTitleFirstExtractPrintsTheMeetingLineAfterTheTitleWithPaddedDatesAndDerivedHeadings() throws Exception {
        BoardDecisionExtract extract = BoardDecisionExtract.builder()
                .meta(Meta.builder().title("Aluekehittämisen keskustelut 2025").date(LocalDate.of(2025, 3, 20))
                        .dateStyle(Meta.DateStyle.PADDED).build())
                .sender("regional-council").meetingBody("Maakuntahallitus").meetingBodyAbbreviation("MH")
                .meetingDate(LocalDate.of(2025, 3, 17)).section(45).diaryNumber("KSL/123/00.01.02/2025")
                .order(BoardDecisionExtract.Order.TITLE_FIRST).printExplanationHeading(false)
                .explanation(Markdown.of("Keskustelut käydään maaliskuussa."))
                .sections(List.of(Section.builder().heading("Aikataulu").table(new Table(List.of("Vaihe", "Päivä"),
                        List.of(List.of("Keskustelu", "24.3.2025")), List.of(2, 1))).build()))
                .furtherInformation(new Person("Antti Laine", "Aluekehitysjohtaja", null, null, null))
                .furtherInformationText(Markdown.of("Aineisto on liiton verkkosivuilla."))
                .proposal(Markdown.of("Maakuntahallitus merkitsee tiedoksi.")).proposerTitle("Maakuntajohtaja")
                .decision(Markdown.of("Ehdotus hyväksyttiin.")).notedForInformation(true)
                .appeal(BoardDecisionExtract.AppealInstructions.NONE)
                .closing(Closing.builder().furtherInformation(Markdown.of("Kirjaamo palvelee arkisin.")).build())
                .build();
        Rendered rendered = render(extract);
        List<String> order = List.of("Pöytäkirjanote", "20.03.2025", "Aluekehittämisen keskustelut 2025",
                "MH 17.03.2025 § 45", "KSL/123/00.01.02/2025", "Keskustelut käydään maaliskuussa.", "Aikataulu",
                "Vaihe", "Päivä", "Keskustelu", "24.3.2025", "Lisätietoja", "Antti Laine", "Aluekehitysjohtaja",
                "Aineisto on liiton verkkosivuilla.", "Maakuntajohtajan ehdotus", "Maakuntahallitus merkitsee tiedoksi.",
                "Maakuntahallituksen päätös", "Ehdotus hyväksyttiin.", "Lisätietoja", "Kirjaamo palvelee arkisin.");
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
            docx = bodyText(doc).replace('\u00A0', ' ');
        }
        Fixtures.assertInOrder(docx, order);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            pdf = pageText(doc, 1).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
        Fixtures.assertInOrder(pdf, order);
        for (String text : List.of(docx, pdf)) {
            assertFalse(text.contains("Selostus"), "the explanation is printed without its heading");
            assertFalse(text.contains("Maakuntahallitus (MH)"), "title first: the meeting line uses the abbreviation");
        }
    }

    @Test
    void aThemeDescriptionPrintsChallengesOpportunitiesAndCoreQuestionsUnderTheirOwnHeadings() throws Exception {
        ThemeDescription theme = ThemeDescription.builder().meta(meta("Johtopäätökset")).sender("tem")
                .theme("Kokonaisturvallisuus").spearheads(List.of(Markdown.of("TKI-yhteistyö.")))
                .challenges(List.of(Markdown.of("Rahoitus on hajallaan.")))
                .opportunities(List.of(Markdown.of("Euroopan puolustusrahasto.")))
                .coreQuestions(List.of(Markdown.of("Miten alueet tekevät yhteistyötä?")))
                .sections(List.of(new Section("Jatkotoimet", Markdown.of("Seuraava keskustelu syksyllä."))))
                .build();
        Rendered rendered = render(theme);
        List<String> order = List.of("Keskusteluteema:", "Kokonaisturvallisuus", "Kehittämiskärjet", "TKI-yhteistyö.",
                "Haasteet", "Rahoitus on hajallaan.", "Mahdollisuudet", "Euroopan puolustusrahasto.",
                "Keskeiset kysymykset", "Miten alueet tekevät yhteistyötä?", "Jatkotoimet", "Seuraava keskustelu syksyllä.");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
            String text = bodyText(doc);
            Fixtures.assertInOrder(text, order);
            for (String absent : List.of("Käsillä olevan tilanteen kuvaus", "Tavoitteet", "haasteet ja mahdollisuudet")) {
                assertFalse(text.contains(absent), absent);
            }
        }
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            Fixtures.assertInOrder(pageText(doc, 1).replaceAll("\\s+", " "), order);
        }
    }

    /** A cell's text, its lines joined by spaces; a row without the cells a span covers. */
    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText)
                .map(text -> text.replaceAll("\\s+", " ").strip()).toList();
    }
}
