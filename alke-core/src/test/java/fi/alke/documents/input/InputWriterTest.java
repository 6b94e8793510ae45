package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Meta;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link InputWriter} writes, {@link InputReader} reads back to an equal record. */
class InputWriterTest {
    private static final InputReader READER = new InputReader();
    private static final InputWriter WRITER = new InputWriter();

    /** The model's examples of this module and the samples of alke-samples (run from the module's folder). */
    static Stream<Path> examples() throws IOException {
        Path model = Path.of("src/test/resources/fi/alke/documents/model");
        Path samples = Path.of("../alke-samples/src/main/resources/samples");
        List<Path> files;
        try (Stream<Path> a = Files.list(model); Stream<Path> b = Files.list(samples)) {
            // documents only: an organisations file beside them is what a document names, not a document
            files = Stream.concat(a, b).filter(file -> file.toString().endsWith(".yaml") && !organisations(file))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 6 + 8, "the examples are found: " + files);
        return files.stream();
    }

    private static boolean organisations(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("organisations:"))
                    && Files.readAllLines(file).stream().noneMatch(line -> line.startsWith("kind:"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleReadsBackEqual(Path file) throws Exception {
        AlkeDocument original = READER.read(file);
        String written = WRITER.write(original);
        // read as if it stood where the original does, so that the files it names are found
        AlkeDocument again = READER.read(file.toString(), written);
        assertEquals(original, again, written);
        assertTrue(written.startsWith("kind: " + original.kind() + "\n"), written);
        assertFalse(written.contains(": null") || written.contains(": []") || written.contains(": {}"), written);
        // writing what was read back gives the same text: nothing drifts from one round trip to the next
        assertEquals(written, WRITER.write(again));
    }

    @Test
    void datesAreIsoStringsAndCodesAreWrittenAsInputFilesWriteThem() throws Exception {
        String written = WRITER.write(followUp("Seuranta"));
        assertTrue(written.contains("date: 2024-03-22\n") || written.contains("date: \"2024-03-22\"\n"), written);
        assertTrue(written.contains("\"12\""), "a region code stays a string: " + written);
        assertTrue(written.contains("- TEM"), written);
        assertTrue(written.contains("state: in-progress"), written);
        assertFalse(written.contains("closing"), "an empty closing is left out: " + written);
        assertFalse(written.contains("note"), "a missing note is left out: " + written);
    }

    /** Text that YAML would read as something else unless quoted, and text over several lines. */
    @Test
    void awkwardTextReadsBackUnchanged() throws Exception {
        for (String title : List.of("13", "yes", "null", "true", "~", "1e3", "0x1F", ".inf", " leading space",
                "trailing space ", "a: b", "# not a comment", "- not a list", "[not, a, list]", "{x}", "'quoted'",
                "\"double\"", "@at", "`tick", "%percent", "!tag", "&anchor", "*alias", "|", ">", "2024-03-22",
                "Rivi yksi\nRivi kaksi", "loppuu rivinvaihtoon\n", "kaksi\n\n", "\ttabulaattori", "ä – ö € ☃")) {
            FollowUp document = followUp(title);
            String written = WRITER.write(document);
            assertEquals(document, READER.read("awkward.yaml", written), title + ":\n" + written);
        }
    }

    /**
     * A follow-up whose actions come from an action table is written with the table's name and without the
     * actions, so that the written file still refers to the table; beside the table it reads back equal.
     */
    @Test
    void aFollowUpOfAnActionTableIsWrittenWithItsTableAndWithoutItsActions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("toimenpiteet.yaml"), """
                kind: action-table
                meta:
                  title: Toimenpiteet
                  date: 2024-04-30
                sender: tem
                organisations:
                  - code: ely-keski-suomi
                    name: {fi: Keski-Suomen ELY-keskus}
                    side: state
                ongoing:
                  - id: K1
                    description: Teollisuuden sähköistymisen tiekartta
                    ministries: [TEM]
                    responsible: [ely-keski-suomi, all-regions]
                """);
        Path input = dir.resolve("seuranta.yaml");
        Files.writeString(input, """
                kind: follow-up
                meta:
                  title: Seuranta
                  date: 2024-05-02
                sender: tem
                actionTable: toimenpiteet.yaml
                organisations:
                  - code: jyu
                    name: {fi: Jyväskylän yliopisto, sv: Jyväskylä universitet}
                    side: regions
                rounds:
                  - name: syksy 2024
                    date: 2024-10-15
                progress:
                  - actionId: K1
                    round: syksy 2024
                    state: done
                """);
        FollowUp original = (FollowUp) READER.read(input);
        assertEquals("toimenpiteet.yaml", original.actionTable());
        assertEquals(List.of("TEM", "ely-keski-suomi", "all-regions"),
                original.actions().get(0).parties().stream().map(Party::code).toList());

        String written = WRITER.write(original);
        assertTrue(written.contains("\nactionTable: toimenpiteet.yaml\n"), written);
        assertFalse(written.contains("actions:") || written.contains("K1:") || written.contains("tiekartta"),
                "the actions are the table's: " + written);
        assertTrue(written.contains("code: jyu"), "the follow-up's own organisations are written: " + written);
        Path again = dir.resolve("seuranta-2.yaml");
        Files.writeString(again, written);
        assertEquals(original, READER.read(again));
        assertEquals(written, WRITER.write(READER.read(again)));
        // a follow-up listing its actions still writes them
        assertTrue(WRITER.write(FollowUpBuilder.builder(original).actionTable(null).build()).contains("\nactions:\n"));
    }

    @Test
    void writesToAWriter() throws Exception {
        FollowUp document = followUp("Seuranta");
        StringWriter out = new StringWriter();
        WRITER.write(document, out);
        assertEquals(WRITER.write(document), out.toString());
    }

    private static FollowUp followUp(String title) {
        return FollowUp.builder()
                .meta(Meta.builder().title(title).date(LocalDate.of(2024, 3, 22)).build())
                .sender("tem")
                .rounds(List.of(new Round(title.isBlank() ? "kierros" : title, LocalDate.of(2024, 3, 8))))
                .actions(List.of(Action.builder().id("K1").description(Markdown.of("Kuvaus, jossa *korostus*."))
                        .ministries(List.of(Ministry.TEM)).regions(List.of(Region.POHJOIS_KARJALA)).build()))
                .progress(List.of(new Progress("K1", title.isBlank() ? "kierros" : title, Status.IN_PROGRESS,
                        Status.DONE, null)))
                .build();
    }
}
