package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.Limits;
import fi.alke.documents.model.Decision;
import fi.alke.documents.model.ActionTable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input larger than {@link Limits#inputSize()} is refused at the line where the limit falls (issue 14 §4), in
 * YAML and JSON alike and for the files an input names; a file is read no further than the limit allows, so a
 * device that never ends is refused as quickly as a large file.
 */
class InputSizeTest {
    /** Ten lines of ten characters (a comment and its line end), then a decision. */
    private static String padded() throws Exception {
        try (InputStream in = InputSizeTest.class.getResourceAsStream("/fi/alke/documents/input/decision-2026.yaml")) {
            return "#23456789\n".repeat(10) + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputReader limitedTo(int characters) {
        return new InputReader().withLimits(Limits.DEFAULT.withInputSize(characters));
    }

    private static String tooLarge(int characters) {
        return "the input is larger than the limit of " + String.format(java.util.Locale.ROOT, "%,d", characters)
                + " characters for one file (Limits.inputSize); split it, or raise the limit";
    }

    @Test
    void aLargerInputIsAProblemAtTheLineWhereTheLimitFalls() throws Exception {
        // the 36th character is the 6th of line 4
        InputException e = assertThrows(InputException.class, () -> limitedTo(35).read("x.yaml", padded()));
        assertEquals(List.of("x.yaml:4:6: " + tooLarge(35) + "; the limit is reached here"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() throws Exception {
        String text = padded();
        // each emoji is one character and two UTF-16 units: the text is as long as the limit, in characters
        String emoji = "\uD83D\uDE00".repeat(50);
        String withEmoji = "#" + emoji + "\n" + text;
        int characters = withEmoji.codePointCount(0, withEmoji.length());
        assertInstanceOf(Decision.class, limitedTo(characters).read("x.yaml", withEmoji));
        InputException e = assertThrows(InputException.class, () -> limitedTo(characters - 1).read("x.yaml", withEmoji));
        assertEquals(List.of("x.yaml", tooLarge(characters - 1) + "; the limit is reached here"),
                List.of(e.problems().get(0).source(), e.problems().get(0).message()));
    }

    @Test
    void jsonIsBoundToo() {
        String json = "{\"kind\": \"decision\",\n" + " ".repeat(100) + "\"x\": 1}";
        InputException e = assertThrows(InputException.class, () -> limitedTo(50).read("x.json", json));
        assertEquals(List.of("x.json:2:30: " + tooLarge(50) + "; the limit is reached here"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFileIsReadNoFurtherThanTheLimitAllows() {
        // /dev/zero never ends; read whole it would exhaust the heap
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "a Unix-like system");
        InputException e = assertThrows(InputException.class, () -> limitedTo(1000).read(zero));
        assertEquals(List.of("zero: " + tooLarge(1000) + "; the file has more than 4,000 bytes"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFileTheInputNamesIsBoundToo(@TempDir Path folder) throws Exception {
        for (String name : List.of("toimenpiteet.yaml", "organisations.yaml")) {
            try (InputStream in = InputSizeTest.class.getResourceAsStream("/fi/alke/documents/input/refs/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        Path table = folder.resolve("toimenpiteet.yaml");
        assertInstanceOf(ActionTable.class, new InputReader().read(table));
        // the action table itself is within the limit; the organisations file it names has more than four bytes
        // a character of the limit
        String text = Files.readString(table);
        int characters = text.codePointCount(0, text.length());
        Path organisations = folder.resolve("organisations.yaml");
        Files.writeString(organisations, Files.readString(organisations) + "#" + "x".repeat(4 * characters) + "\n");
        InputException e = assertThrows(InputException.class, () -> limitedTo(characters).read(table));
        assertEquals(List.of("organisations", "cannot read organisations.yaml: " + tooLarge(characters)),
                List.of(e.problems().get(0).field(), e.problems().get(0).message()));
    }
}
