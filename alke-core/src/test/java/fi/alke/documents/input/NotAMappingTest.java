package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file that is empty, or holds a list or a text instead of a mapping, is a problem at a line: it had
 * none (found by the fuzz suite, issue 14, from a sample cut short).
 */
class NotAMappingTest {
    private static final String KINDS = "(decision, agenda, guidance-letter, board-decision-extract, "
            + "theme-description, action-table, follow-up, study-call)";

    private static String problem(String text) {
        InputException e = assertThrows(InputException.class, () -> new InputReader().read("x.yaml", text));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).toString();
    }

    @Test
    void anEmptyFileIsAProblemAtItsStart() {
        for (String empty : List.of("", "\n\n", "# only a comment\n", "---\n")) {
            assertEquals("x.yaml:1:1: the file is empty; a document file is a mapping that starts with kind: " + KINDS,
                    problem(empty), () -> "'" + empty + "'");
        }
    }

    @Test
    void aListOrATextIsAProblemWhereItStands() {
        assertEquals("x.yaml:3:1: a document file is a mapping that starts with kind: " + KINDS,
                problem("# a comment\n\n- kind: decision\n"));
        assertEquals("x.yaml:2:1: a document file is a mapping that starts with kind: " + KINDS,
                problem("\nkind decision\n"));
    }
}
