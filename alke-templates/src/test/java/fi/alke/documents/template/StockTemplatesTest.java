package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.ActionTable;
import fi.alke.documents.model.Agenda;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.BoardDecisionExtract;
import fi.alke.documents.model.BoardDecisionExtract.AppealInstructions;
import fi.alke.documents.model.Closing;
import fi.alke.documents.model.Decision;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.GuidanceLetter;
import fi.alke.documents.model.LetterheadProfile;
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
import fi.alke.documents.model.StudyCall;
import fi.alke.documents.model.Table;
import fi.alke.documents.model.ThemeDescription;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Title;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stock templates with the model's newer fields: documents built in Java, turned into markup by the
 * template of their kind, parsed into the document tree and read back as an outline of what is printed,
 * in order — "h1 Heading", "p text", "ul item", "tr cell | cell", "Lisätietoja: p text".
 */
class StockTemplatesTest {
    private static final DocumentMarkup TEMPLATES = new DocumentMarkup(TemplateEngine.builder().build(),
            LetterheadProfile::load);
    private static final MarkupParser PARSER = new MarkupParser(
            ResourceLoader.classpath(StockTemplatesTest.class.getClassLoader(), TemplateEngine.STOCK_ROOT));

    private static final Party KS_ELY = Party.of(Organisation.builder().code("ely-keski-suomi")
            .name(new Names("Keski-Suomen ELY-keskus", "NTM-centralen i Mellersta Finland", "Centre for Economic "
                    + "Development, Transport and the Environment for Central Finland"))
            .abbreviation("KS-ELY").side(Side.STATE).build());
    private static final Party UNIVERSITY = Party.of(Organisation.builder().code("jyu")
            .name(new Names("Jyväskylän yliopisto", "Jyväskylä universitet", "University of Jyväskylä"))
            .side(Side.REGIONS).build());

    // ---------------------------------------------------------------- free sections

    /** Sections with a table, text after it and sections two levels down, as a guidance letter's body. */
    private static List<Section> schedule() {
        Section talks = Section.builder().heading("Keskustelut").body(Markdown.of("Keskustelut käydään keväällä."))
                .sections(List.of(new Section("Etäyhteys", Markdown.of("Teams-kokouksina.")))).build();
        return List.of(
                Section.builder().heading("Aikataulu")
                        .body(Markdown.of("Aikataulu on alla.\n\n# Huomio\n\nPäivät ovat viimeisiä."))
                        .table(new Table(List.of("Vaihe", "Määräaika"), List.of(List.of("Asialista", "6.3.2026"),
                                List.of("Keskustelu", "20.3.2026")), List.of(3, 1)))
                        .afterTable(Markdown.of("Aikataulu voi muuttua."))
                        .sections(List.of(talks)).build(),
                new Section("Yhteystiedot", Markdown.of("Kysy lisää.")));
    }

    /** The outline of schedule() when its sections start at level 1. */
    private static final List<String> SCHEDULE_AT_1 = List.of(
            "h1 Aikataulu", "p Aikataulu on alla.", "h2 Huomio", "p Päivät ovat viimeisiä.",
            "col 3.0 1.0", "th Vaihe | Määräaika", "tr Asialista | 6.3.2026", "tr Keskustelu | 20.3.2026",
            "p Aikataulu voi muuttua.", "h2 Keskustelut", "p Keskustelut käydään keväällä.", "h3 Etäyhteys",
            "p Teams-kokouksina.", "h1 Yhteystiedot", "p Kysy lisää.");

    @Test
    void aGuidanceLettersSectionsAreItsBodyAtLevelsOneToThree() throws Exception {
        GuidanceLetter letter = GuidanceLetter.builder().meta(meta("Ohje")).sender("tem")
                .introduction(Markdown.of("Johdanto.")).sections(schedule()).build();
        List<String> outline = outline(letter);
        assertEquals(concat(List.of("title Ohje", "p Johdanto."), SCHEDULE_AT_1), outline.subList(0, 2 + SCHEDULE_AT_1.size()));
    }

    @Test
    void aDecisionsSectionsFollowTheExplanation() throws Exception {
        Decision decision = Decision.builder().meta(meta("Päätös keskustelusta")).sender("tem")
                .decision(Markdown.of("Ministeriö päättää.")).explanation(Markdown.of("Perustelut."))
                .themes(List.of("Vihreä siirtymä")).regions(List.of(Region.KESKI_SUOMI))
                .start(LocalDateTime.of(2026, 3, 20, 9, 0)).sections(schedule())
                .closing(Closing.builder().contacts(List.of(new Person("Laura Miettinen", null, null, null, null)))
                        .build()).build();
        List<String> outline = outline(decision);
        int explanation = outline.indexOf("h1 Selostus");
        assertEquals(List.of("h1 Selostus", "p Perustelut."), outline.subList(explanation, explanation + 2));
        assertEquals(SCHEDULE_AT_1, outline.subList(explanation + 2, explanation + 2 + SCHEDULE_AT_1.size()));
        assertEquals("Lisätietoja: p Laura Miettinen", outline.get(explanation + 2 + SCHEDULE_AT_1.size()));
        assertTrue(outline.indexOf("h1 Päätös") < explanation);
    }

    @Test
    void aDecisionWithoutSectionsPrintsNone() throws Exception {
        Decision decision = Decision.builder().meta(meta("Päätös")).sender("tem").decision(Markdown.of("Päätetään."))
                .themes(List.of("Teema")).regions(List.of(Region.LAPPI)).start(LocalDateTime.of(2026, 3, 20, 9, 0))
                .build();
        assertEquals(List.of("h1 Päätös"), headings(outline(decision)));
    }

