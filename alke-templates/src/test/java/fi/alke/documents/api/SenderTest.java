package fi.alke.documents.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.input.InputException;
import fi.alke.documents.model.ProfileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender without a letterhead profile is the input's problem at its {@code sender:} line, found when the
 * file is read: it used to come from rendering as a ProfileException naming the class-path resource
 * {@code fi/alke/templates/letterheads/<name>.yaml}, without a line (found by the fuzz suite, issue 14).
 * An author's own profile is named by its path in the author's folder, not the machine's absolute path.
 */
class SenderTest {
    private static final String DECISION = """
            kind: decision
            meta:
              title: Päätös
              date: 2026-01-15
            sender: %s
            decision: Päätetään.
            themes: [Teema]
            regions: ["10", "11"]
            start: 2026-03-20T09:00
            """;

    @Test
    void aSenderWithoutAProfileIsAProblemAtItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> AlkeDocuments.create().read("paatos.yaml", DECISION.formatted("0000-01-01")));
        assertEquals(List.of("paatos.yaml:5:1: sender: no letterhead profile '0000-01-01'; the profiles are "
                + "regional-council, tem"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aSenderThatCannotNameAProfile() {
        InputException e = assertThrows(InputException.class,
                () -> AlkeDocuments.create().read("paatos.yaml", DECISION.formatted("../messages_fi")));
        assertEquals(List.of("paatos.yaml:5:1: sender: '../messages_fi' is not the name of a letterhead profile: "
                + "letters, digits, '-' and '_' only; the profiles are regional-council, tem"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void anAuthorsProfileIsNamedByItsPathInTheFolder(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("letterheads"));
        Files.writeString(folder.resolve("letterheads/oma.yaml"), "name: [unclosed\n");
        AlkeDocuments alke = AlkeDocuments.builder().authorFolder(folder).build();
        var document = alke.read("paatos.yaml", DECISION.formatted("oma"));
        ProfileException e = assertThrows(ProfileException.class, () -> alke.tree(document));
        assertEquals("letterheads/oma.yaml", e.problems().get(0).source());
        assertEquals(1, e.problems().get(0).line(), e.getMessage());
        assertFalse(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    /**
     * A document built in code has no sender: line, so the problem is the document's field, in its terms: not
     * the class-path resource the name would have reached for (issue 14).
     */
    @Test
    void aDocumentBuiltInCodeWithAPathForItsSender() throws Exception {
        // the plain reader checks no sender: the document is as code would build it
        var document = new fi.alke.documents.input.InputReader().read("paatos.yaml",
                DECISION.formatted("../../../../etc/passwd"));
        ProfileException e = assertThrows(ProfileException.class, () -> AlkeDocuments.create().tree(document));
        assertEquals("document: sender: '../../../../etc/passwd' is not the name of a letterhead profile: letters, "
                + "digits, '-' and '_' only; the profiles are regional-council, tem", e.getMessage());
        var unknown = new fi.alke.documents.input.InputReader().read("paatos.yaml", DECISION.formatted("ely"));
        assertEquals("document: sender: no letterhead profile 'ely'; the profiles are regional-council, tem",
                assertThrows(ProfileException.class, () -> AlkeDocuments.create().tree(unknown)).getMessage());
    }
}
