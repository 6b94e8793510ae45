package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.Problem;
import fi.alke.documents.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markup that ends too soon ("&lt;?xml" alone) was refused with "Premature end of file." and no line
 * (found by the fuzz suite's 20,000-try run, issue 14): it is placed at the text's end.
 */
class MarkupEndTest {
    private static Problem problem(String markup) {
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("lyhyt.xml", markup));
        return e.problems().get(0);
    }

    @Test
    void anEndThatComesTooSoonIsAtTheEnd() {
        for (String markup : List.of("<?xml", "<?xml version=\"1.0\"?>\n<docu", "", "\n\n")) {
            Problem problem = problem(markup);
            assertEquals(SchemaCheck.end(markup)[0], problem.line(), problem.toString());
            assertEquals(true, problem.line() >= 1 && problem.column() >= 1, problem.toString());
        }
    }
}