    @Test
    void aStudyCallsSectionsFollowTheReportingAtTheLevelOfItsParts() throws Exception {
        StudyCall withTheme = studyCall("Kestävä alue- ja kaupunkikehitys");
        List<String> outline = outline(withTheme);
        int reporting = outline.indexOf("h3 Raportointi");
        assertTrue(reporting > 0, outline.toString());
        // under a theme the parts are h3, so the sections are h3 and their own sections bold paragraphs
        assertEquals(List.of("h3 Raportointi", "p Loppuraportti 12/2026.", "h3 Aikataulu", "p Aikataulu on alla.",
                "p **Huomio**", "p Päivät ovat viimeisiä."), outline.subList(reporting, reporting + 6));
        assertTrue(outline.contains("p **Keskustelut**") && outline.contains("p **Etäyhteys**"), outline.toString());
        assertTrue(outline.contains("h3 Yhteystiedot"), outline.toString());

        List<String> without = outline(studyCall(null));
        int top = without.indexOf("h2 Raportointi");
        assertEquals(List.of("h2 Raportointi", "p Loppuraportti 12/2026.", "h2 Aikataulu", "p Aikataulu on alla.",
                "h3 Huomio"), without.subList(top, top + 5));
        assertTrue(without.contains("h3 Keskustelut") && without.contains("p **Etäyhteys**"), without.toString());
    }

    private static StudyCall studyCall(String theme) {
        return StudyCall.builder().meta(meta("Verkostoyhteistyön toimintamalli")).sender("tem").section("5.5")
                .theme(theme).budgetCap(new BigDecimal("150000")).start(YearMonth.of(2026, 1))
                .end(YearMonth.of(2026, 12)).background(Markdown.of("Tausta.")).researchQuestions(List.of("Miten?"))
                .reporting(Markdown.of("Loppuraportti 12/2026.")).sections(schedule()).build();
    }

    @Test
    void anAgendasSectionsComeAfterTheTopicAreasAndBeforeTheParticipantsWhoAreNamedByTheirGroup() throws Exception {
        Agenda agenda = Agenda.builder().meta(meta("Asialista")).sender("tem").themes(List.of("Vihreä siirtymä"))
                .start(LocalDateTime.of(2026, 3, 18, 9, 0)).onlineMeeting("Teams").regions(List.of(Region.KESKI_SUOMI))
                .topicAreas(List.of(new Agenda.TopicArea("Energia", Markdown.of("Kuvaus."), List.of("Miten?"))))
                .sections(List.of(new Section("Käytännön järjestelyt", Markdown.of("Kamerat päälle."))))
                .participants(List.of(
                        new Agenda.ParticipantGroup(null, null, null, List.of(person("Anna Aalto")), Party.of(Region.KESKI_SUOMI)),
                        new Agenda.ParticipantGroup(null, null, null, List.of(person("Ville Virta")), Party.government()),
                        new Agenda.ParticipantGroup(null, null, null, List.of(person("Eero Ely")), KS_ELY),
                        new Agenda.ParticipantGroup("Keski-Suomen liitto", Region.KESKI_SUOMI, null,
                                List.of(person("Liisa Liitto"))),
                        new Agenda.ParticipantGroup(null, null, null, List.of(person("Teemu Tem")), Party.of(Ministry.TEM)),
                        new Agenda.ParticipantGroup(null, null, null, List.of(person("Ulla Yli")), UNIVERSITY),
                        new Agenda.ParticipantGroup("Yritys Oy", null, null, List.of(person("Yrjö Yritys")))))
                .build();
        List<String> outline = outline(agenda);
        int questions = outline.indexOf("ol Miten?");
        assertEquals(List.of("ol Miten?", "h1 Käytännön järjestelyt", "p Kamerat päälle.", "h1 Osallistujat"),
                outline.subList(questions, questions + 4));
        int table = outline.indexOf("th Organisaatio | Osallistujat");
        // a declared organisation goes with the side it declares: the university after the regions, the ELY
        // centre after the ministries; only a group that names no party is among the others
        assertEquals(List.of("th Organisaatio | Osallistujat", "tr **Maakunnat**", "tr Keski-Suomi | Anna Aalto",
                        "tr Keski-Suomen liitto | Liisa Liitto", "tr **Muut maakuntien puolen tahot**",
                        "tr Jyväskylän yliopisto | Ulla Yli", "tr **Valtioneuvosto**", "tr Valtioneuvosto | Ville Virta",
                        "tr Työ- ja elinkeinoministeriö | Teemu Tem", "tr **Muut valtion tahot**",
                        "tr Keski-Suomen ELY-keskus | Eero Ely", "tr **Muut**", "tr Yritys Oy | Yrjö Yritys"),
                outline.subList(table, table + 13));

        Agenda swedish = fi.alke.documents.model.AgendaBuilder.builder(agenda).meta(meta("Föredragningslista", "sv"))
                .build();
        List<String> sv = outline(swedish);
        assertTrue(sv.containsAll(List.of("tr **Landskapen**", "tr **Övriga aktörer på landskapens sida**",
                "tr **Statsrådet**", "tr **Övriga statliga aktörer**", "tr **Övriga**")), sv.toString());
        Agenda english = fi.alke.documents.model.AgendaBuilder.builder(agenda).meta(meta("Agenda", "en")).build();
        List<String> en = outline(english);
        assertTrue(en.containsAll(List.of("tr **The regions**", "tr **Others on the regions' side**",
                "tr **The Government**", "tr **Other state bodies**", "tr **Others**")), en.toString());
    }

