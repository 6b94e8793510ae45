package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input reference, {@code docs/input.md}, is generated from the published JSON Schemas (whose words
 * are the model's annotations; {@link SchemaFilesTest} keeps the files in step) and the model's code lists. This test writes it anew and fails when the file
 * is out of step; run it with {@code -Dalke.writeDocs=true} to write the file.
 */
class InputDocsTest {
    private static final Path DOCS = Path.of("../docs/input.md");
    private static final JsonMapper JSON = new JsonMapper();
    private static final String WRITE = "mvn -B -o -pl alke-core test -Dtest=InputDocsTest -Dalke.writeDocs=true";

    /** The organisations file the reference shows; {@link #theOrganisationsExampleReads} reads it. */
    static final String ORGANISATIONS_EXAMPLE = """
            organisations:
              - code: ely-keski-suomi
                name:
                  fi: Keski-Suomen ELY-keskus
                  sv: NTM-centralen i Mellersta Finland
                abbreviation: Keski-Suomen ELY
                side: state
              - code: jyu
                name:
                  fi: Jyväskylän yliopisto
                  sv: Jyväskylä universitet
                  en: University of Jyväskylä
                side: regions
            """;

    @Test
    void inputReferenceIsInStepWithTheSchemas() throws IOException {
        String generated = document();
        if (Boolean.getBoolean("alke.writeDocs")) {
            Files.writeString(DOCS, generated);
        }
        String published = Files.exists(DOCS) ? Files.readString(DOCS) : "(missing)\n";
        List<String> want = generated.lines().toList();
        List<String> have = published.lines().toList();
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        assertEquals(generated, published, DOCS.normalize() + " is out of step with the JSON Schemas and the code "
                + "lists (first difference at line " + (line + 1) + "); it is generated, so do not edit it by hand: "
                + "change the descriptions on the model and run " + WRITE);
    }

    @Test
    void theOrganisationsExampleReads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("organisations.yaml"), ORGANISATIONS_EXAMPLE);
        List<Organisation> organisations = InputReader.readOrganisations(file);
        assertEquals(List.of("ely-keski-suomi", "jyu"), organisations.stream().map(Organisation::code).toList());
    }

    /** An organisations file's table lists an organisation's own fields, not a link to itself. */
    @Test
    void theOrganisationsFileHasATableOfAnOrganisationsFields() throws IOException {
        String organisations = document().substring(document().indexOf("\n## Organisations file\n"));
        List<String> rows = organisations.lines().filter(line -> line.startsWith("| `organisations"))
                .map(line -> line.substring(0, line.indexOf(" | ", line.indexOf(" | ") + 3)) + " |").toList();
        assertEquals(List.of("| `organisations` | list; each entry: fields below |",
                "| `organisations[].code` | text |", "| `organisations[].name` | fields below |",
                "| `organisations[].name.fi` | text |", "| `organisations[].name.sv` | text |",
                "| `organisations[].name.en` | text |", "| `organisations[].abbreviation` | text |",
                "| `organisations[].side` | one of: `state`, `regions` |"), rows);
        assertEquals(true, organisations.contains("\nAn `abbreviation` (e.g. `KS-ELY`) is what the narrow columns of "
                + "the responsible parties print, in an\naction table and a follow-up, and the legend under the table "
                + "spells it out with the name\n(Lyhenteet: … KS-ELY Keski-Suomen ELY-keskus)."), organisations);
        // elsewhere an organisation refers to this table
        assertEquals(true, document().contains("| `organisations` | list; each entry: an organisation, fields as in an "
                + "[organisations file](#organisations-file), or the name of a file that holds the list |"));
    }

    @Test
    void allRegionsSaysWhichRegionsItIsAndHowItIsPrinted() throws IOException {
        assertEquals(true, document().contains("| `all-regions` | Kaikki maakunnat / Alla landskap / All regions: all "
                + "regions together — the regions the document names elsewhere, else every region with a regional "
                + "council (not Åland) — printed as \"Kaikki maakunnat\" rather than region by region; a region's "
                + "follow-up form lists these actions too | `regions` |\n"));
    }

    /** The whole of docs/input.md. */
    static String document() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("""
                # Input reference

                <!-- Generated by alke-core/src/test/java/fi/alke/documents/input/InputDocsTest.java from the JSON
                     Schemas and the code lists of the model; do not edit by hand. Change the descriptions on the
                     model (fi.alke.documents.model) and run
                     %s -->

                An input file describes one document. It is a YAML file (or JSON) whose first line says which kind of
                document it is, `kind:`; the fields of each kind are listed below. A decision, for example, starts
                like this:

                ```yaml
                kind: decision
                meta:
                  title: Päätös maakuntien yhteisen aluekehittämisen keskustelun järjestämisestä
                  date: 2026-01-15
                sender: tem
                decision: |
                  Työ- ja elinkeinoministeriö päättää järjestää …
                ```

                Check a file before you render it: `alke validate FILE...` lists every problem of every file at
                once, each with its line and field, e.g. `paatos.yaml:4:3: meta.date: '17.3.2026' is not a date:
                write the date as YYYY-MM-DD, e.g. 2025-03-17`; with `--rules FILE` it also checks the round's
                rules over all the files together. Then `alke render FILE... --out DIR` writes each as DOCX and PDF. (`alke` is
                `java -jar alke-samples/target/alke.jar`.) `alke kinds` lists the kinds with their JSON Schemas and
                a complete example input of each; `alke codes` prints the code lists at the end of this page.
                Editors that know JSON Schema show the descriptions below as help and check a file as you type.

                **Reading the tables.** A field's path shows where it goes: `meta.title` is `title:` indented under
                `meta:`, and `[]` stands for each entry of a list, so `closing.signatures.signers[].name` is the
                `name:` of each signer. *Required* fields must be there whenever the field they are under is there.
                Labels are quoted in Finnish (Liitteet, Lisätietoja); Swedish and English documents print them in
                their own language.

                | Type | How to write it |
                |---|---|
                | text | As it is, on one line. Put it in quotes (`"…"`) when it looks like a number or starts with a special character such as `*`, `[` or `#`. |
                | Markdown text | Text with paragraphs (an empty line between them), headings (`#`), bulleted and numbered lists (`- `, `1. `), `*emphasis*`, `**bold**` and links (`[text](https://…)`). For several lines write `\\|` after the field and indent the text under it. |
                | date | `YYYY-MM-DD`, e.g. `2026-01-15`. |
                | date and time | `YYYY-MM-DDTHH:MM` in local time, e.g. `2026-03-20T09:00`. |
                | year and month | `YYYY-MM`, e.g. `2026-05`. |
                | whole number, number | Digits, without quotes or spaces: `12`, `150000`. |
                | true or false | `true` or `false`. |
                | [region code](#regions) | The region's two-digit code in quotes: `"13"`. |
                | [ministry abbreviation](#ministries) | `TEM`, `VM`, … |
                | [party code](#party-codes) | `VN`, a ministry's abbreviation, a region's code, `all-regions` or a declared organisation's code. |
                | one of: … | One of the values listed. |
                | list of … | One entry a line, each starting with `- ` and indented under the field, or in brackets: `[TEM, VM]`. |
                | fields below | The fields whose paths continue this one, indented under it. |

                **Lists of text with punctuation.** Write a list whose entries have `?`, `:`, `#` or commas in
                them one entry a line (`- Miten tämä toimii?`), or put each entry in quotes
                (`["Miten tämä toimii?", "Entä tuo?"]`). In brackets YAML reads these characters as its own: a
                comma ends an entry, `: ` makes a mapping and ` #` starts a comment, so
                `[Miten tämä toimii?, Entä tuo?]` is refused and `[Miksi näin, vaikka muut eivät?]` is two
                entries.

                ```yaml
                focusQuestions:
                  - Miten tämä toimii?
                  - "Entä tuo: mitä se maksaa?"
                ```

                **Headings in Markdown.** A heading in a Markdown text continues from the heading the text stands
                under: `#` is one level below it and `##` two levels below, e.g. in the body of a free section
                `#` is a subheading of the section's heading. There are three heading levels; a heading deeper
                than that is printed as a bold paragraph.

                """.formatted(WRITE));
        List<String> kinds = Kinds.names();
        out.append("Kinds: ");
        out.append(kinds.stream().map(kind -> "[" + kind + "](#" + anchor(heading(kind)) + ")")
                .collect(Collectors.joining(", ")));
        out.append(". Then: [code lists](#code-lists), [organisations file](#organisations-file).\n");
        for (String kind : kinds) {
            JsonNode schema = schema(kind);
            out.append("\n## ").append(heading(kind)).append("\n\n");
            out.append("`kind: ").append(kind).append("`. ").append(escape(schema.path("description").asText()))
                    .append("\n\n");
            table(schema, out);
        }
        codeLists(out);
        organisationsFile(out);
        return out.toString();
    }

    private static String heading(String kind) {
        String words = kind.equals("follow-up") ? kind : kind.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The anchor GitHub gives a heading. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    // ---- the field tables ----

    private record Row(String path, String type, boolean required, String description, String example) {
    }

    private static void table(JsonNode schema, StringBuilder out) {
        table(schema, out, false);
    }

    /**
     * A schema's field table.
     *
     * @param organisations whether an organisation's fields are listed (the organisations file's own table)
     *                      rather than referred to that table
     */
    private static void table(JsonNode schema, StringBuilder out, boolean organisations) {
        List<Row> rows = new ArrayList<>();
        fields(schema, schema, "", new HashMap<>(), rows, organisations);
        out.append("| Field | Type | Required | What it is | Example |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            // the Required column says it; what the description adds to it (a default, a condition) stays
            String description = row.description().replaceAll(" (Required|Optional)\\.$", "");
            out.append("| `").append(row.path()).append("` | ").append(row.type()).append(" | ")
                    .append(row.required() ? "yes" : "no").append(" | ").append(escape(description))
                    .append(" | ").append(row.example()).append(" |\n");
        }
    }

    /**
     * The rows of an object's fields, each followed by the rows of the fields under it. A record of the
     * schema's definitions is expanded where it first appears; later it refers to that place.
     */
    private static void fields(JsonNode root, JsonNode object, String prefix, Map<String, String> expanded,
                               List<Row> rows, boolean organisations) {
        List<String> required = StreamSupport.stream(object.path("required").spliterator(), false)
                .map(JsonNode::asText).toList();
        object.path("properties").fields().forEachRemaining(entry -> {
            JsonNode property = entry.getValue();
            if (property.path("deprecated").asBoolean()) {
                return; // an older name, still read; its field's description says so
            }
            String path = prefix + entry.getKey();
            // what holds the fields under this one: the property itself, a list's entries, or the inline form
            // of a field that may also name a file
            JsonNode value = property.has("anyOf") ? property.get("anyOf").get(1) : property;
            boolean list = resolve(root, value).path("type").asText().equals("array");
            JsonNode entries = list ? resolve(root, value).get("items") : value;
            String nestedPath = path + (list ? "[]" : "");
            JsonNode record = resolve(root, entries);
            String type;
            boolean expand = false;
            if (!organisations && record.equals(organisation())) {
                type = "list; each entry: an organisation, fields as in an [organisations file](#organisations-file)";
            } else if (record.has("properties")) {
                String name = entries.has("$ref") ? entries.get("$ref").asText() : null;
                String earlier = name == null ? null : expanded.get(name);
                if (earlier == null) {
                    type = list ? "list; each entry: fields below" : "fields below";
                    expand = true;
                    if (name != null) {
                        expanded.put(name, nestedPath);
                    }
                } else {
                    type = (list ? "list; each entry: fields as under `" : "fields as under `") + earlier + "`";
                }
            } else {
                type = list ? "list of " + words(root, entries).plural() : words(root, value).singular();
            }
            if (property.has("anyOf")) {
                type += ", or the name of a file that holds " + (list ? "the list" : "them");
            }
            JsonNode examples = property.has("examples") ? property.get("examples") : list ? entries.path("examples")
                    : resolve(root, value).path("examples");
            if (property.has("anyOf")) {
                examples = property.get("anyOf").get(0).path("examples");
            }
            if (property.has("const")) {
                examples = JSON.createArrayNode().add(property.get("const"));
            }
            rows.add(new Row(path, type, required.contains(entry.getKey()), property.path("description").asText(),
                    StreamSupport.stream(examples.spliterator(), false).map(InputDocsTest::example)
                            .collect(Collectors.joining(", "))));
            if (expand) {
                fields(root, record, nestedPath + ".", expanded, rows, organisations);
            }
        });
    }

    /**
     * A published schema. It is generated as {@link SchemaFilesTest} generates the files, which that test keeps
     * in step with the model, so that one run with both write options writes both.
     */
    private static JsonNode schema(String name) {
        Class<?> type = name.equals(InputReader.ORGANISATIONS_SCHEMA) ? fi.alke.documents.model.OrganisationsFile.class
                : Kinds.classOf(name).orElseThrow();
        return SchemaFilesTest.generate(type, name);
    }

    /** An organisation, as the organisations file's schema describes it. */
    private static JsonNode organisation() {
        return schema(InputReader.ORGANISATIONS_SCHEMA).at("/properties/organisations/items");
    }

    /** A schema with its {@code $ref} followed (the schemas refer only to their own definitions). */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        return schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema;
    }

    private record Words(String singular, String plural) {
    }

    private static final Map<String, Words> TITLED = Map.of(
            "Markdown text", new Words("Markdown text", "Markdown texts"),
            "party code", new Words("[party code](#party-codes)", "[party codes](#party-codes)"),
            "region code", new Words("[region code](#regions)", "[region codes](#regions)"),
            "ministry abbreviation", new Words("[ministry abbreviation](#ministries)",
                    "[ministry abbreviations](#ministries)"),
            "date and time", new Words("date and time YYYY-MM-DDTHH:MM", "dates and times YYYY-MM-DDTHH:MM"),
            "year and month", new Words("year and month YYYY-MM", "years and months YYYY-MM"));

    /** A value's type in plain words. */
    private static Words words(JsonNode root, JsonNode schema) {
        JsonNode value = resolve(root, schema);
        String title = value.path("title").asText();
        if (TITLED.containsKey(title)) {
            return TITLED.get(title);
        }
        if (value.has("const")) {
            String constant = "`" + value.get("const").asText() + "`";
            return new Words(constant, constant);
        }
        if (value.has("enum")) {
            String values = StreamSupport.stream(value.get("enum").spliterator(), false)
                    .map(v -> "`" + v.asText() + "`").collect(Collectors.joining(", "));
            return new Words("one of: " + values, "values, each one of: " + values);
        }
        switch (value.path("type").asText()) {
            case "string":
                return value.path("format").asText().equals("date") ? new Words("date YYYY-MM-DD", "dates YYYY-MM-DD")
                        : new Words("text", "texts");
            case "integer":
                return new Words("whole number", "whole numbers");
            case "number":
                return new Words("number", "numbers");
            case "boolean":
                return new Words("true or false", "true or false values");
            case "array":
                return new Words("list of " + words(root, value.get("items")).plural(),
                        "lists of " + words(root, value.get("items")).plural());
            default:
                throw new IllegalStateException("no words for the schema " + value);
        }
    }

    private static final Pattern PLAIN_YAML = Pattern.compile("[\\p{L}\\p{N}(][^#]*");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|(?i)(true|false|yes|no|on|off|y|n|null|~)");

    /** An example as it is written in a YAML input file. */
    private static String example(JsonNode example) {
        String text = example.asText();
        boolean quote = example.isTextual() && (!PLAIN_YAML.matcher(text).matches() || NOT_TEXT.matcher(text).matches()
                || text.contains(": ") || text.endsWith(":"));
        String yaml = quote ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : text;
        return "`" + yaml.replace("|", "\\|") + "`";
    }

    /** Text in a Markdown table cell: pipes, angle brackets and emphasis characters stay as written. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_");
    }

    // ---- the code lists ----

    private static void codeLists(StringBuilder out) {
        out.append("""

                ## Code lists

                Regions, ministries and the other parties are written as codes; the document prints their names in
                its language. `alke codes` prints these lists, and with `--templates DIR` also the organisations of
                `DIR/organisations.yaml`.

                ### Regions

                Write a region as its two-digit statistical code, in quotes (`"13"`): a code without quotes is a
                number, which the schema refuses.

                | Code | Finnish | Swedish | English |
                |---|---|---|---|
                """);
        for (Region region : Region.values()) {
            out.append("| `\"").append(region.code()).append("\"` | ").append(region.name("fi")).append(" | ")
                    .append(region.name("sv")).append(" | ").append(region.name("en")).append(" |\n");
        }
        out.append("\nÅland (").append(Region.AHVENANMAA.code()).append(") is self-governing and has no regional "
                + "council, so it takes part in no regional development discussion of its own.\n");
        out.append("""

                ### Ministries

                Write a ministry as its abbreviation, in capitals (any letter case is read).

                | Abbreviation | Finnish | Swedish | English |
                |---|---|---|---|
                """);
        for (Ministry ministry : Ministry.values()) {
            out.append("| `").append(ministry.abbreviation()).append("` | ").append(ministry.name("fi")).append(" | ")
                    .append(ministry.name("sv")).append(" | ").append(ministry.name("en")).append(" |\n");
        }
        Party government = Party.government();
        Party all = Party.allRegions();
        Party ministry = Party.of(Ministry.TEM);
        Party region = Party.of(Region.KESKI_SUOMI);
        out.append("""

                ### Party codes

                A responsible party of an action (`responsible`) or the party of an agenda's participant group
                (`party`) is written as its code. Each party is on one side of the discussions, which decides the
                column it is printed in (VN or Maakunnat).

                | Code | Party | Side |
                |---|---|---|
                """);
        out.append("| `").append(government.code()).append("` | ").append(names(government))
                .append(", the government as a whole | `").append(government.side().code()).append("` |\n");
        out.append("| a ministry's abbreviation, e.g. `").append(ministry.code()).append("` | the ministry (see "
                + "[Ministries](#ministries)) | `").append(ministry.side().code()).append("` |\n");
        out.append("| a region's code, e.g. `\"").append(region.code()).append("\"` | the region (see "
                + "[Regions](#regions)) | `").append(region.side().code()).append("` |\n");
        out.append("| `").append(all.code()).append("` | ").append(names(all)).append(": all regions together — the "
                + "regions the document names elsewhere, else every region with a regional council (not Åland) — "
                + "printed as \"").append(all.name("fi")).append("\" rather than region by region; a region's "
                + "follow-up form lists these actions too | `").append(all.side().code()).append("` |\n");
        out.append("| an organisation's code, e.g. `ely-keski-suomi` | an organisation declared in an "
                + "[organisations file](#organisations-file) | the side it declares |\n");
        out.append("\nThe sides, as organisations declare them (`side`):\n\n| Side | Printed in the column | Who |\n"
                + "|---|---|---|\n");
        for (Side side : Side.values()) {
            out.append("| `").append(side.code()).append("` | ").append(side == Side.STATE ? "VN" : "Maakunnat")
                    .append(" | ").append(side == Side.STATE
                            ? "the state's side (valtioneuvosto): VN, the ministries, state agencies, ELY centres"
                            : "the regions' side (maakunnat): the regions, all regions, regional councils and those "
                                    + "who act with them: municipalities, universities, companies")
                    .append(" |\n");
        }
    }

    private static String names(Party party) {
        return party.name("fi") + " / " + party.name("sv") + " / " + party.name("en");
    }

    private static void organisationsFile(StringBuilder out) throws IOException {
        JsonNode schema = schema(InputReader.ORGANISATIONS_SCHEMA);
        out.append("""

                ## Organisations file

                Agencies, ELY centres, universities, municipalities and companies are not in the code lists: declare
                them once in an organisations file, and name them by their codes. An action table, an agenda or a
                follow-up names the file (`organisations: organisations.yaml`, beside the input) or lists the
                organisations inline under `organisations:`; an author's folder (the one given with `--templates`) may
                hold an `organisations.yaml` too.

                The file has one field, `organisations:`, a list of organisations with the fields below; an input
                that lists its organisations inline under its own `organisations:` gives them the same fields.

                """);
        table(schema, out, true);
        out.append("""

                An `abbreviation` (e.g. `KS-ELY`) is what the narrow columns of the responsible parties print, in an
                action table and a follow-up, and the legend under the table spells it out with the name
                (Lyhenteet: … KS-ELY Keski-Suomen ELY-keskus). Without one, the columns print the name.
                """);
        out.append("\nFor example:\n\n```yaml\n").append(ORGANISATIONS_EXAMPLE).append("```\n");
    }
}
