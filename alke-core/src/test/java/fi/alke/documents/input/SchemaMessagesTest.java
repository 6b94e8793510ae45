package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every problem of an input file speaks the writer's terms: each message is asserted whole, with the
 * line and column it is reported at, for the published schemas through {@link InputReader} and, for the
 * keywords those schemas do not use yet, on a small schema of their own.
 */
class SchemaMessagesTest {
    private static final InputReader READER = new InputReader();

    /** A valid decision; each test changes one line of it. Lines: 1 kind … 4 date … 8 regions, 9 start. */
    private static final String DECISION = """
            kind: decision
            meta:
              title: Päätös
              date: 2026-01-15
            sender: tem
            decision: Päätetään.
            themes: [Teema]
            regions: ["13"]
            start: 2026-03-20T09:00
            """;

    private static final String DECISION_FIELDS =
            "kind, meta, sender, decision, explanation, themes, regions, start, end, partners, focusQuestions, sections, closing";
    private static final String REGIONS = "01 Uusimaa, 02 Varsinais-Suomi, 04 Satakunta, 05 Kanta-Häme, "
            + "06 Pirkanmaa, 07 Päijät-Häme, 08 Kymenlaakso, 09 Etelä-Karjala, 10 Etelä-Savo, 11 Pohjois-Savo, "
            + "12 Pohjois-Karjala, 13 Keski-Suomi, 14 Etelä-Pohjanmaa, 15 Pohjanmaa, 16 Keski-Pohjanmaa, "
            + "17 Pohjois-Pohjanmaa, 18 Kainuu, 19 Lappi, 21 Ahvenanmaa";
    private static final String MINISTRIES = "VNK Valtioneuvoston kanslia, TEM Työ- ja elinkeinoministeriö, "
            + "VM Valtiovarainministeriö, OKM Opetus- ja kulttuuriministeriö, MMM Maa- ja metsätalousministeriö, "
            + "LVM Liikenne- ja viestintäministeriö, STM Sosiaali- ja terveysministeriö, SM Sisäministeriö, "
            + "YM Ympäristöministeriö, PLM Puolustusministeriö, UM Ulkoministeriö, OM Oikeusministeriö";

    // --- the published schemas, through the reader ------------------------------------------------------