    @Test
    void anAgendaWithoutOrganisationsHasNoHeadingForThem() throws Exception {
        Agenda agenda = Agenda.builder().meta(meta("Asialista")).sender("tem").themes(List.of("Vihreä siirtymä"))
                .start(LocalDateTime.of(2026, 3, 18, 9, 0)).onlineMeeting("Teams").regions(List.of(Region.KESKI_SUOMI))
                .topicAreas(List.of(new Agenda.TopicArea("Energia", null, List.of())))
                .participants(List.of(
                        new Agenda.ParticipantGroup("Keski-Suomen liitto", Region.KESKI_SUOMI, null,
                                List.of(person("Liisa Liitto"))),
                        new Agenda.ParticipantGroup("Työ- ja elinkeinoministeriö", null, Ministry.TEM,
                                List.of(person("Teemu Tem")))))
                .build();
        List<String> outline = outline(agenda);
        int table = outline.indexOf("th Organisaatio | Osallistujat");
        assertEquals(List.of("th Organisaatio | Osallistujat", "tr **Maakunnat**", "tr Keski-Suomen liitto | Liisa Liitto",
                "tr **Valtioneuvosto**", "tr Työ- ja elinkeinoministeriö | Teemu Tem"), outline.subList(table, table + 5));
        assertFalse(outline.stream().anyMatch(line -> line.startsWith("tr **Muut")), outline.toString());
    }

    // ---------------------------------------------------------------- theme description

    @Test
    void aThemeDescriptionPrintsItsPartsInOrderAndLeavesTheEmptyOnesOut() throws Exception {
        ThemeDescription theme = ThemeDescription.builder().meta(meta("Johtopäätökset")).sender("tem")
                .theme("Kokonaisturvallisuus")
                .spearheads(List.of(Markdown.of("**TKI** alueilla.")))
                .challenges(List.of(Markdown.of("Rahoitus on hajallaan."), Markdown.of("Osaajapula.")))
                .opportunities(List.of(Markdown.of("EU:n puolustusrahasto.")))
                .coreQuestions(List.of(Markdown.of("Miten alueet tekevät yhteistyötä?")))
                .sections(List.of(new Section("Jatko", Markdown.of("Seuraava keskustelu syksyllä."))))
                .build();
        List<String> outline = outline(theme);
        int start = outline.indexOf("p **Keskusteluteema:** Kokonaisturvallisuus");
        assertEquals(List.of("p **Keskusteluteema:** Kokonaisturvallisuus", "h1 Kehittämiskärjet", "ul **TKI** alueilla.",
                "h1 Haasteet", "ul Rahoitus on hajallaan.", "ul Osaajapula.", "h1 Mahdollisuudet",
                "ul EU:n puolustusrahasto.", "h1 Keskeiset kysymykset", "ol Miten alueet tekevät yhteistyötä?",
                "h1 Jatko", "p Seuraava keskustelu syksyllä."), outline.subList(start, start + 12));
        assertFalse(String.join("\n", outline).contains("Käsillä olevan tilanteen kuvaus"), "no situation, no heading");
        assertFalse(outline.contains("h1 Tavoitteet"), "no goals, no heading");
    }

    @Test
    void spearheadsWithoutChallengesAndOpportunitiesKeepTheFormsCombinedHeading() throws Exception {
        ThemeDescription theme = ThemeDescription.builder().meta(meta("Johtopäätökset")).sender("tem").theme("Teema")
                .situation(Markdown.of("Tilanne.")).spearheads(List.of(Markdown.of("Kärki.")))
                .goals(List.of(Markdown.of("Tavoite."))).build();
        assertEquals(List.of("h1 Käsillä olevan tilanteen kuvaus", "h1 Kehittämiskärjet, haasteet ja mahdollisuudet",
                "h1 Tavoitteet"), headings(outline(theme)));
    }

    @Test
    void theThemeDescriptionsPartsHaveTheirOwnLabelsInSwedishAndEnglish() throws Exception {
        for (var expected : List.of(
                List.of("sv", "Utvecklingsspetsar", "Utmaningar", "Möjligheter", "Centrala frågor"),
                List.of("en", "Development spearheads", "Challenges", "Opportunities", "Core questions"))) {
            ThemeDescription theme = ThemeDescription.builder().meta(meta("T", expected.get(0))).sender("tem")
                    .theme("Tema").spearheads(List.of(Markdown.of("a"))).challenges(List.of(Markdown.of("b")))
                    .opportunities(List.of(Markdown.of("c"))).coreQuestions(List.of(Markdown.of("d"))).build();
            assertEquals(expected.subList(1, 5).stream().map(h -> "h1 " + h).toList(), headings(outline(theme)));
        }
    }

    // ---------------------------------------------------------------- action table

    private static ActionTable actionTable(List<Action> ongoing, List<Action> proposed) {
        return ActionTable.builder().meta(meta("Toimenpiteet")).sender("tem").ongoing(ongoing).proposed(proposed).build();
    }

    private static Action action(String id, List<Ministry> ministries, List<Region> regions, Party... others) {
        return Action.builder().id(id).description(Markdown.of("Toimenpide " + id + "."))
                .ministries(ministries).regions(regions).responsible(List.of(others)).build();
    }

    private static final List<Action> ONGOING = List.of(
            action("K1", List.of(Ministry.TEM), List.of(Region.KESKI_SUOMI), KS_ELY, UNIVERSITY),
            action("K2", List.of(), List.of(), Party.government(), Party.allRegions()));
    private static final List<Action> PROPOSED = List.of(
            action("U1", List.of(Ministry.OKM), List.of(Region.POHJOIS_SAVO, Region.KESKI_SUOMI)),
            action("U2", List.of(), List.of(Region.LAPPI)),
            action("U3", List.of(Ministry.TEM), List.of(), KS_ELY));

