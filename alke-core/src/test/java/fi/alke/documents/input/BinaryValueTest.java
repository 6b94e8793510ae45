package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML's {@code !!binary} reads as bytes, on which the schema validator's date format threw a
 * NullPointerException out of the reader (found by the fuzz suite's 20,000-try run, issue 14): it is a
 * problem at its field.
 */
class BinaryValueTest {
    @Test
    void binaryDataIsAProblemAtItsField() throws Exception {
        String text;
        try (InputStream in = BinaryValueTest.class.getResourceAsStream("/fi/alke/documents/input/decision-2026.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        InputException e = assertThrows(InputException.class, () -> new InputReader().read("paatos.yaml",
                text.replace("date: 2026-01-15", "date: !!binary AA==").replace("sender: tem", "sender: !!binary AA==")));
        assertEquals(List.of(
                "paatos.yaml:4:3: meta.date: binary data (!!binary) cannot stand in an input file; write the value as text",
                "paatos.yaml:7:1: sender: binary data (!!binary) cannot stand in an input file; write the value as text"),
                e.problems().stream().map(Object::toString).toList());
    }

    /** 1e309 (infinity) where the schema has an enum (a region's code) threw NumberFormatException. */
    @Test
    void aNumberPastADoubleWhereTheSchemaHasAnEnum() throws Exception {
        String text;
        try (InputStream in = BinaryValueTest.class.getResourceAsStream("/fi/alke/documents/input/decision-2026.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        InputException e = assertThrows(InputException.class, () -> new InputReader().read("paatos.yaml",
                text.replace("regions: [\"10\", \"11\", \"13\", \"05\"]", "regions: [1e309, \"11\", -1e309, \"05\"]")));
        assertEquals(List.of("regions[0]", "regions[2]"),
                e.problems().stream().map(fi.alke.documents.Problem::field).sorted().toList(), e.getMessage());
        e.problems().forEach(p -> assertEquals(true, p.line() > 0, p.toString()));
    }
}