    @Test
    void aDateOfTheWrongShapeIsShownHowToBeWritten() {
        assertEquals("d.yaml:4:3: meta.date: '2025-3-17' is not a date: write the date as YYYY-MM-DD, e.g. 2025-03-17",
                problem("d.yaml", change(DECISION, "2026-01-15", "2025-3-17")));
        assertEquals("d.yaml:4:3: meta.date: '17.3.2025' is not a date: write the date as YYYY-MM-DD, e.g. 2025-03-17",
                problem("d.yaml", change(DECISION, "2026-01-15", "17.3.2025")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-02-30 | there is no day 30 in 2026-02, which has 28 days",
        "2024-02-30 | there is no day 30 in 2024-02, which has 29 days",
        "2026-04-00 | there is no day 00 in 2026-04, which has 30 days",
        "2026-13-01 | there is no month 13"})
    void aDateThatDoesNotExistSaysWhy(String date, String why) {
        assertEquals("d.yaml:4:3: meta.date: '" + date + "' is not a date: " + why,
                problem("d.yaml", change(DECISION, "2026-01-15", date)));
    }

    @Test
    void aDateAndTimeIsShownHowToBeWritten() {
        assertEquals("d.yaml:9:1: start: '2026-03-20 09:00' is not a date and time: write the date and time as "
                + "YYYY-MM-DDTHH:MM, e.g. 2026-03-20T09:00",
                problem("d.yaml", change(DECISION, "2026-03-20T09:00", "2026-03-20 09:00")));
    }

    @Test
    void aMonthIsShownHowToBeWritten() throws Exception {
        assertEquals("s.yaml:9:1: start: '2019/05' is not a month: write the month as YYYY-MM, e.g. 2026-05",
                problem("s.yaml", change(example("study-call"), "start: 2019-05", "start: 2019/05")));
    }

    @Test
    void anUnknownRegionCodeListsTheRegionsWithTheirNames() {
        assertEquals("d.yaml:8:17: regions[1]: no region has the code '22'; the regions are " + REGIONS,
                problem("d.yaml", change(DECISION, "[\"13\"]", "[\"13\", \"22\"]")));
    }

    @Test
    void aRegionCodeWithoutQuotesIsOneProblemThatSaysToQuoteIt() {
        // YAML reads 17 as a number: the code is right, only its quotes are missing, so no "no region has"
        // (a list left with no region at all also gets the model's "at least one is needed": hence "13")
        assertEquals("d.yaml:8:17: regions[1]: write the code in quotes: \"17\"",
                problem("d.yaml", change(DECISION, "[\"13\"]", "[\"13\", 17]")));
        // and 01 unquoted is the number 1, which stands for "01"
        assertEquals("d.yaml:8:17: regions[1]: write the code in quotes: \"01\"",
                problem("d.yaml", change(DECISION, "[\"13\"]", "[\"13\", 01]")));
        assertEquals(List.of("d.yaml:10:5: regions[1]: write the code in quotes: \"17\"",
                        "d.yaml:11:5: regions[2]: write the code in quotes: \"05\""),
                problems("d.yaml", change(DECISION, "regions: [\"13\"]\n",
                        "regions:\n  - \"13\"\n  - 17\n  - 5\n")));
    }

    @Test
    void anUnknownRegionCodeWithoutQuotesIsBothWrongAndUnquoted() {
        assertEquals(List.of("d.yaml:8:17: regions[1]: text is expected here, found a number; put it in quotes",
                        "d.yaml:8:17: regions[1]: no region has the code 22; the regions are " + REGIONS),
                problems("d.yaml", change(DECISION, "[\"13\"]", "[\"13\", 22]")));
    }

    @Test
    void anUnknownMinistryListsTheMinistriesWithTheirNames() throws Exception {
        assertEquals("f.yaml:19:23: actions[1].ministries[1]: no ministry is abbreviated 'XYZ'; the ministries are "
                + MINISTRIES, problem("f.yaml", change(example("follow-up"), "ministries: [TEM]",
                        "ministries: [TEM, XYZ]")));
    }

    @Test
    void anyOtherEnumerationListsItsValues() throws Exception {
        assertEquals("f.yaml:24:5: progress[0].state: 'finished' is not allowed here; write one of not-started, "
                + "in-progress, done, cancelled",
                problem("f.yaml", change(example("follow-up"), "state: in-progress\n    regions: in-progress",
                        "state: finished\n    regions: in-progress")));
        assertEquals("b.yaml:32:1: appeal: 'maybe' is not allowed here; write one of none, request-for-rectification, "
                + "municipal-appeal", problem("b.yaml", change(example("board-decision-extract"), "appeal: none",
                        "appeal: maybe")));
    }

    @Test
    void anUnknownFieldListsTheFieldsOfItsMapping() {
        assertEquals("d.yaml:10:1: colour: unknown field 'colour'; the fields here are " + DECISION_FIELDS,
                problem("d.yaml", DECISION + "colour: blue\n"));
        assertEquals("d.yaml:5:3: meta.x: unknown field 'x'; the fields here are title, date, identifiers, "
                + "language, confidentiality, type, recipients, dateStyle", problem("d.yaml", change(DECISION, "  date: 2026-01-15\n",
                        "  date: 2026-01-15\n  x: 1\n")));
    }

    @Test
    void anUnknownFieldNearAKnownOneSuggestsIt() throws Exception {
        assertEquals("d.yaml:10:1: partnrs: unknown field 'partnrs'; did you mean 'partners'? The fields here are "
                + DECISION_FIELDS, problem("d.yaml", DECISION + "partnrs: [Maakuntaliitot]\n"));
        // two letters swapped are one slip of the fingers, and letter case is no difference at all
        assertEquals("d.yaml:4:3: meta.tilte: unknown field 'tilte'; did you mean 'title'? The fields here are "
                + "title, date, identifiers, language, confidentiality, type, recipients, dateStyle",
                problem("d.yaml", change(DECISION, "  title: Päätös\n", "  title: Päätös\n  tilte: Luonnos\n")));
        assertEquals("d.yaml:10:1: Sender: unknown field 'Sender'; did you mean 'sender'? The fields here are "
                + DECISION_FIELDS, problem("d.yaml", DECISION + "Sender: vm\n"));
        // a swap and a letter left out: two slips, where counting a swap as two edits would make it three
        assertEquals("d.yaml:10:1: reigon: unknown field 'reigon'; did you mean 'regions'? The fields here are "
                + DECISION_FIELDS, problem("d.yaml", DECISION + "reigon: [\"13\"]\n"));
        // but a two-letter word is two edits from every other: no resemblance
        String schema = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"id": {}}, "additionalProperties": false}
                """;
        assertEquals(List.of(": unknown field 'xy'; the fields here are id"), describe(schema, "xy: 1\n"));
        assertEquals(List.of(": unknown field 'ib'; did you mean 'id'? The fields here are id"),
                describe(schema, "ib: 1\n"));
    }

    @Test
    void aMissingFieldIsNamedAtItsMapping() {
        assertEquals("d.yaml:2:1: meta.title: the field 'title' is missing (required)",
                problem("d.yaml", change(DECISION, "  title: Päätös\n", "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "themes: [Teema] | themes: Teema  | 7:1: themes: a list is expected here, found text",
        "themes: [Teema] | themes: {a: b} | 7:1: themes: a list is expected here, found a mapping",
        "title: Päätös   | title: 5       | 3:3: meta.title: text is expected here, found a number; "
                + "put it in quotes",
        "title: Päätös   | title: true    | 3:3: meta.title: text is expected here, found true/false; "
                + "put it in quotes",
        "title: Päätös   | 'title:'       | 3:3: meta.title: text is expected here, found nothing",
        "sender: tem     | sender: [tem]  | 5:1: sender: text is expected here, found a list",
        "'meta:\n  title: Päätös\n  date: 2026-01-15' | meta: [Päätös] "
                + "| 2:1: meta: a mapping is expected here, found a list"})
    void aWrongTypeIsNamedInYamlsWords(String line, String replacement, String expected) {
        assertEquals("d.yaml:" + expected, problem("d.yaml", change(DECISION, line, replacement)));
    }

    @Test
    void trueOrFalseIsNamedAsSuch() {
        assertEquals("d.yaml:10:46: closing.signatures.electronic: true/false is expected here, found text",
                problem("d.yaml", DECISION + "closing: {signatures: {signers: [{name: A}], electronic: kyllä}}\n"));
    }

    @Test
    void numbersAreNamedAsSuch() throws Exception {
        assertEquals("s.yaml:8:1: budgetCap: a number is expected here, found a list",
                problem("s.yaml", change(example("study-call"), "budgetCap: 150000", "budgetCap: [150000]")));
        assertEquals("b.yaml:10:1: section: a whole number is expected here, found text",
                problem("b.yaml", change(example("board-decision-extract"), "section: 12", "section: kaksitoista")));
    }

    /** A number too large for a double reads as infinity: said in the reader's terms, not Java's. */
    @Test
    void aNumberTooLargeToReadIsSaidSo() throws Exception {
        assertEquals("s.yaml:8:1: budgetCap: the number is too large to be read; write a number of at most 308 digits",
                problem("s.yaml", change(example("study-call"), "budgetCap: 150000", "budgetCap: 1e309")));
    }

    // --- keywords the published schemas do not use yet --------------------------------------------------

    @Test
    void everyOtherKeywordIsAPlainSentence() throws Exception {
        String schema = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {
                  "few": {"type": "array", "minItems": 2},
                  "many": {"type": "array", "maxItems": 1},
                  "same": {"type": "array", "uniqueItems": true},
                  "short": {"type": "string", "minLength": 3},
                  "empty": {"type": "string", "minLength": 1},
                  "long": {"type": "string", "maxLength": 2},
                  "small": {"type": "number", "minimum": 1},
                  "large": {"type": "number", "maximum": 10},
                  "above": {"type": "number", "exclusiveMinimum": 0},
                  "below": {"type": "number", "exclusiveMaximum": 5},
                  "even": {"type": "number", "multipleOf": 2},
                  "none": {"type": "object", "minProperties": 1},
                  "one": {"type": "object", "maxProperties": 1},
                  "never": false,
                  "fixed": {"const": "decision"},
                  "code": {"type": "string", "pattern": "^[A-Z]+$", "description": "capital letters, e.g. TEM"},
                  "bare": {"type": "string", "pattern": "^[A-Z]+$"},
                  "either": {"type": ["string", "null"]},
                  "mail": {"type": "string", "format": "email"}}}
                """;
        String instance = """
                few: [1]
                many: [1, 2]
                same: [a, a]
                short: ab
                empty: ''
                long: abc
                small: 0
                large: 11
                above: 0
                below: 5
                even: 3
                none: {}
                one: {a: 1, b: 2}
                never: 1
                fixed: memo
                code: tem
                bare: tem
                either: 5
                mail: nobody
                """;
        assertEquals(List.of(
                "few: the list needs at least 2 items; it has 1",
                "many: the list may have at most 1 item; it has 2",
                "same: the items of the list must all be different",
                "short: the text needs at least 3 characters; it has 2",
                "empty: the text must not be empty",
                "long: the text may have at most 2 characters; it has 3",
                "small: 0 is too small; the smallest allowed is 1",
                "large: 11 is too large; the largest allowed is 10",
                "above: 0 is too small; it must be more than 0",
                "below: 5 is too large; it must be less than 5",
                "even: 3 is not a multiple of 2",
                "none: the mapping needs at least 1 field; it has 0",
                "one: the mapping may have at most 1 field; it has 2",
                "never: nothing may be written here",
                "fixed: write 'decision' here, not 'memo'",
                "code: 'tem' is not in the expected form: capital letters, e.g. TEM",
                "bare: 'tem' is not in the expected form: it must match the pattern ^[A-Z]+$",
                "either: text or nothing is expected here, found a number",
                "mail: 'nobody' is not a valid email"), describe(schema, instance));
    }

    @Test
    void aValueOfAListThatIsOnlyUnquotedIsToldToBeQuoted() throws Exception {
        String schema = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {
                  "level": {"type": "string", "enum": ["1", "2", "true"]},
                  "flag": {"type": "string", "enum": ["1", "2", "true"]},
                  "other": {"type": "string", "enum": ["1", "2"]}}}
                """;
        assertEquals(List.of("level: write the value in quotes: \"2\"", "flag: write the value in quotes: \"true\"",
                "other: text is expected here, found a number; put it in quotes",
                "other: 3 is not allowed here; write one of 1, 2"), describe(schema, "level: 2\nflag: true\nother: 3\n"));
    }

    @Test
    void aKeywordWithNoSentenceOfItsOwnKeepsTheValidatorsWords() throws Exception {
        String schema = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {
                  "either": {"oneOf": [{"type": "string"}, {"type": "number"}]}}}
                """;
        // what each alternative found wrong follows, in words
        assertEquals(List.of("either: must be valid to one and only one schema, but 0 are valid",
                "either: text is expected here, found true/false; put it in quotes",
                "either: a number is expected here, found true/false"), describe(schema, "either: true\n"));
    }

    // --- files that are not YAML or JSON at all ---------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'kind: decision\nmeta:\n  title: \"Päätös\n  date: 2026-01-15\n' "
                + "| 3:10: not valid YAML: the quoted text starting here has no closing quote",
        "'kind: decision\n\tmeta: x\n' | 2:1: not valid YAML: a tab cannot indent a line; indent with spaces",
        "'kind: decision\nmeta:\n  title: Päätös: luonnos\n' "
                + "| 3:16: not valid YAML: a ':' cannot come here; put a text that contains ': ' in quotes, "
                + "or check the indentation",
        "'kind: decision\nmeta:\n  title: T\n date: 2026-01-15\n' "
                + "| 4:2: not valid YAML: this line is not indented like the fields or list items it belongs with",
        "'kind: decision\nregions: [\"01\", \"02\"\n' "
                + "| 2:10: not valid YAML: the list opened here with '[' is not closed with ']'",
        "'kind: decision\nmeta: {title: T date: 2026-01-15}\n' "
                + "| 2:21: not valid YAML: a ',' or '}' is missing here, in the mapping opened at line 2, column 7",
        "'kind: decision\nsender: @tem\n' | 2:9: not valid YAML: a value cannot start with '@'; put it in quotes",
        "'kind: decision\nsender: \"\\q\"\n' "
                + "| 2:11: not valid YAML: '\\q' is not an escape in double quotes; write \\\\ for a backslash, or use "
                + "single quotes"})
    void yamlSyntaxErrorsAreExplained(String text, String expected) {
        assertEquals("x.yaml:" + expected, problem("x.yaml", text));
    }

    /** Lists nested thousands deep are refused at the level past the limit, in words, in YAML and in JSON. */
    @Test
    void nestingPastTheLimitIsExplained() {
        String yaml = problem("x.yaml", "kind: decision\nthemes: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertTrue(yaml.matches("x\\.yaml:2:\\d+: not valid YAML: lists and mappings are nested more than 1000 deep "
                + "here; a document needs only a few levels"), yaml);
        String json = problem("x.json", "{\"kind\": \"decision\", \"themes\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertTrue(json.matches("x\\.json:1:\\d+: not valid JSON: lists and mappings are nested more than 1000 deep "
                + "here; a document needs only a few levels"), json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'{\"kind\": \"decision\",\n \"meta\": {\"title\": \"T\",}}' "
                + "| 2:24: not valid JSON: a ',' cannot come before '}'",
        "'{\"kind\": \"decision\", \"themes\": [\"T\",]}' | 1:37: not valid JSON: a ',' cannot come before ']'",
        "'{\"kind\": \"decision\", ''meta'': {}}' "
                + "| 1:22: not valid JSON: a field name must be in double quotes, not single",
        "'{\"kind\": \"decision\", meta: {}}' "
                + "| 1:22: not valid JSON: a field name in double quotes is expected here, found 'm'",
        "'{\"kind\": \"decision\" \"meta\": {}}' | 1:21: not valid JSON: a ',' is missing here, between two fields",
        "'{\"kind\": \"decision\", \"themes\": [\"a\" \"b\"]}' "
                + "| 1:37: not valid JSON: a ',' is missing here, between two items of the list",
        "'{\"kind\" \"decision\"}' | 1:9: not valid JSON: a ':' is missing here, after the field name",
        "'{\"kind\": \"decision\", \"sender\": }' | 1:32: not valid JSON: a value is missing before '}'",
        "'{\"kind\": \"decision\",\n \"meta\": {\"title\": \"T\"\n' "
                + "| 2:10: not valid JSON: the mapping opened here with '{' is not closed with '}'",
        "'{\"kind\": \"decision\", \"themes\": [\"T\"}' "
                + "| 1:36: not valid JSON: '}' cannot close the list opened at line 1, column 32; close it with ']'",
        "'{\"kind\": \"decision\", \"sender\": \"tem' "
                + "| 1:36: not valid JSON: the file ends inside a text in double quotes; close it with \"",
        "'{\"kind\": \"decision\", \"sender\": tem}' "
                + "| 1:35: not valid JSON: 'tem' is not a value; put text in double quotes (true, false and null are "
                + "written in lower case)",
        "'{\"kind\": \"decision\", \"decision\": \"a\nb\"}' "
                + "| 1:36: not valid JSON: a line break cannot be inside double quotes; write it as \\n",
        "'{\"kind\": \"decision\", \"decision\": \"\\q\"}' "
                + "| 1:36: not valid JSON: '\\q' is not an escape in double quotes; write \\\\ for a backslash",
        "'{\"kind\": \"decision\", \"regions\": [01]}' "
                + "| 1:35: not valid JSON: a number cannot start with 0; write a code such as \"01\" in double quotes",
        "'{\"kind\": \"decision\", \"section\": -}' "
                + "| 1:34: not valid JSON: the number is not complete: a '-' or '.' must be followed by digits"})
    void jsonSyntaxErrorsAreExplained(String text, String expected) {
        assertEquals("x.json:" + expected, problem("x.json", text));
    }

    @Test
    void noMessageShowsTheParsersInternals() {
        for (String text : List.of("{\"kind\": \"decision\", \"a\": NaN}", "{\"kind\": \"decision\",\n \"a\": [1",
                "{\"kind\": \"decision\", \"a\": \"\u0001\"}")) {
            String message = problem("x.json", text);
            for (String internal : List.of("Exception", "Source", "(code", "`", "com.", "REDACTED")) {
                assertFalse(message.contains(internal), message);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------

    /** The one problem of a file, as printed: file:line:column: field: message. */
    private static String problem(String name, String text) {
        InputException e = assertThrows(InputException.class, () -> READER.read(name, text));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).toString();
    }

    /** Every problem of a file, as printed, in the order reported. */
    private static List<String> problems(String name, String text) {
        InputException e = assertThrows(InputException.class, () -> READER.read(name, text));
        return e.problems().stream().map(Object::toString).toList();
    }

    /** The text with one part changed; the part must be there, or the test would test nothing. */
    private static String change(String text, String part, String replacement) {
        assertTrue(text.contains(part), () -> "no '" + part + "' in\n" + text);
        return text.replace(part, replacement);
    }

    private static String example(String kind) throws Exception {
        String resource = "/fi/alke/documents/model/" + kind + ".yaml";
        try (InputStream in = SchemaMessagesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every problem of a YAML instance against a schema, as field: message. */
    private static List<String> describe(String schemaJson, String instanceYaml) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson,
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build());
        // as the reader gives them: less the findings another at the same value says better
        return SchemaMessages.withoutRepeats(schema.validate(new YAMLMapper().readTree(instanceYaml))).stream()
                .map(message -> Locations.path(message.getInstanceLocation().toString()) + ": "
                        + SchemaMessages.describe(message, schema))
                .toList();
    }
}
