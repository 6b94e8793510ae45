package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.model.Decision;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not UTF-8 is the writer's mistake: an {@link InputException} at the line and column of the
 * first bad byte, not the decoder's {@code MalformedInputException: Input length = 1} (found by the fuzz
 * suite, issue 14). A UTF-8 byte order mark is dropped.
 */
class InputEncodingTest {
    private static final InputReader READER = new InputReader();

    private static byte[] decision() throws Exception {
        try (InputStream in = InputEncodingTest.class.getResourceAsStream("/fi/alke/documents/input/decision-2026.yaml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemAtTheirLineAndColumn(@TempDir Path folder) throws Exception {
        String text = new String(decision(), StandardCharsets.UTF_8);
        // Latin-1 "ä" in "Päätös" on line 3
        Path file = folder.resolve("paatos.yaml");
        Files.write(file, text.replace("Päätös", "P\u00e4\u00e4t\u00f6s").getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> READER.read(file));
        assertEquals(List.of("paatos.yaml:3:11: the file is not UTF-8 text: the byte 0xE4 here is not UTF-8 "
                        + "(was it saved as Latin-1 or Windows-1252?); save it as UTF-8"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void utf16IsNamed(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("paatos.yaml");
        Files.write(file, ("\uFEFF" + new String(decision(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> READER.read(file));
        assertEquals("paatos.yaml:1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
                e.getMessage());
    }

    @Test
    void aByteOrderMarkIsDropped(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("paatos.yaml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(decision());
        Files.write(file, bytes.toByteArray());
        assertInstanceOf(Decision.class, READER.read(file));
    }

    @Test
    void aNamedFileThatIsNotUtf8IsThatFilesProblem(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("toimenpiteet.yaml"), """
                kind: action-table
                meta:
                  title: Toimenpiteet
                  date: 2026-03-27
                sender: tem
                organisations: organisaatiot.yaml
                """);
        Files.write(folder.resolve("organisaatiot.yaml"), "organisations:\n  - code: x\n    name: K\u00e4\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> READER.read(folder.resolve("toimenpiteet.yaml")));
        assertEquals("organisaatiot.yaml:3:12: the file is not UTF-8 text: the byte 0xE4 here is not UTF-8 "
                + "(was it saved as Latin-1 or Windows-1252?); save it as UTF-8", e.getMessage());
    }
}
