package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alke render}, run in-process: outputs, failures, --force, --lang, --templates and a batch. */
class RenderCommandTest {
    private static final String DECISION = "samples/seed-000-paatos-2026.yaml";
    /** The broken input of the README (in alke-core's test jar): four problems, each with line and field. */
    private static final String BROKEN = "fi/alke/documents/input/broken-decision.yaml";

    @TempDir
    Path dir;

    @Test
    void rendersAnInputToDocxAndPdf() throws IOException {
        Path input = copy(DECISION, dir.resolve("in/paatos.yaml"));
        Path out = dir.resolve("out");

        Cli run = alke("render", input, "--out", out);

        assertEquals(0, run.exit(), run.printed());
        assertDocx(out.resolve("paatos.docx"));
        assertPdf(out.resolve("paatos.pdf"));
        assertTrue(run.out().contains("wrote " + out.resolve("paatos.pdf")), run.printed());
        assertTrue(run.out().contains("1 of 1 input rendered, 2 files in " + out), run.printed());
        assertEquals("", run.err());
    }

    @Test
    void writesOnlyTheFormatsAsked() throws IOException {
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));
        Path out = dir.resolve("out");

        assertEquals(0, alke("render", input, "--out", out, "--format", "pdf").exit());

        assertPdf(out.resolve("paatos.pdf"));
        assertFalse(Files.exists(out.resolve("paatos.docx")));
    }

    @Test
    void aBrokenInputFailsWithEveryProblemByFileLineAndField() throws IOException {
        Path input = copy(BROKEN, dir.resolve("broken-decision.yaml"));
        Path out = dir.resolve("out");

        Cli run = alke("render", input, "--out", out);

        assertEquals(1, run.exit(), run.printed());
        assertTrue(run.out().contains("failed " + input), run.printed());
        for (String problem : List.of(
                ":4:3: meta.date: '2026-02-30' is not a date: there is no day 30 in 2026-02, which has 28 days",
                ":8:17: regions[1]: no region has the code '03'; the regions are 01 Uusimaa, 02 Varsinais-Suomi",
                ":10:1: colour: unknown field 'colour'; the fields here are kind, meta, sender, decision",
                ":11:1: partners: a list is expected here, found text")) {
            assertTrue(run.err().contains("    " + input + problem), problem + "\n" + run.printed());
        }
        assertFalse(Files.exists(out.resolve("broken-decision.docx")));
        assertFalse(Files.exists(out.resolve("broken-decision.pdf")));
    }

    @Test
    void aMissingInputIsNamedAndTheOthersStillRender() throws IOException {
        Path missing = dir.resolve("no-such-input.yaml");
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));
        Path out = dir.resolve("out");

        Cli run = alke("render", missing, input, "--out", out);

        assertEquals(1, run.exit(), run.printed());
        assertTrue(run.err().contains("no such file or folder: " + missing), run.printed());
        assertPdf(out.resolve("paatos.pdf"));
    }

    @Test
    void anExistingOutputIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));
        Path out = dir.resolve("out");
        Path pdf = out.resolve("paatos.pdf");
        Files.createDirectories(out);
        Files.writeString(pdf, "an earlier version");

        Cli kept = alke("render", input, "--out", out);

        assertEquals(1, kept.exit(), kept.printed());
        assertTrue(kept.err().contains(pdf + " exists; --force overwrites"), kept.printed());
        assertEquals("an earlier version", Files.readString(pdf));
        assertFalse(Files.exists(out.resolve("paatos.docx")), "checked before anything of the input is rendered");

        Cli forced = alke("render", input, "--out", out, "--force");

        assertEquals(0, forced.exit(), forced.printed());
        assertPdf(pdf);
        assertDocx(out.resolve("paatos.docx"));
    }

    @Test
    void aBatchWithOneBrokenWritesTheOthersAndNamesTheBrokenOne() throws IOException {
        Path in = dir.resolve("in");
        for (String stem : Samples.stems()) {
            copy(Samples.FOLDER + stem + ".yaml", in.resolve(stem + ".yaml"));
        }
        for (String named : Samples.NAMED_FILES) {
            copy(Samples.FOLDER + named, in.resolve(named));
        }
        copy(DECISION, in.resolve("paatos-kopio.yaml"));
        Path broken = copy(BROKEN, in.resolve("broken-decision.yml"));
        Files.writeString(in.resolve("notes.txt"), "not an input: a folder stands for its .yaml, .yml and .json files");
        Path out = dir.resolve("out");

        Cli run = alke("render", in, "--out", out);

        assertEquals(1, run.exit(), run.printed());
        List<String> stems = Stream.concat(Samples.stems().stream(), Stream.of("paatos-kopio")).toList();
        assertEquals(Samples.stems().size() + 1, stems.size());
        for (String stem : stems) {
            assertDocx(out.resolve(stem + ".docx"));
            assertPdf(out.resolve(stem + ".pdf"));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2L * stems.size(), files.count(), "a pair for each and nothing else (no temporary files left)");
        }
        assertTrue(run.out().contains(stems.size() + " of " + (stems.size() + 1) + " inputs rendered, "
                + 2 * stems.size() + " files in " + out), run.printed());
        assertTrue(run.err().startsWith("1 failed:" + System.lineSeparator() + "  " + broken + System.lineSeparator()),
                run.printed());
        assertTrue(run.err().contains(broken + ":4:3: meta.date:"), run.printed());
    }

    @Test
    void twoInputsOfOneNameDoNotRaceForTheSameOutputs() throws IOException {
        Path first = copy(DECISION, dir.resolve("a/paatos.yaml"));
        Path second = copy(DECISION, dir.resolve("b/paatos.yaml"));

        Cli run = alke("render", first, second, "--out", dir.resolve("out"));

        assertEquals(1, run.exit(), run.printed());
        assertTrue(run.err().contains("  " + second + System.lineSeparator()
                + "    has the same name as " + first), run.printed());
        assertPdf(dir.resolve("out/paatos.pdf"));
    }

    @Test
    void langRendersTheLabelsInAnotherLanguage() throws IOException {
        Path input = copy(DECISION, dir.resolve("paatos.yaml")); // meta.language: fi
        Path out = dir.resolve("out");

        assertEquals(0, alke("render", input, "--out", out.resolve("fi"), "--format", "pdf").exit());
        assertEquals(0, alke("render", input, "--out", out.resolve("sv"), "--format", "pdf", "--lang", "sv").exit());

        String finnish = text(out.resolve("fi/paatos.pdf"));
        String swedish = text(out.resolve("sv/paatos.pdf"));
        assertTrue(finnish.contains("Selostus") && !finnish.contains("Redogörelse"), finnish);
        assertTrue(swedish.contains("Redogörelse") && !swedish.contains("Selostus"), swedish);
    }

    @Test
    void anAuthorsFolderWinsOverTheStockTemplates() throws IOException {
        Path kit = dir.resolve("kit");
        assertEquals(0, alke("templates", "export", kit).exit());
        Path messages = kit.resolve("messages_fi.properties");
        Files.writeString(messages, Files.readString(messages)
                .replace("decision.explanation=Selostus", "decision.explanation=Perustelut"));
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));
        Path out = dir.resolve("out");

        Cli run = alke("render", input, "--out", out, "--format", "pdf", "--templates", kit);

        assertEquals(0, run.exit(), run.printed());
        String text = text(out.resolve("paatos.pdf"));
        assertTrue(text.contains("Perustelut") && !text.contains("Selostus"), text);
    }

    private static void assertPdf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, file + " has " + bytes.length + " bytes");
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 5), file.toString());
    }

    private static void assertDocx(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, file + " has " + bytes.length + " bytes");
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(bytes, 4), file + " is a ZIP package");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
