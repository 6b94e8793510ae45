package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document date the schema accepts (xs:date allows any year) but the files cannot store: the year
 * -999999999 ran the DOCX's ZIP time stamp past a long's range, an ArithmeticException out of the
 * renderer (found by the fuzz suite, issue 14). Such a year is the markup's problem at its line.
 */
class MarkupDatesTest {
    private static String markup(String date, String created) {
        return """
                <document lang="fi"%s>
                  <meta><type>Ohje</type>
                    <date value="%s">1.1.2026</date><title>T</title><author>A</author></meta>
                  <letterhead><name>Org</name></letterhead>
                  <body><p>x</p></body>
                </document>
                """.formatted(created == null ? "" : " created=\"" + created + "\"", date);
    }

    private static List<String> problems(String markup) {
        return assertThrows(MarkupException.class, () -> Fixtures.parser().parse("dates.xml", markup))
                .problems().stream().map(Object::toString).toList();
    }

    @Test
    void aYearTheFilesCannotStoreIsRefusedAtTheDate() {
        assertEquals(List.of("dates.xml:3:36: date value -999999999-01-01: the year is outside 1–9999, the years "
                + "that the DOCX and PDF can store"), problems(markup("-999999999-01-01", null)));
        assertEquals(List.of("dates.xml:3:31: date value -0001-12-31: the year is outside 1–9999, the years "
                + "that the DOCX and PDF can store"), problems(markup("-0001-12-31", null)));
    }

    @Test
    void aCreatedInstantTheFilesCannotStoreIsRefused() {
        List<String> problems = problems(markup("2026-01-01", "-9999-01-01T00:00:00Z"));
        assertEquals(1, problems.size());
        assertEquals(true, problems.get(0).startsWith("dates.xml:1:") && problems.get(0).contains("outside 1–9999"),
                problems.get(0));
    }

    @Test
    void theFirstAndLastYearsRender() throws Exception {
        for (String date : List.of("0001-01-01", "9999-12-31")) {
            Document document = Fixtures.parser().parse("dates.xml", markup(date, null));
            new DocxRenderer(PageStyle.sfs2487()).render(document);
        }
    }
}
