package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Decision;
import fi.alke.documents.model.Region;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        List<String> problems = e.problems().stream().map(InputException.Problem::toString).toList();
        assertTrue(problems.size() >= 4, e.getMessage());
        assertHas(problems, "broken-decision.yaml:4:", "meta.date", "date");
        assertHas(problems, "broken-decision.yaml:8:", "regions[1]", "enum");
        assertHas(problems, "broken-decision.yaml:10:", "colour", "not");
        assertHas(problems, "broken-decision.yaml:11:", "partners", "array");
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

    @Test
    void aMissingRequiredFieldIsNamed() {
        InputException e = fails("z.yaml", "kind: decision\nsender: tem\n");
        assertTrue(e.getMessage().contains("meta") && e.getMessage().contains("required"), e.getMessage());
    }

    @Test
    void aRuleOfTheModelNamesItsFieldAndLine() throws Exception {
        String text = resource("decision-2026.yaml").replace("end: 2026-03-20T11:00", "end: 2026-03-19T11:00");
        InputException e = fails("late.yaml", text);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("end 2026-03-19T11:00 is before start"), e.getMessage());
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

    private static void assertHas(List<String> problems, String... parts) {
        assertTrue(problems.stream().anyMatch(p -> java.util.Arrays.stream(parts).allMatch(p::contains)),
                () -> "no problem with " + List.of(parts) + " among\n" + String.join("\n", problems));
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