    @Test
    void theActionTableHasARowPerActionUnderItsGroupAndThePartiesBySide() throws Exception {
        Landscape landscape = landscape(actionTable(ONGOING, PROPOSED));
        List<String> table = outline(landscape.blocks());
        assertEquals(List.of("h1 Toimenpiteet", "col 10.0 3.0 4.0", "th Toimenpide | Vastuutahot", "th VN | Maakunnat",
                "tr **Käynnissä olevat toimenpiteet**",
                "tr **K1** Toimenpide K1. | TEM / KS-ELY | Keski-Suomi / Jyväskylän yliopisto",
                "tr **K2** Toimenpide K2. | VN | Kaikki maakunnat",
                "tr **Ehdotukset uusiksi toimenpiteiksi**",
                "tr **U1** Toimenpide U1. | OKM | Pohjois-Savo / Keski-Suomi",
                "tr **U2** Toimenpide U2. |  | Lappi",
                "tr **U3** Toimenpide U3. | TEM / KS-ELY | ",
                "p **Lyhenteet:** VN valtioneuvosto; TEM Työ- ja elinkeinoministeriö; KS-ELY Keski-Suomen ELY-keskus; "
                        + "OKM Opetus- ja kulttuuriministeriö",
                // K2 names all regions: the regions the actions name, by code
                "p Kaikki maakunnat: Pohjois-Savo, Keski-Suomi, Lappi."), table);
        var markupTable = (fi.alke.documents.tree.Table) landscape.blocks().get(1);
        assertEquals(2, markupTable.headerRows().size(), "the header rows repeat on every page");
        assertEquals(3, markupTable.bodyRows().get(0).cells().get(0).colspan(), "a group row spans the three columns");
        // one action a row: no row names two actions
        for (var row : markupTable.bodyRows()) {
            assertTrue(cells(row).split("\\*\\*[KU]\\d\\*\\*", -1).length <= 2, cells(row));
        }
    }

    @Test
    void anEmptyGroupIsLeftOutAndTheLegendFollowsTheLanguage() throws Exception {
        List<String> proposedOnly = outline(landscape(actionTable(List.of(), PROPOSED)).blocks());
        assertFalse(proposedOnly.contains("tr **Käynnissä olevat toimenpiteet**"), proposedOnly.toString());
        assertEquals("tr **Ehdotukset uusiksi toimenpiteiksi**", proposedOnly.get(4));

        ActionTable swedish = ActionTable.builder().meta(meta("Åtgärder", "sv")).sender("tem").ongoing(ONGOING).build();
        List<String> sv = outline(landscape(swedish).blocks());
        assertTrue(sv.contains("tr **Pågående åtgärder**"), sv.toString());
        assertFalse(sv.contains("tr **Förslag till nya åtgärder**"), sv.toString());
        // the government is called as the column is, SR, and the legend's first entry explains both at once
        assertTrue(sv.contains("th SR | Landskapen"), sv.toString());
        assertTrue(sv.contains("tr **K2** Toimenpide K2. | SR | Alla landskap"), sv.toString());
        assertEquals("p **Förkortningar:** SR statsrådet; TEM Arbets- och näringsministeriet; "
                + "KS-ELY NTM-centralen i Mellersta Finland", sv.get(sv.size() - 2));
        assertEquals("p Alla landskap: Mellersta Finland.", sv.get(sv.size() - 1));
        assertFalse(String.join("\n", sv).contains("VN"), sv.toString());

        // English heads the column Government and needs no abbreviation for it
        ActionTable english = ActionTable.builder().meta(meta("Actions", "en")).sender("tem").ongoing(ONGOING).build();
        List<String> en = outline(landscape(english).blocks());
        assertTrue(en.contains("th Government | Regions"), en.toString());
        assertTrue(en.contains("tr **K2** Toimenpide K2. | Government | All regions"), en.toString());
        assertEquals("p **Abbreviations:** TEM Ministry of Economic Affairs and Employment; KS-ELY Centre for Economic "
                + "Development, Transport and the Environment for Central Finland", en.get(en.size() - 2));
        assertEquals("p All regions: Central Finland.", en.get(en.size() - 1));
    }

    @Test
    void allRegionsAreEveryRegionWithACouncilWhenTheActionsNameNone() throws Exception {
        // K2 names VN and all regions, U3 a ministry and an ELY centre: no region, so every region with a council
        List<String> table = outline(landscape(actionTable(List.of(ONGOING.get(1)), List.of(PROPOSED.get(2))))
                .blocks());
        assertEquals("p Kaikki maakunnat: kaikki maakunnat, joilla on maakunnan liitto (ei Ahvenanmaa).",
                table.get(table.size() - 1));
        // Åland named for an action of its own is not one of all regions
        List<String> aland = outline(landscape(actionTable(ONGOING, List.of(action("U9", List.of(),
                List.of(Region.AHVENANMAA))))).blocks());
        assertEquals("p Kaikki maakunnat: Keski-Suomi.", aland.get(aland.size() - 1));
        // without an action of all regions, nothing is said about them
        List<String> none = outline(landscape(actionTable(PROPOSED, List.of())).blocks());
        assertTrue(none.get(none.size() - 1).startsWith("p **Lyhenteet:**"), none.toString());
    }

    @Test
    void theCoveringMemoDoesNotSayTheTableTakesSeveralPages() throws Exception {
        // the counts stand after a colon, so that one action reads as well as six in every language
        for (var expected : List.of(
                List.of("fi", "Käynnissä olevia toimenpiteitä: 2. Ehdotuksia uusiksi toimenpiteiksi: 3. Toimenpiteet "
                        + "vastuutahoineen ovat seuraavassa taulukossa."),
                List.of("sv", "Pågående åtgärder: 2. Förslag till nya åtgärder: 3. Åtgärderna och de ansvariga finns "
                        + "i tabellen som följer."),
                List.of("en", "Ongoing actions: 2. Proposals for new actions: 3. The table that follows gives them "
                        + "with their responsible parties."))) {
            ActionTable table = ActionTable.builder().meta(meta("T", expected.get(0))).sender("tem").ongoing(ONGOING)
                    .proposed(PROPOSED).build();
            List<String> outline = outline(table);
            assertTrue(outline.contains("p " + expected.get(1)), outline.toString());
            assertFalse(String.join("\n", outline).matches("(?s).*(sivujen|sidor|pages).*"), outline.toString());
        }
    }

