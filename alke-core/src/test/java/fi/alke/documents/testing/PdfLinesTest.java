package fi.alke.documents.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines the parity check compares, read from a PDF of ours whose layout the fixture fixes. */
class PdfLinesTest {
    @Test
    void readsEachPageAsItsLinesFromTheTopWithWordsOneSpaceApart() throws Exception {
        List<List<String>> pages = PdfLines.pages(new PdfRenderer(PageStyle.sfs2487())
                .render(Fixtures.document("all-features.xml")));
        assertEquals(5, pages.size());
        List<String> first = pages.get(0);
        // the title comes before the first heading, each a line of its own
        int title = first.indexOf("Kaikki merkintäkielen rakenteet");
        assertTrue(title >= 0 && title < first.indexOf("1 Ensimmäinen luku"), first.toString());
        // a <br/> ends a line; the words of a line are one space apart, whatever the producer wrote
        assertTrue(first.contains("Rivinvaihdon jälkeen."), first.toString());
        assertTrue(pages.stream().flatMap(List::stream).noneMatch(line -> line.contains("  ") || line.isBlank()));
        assertTrue(pages.stream().anyMatch(page -> page.contains("Sivunvaihdon jälkeen.")));
    }
}
