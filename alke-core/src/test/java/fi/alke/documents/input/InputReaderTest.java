package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Decision;
import fi.alke.documents.model.Region;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    private static final InputReader READER = new InputReader();

    private static String resource(String name) throws Exception {
        try (InputStream in = InputReaderTest.class.getResourceAsStream("/fi/alke/documents/input/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputException fails(String name, String text) {
        return assertThrows(InputException.class, () -> READER.read(name, text));
    }

    @Test
    void readsADecision() throws Exception {
        Decision decision = assertInstanceOf(Decision.class, READER.read("decision-2026.yaml",
                resource("decision-2026.yaml")));
        assertEquals(LocalDate.of(2026, 1, 15), decision.meta().date());
        assertEquals(List.of(Region.ETELA_SAVO, Region.POHJOIS_SAVO, Region.KESKI_SUOMI, Region.KANTA_HAME),
                decision.regions());
        assertEquals(LocalDateTime.of(2026, 3, 20, 11, 0), decision.end());
        assertTrue(decision.explanation().source().contains("**yhteen**"));
        assertEquals("Tiina Korhonen", decision.closing().signatures().signers().get(0).name());
    }

    @Test
    void everyProblemOfAFileComesAtOnceWithFieldAndLine() throws Exception {
        InputException e = fails("broken-decision.yaml", resource("broken-decision.yaml"));
        assertEquals(List.of(
                "broken-decision.yaml:4:3: meta.date: '2026-02-30' is not a date: there is no day 30 in 2026-02, "
                        + "which has 28 days",
                "broken-decision.yaml:8:17: regions[1]: no region has the code '03'; the regions are 01 Uusimaa, "
                        + "02 Varsinais-Suomi, 04 Satakunta, 05 Kanta-Häme, 06 Pirkanmaa, 07 Päijät-Häme, "
                        + "08 Kymenlaakso, 09 Etelä-Karjala, 10 Etelä-Savo, 11 Pohjois-Savo, 12 Pohjois-Karjala, "
                        + "13 Keski-Suomi, 14 Etelä-Pohjanmaa, 15 Pohjanmaa, 16 Keski-Pohjanmaa, 17 Pohjois-Pohjanmaa, "
                        + "18 Kainuu, 19 Lappi, 21 Ahvenanmaa",
                "broken-decision.yaml:10:1: colour: unknown field 'colour'; the fields here are kind, meta, "
                        + "sender, decision, explanation, themes, regions, start, end, partners, focusQuestions, sections, closing",
                "broken-decision.yaml:11:1: partners: a list is expected here, found text"),
                e.problems().stream().map(Object::toString).toList());
    }

    /** The README shows what the broken decision gives, and must keep showing what it really gives. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"broken-decision.yaml", "broken-extract.yaml"})
    void theReadmeShowsTheProblemsOfTheBrokenInputsAsTheyAre(String name) throws Exception {
        InputException e = fails(name, resource(name));
        List<String> shown = Files.readAllLines(Path.of("../README.md")).stream()
                .filter(line -> line.startsWith(name + ":")).toList();
        assertEquals(e.problems().stream().map(Object::toString).toList(), shown);
    }

    @Test
    void theFileMustStartWithAKnownKind() {
        InputException first = fails("x.yaml", "meta: {title: T, date: 2026-01-01}\nkind: decision\n");
        assertTrue(first.getMessage().startsWith("x.yaml:1:"), first.getMessage());
        assertTrue(first.getMessage().contains("must start with kind:"), first.getMessage());
        InputException unknown = fails("y.yaml", "kind: memo\n");
        assertTrue(unknown.getMessage().contains("unknown kind 'memo'") && unknown.getMessage().contains("decision"),
                unknown.getMessage());
    }

    /** A document named as an organisations file is one problem at the field that names it, not one per field. */
    @Test
    void aDocumentIsNoOrganisationsFile(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("toimenpiteet.yaml"), resource("refs/toimenpiteet.yaml"));
        String naming = """
                kind: action-table
                meta: {title: Toimenpiteet, date: 2026-03-27}
                sender: tem
                organisations: toimenpiteet.yaml
                ongoing:
                  - {id: T1, description: Ennakointi, responsible: [TEM]}
                """;
        InputException e = assertThrows(InputException.class, () -> READER.read("taulukko.yaml", naming, folder));
        assertEquals(List.of("taulukko.yaml:4:1: organisations: toimenpiteet.yaml is an action-table document, not an "
                + "organisations file (organisations: with a list of code, name, side)"), problems(e));
        // a follow-up naming it too, and a document of no known kind
        Files.writeString(folder.resolve("muistio.yaml"), "# luonnos\nkind: memo\norganisations: []\n");
        String followUp = resource("refs/seuranta.yaml");
        assertTrue(followUp.contains("actionTable: toimenpiteet.yaml\n"), followUp);
        String memo = followUp.replace("actionTable: toimenpiteet.yaml\n", "organisations: muistio.yaml\nactions: []\n");
        e = assertThrows(InputException.class, () -> READER.read("seuranta.yaml", memo, folder));
        assertEquals(List.of("seuranta.yaml:6:1: organisations: muistio.yaml is a document (kind: memo), not an "
                + "organisations file (organisations: with a list of code, name, side)"), problems(e));
    }

    @Test
    void anOrganisationsFileReadOnItsOwnIsNoDocument(@TempDir Path folder) throws Exception {
        Path table = Files.writeString(folder.resolve("toimenpiteet.yaml"), resource("refs/toimenpiteet.yaml"));
        InputException e = assertThrows(InputException.class, () -> InputReader.readOrganisations(table));
        assertEquals(List.of("toimenpiteet.yaml:1:1: kind: toimenpiteet.yaml is an action-table document, not an "
                + "organisations file (organisations: with a list of code, name, side)"), problems(e));
        Path decision = Files.writeString(folder.resolve("paatos.yaml"), resource("decision-2026.yaml"));
        e = assertThrows(InputException.class, () -> InputReader.readOrganisations(decision));
        assertEquals(List.of("paatos.yaml:1:1: kind: paatos.yaml is a decision document, not an organisations file "
                + "(organisations: with a list of code, name, side)"), problems(e));
    }

    private static List<String> problems(InputException e) {
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        InputException e = fails("z.yaml", "kind: decision\nsender: tem\n");
        // a missing field is placed where it belongs: after the field it would follow (meta after kind,
        // decision after sender)
        assertEquals(List.of("z.yaml:1:1: meta: the field 'meta' is missing (required)",
                "z.yaml:2:1: decision: the field 'decision' is missing (required)",
                "z.yaml:2:1: regions: the field 'regions' is missing (required)",
                "z.yaml:2:1: start: the field 'start' is missing (required)",
                "z.yaml:2:1: themes: the field 'themes' is missing (required)"), problems(e));
    }

    @Test
    void aRuleOfTheModelNamesItsFieldAndLine() throws Exception {
        String text = resource("decision-2026.yaml").replace("end: 2026-03-20T11:00", "end: 2026-03-19T11:00");
        InputException e = fails("late.yaml", text);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("late.yaml:19:1: end: the discussion ends (2026-03-19T11:00) before it starts "
                + "(2026-03-20T09:00)", e.problems().get(0).toString());
    }

    @Test
    void readsJsonToo() throws Exception {
        String json = """
                {"kind": "decision",
                 "meta": {"title": "T", "date": "2026-01-15"},
                 "sender": "tem", "decision": "D", "themes": ["Teema"], "regions": ["13"],
                 "start": "2026-03-20T09:00"}
                """;
        assertInstanceOf(Decision.class, READER.read("d.json", json));
        InputException e = fails("d.json", json.replace("\"13\"", "\"99\""));
        assertTrue(e.getMessage().startsWith("d.json:3:"), e.getMessage());
    }

    /** Every kind's example input passes its published schema and reads into the model. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"guidance-letter", "board-decision-extract",
        "theme-description", "action-table", "follow-up", "study-call"})
    void everyKindsExampleReads(String kind) throws Exception {
        try (InputStream in = InputReaderTest.class.getResourceAsStream("/fi/alke/documents/model/" + kind + ".yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var document = READER.read(kind + ".yaml", text);
            assertEquals(kind, Kinds.nameOf(document.getClass()));
        }
    }

    @Test
    void everyKindHasAPublishedSchema() {
        for (String kind : Kinds.names()) {
            assertTrue(InputReaderTest.class.getClassLoader()
                    .getResource(InputReader.SCHEMA_FOLDER + kind + ".schema.json") != null, kind);
        }
    }
}
