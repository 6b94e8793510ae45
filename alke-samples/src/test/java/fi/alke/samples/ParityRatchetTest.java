package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the parity check counts differing lines and judges them against its baseline, without LibreOffice. */
class ParityRatchetTest {
    @Test
    void aLineMovedToTheNextPageDiffersOnceOnEachPageAndTheLinesAfterItStillMatch() {
        Parity parity = Parity.of("moved", List.of(List.of("a", "b", "c"), List.of("d", "e")),
                List.of(List.of("a", "b"), List.of("c", "d", "e")));
        assertEquals(6, parity.lines());
        assertEquals(2, parity.differing());
        assertEquals(List.of("page 1, PDF: “c” | DOCX: (no line)", "page 2, PDF: (no line) | DOCX: “c”"),
                parity.differences());
    }

    @Test
    void aLineBrokenAtAnotherWordDiffersAndAPageOnlyOneLayoutHasCountsAllItsLines() {
        Parity parity = Parity.of("broken", List.of(List.of("one two", "three")),
                List.of(List.of("one", "two three"), List.of("four", "five")));
        assertEquals(1, parity.ourPages());
        assertEquals(2, parity.theirPages());
        assertEquals(4, parity.lines());
        assertEquals(4, parity.differing());
        assertEquals("page 1, PDF: “one two” | DOCX: “one”", parity.differences().get(0));
    }

    @Test
    void onlyTheAcceptedDifferencesPassAndEachMustStillOccur() {
        String list = """
                # comment
                [same] LibreOffice's glyph grid
                page 1, PDF: “a” | DOCX: “b”

                [fixed] twips
                page 2, PDF: “c” | DOCX: (no line)
                [gone] not in the corpus
                page 1, PDF: “x” | DOCX: “y”
                """;
        java.util.Map<String, ParityTest.Accepted> accepted = ParityTest.Accepted.read(list);
        assertEquals(List.of("page 1, PDF: “a” | DOCX: “b”"), accepted.get("same").lines());
        assertEquals("twips", accepted.get("fixed").reason());
        List<Parity> results = List.of(new Parity("same", 2, 2, 10, 1, List.of("page 1, PDF: “a” | DOCX: “b”")),
                new Parity("fixed", 2, 2, 10, 0, List.of()),
                new Parity("new", 1, 1, 5, 1, List.of("page 1, PDF: “p” | DOCX: “q”")),
                new Parity("paged", 3, 2, 10, 0, List.of()));
        List<String> problems = ParityTest.problems(results, accepted);
        assertEquals(List.of("fixed: 1 accepted lines no longer differ; remove them: page 2, PDF: “c” | DOCX: (no line)",
                "new: 1 lines differ that the list does not accept: page 1, PDF: “p” | DOCX: “q”",
                "paged: 3 pages in the PDF, 2 in LibreOffice's layout of the DOCX",
                "gone: in the list but not in the corpus; remove it"), problems);
        String written = ParityTest.Accepted.write(results, accepted, "LibreOffice 7");
        assertEquals(accepted.get("same"), ParityTest.Accepted.read(written).get("same"), written);
        assertTrue(written.contains("[new] (why do they differ?)\npage 1, PDF: “p” | DOCX: “q”"), written);
    }
}
