package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markup declared XML 1.1 may hold control characters as references ({@code &#x1;}), which the schema
 * check accepts; the tree refuses them (DOCX and PDF are XML 1.0). That ended in an
 * IllegalStateException from the StAX reader ("getLocalName() cannot be called for CHARACTERS event"),
 * not the library's error (found by the fuzz suite, issue 14): now each is a MarkupException at its line
 * and column.
 */
class Xml11Test {
    private static final String HEAD = """
            <?xml version="1.1" encoding="UTF-8"?>
            <document lang="fi">
              <meta><type>Ohje</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
              <letterhead><name>Org</name></letterhead>
              <body>
            """;
    private static final String TAIL = """
              </body>
            </document>
            """;

    private static List<String> problems(String body) {
        MarkupException e = assertThrows(MarkupException.class,
                () -> Fixtures.parser().parse("xml11.xml", HEAD + body + TAIL));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aControlCharacterInAParagraphIsRefusedWhereItStands() {
        assertEquals(List.of("xml11.xml:7:16: the character U+0001 is not allowed: it is a control character that "
                + "XML 1.1 allows (as &#x1;) but XML 1.0, which DOCX and PDF are written in, does not; remove it"),
                problems("<p>first</p>\n<p>one<br/>two &#x1; three</p>\n"));
    }

    @Test
    void aControlCharacterInAListItemAfterOtherText() {
        assertEquals(List.of("xml11.xml:7:1: the character U+001F is not allowed: it is a control character that "
                + "XML 1.1 allows (as &#x1F;) but XML 1.0, which DOCX and PDF are written in, does not; remove it"),
                problems("<ul><li>one\n&#x1F;</li></ul>\n"));
    }

    @Test
    void aControlCharacterInAnAttribute() {
        // (U+007F, DEL, XML 1.0 allows)
        List<String> problems = problems("<labelled label=\"Liit&#x8;teet\"><p>x</p></labelled>\n");
        assertEquals(1, problems.size());
        assertEquals("xml11.xml:6:", problems.get(0).substring(0, 12), problems.get(0));
        assertEquals(true, problems.get(0).contains("U+0008 in the attribute label of <labelled>"), problems.get(0));
    }

    @Test
    void aControlCharacterInTheRecipient() {
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("xml11.xml",
                HEAD.replace("  <body>\n", "  <recipient><line>Jakelu&#x2;</line></recipient>\n  <body>\n")
                        + "<p>x</p>" + TAIL));
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void xml11WithoutControlCharactersReads() throws MarkupException {
        Fixtures.parser().parse("xml11.xml", HEAD + "<p>one\u0085two</p>" + TAIL);
    }
}
