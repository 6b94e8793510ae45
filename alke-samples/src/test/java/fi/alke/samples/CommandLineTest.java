package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alke validate}, {@code kinds}, {@code templates export}, help and usage errors, run in-process. */
class CommandLineTest {
    private static final List<String> KINDS = List.of("decision", "agenda", "guidance-letter", "board-decision-extract",
            "theme-description", "action-table", "follow-up", "study-call");

    @TempDir
    Path dir;

    @Test
    void validateListsEveryProblemOfEveryInput() throws IOException {
        Path good = copy("samples/seed-000-paatos-2026.yaml", dir.resolve("paatos.yaml"));
        Path broken = copy("fi/alke/documents/input/broken-decision.yaml", dir.resolve("broken.yaml"));
        Path missing = dir.resolve("missing.yaml");

        Cli run = alke("validate", good, broken, missing);

        assertEquals(1, run.exit(), run.printed());
        assertEquals(List.of(
                broken + ":4:3: meta.date: '2026-02-30' is not a date: there is no day 30 in 2026-02, "
                        + "which has 28 days",
                broken + ":8:17: regions[1]: no region has the code '03'; the regions are 01 Uusimaa, "
                        + "02 Varsinais-Suomi, 04 Satakunta, 05 Kanta-Häme, 06 Pirkanmaa, 07 Päijät-Häme, "
                        + "08 Kymenlaakso, 09 Etelä-Karjala, 10 Etelä-Savo, 11 Pohjois-Savo, 12 Pohjois-Karjala, "
                        + "13 Keski-Suomi, 14 Etelä-Pohjanmaa, 15 Pohjanmaa, 16 Keski-Pohjanmaa, 17 Pohjois-Pohjanmaa, "
                        + "18 Kainuu, 19 Lappi, 21 Ahvenanmaa",
                broken + ":10:1: colour: unknown field 'colour'; the fields here are kind, meta, sender, decision, "
                        + "explanation, themes, regions, start, end, partners, focusQuestions, sections, closing",
                broken + ":11:1: partners: a list is expected here, found text",
                missing + ": no such file or folder: " + missing), run.err().lines().toList());
        assertEquals("3 inputs, 5 problems", run.out().strip());

        Cli valid = alke("validate", good);
        assertEquals(0, valid.exit(), valid.printed());
        assertEquals("1 input, 0 problems", valid.out().strip());
    }

