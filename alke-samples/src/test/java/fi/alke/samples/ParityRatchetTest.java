package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
    void theBaselineMustBeExactWorseAndBetterBothFail() {
        List<Parity> results = List.of(new Parity("same", 2, 2, 10, 3, List.of()),
                new Parity("worse", 2, 2, 10, 4, List.of("page 1, PDF: “x” | DOCX: “y”")),
                new Parity("better", 2, 2, 10, 1, List.of()),
                new Parity("paged", 3, 2, 10, 0, List.of()),
                new Parity("new", 1, 1, 5, 0, List.of()));
        List<String> problems = ParityTest.problems(results, Map.of("same", new int[] {3, 0},
                "worse", new int[] {3, 0}, "better", new int[] {3, 0}, "paged", new int[] {0, 0},
                "gone", new int[] {0, 0}));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("worse: worse than the baseline (3 lines, pages 0): 4 lines differ")
                && problems.get(0).contains("PDF: “x” | DOCX: “y”"), problems.get(0));
        assertEquals("better: better than the baseline (3 lines, pages 0): lower it to \"better 1 0\"",
                problems.get(1));
        assertTrue(problems.get(2).startsWith("paged: worse than the baseline (0 lines, pages 0)"), problems.get(2));
        assertEquals("new: not in the baseline; add \"new 0 0\"", problems.get(3));
        assertEquals("gone: in the baseline but not in the corpus; remove it", problems.get(4));
    }
}