    // ---------------------------------------------------------------- follow-up

    @Test
    void theFollowUpSummarisesEveryPartyBySideInCodeListOrderThenOrganisationsAsFirstNamed() throws Exception {
        Round autumn = new Round("syksy 2026", LocalDate.of(2026, 11, 30));
        FollowUp followUp = FollowUp.builder().meta(meta("Seuranta")).sender("tem").rounds(List.of(autumn))
                .actions(concat(ONGOING, PROPOSED))
                .progress(List.of(new Progress("K1", autumn.name(), Status.DONE, Status.IN_PROGRESS, null),
                        new Progress("K2", autumn.name(), Status.IN_PROGRESS, null, null),
                        new Progress("U1", autumn.name(), Status.NOT_STARTED, Status.DONE, null),
                        new Progress("U3", autumn.name(), Status.CANCELLED, null, null)))
                .build();
        Landscape landscape = landscape(followUp);
        List<String> outline = outline(landscape.blocks());
        int summary = outline.indexOf("th Vastuutahot | Ei aloitettu | Käynnissä | Valmis | Peruttu | Ei raportoitu | Yhteensä");
        assertTrue(summary > 0, outline.toString());
        assertEquals(List.of(
                "tr **VN**",
                "tr VN | 0 | 1 | 0 | 0 | 0 | 1",
                "tr TEM | 0 | 0 | 1 | 1 | 0 | 2",
                "tr OKM | 1 | 0 | 0 | 0 | 0 | 1",
                "tr KS-ELY | 0 | 0 | 1 | 1 | 0 | 2",
                "tr **Maakunnat**",
                "tr Pohjois-Savo | 0 | 0 | 1 | 0 | 0 | 1",
                "tr Keski-Suomi | 0 | 1 | 1 | 0 | 0 | 2",
                "tr Lappi | 0 | 0 | 0 | 0 | 1 | 1",
                "tr Kaikki maakunnat | 0 | 0 | 0 | 0 | 1 | 1",
                "tr Jyväskylän yliopisto | 0 | 1 | 0 | 0 | 0 | 1"), outline.subList(summary + 1, summary + 12));
        assertTrue(outline.contains("tr **K1** Toimenpide K1. | syksy 2026 | Valmis | Käynnissä |  | TEM / KS-ELY | "
                + "Keski-Suomi / Jyväskylän yliopisto"), outline.toString());
        assertEquals("p **Lyhenteet:** VN valtioneuvosto; TEM Työ- ja elinkeinoministeriö; KS-ELY Keski-Suomen ELY-keskus; "
                + "OKM Opetus- ja kulttuuriministeriö", outline.get(outline.size() - 2));
        // which regions K2's all regions are: those the follow-up names, as its forms take them
        assertEquals("p Kaikki maakunnat: " + followUp.allRegions().stream().map(party -> party.name("fi"))
                .collect(Collectors.joining(", ")) + ".", outline.get(outline.size() - 1));
        assertEquals("p Kaikki maakunnat: Pohjois-Savo, Keski-Suomi, Lappi.", outline.get(outline.size() - 1));
    }

    /**
     * An action with no party on a side has nothing to report there: K3 names only all regions, U3 only the
     * state's side and U2 only a region. Page one counts each side over the actions with a party on it, and
     * the table shows an en dash on the side without parties, in every round, where "Ei raportoitu" would be.
     */
    @Test
    void anActionWithNoPartyOnASideIsLeftOutOfThatSidesCountsAndShowsADashThere() throws Exception {
        Round autumn = new Round("syksy 2026", LocalDate.of(2026, 9, 30));
        Round spring = new Round("kevät 2027", LocalDate.of(2027, 3, 31));
        Action allRegionsOnly = action("K3", List.of(), List.of(), Party.allRegions());
        FollowUp followUp = FollowUp.builder().meta(meta("Seuranta")).sender("tem").rounds(List.of(autumn, spring))
                .actions(concat(ONGOING, List.of(allRegionsOnly), PROPOSED))
                .progress(List.of(new Progress("K1", spring.name(), Status.DONE, Status.IN_PROGRESS, null),
                        new Progress("K2", spring.name(), Status.IN_PROGRESS, null, null),
                        new Progress("K3", spring.name(), null, Status.NOT_STARTED, null),
                        new Progress("U1", spring.name(), Status.NOT_STARTED, Status.DONE, null),
                        new Progress("U3", spring.name(), Status.CANCELLED, null, null)))
                .build();
        List<String> page1 = outline(followUp);
        int summary = page1.indexOf("th Etenemisen tilanne | VN | Maakunnat");
        assertTrue(summary > 0, page1.toString());
        // VN: K1, K2, U1, U3 (not K3, U2); Maakunnat: K1, K2, K3, U1, U2 (not U3), of which K2 and U2 unreported
        assertEquals(List.of("tr Ei aloitettu | 1 | 1", "tr Käynnissä | 1 | 1", "tr Valmis | 1 | 1",
                "tr Peruttu | 1 | 0", "tr Ei raportoitu | 0 | 2", "tr **Toimenpiteitä yhteensä** | **4** | **5**"),
                page1.subList(summary + 1, summary + 7));

        List<String> table = outline(landscape(followUp).blocks());
        String dash = "\u2013";
        assertTrue(table.contains("tr **K3** Toimenpide K3. | syksy 2026 | " + dash + " | Ei raportoitu |  |  | "
                + "Kaikki maakunnat"), table.toString());
        assertTrue(table.contains("tr kevät 2027 | " + dash + " | Ei aloitettu | "), table.toString());
        assertTrue(table.contains("tr **U2** Toimenpide U2. | syksy 2026 | " + dash + " | Ei raportoitu |  |  | Lappi"),
                table.toString());
        assertTrue(table.contains("tr kevät 2027 | " + dash + " | Ei raportoitu | "), table.toString());
        assertTrue(table.contains("tr **U3** Toimenpide U3. | syksy 2026 | Ei raportoitu | " + dash
                + " |  | TEM / KS-ELY | "), table.toString());
        assertTrue(table.contains("tr kevät 2027 | Peruttu | " + dash + " | "), table.toString());
        // an action with parties on both sides and no entry keeps its one cell across both sides
        assertTrue(table.contains("tr **K1** Toimenpide K1. | syksy 2026 | Ei raportoitu |  | TEM / KS-ELY | "
                + "Keski-Suomi / Jyväskylän yliopisto"), table.toString());
        // the summary by party: all regions' row counts K2 (unreported) and K3; no side counts another's actions
        assertTrue(table.contains("tr Kaikki maakunnat | 1 | 0 | 0 | 0 | 1 | 2"), table.toString());
        assertTrue(table.contains("tr VN | 0 | 1 | 0 | 0 | 0 | 1"), table.toString());
    }