    @Test
    void validateChecksTheRulesOfTheRoundOverAllInputsTogether() throws IOException {
        Path in = dir.resolve("in");
        copy("samples/seed-000-paatos-2026.yaml", in.resolve("paatos.yaml"));
        copy("samples/asialista-2026.yaml", in.resolve("asialista.yaml"));
        Path rules = dir.resolve("round.yaml");
        Files.writeString(rules, "round: 2026\nrules:\n  minRegionsPerJointDiscussion: 20\n");

        Cli run = alke("validate", in, "--rules", rules);

        assertEquals(1, run.exit(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.printed());
        // each at the line and column of the field the rule concerns
        assertTrue(lines.get(0).startsWith(in.resolve("asialista.yaml") + ":" + line(in.resolve("asialista.yaml"),
                "regions:") + ":1: regions: "), run.printed());
        assertTrue(lines.get(1).startsWith(in.resolve("paatos.yaml") + ":" + line(in.resolve("paatos.yaml"),
                "regions:") + ":1: regions: "), run.printed());
        assertTrue(lines.get(1).endsWith("a joint discussion needs at least 20 (min-regions-per-joint-discussion)"),
                run.printed());
    }

    @Test
    void aMisspeltOrBrokenRulesFileIsAProblemThatNamesItsField() throws IOException {
        Path input = copy("samples/seed-000-paatos-2026.yaml", dir.resolve("paatos.yaml"));
        Path rules = dir.resolve("round.yaml");
        Files.writeString(rules, "rules:\n  maxTopicArea: 2\n");

        Cli misspelt = alke("validate", input, "--rules", rules);

        assertEquals(1, misspelt.exit(), misspelt.printed());
        assertEquals(rules + ":2:3: rules.maxTopicArea: unknown rule; the rules are agendaLeadDays, "
                + "maxDiscussionsPerRegion, maxParticipantsPerMinistryAndTheme, maxParticipantsPerRegionAndTheme, "
                + "maxThemesPerDiscussion, maxTopicAreas, minRegionsPerJointDiscussion", misspelt.err().strip(),
                misspelt.printed());

        Files.writeString(rules, "rules:\n  maxTopicAreas: two\n  agendaLeadDays: -1\n");
        Cli wrong = alke("validate", input, "--rules", rules);

        assertEquals(List.of(rules + ":2:3: rules.maxTopicAreas: expected a whole number, found \"two\"",
                rules + ":3:3: rules.agendaLeadDays: must not be negative, was -1"), wrong.err().lines().toList(),
                wrong.printed());
        assertEquals("1 input, 2 problems", wrong.out().strip());

        Files.writeString(rules, "rules: {agendaLeadDays: 14\n");
        Cli broken = alke("validate", input, "--rules", rules);

        assertEquals(1, broken.exit(), broken.printed());
        assertTrue(broken.err().matches("(?s)" + Pattern.quote(rules.toString()) + ":\\d+:\\d+: not valid YAML: .*"),
                broken.printed());
    }

    @Test
    void kindsListsEveryKindWithItsSchemaAndAnExample() {
        Cli run = alke("kinds");

        assertEquals(0, run.exit(), run.printed());
        List<String> lines = run.out().lines().toList();
        assertEquals(1 + KINDS.size(), lines.size(), run.printed());
        for (int i = 0; i < KINDS.size(); i++) {
            String[] columns = lines.get(i + 1).split(" +");
            assertEquals(KINDS.get(i), columns[0]);
            assertEquals(InputReader.SCHEMA_FOLDER + KINDS.get(i) + ".schema.json", columns[1]);
            assertNotNull(getClass().getClassLoader().getResource(columns[1]), columns[1]);
            assertNotNull(getClass().getClassLoader().getResource(columns[2]), columns[2]);
            String stem = columns[2].substring(Samples.FOLDER.length(), columns[2].length() - ".yaml".length());
            assertEquals(KINDS.get(i), Samples.input(stem).kind());
        }
    }

    @Test
    void templatesExportCopiesTheStockFilesAndKeepsAnAuthorsChanges() throws IOException {
        Path kit = dir.resolve("kit");

        Cli run = alke("templates", "export", kit);

        assertEquals(0, run.exit(), run.printed());
        for (String name : List.of("decision.ftlx", "lib/alke.ftlx", "messages_sv.properties", "letterheads/tem.yaml",
                "letterheads/tem.png")) {
            Path file = kit.resolve(name);
            try (InputStream stock = getClass().getClassLoader().getResourceAsStream("fi/alke/templates/" + name)) {
                assertArrayEquals(stock.readAllBytes(), Files.readAllBytes(file), name);
            }
        }
        Files.writeString(kit.resolve("decision.ftlx"), "<#-- an author's change -->");

        Cli again = alke("templates", "export", kit);

        assertEquals(1, again.exit(), again.printed());
        assertTrue(again.err().contains("--force overwrites them"), again.printed());
        assertEquals("<#-- an author's change -->", Files.readString(kit.resolve("decision.ftlx")));

        assertEquals(0, alke("templates", "export", kit, "--force").exit());
        assertTrue(Files.readString(kit.resolve("decision.ftlx")).startsWith("<#"));
        assertTrue(Files.size(kit.resolve("decision.ftlx")) > 100);
    }

    @Test
    void theStockFilesAreListedFromAJarAndFromAFolder() throws IOException {
        List<String> files = List.of("decision.ftlx", "letterheads/tem.yaml", "lib/alke.ftlx");
        Path folder = dir.resolve("classes");
        for (String file : files) {
            write(folder.resolve("fi/alke/templates/" + file), new byte[0]);
        }
        write(folder.resolve("fi/alke/other.txt"), new byte[0]);
        Path jar = dir.resolve("templates.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("fi/", "fi/alke/", "fi/alke/templates/", "fi/alke/templates/decision.ftlx",
                    "fi/alke/templates/letterheads/tem.yaml", "fi/alke/templates/lib/alke.ftlx", "fi/alke/other.txt")) {
                out.putNextEntry(new ZipEntry(name));
                out.closeEntry();
            }
        }

        for (Path root : List.of(folder, jar)) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
                assertEquals(files, fi.alke.documents.api.StockTemplates.names(loader), root.toString());
            }
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("", "render", "validate", "samples", "templates", "templates export", "kinds")) {
            List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add("--help");
            Cli run = alke(args.toArray());
            assertEquals(0, run.exit(), run.printed());
            assertTrue(run.out().startsWith(("Usage: alke " + command).strip() + " "), run.printed());
        }
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysWhy() {
        Cli noCommand = alke();
        assertEquals(2, noCommand.exit(), noCommand.printed());
        assertTrue(noCommand.err().startsWith("alke: Missing required subcommand"), noCommand.printed());

        Cli noOut = alke("render", "x.yaml");
        assertEquals(2, noOut.exit(), noOut.printed());
        assertTrue(noOut.err().startsWith("alke: Missing required option: '--out=DIR'"), noOut.printed());
        assertTrue(noOut.err().contains("See 'alke render --help'."), noOut.printed());

        assertEquals(2, alke("render", "x.yaml", "--out", dir, "--lang", "de").exit());
        assertEquals(2, alke("render", "x.yaml", "--out", dir, "--format", "odt").exit());
        assertEquals(2, alke("render", "x.yaml", "--out", dir, "--templates", dir.resolve("no-such-folder")).exit());
        assertEquals(2, alke("validate").exit());
        assertEquals(2, alke("templates").exit());
        assertEquals(2, alke("rendr", "x.yaml").exit());
    }

    /** The 1-based line of the first line of the file that starts with {@code start}. */
    static int line(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line of " + file + " starts with " + start);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
