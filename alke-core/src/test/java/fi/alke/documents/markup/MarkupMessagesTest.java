package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schema errors read in the markup's terms: the element and attribute, what is wrong and what would be
 * right, at the validator's line:column (the end of the offending start tag, or where the content goes wrong); no
 * validator codes.
 */
class MarkupMessagesTest {
    private static final String HEAD = """
            <document lang="fi">
              <meta><type>Ohje</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
              <letterhead><name>Org</name></letterhead>
              <body>
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <img src="letterheads/tem.png" width="2cm"/>            | 5:49: <img> has no alt text: describe the image in alt="…" for those who cannot see it (screen readers read it; PDF/UA and WCAG 1.1.1 require it)
            <img src="letterheads/tem.png" alt=" " width="2cm"/>    | 5:57: <img> has no alt text: describe the image in alt="…" for those who cannot see it (screen readers read it; PDF/UA and WCAG 1.1.1 require it)
            <img src="letterheads/tem.png" alt="a" width="2 cm"/>   | 5:58: <img> width: the value '2 cm' is not a length in centimetres or millimetres, e.g. 4.5cm or 30mm
            <h1 class="big">Otsikko</h1>                              | 5:21: <h1> has no attribute 'class' (the elements and their attributes are listed in docs/templates.md)
            <h4>Otsikko</h4>                                          | 5:9: <h4> cannot stand here; <title>, <subject>, <h1>, <h2>, <h3>, <p>, <ul>, <ol>, <table>, <labelled>, <signatures>, <contact>, <img>, <pagebreak> or <landscape> can
            <labelled label="Liite"><subject>S</subject></labelled>   | 5:38: <subject> cannot stand here; <p>, <ul> or <ol> can
            <ul>teksti<li>a</li></ul>                                 | 5:30: <ul> holds elements only, not text of its own
            <p lang="suomi ja ruotsi">a</p>                           | 5:31: <p> lang: the value 'suomi ja ruotsi' is not a language tag such as fi, sv or sv-FI
            <table from="left"><tbody><tr><td>a</td></tr></tbody></table> | 5:24: <table> from: the value 'left' is not one of 'indent', 'margin'
            <table><tbody><tr><td colspan="0">a</td></tr></tbody></table> | 5:39: <td> colspan: the value '0' is not a whole number from 1 up
            <signatures type="electronic"/>                           | 5:36: <signatures> is incomplete: <statement> or <signer> is missing
            <pagebreak>x</pagebreak>                                  | 5:29: <pagebreak> is empty: it holds neither text nor elements
            """)
    void aSchemaErrorReadsInTheMarkupsTerms(String body, String expected) {
        MarkupException e = assertThrows(MarkupException.class,
                () -> Fixtures.parser().parse("bad.xml", HEAD + "    " + body.strip() + "\n  </body>\n</document>\n"));
        assertEquals(List.of("bad.xml:" + expected), e.problems().stream().map(Object::toString).toList());
    }
}