    @Test
    void aSwedishFollowUpCallsTheGovernmentAsItsColumnAndListsItOnce() throws Exception {
        Round autumn = new Round("hösten 2026", LocalDate.of(2026, 11, 30));
        FollowUp followUp = FollowUp.builder().meta(meta("Uppföljning", "sv")).sender("tem").rounds(List.of(autumn))
                .actions(ONGOING).progress(List.of(new Progress("K2", autumn.name(), Status.DONE, Status.DONE, null)))
                .build();
        List<String> page1 = outline(followUp);
        assertTrue(page1.contains("th Läge | SR | Landskapen"), page1.toString());
        List<String> table = outline(landscape(followUp).blocks());
        assertTrue(table.contains("tr **SR**"), table.toString());
        assertTrue(table.contains("tr SR | 0 | 0 | 1 | 0 | 0 | 1"), table.toString());
        assertTrue(table.stream().anyMatch(line -> line.startsWith("tr **K2** Toimenpide K2.") && line.endsWith(
                " | SR | Alla landskap")), table.toString());
        String legend = table.stream().filter(line -> line.startsWith("p **Förkortningar:**")).findFirst().orElseThrow();
        assertEquals("p **Förkortningar:** SR statsrådet; TEM Arbets- och näringsministeriet; KS-ELY NTM-centralen i "
                + "Mellersta Finland", legend);
        assertFalse(String.join("\n", table).contains("VN"), table.toString());
    }

