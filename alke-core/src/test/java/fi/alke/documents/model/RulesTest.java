package fi.alke.documents.model;

import static fi.alke.documents.model.Region.ETELA_SAVO;
import static fi.alke.documents.model.Region.KANTA_HAME;
import static fi.alke.documents.model.Region.KESKI_SUOMI;
import static fi.alke.documents.model.Region.PAIJAT_HAME;
import static fi.alke.documents.model.Region.PIRKANMAA;
import static fi.alke.documents.model.Region.POHJOIS_SAVO;
import static fi.alke.documents.model.Region.SATAKUNTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.model.Agenda.ParticipantGroup;
import fi.alke.documents.model.Agenda.TopicArea;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().findAndRegisterModules();

    private static final String THEME = "Vihreä siirtymä";
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 10, 9, 0);
    private static final List<Region> FOUR = List.of(KESKI_SUOMI, PIRKANMAA, ETELA_SAVO, POHJOIS_SAVO);

    // ---- max-discussions-per-region

    @Test
    void aDecisionAndTheAgendaOfTheSameDiscussionCountOnce() {
        RuleSet rules = RuleSet.builder().maxDiscussionsPerRegion(1).build();
        // the agenda moved the start to 9.30: still the same discussion
        Agenda agenda = agenda().start(START.plusMinutes(30)).build();
        Decision other = decision("Osaaminen", List.of(SATAKUNTA, KANTA_HAME, PAIJAT_HAME))
                .start(START.plusDays(23)).build();

        assertEquals(List.of(), Rules.check(rules, round("paatos.yaml", decision(THEME, FOUR).build(),
                "asialista.yaml", agenda, "osaaminen.yaml", other)));
    }

    @Test
    void aRegionInTwoDiscussionsIsReportedAtBoth() {
        RuleSet rules = RuleSet.builder().maxDiscussionsPerRegion(1).build();
        Decision other = decision("Osaaminen", List.of(SATAKUNTA, KANTA_HAME, PAIJAT_HAME, KESKI_SUOMI))
                .start(LocalDateTime.of(2026, 4, 2, 9, 0)).build();

        String message = "Keski-Suomi takes part in 2 discussions of the round ('Vihreä siirtymä' 10.3.2026, "
                + "'Osaaminen' 2.4.2026), at most 1 allowed";
        assertEquals(List.of(
                        new Violation("max-discussions-per-region", "a.yaml", "regions[0]", message),
                        new Violation("max-discussions-per-region", "b.yaml", "regions[3]", message)),
                Rules.check(rules, round("a.yaml", decision(THEME, FOUR).build(), "b.yaml", other)));
    }

    // ---- max-themes-per-discussion

    @Test
    void oneThemeIsAllowed() {
        RuleSet rules = RuleSet.builder().maxThemesPerDiscussion(1).build();
        assertEquals(List.of(), Rules.check(rules, round("a.yaml", decision(THEME, FOUR).build(),
                "b.yaml", agenda().build())));
    }

    @Test
    void twoThemesAreReported() {
        RuleSet rules = RuleSet.builder().maxThemesPerDiscussion(1).build();
        Decision decision = decision(THEME, FOUR).themes(List.of(THEME, "Osaaminen")).build();

        assertEquals(List.of(new Violation("max-themes-per-discussion", "a.yaml", "themes",
                        "2 themes ('Vihreä siirtymä', 'Osaaminen'), at most 1 allowed")),
                Rules.check(rules, round("a.yaml", decision)));
    }

    // ---- min-regions-per-joint-discussion

    @Test
    void fourRegionsMakeAJointDiscussion() {
        RuleSet rules = RuleSet.builder().minRegionsPerJointDiscussion(4).build();
        assertEquals(List.of(), Rules.check(rules, round("a.yaml", decision(THEME, FOUR).build(),
                "b.yaml", agenda().build())));
    }

    @Test
    void threeRegionsAreTooFew() {
        RuleSet rules = RuleSet.builder().minRegionsPerJointDiscussion(4).build();
        // a region written twice is one region
        Agenda agenda = agenda().regions(List.of(KESKI_SUOMI, PIRKANMAA, ETELA_SAVO, KESKI_SUOMI)).build();

        assertEquals(List.of(new Violation("min-regions-per-joint-discussion", "b.yaml", "regions",
                        "3 regions (Keski-Suomi, Pirkanmaa, Etelä-Savo), a joint discussion needs at least 4")),
                Rules.check(rules, round("b.yaml", agenda)));
    }

    // ---- max-topic-areas

    @Test
    void twoTopicAreasAreAllowed() {
        RuleSet rules = RuleSet.builder().maxTopicAreas(2).build();
        assertEquals(List.of(), Rules.check(rules, round("b.yaml", agenda().build())));
    }

    @Test
    void threeTopicAreasAreReported() {
        RuleSet rules = RuleSet.builder().maxTopicAreas(2).build();
        Agenda agenda = agenda().topicAreas(topics("Osaaminen", "Elinvoima", "Saavutettavuus")).build();

        assertEquals(List.of(new Violation("max-topic-areas", "b.yaml", "topicAreas",
                        "3 topic areas ('Osaaminen', 'Elinvoima', 'Saavutettavuus'), at most 2 allowed")),
                Rules.check(rules, round("b.yaml", agenda)));
    }

    // ---- agenda-lead-days

    @Test
    void anAgendaReadyExactlyTwoWeeksBeforeIsInTime() {
        RuleSet rules = RuleSet.builder().agendaLeadDays(14).build();
        Agenda agenda = agenda().meta(meta("Asialista", LocalDate.of(2026, 2, 24))).build();
        assertEquals(List.of(), Rules.check(rules, round("b.yaml", agenda)));
    }

    @Test
    void anAgendaReadyNineDaysBeforeIsLate() {
        RuleSet rules = RuleSet.builder().agendaLeadDays(14).build();
        Agenda agenda = agenda().meta(meta("Asialista", LocalDate.of(2026, 3, 1))).build();

        assertEquals(List.of(new Violation("agenda-lead-days", "b.yaml", "meta.date",
                        "the agenda is dated 1.3.2026, 9 days before the discussion on 10.3.2026; "
                                + "it must be ready at least 14 days before")),
                Rules.check(rules, round("b.yaml", agenda)));
    }

    // ---- max-participants-per-region-and-theme

    @Test
    void fourFromARegionAreAllowed() {
        RuleSet rules = RuleSet.builder().maxParticipantsPerRegionAndTheme(4).build();
        Agenda agenda = agenda().participants(List.of(
                regionGroup("Keski-Suomen liitto", KESKI_SUOMI, 3),
                new ParticipantGroup("Sitra", null, null, people(5)), // neither a region nor a ministry
                regionGroup("Jyväskylän yliopisto", KESKI_SUOMI, 1))).build();
        assertEquals(List.of(), Rules.check(rules, round("b.yaml", agenda)));
    }

    @Test
    void fiveFromARegionInTwoGroupsAreReportedAtTheGroupOverTheLimit() {
        RuleSet rules = RuleSet.builder().maxParticipantsPerRegionAndTheme(4).build();
        Agenda agenda = agenda().participants(List.of(
                regionGroup("Keski-Suomen liitto", KESKI_SUOMI, 3),
                regionGroup("Pirkanmaan liitto", PIRKANMAA, 4),
                regionGroup("Jyväskylän yliopisto", KESKI_SUOMI, 2))).build();

        assertEquals(List.of(new Violation("max-participants-per-region-and-theme", "b.yaml", "participants[2].people",
                        "5 participants from Keski-Suomi for the theme 'Vihreä siirtymä' "
                                + "(Keski-Suomen liitto 3, Jyväskylän yliopisto 2), at most 4 allowed")),
                Rules.check(rules, round("b.yaml", agenda)));
    }

    // ---- max-participants-per-ministry-and-theme

    @Test
    void twoFromAMinistryAreAllowed() {
        RuleSet rules = RuleSet.builder().maxParticipantsPerMinistryAndTheme(2).build();
        Agenda agenda = agenda().participants(List.of(
                ministryGroup("Työ- ja elinkeinoministeriö", Ministry.TEM, 2),
                ministryGroup("Valtiovarainministeriö", Ministry.VM, 2))).build();
        assertEquals(List.of(), Rules.check(rules, round("b.yaml", agenda)));
    }

    @Test
    void threeFromAMinistryAreReported() {
        RuleSet rules = RuleSet.builder().maxParticipantsPerMinistryAndTheme(2).build();
        Agenda agenda = agenda().participants(List.of(
                ministryGroup("TEM, alueosasto", Ministry.TEM, 2),
                ministryGroup("Valtiovarainministeriö", Ministry.VM, 1),
                ministryGroup("TEM, yritysosasto", Ministry.TEM, 1))).build();

        assertEquals(List.of(new Violation("max-participants-per-ministry-and-theme", "b.yaml",
                        "participants[2].people", "3 participants from TEM for the theme 'Vihreä siirtymä' "
                                + "(TEM, alueosasto 2, TEM, yritysosasto 1), at most 2 allowed")),
                Rules.check(rules, round("b.yaml", agenda)));
    }

    // ---- the round as a whole

    @Test
    void everyViolationOfTwoDocumentsComesAtOnceInDocumentThenRuleOrder() throws IOException {
        RuleSet rules = readRules("round-2026.yaml");
        List<Region> three = List.of(KESKI_SUOMI, PIRKANMAA, ETELA_SAVO);
        Decision decision = decision(THEME, three).themes(List.of(THEME, "Osaaminen")).build();
        Agenda agenda = agenda().regions(three)
                .meta(meta("Asialista", LocalDate.of(2026, 3, 1)))
                .topicAreas(topics("Osaaminen", "Elinvoima", "Saavutettavuus"))
                .build();

        String regions = "3 regions (Keski-Suomi, Pirkanmaa, Etelä-Savo), a joint discussion needs at least 4";
        List<Violation> violations = Rules.check(rules, round("paatos.yaml", decision, "asialista.yaml", agenda));
        assertEquals(List.of(
                new Violation("max-themes-per-discussion", "paatos.yaml", "themes",
                        "2 themes ('Vihreä siirtymä', 'Osaaminen'), at most 1 allowed"),
                new Violation("min-regions-per-joint-discussion", "paatos.yaml", "regions", regions),
                new Violation("min-regions-per-joint-discussion", "asialista.yaml", "regions", regions),
                new Violation("max-topic-areas", "asialista.yaml", "topicAreas",
                        "3 topic areas ('Osaaminen', 'Elinvoima', 'Saavutettavuus'), at most 2 allowed"),
                new Violation("agenda-lead-days", "asialista.yaml", "meta.date",
                        "the agenda is dated 1.3.2026, 9 days before the discussion on 10.3.2026; "
                                + "it must be ready at least 14 days before")),
                violations);
        assertEquals("paatos.yaml: themes: 2 themes ('Vihreä siirtymä', 'Osaaminen'), at most 1 allowed "
                + "(max-themes-per-discussion)", violations.get(0).toString());
    }

    @Test
    void noRulesCheckNothing() {
        Agenda agenda = agenda().regions(List.of(KESKI_SUOMI)).themes(List.of(THEME, "Osaaminen"))
                .topicAreas(topics("a", "b", "c")).meta(meta("Asialista", START.toLocalDate())).build();
        assertEquals(List.of(), Rules.check(RuleSet.NONE, round("b.yaml", agenda)));
    }

    // ---- reading the rules

    @Test
    void theRulesOfARoundAreReadFromYaml() throws IOException {
        assertEquals(new RuleSet(1, 1, 4, 2, 14, 4, 2), readRules("round-2026.yaml"));
        // what a round leaves out it does not limit
        assertEquals(RuleSet.builder().maxTopicAreas(2).agendaLeadDays(14).build(), readRules("some-limits.yaml"));
    }

    @Test
    void aMisspeltRuleIsAnErrorNotALimitLeftUnchecked() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> readRules("misspelt-rule.yaml"));
        assertTrue(e.getMessage().contains("\"maxTopicArea\""), e.getMessage());
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.builder().agendaLeadDays(-14).build());
        assertEquals("agendaLeadDays must not be negative, was -14", e.getMessage());
    }

    // ---- documents

    private static RuleSet readRules(String file) throws IOException {
        try (InputStream in = RulesTest.class.getResourceAsStream("rules/" + file)) {
            return YAML.treeToValue(YAML.readTree(in).get("rules"), RuleSet.class);
        }
    }

    /** The documents in the order given, as a round's files would be listed. */
    private static Map<String, AlkeDocument> round(Object... nameThenDocument) {
        Map<String, AlkeDocument> round = new LinkedHashMap<>();
        for (int i = 0; i < nameThenDocument.length; i += 2) {
            round.put((String) nameThenDocument[i], (AlkeDocument) nameThenDocument[i + 1]);
        }
        return round;
    }

    private static Meta meta(String title, LocalDate date) {
        return Meta.builder().title(title).date(date).build();
    }

    private static DecisionBuilder decision(String theme, List<Region> regions) {
        return Decision.builder()
                .meta(meta("Päätös yhteiskeskustelun järjestämisestä", LocalDate.of(2026, 1, 15)))
                .sender("tem")
                .decision(Markdown.of("Järjestetään yhteiskeskustelu."))
                .themes(List.of(theme))
                .regions(regions)
                .start(START);
    }

    /** An agenda that keeps every rule of the 2026 round. */
    private static AgendaBuilder agenda() {
        return Agenda.builder()
                .meta(meta("Asialista", START.toLocalDate().minusDays(14)))
                .sender("tem")
                .themes(List.of(THEME))
                .start(START)
                .place("Jyväskylä")
                .regions(FOUR)
                .topicAreas(topics("Osaaminen", "Elinvoima"));
    }

    private static List<TopicArea> topics(String... titles) {
        return List.of(titles).stream().map(title -> new TopicArea(title, null, null)).toList();
    }

    private static ParticipantGroup regionGroup(String organisation, Region region, int people) {
        return new ParticipantGroup(organisation, region, null, people(people));
    }

    private static ParticipantGroup ministryGroup(String organisation, Ministry ministry, int people) {
        return new ParticipantGroup(organisation, null, ministry, people(people));
    }

    private static List<Person> people(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Person.builder().name("Osallistuja " + i).build())
                .toList();
    }
}