    /** Thousands of actions and entries: nothing is looked up through a chain of hashes grown with +. */
    @Test
    void aLargeFollowUpRendersWithoutOverflowingTheStack() {
        Round autumn = new Round("syksy", LocalDate.of(2026, 9, 30));
        Round spring = new Round("kevät", LocalDate.of(2027, 3, 31));
        List<Action> actions = new ArrayList<>();
        List<Progress> progress = new ArrayList<>();
        Region[] regions = Region.values();
        for (int i = 0; i < 6000; i++) {
            actions.add(Action.builder().id("T" + i).description(Markdown.of("Toimenpide."))
                    .ministries(List.of(Ministry.values()[i % 12])).regions(List.of(regions[i % 18]))
                    .responsible(i % 7 == 0 ? List.of(KS_ELY) : List.of()).build());
            progress.add(new Progress("T" + i, autumn.name(), Status.IN_PROGRESS, Status.NOT_STARTED, null));
            progress.add(new Progress("T" + i, spring.name(), Status.DONE, i % 2 == 0 ? Status.DONE : null, null));
        }
        FollowUp followUp = FollowUp.builder().meta(meta("Seuranta")).sender("tem").rounds(List.of(autumn, spring))
                .actions(actions).progress(progress).build();
        String markup = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> TEMPLATES.markup(followUp));
        assertTrue(markup.contains("<tr><td>TEM</td><td>0</td><td>0</td><td>500</td><td>0</td><td>0</td><td>500</td></tr>"),
                markup.substring(0, Math.min(markup.length(), 6000)));
        assertTrue(markup.contains("<tr><td>KS-ELY</td><td>0</td><td>0</td><td>858</td><td>0</td><td>0</td><td>858</td></tr>"));
        // Keski-Suomi's actions are the odd ones, which the regions did not report in the spring
        assertTrue(markup.contains("<tr><td>Keski-Suomi</td><td>0</td><td>0</td><td>0</td><td>0</td><td>333</td><td>333</td></tr>"));
    }

    // ---------------------------------------------------------------- board decision extract

    private static fi.alke.documents.model.BoardDecisionExtractBuilder extract() {
        return BoardDecisionExtract.builder().meta(meta("Aluekehittämisen keskustelut 2025")).sender("regional-council")
                .meetingBody("Maakuntahallitus").meetingBodyAbbreviation("MH").meetingDate(LocalDate.of(2025, 3, 17))
                .section(45).diaryNumber("KSL/123/00.01.02/2025").explanation(Markdown.of("Selostusteksti."))
                .preparer(new Person("Johanna Virtanen", "Aluekehityspäällikkö", null, null, null))
                .furtherInformation(new Person("Antti Laine", "Aluekehitysjohtaja", null, null, "040 123 4567"))
                .proposal(Markdown.of("Maakuntahallitus merkitsee tiedoksi.")).proposerTitle("Maakuntajohtaja")
                .decision(Markdown.of("Ehdotus hyväksyttiin.")).notedForInformation(true).appeal(AppealInstructions.NONE);
    }

    @Test
    void aTitleFirstExtractWithPaddedDatesDerivesItsHeadingsAndPrintsTheFurtherInformationText() throws Exception {
        BoardDecisionExtract doc = extract()
                .meta(fi.alke.documents.model.MetaBuilder.builder(meta("Aluekehittämisen keskustelut 2025"))
                        .date(LocalDate.of(2025, 3, 20)).dateStyle(Meta.DateStyle.PADDED).build())
                .order(BoardDecisionExtract.Order.TITLE_FIRST)
                .furtherInformationText(Markdown.of("Lisää tietoa [liiton sivuilta](https://liitto.example/alke)."))
                .sections(List.of(new Section("Taustaa", Markdown.of("Aiemmat keskustelut."))))
                .closing(Closing.builder().furtherInformation(Markdown.of("Kirjaamo vastaa kysymyksiin.")).build())
                .build();
        Document tree = tree(doc);
        assertEquals("20.03.2025", tree.metadata().dateText());
        List<String> outline = outline(tree.body());
        assertEquals(List.of("title Aluekehittämisen keskustelut 2025", "p MH 17.03.2025 §\u00A045 / KSL/123/00.01.02/2025",
                "h1 Selostus", "p Selostusteksti.", "h1 Taustaa", "p Aiemmat keskustelut.",
                "Valmistelija: p Johanna Virtanen / Aluekehityspäällikkö",
                "Lisätietoja: p Antti Laine / Aluekehitysjohtaja / 040 123 4567",
                "Lisätietoja: p Lisää tietoa liiton sivuilta.",
                "h1 Maakuntajohtajan ehdotus", "p Maakuntahallitus merkitsee tiedoksi.",
                "h1 Maakuntahallituksen päätös", "p Ehdotus hyväksyttiin.",
                "Lisätietoja: p Kirjaamo vastaa kysymyksiin."), outline.subList(0, 14));
    }

    @Test
    void aMeetingFirstExtractKeepsTheBoldMeetingLineAndPlainDates() throws Exception {
        List<String> outline = outline(extract().build());
        assertEquals(List.of("p **Maakuntahallitus (MH)** 17.3.2025 §\u00A045 / KSL/123/00.01.02/2025",
                "title Aluekehittämisen keskustelut 2025", "h1 Selostus"), outline.subList(0, 3));
    }

    @Test
    void headingsGivenInTheInputWinAndTheExplanationMayHaveNone() throws Exception {
        List<String> overridden = outline(extract().proposalHeading("Päätösehdotus").decisionHeading("Päätös")
                .explanationHeading("Asian tausta").build());
        assertEquals(List.of("h1 Asian tausta", "h1 Päätösehdotus", "h1 Päätös"), headings(overridden));

        List<String> none = outline(extract().printExplanationHeading(false).build());
        assertEquals(List.of("h1 Maakuntajohtajan ehdotus", "h1 Maakuntahallituksen päätös"), headings(none));
        assertEquals("p Selostusteksti.", none.get(2), none.toString());
    }

    @Test
    void derivedHeadingsFallBackWhereNoGenitiveCanBeMade() throws Exception {
        // "Asiamies" ends in -es, "Toimielin" in -n: no rule of genitive() covers them
        List<String> fallback = outline(extract().meetingBody("Yhtymäkokous").proposerTitle("Asiamies").build());
        assertEquals(List.of("h1 Selostus", "h1 Ehdotus (Asiamies)", "h1 Yhtymäkokouksen päätös"), headings(fallback));
        List<String> plain = outline(extract().meetingBody("Toimielin").build());
        assertTrue(headings(plain).contains("h1 Päätös"), plain.toString());

        List<String> swedish = outline(extract().meta(meta("Regional utveckling", "sv")).meetingBody("Landskapsstyrelsen")
                .proposerTitle("Landskapsdirektör").build());
        assertEquals(List.of("h1 Redogörelse", "h1 Förslag (Landskapsdirektör)", "h1 Landskapsstyrelsens beslut"),
                headings(swedish));
        List<String> english = outline(extract().meta(meta("Regional development", "en")).meetingBody("Regional Board")
                .proposerTitle("Regional Mayor").build());
        assertEquals(List.of("h1 Explanation", "h1 Proposal by the Regional Mayor", "h1 Decision of the Regional Board"),
                headings(english));
    }

    // ---------------------------------------------------------------- closing and dates

    @Test
    void everyKindPrintsTheClosingsFurtherInformationAfterTheContactsAndFollowsTheDateStyle() throws Exception {
        Closing closing = Closing.builder().contacts(List.of(new Person("Laura Miettinen", null, null, null, null)))
                .furtherInformation(Markdown.of("Kysymykset *kirjaamoon*.")).build();
        Meta padded = fi.alke.documents.model.MetaBuilder.builder(meta("Asiakirja")).date(LocalDate.of(2026, 4, 5))
                .dateStyle(Meta.DateStyle.PADDED).build();
        List<AlkeDocument> documents = List.of(
                GuidanceLetter.builder().meta(padded).sender("tem").sections(schedule()).closing(closing).build(),
                Decision.builder().meta(padded).sender("tem").decision(Markdown.of("Päätetään.")).themes(List.of("T"))
                        .regions(List.of(Region.LAPPI)).start(LocalDateTime.of(2026, 5, 4, 9, 0)).closing(closing).build(),
                ThemeDescription.builder().meta(padded).sender("tem").theme("T").closing(closing).build(),
                fi.alke.documents.model.ActionTableBuilder.builder(actionTable(ONGOING, List.of())).meta(padded)
                        .closing(closing).build(),
                fi.alke.documents.model.StudyCallBuilder.builder(studyCall(null)).meta(padded).closing(closing).build(),
                Agenda.builder().meta(padded).sender("tem").themes(List.of("T")).start(LocalDateTime.of(2026, 5, 4, 9, 0))
                        .onlineMeeting("Teams").regions(List.of(Region.LAPPI))
                        .topicAreas(List.of(new Agenda.TopicArea("Aihe", null, List.of()))).closing(closing).build(),
                FollowUp.builder().meta(padded).sender("tem").rounds(List.of(new Round("kevät", LocalDate.of(2026, 5, 1))))
                        .actions(ONGOING).closing(closing).build(),
                extract().meta(padded).closing(closing).build());
        for (AlkeDocument document : documents) {
            Document tree = tree(document);
            assertEquals("05.04.2026", tree.metadata().dateText(), document.kind());
            List<String> outline = outline(tree.body());
            int contacts = outline.lastIndexOf("Lisätietoja: p Laura Miettinen");
            assertTrue(contacts > 0, document.kind() + ": " + outline);
            assertEquals("Lisätietoja: p Kysymykset *kirjaamoon*.", outline.get(contacts + 1), document.kind());
        }
        Meta plain = fi.alke.documents.model.MetaBuilder.builder(padded).dateStyle(Meta.DateStyle.PLAIN).build();
        assertEquals("5.4.2026", tree(ThemeDescription.builder().meta(plain).sender("tem").theme("T").build())
                .metadata().dateText());
    }

    // ---------------------------------------------------------------- helpers

    private static Meta meta(String title) {
        return meta(title, "fi");
    }

    private static Meta meta(String title, String language) {
        return Meta.builder().title(title).date(LocalDate.of(2026, 4, 15)).identifiers(List.of("VN/1/2026"))
                .language(language).build();
    }

    private static Person person(String name) {
        return new Person(name, null, null, null, null);
    }

    private static Document tree(AlkeDocument document) throws Exception {
        return PARSER.parse(document.kind() + ".xml", TEMPLATES.markup(document));
    }

    private static List<String> outline(AlkeDocument document) throws Exception {
        return outline(tree(document).body());
    }

    private static Landscape landscape(AlkeDocument document) throws Exception {
        return tree(document).body().stream().filter(Landscape.class::isInstance).map(Landscape.class::cast)
                .findFirst().orElseThrow();
    }

    private static List<String> headings(List<String> outline) {
        return outline.stream().filter(line -> line.matches("h[1-3] .*")).toList();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * What the blocks print, one entry a block (a list item, a table row): "title …", "h2 …", "p …",
     * "ul …", "ol …", "col 3.0 1.0", "th a | b", "tr a | b", a labelled block's content as "Label: p …".
     * Bold text is **bold**, italic *italic*, a line break " / "; signatures, contact blocks and
     * landscape sections are left out (a landscape's blocks are read with outline(landscape.blocks())).
     */
    private static List<String> outline(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Title title) {
                lines.add("title " + text(title.content()));
            } else if (block instanceof Heading heading) {
                lines.add("h" + heading.level() + " " + text(heading.content()));
            } else if (block instanceof Paragraph paragraph) {
                lines.add("p " + text(paragraph.content()));
            } else if (block instanceof ListBlock list) {
                for (ListBlock.ListItem item : list.items()) {
                    lines.add((list.ordered() ? "ol " : "ul ") + blocksText(item.blocks()));
                }
            } else if (block instanceof fi.alke.documents.tree.Table table) {
                if (table.columnWidths().stream().distinct().count() > 1) {
                    lines.add("col " + table.columnWidths().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                }
                table.headerRows().forEach(row -> lines.add("th " + cells(row)));
                table.bodyRows().forEach(row -> lines.add("tr " + cells(row)));
            } else if (block instanceof LabelledBlock labelled) {
                outline(labelled.content()).forEach(line -> lines.add(labelled.label() + ": " + line));
            } else if (!(block instanceof Signatures || block instanceof ContactBlock || block instanceof Landscape)) {
                lines.add(block.getClass().getSimpleName());
            }
        }
        return lines;
    }

    private static String cells(fi.alke.documents.tree.Table.Row row) {
        return row.cells().stream().map(cell -> blocksText(cell.blocks())).collect(Collectors.joining(" | "));
    }

    private static String blocksText(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Paragraph p ? text(p.content()) : String.join(" ", outline(List.of(b))))
                .collect(Collectors.joining(" / "));
    }

    /** Inline text with **bold** and *italic* runs (neighbouring runs of one style merged) and " / " for a break. */
    private static String text(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Inline.Text last
                    && last.bold() == text.bold() && last.italic() == text.italic()) {
                merged.set(merged.size() - 1, new Inline.Text(last.text() + text.text(), last.bold(), last.italic(),
                        last.underline()));
            } else {
                merged.add(inline);
            }
        }
        return merged.stream().map(inline -> inline.accept(new Inline.Visitor<String>() {
            @Override
            public String text(Inline.Text text) {
                String t = text.text();
                return text.bold() ? "**" + t + "**" : text.italic() ? "*" + t + "*" : t;
            }

            @Override
            public String link(Inline.Link link) {
                return link.content().stream().map(Inline.Text::text).collect(Collectors.joining());
            }

            @Override
            public String lineBreak(Inline.LineBreak lineBreak) {
                return " / ";
            }
        })).collect(Collectors.joining());
    }
}
