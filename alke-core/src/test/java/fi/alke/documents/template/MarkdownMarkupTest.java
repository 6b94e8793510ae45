package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownMarkupTest {

    @Test
    void paragraphsEmphasisLinksAndLineBreaks() {
        assertEquals("<p>Kukin maakunta voi osallistua <b>vain yhteen</b> keskusteluun, <i>katso</i> "
                        + "<a href=\"https://tem.fi/alke\">ALKE</a>.</p><p>Toinen<br/>rivi</p>",
                MarkdownMarkup.toMarkup("Kukin maakunta voi osallistua **vain yhteen**\nkeskusteluun, *katso* "
                        + "[ALKE](https://tem.fi/alke).\n\nToinen  \nrivi", 1));
    }

    @Test
    void nestedListsKeepTheirShape() {
        assertEquals("<ul><li>yksi<ol><li>a</li><li>b</li></ol></li><li>kaksi</li></ul>",
                MarkdownMarkup.toMarkup("- yksi\n  1. a\n  2. b\n- kaksi\n", 1));
    }

    @Test
    void nestedBulletAndNumberedListsKeepEmphasisAndLinks() {
        assertEquals("<ol><li><b>Ensin</b> <a href=\"https://a.fi\">linkki</a>"
                        + "<ul><li><i>alakohta</i> ja <i><b>molemmat</b></i>"
                        + "<ol><li>syvin <a href=\"https://b.fi\"><b>lihava linkki</b></a></li></ol></li>"
                        + "<li>toinen</li></ul></li><li>Sitten</li></ol>",
                MarkdownMarkup.toMarkup("1. **Ensin** [linkki](https://a.fi)\n"
                        + "   - *alakohta* ja ***molemmat***\n"
                        + "     1. syvin [**lihava linkki**](https://b.fi)\n"
                        + "   - toinen\n"
                        + "2. Sitten\n", 0));
    }

    @Test
    void markupCharactersAndHtmlStayText() {
        assertEquals("<p>A &amp; B &lt;b&gt;ei lihava&lt;/b&gt; &quot;x&quot;</p>",
                MarkdownMarkup.toMarkup("A & B <b>ei lihava</b> \"x\"", 1));
    }

    /** A Markdown heading of level k under a heading of {@code level} is h(level + k); past h3, bold text. */
    @ParameterizedTest(name = "level {0}, \"{1}\" → {2}")
    @CsvSource({
            "0, #,   <h1>Tausta <i>ja</i> tavoite</h1>",
            "0, ##,  <h2>Tausta <i>ja</i> tavoite</h2>",
            "0, ###, <h3>Tausta <i>ja</i> tavoite</h3>",
            "1, #,   <h2>Tausta <i>ja</i> tavoite</h2>",
            "1, ##,  <h3>Tausta <i>ja</i> tavoite</h3>",
            "1, ###, <p><b>Tausta <i>ja</i> tavoite</b></p>",
            "2, #,   <h3>Tausta <i>ja</i> tavoite</h3>",
            "2, ##,  <p><b>Tausta <i>ja</i> tavoite</b></p>",
            "2, ###, <p><b>Tausta <i>ja</i> tavoite</b></p>",
            "3, #,   <p><b>Tausta <i>ja</i> tavoite</b></p>",
            "3, ##,  <p><b>Tausta <i>ja</i> tavoite</b></p>",
            "3, ###, <p><b>Tausta <i>ja</i> tavoite</b></p>",
    })
    void headingsContinueFromTheLevelTheTextSitsUnder(int level, String marks, String heading) {
        assertEquals(heading + "<p>Teksti.</p>",
                MarkdownMarkup.toMarkup(marks + " Tausta *ja* tavoite\n\nTeksti.", level));
    }

    @Test
    void underlinedHeadingsCountLikeHashes() {
        assertEquals("<h2>Tausta</h2><h3>Tarve</h3>", MarkdownMarkup.toMarkup("Tausta\n===\n\nTarve\n---\n", 1));
    }

    @Test
    void aHeadingInAListItemIsBoldText() {
        // At level 0 a top-level "#" would be h1: in an item it must not be, a <li> holds no heading.
        assertEquals("<ul><li><b>Otsikko</b><p>teksti</p></li><li>kohta<p><b>Myöhempi</b></p></li></ul>",
                MarkdownMarkup.toMarkup("- # Otsikko\n  teksti\n- kohta\n\n  ## Myöhempi\n", 0));
        assertEquals("<ol><li>yksi<ul><li><b>Syvällä</b></li></ul></li></ol>",
                MarkdownMarkup.toMarkup("1. yksi\n   - ### Syvällä\n", 0));
        assertEquals("<ul><li><p><b>Lainattu</b></p></li></ul>",
                MarkdownMarkup.toMarkup("- > # Lainattu\n", 0), "a block quote in an item is still in the item");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void levelsOutsideTheThreeHeadingLevelsAreRefused(int level) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkdownMarkup.toMarkup("# x", level));
        assertEquals("heading level must be 0–3, was " + level, e.getMessage());
    }

    @Test
    void theResultIsValidMarkup() throws Exception {
        String body = MarkdownMarkup.toMarkup("Alku **lihava**.\n\n- kohta [linkki](https://a.fi)\n  - sisempi\n\n"
                + "1. eka\n2. toka\n\n```\nkoodi <x>\n```\n", 1);
        Document document = parse(false, body);
        assertEquals(4, document.body().size());
        Paragraph first = assertInstanceOf(Paragraph.class, document.body().get(0));
        assertEquals(new Inline.Text("lihava", true, false, false), first.content().get(1));
        ListBlock bullets = assertInstanceOf(ListBlock.class, document.body().get(1));
        assertInstanceOf(ListBlock.class, bullets.items().get(0).blocks().get(1));
        assertEquals(true, ((ListBlock) document.body().get(2)).ordered());
    }

    @Test
    void aBodyWithHeadingsParsesIntoNumberedHeadings() throws Exception {
        String field = MarkdownMarkup.toMarkup("# Tausta\n\nTeksti.\n\n## Tarve\n\n- # Ei otsikko\n\n#### Syvä\n", 1);
        Document document = parse(true, "<h1>Päätös</h1>" + field + "<h1>Perustelut</h1>"
                + MarkdownMarkup.toMarkup("# Selostus", 1));
        List<Block> body = document.body();
        assertEquals(8, body.size());
        assertHeading(body.get(0), 1, "1", "Päätös");
        assertHeading(body.get(1), 2, "1.1", "Tausta");
        assertInstanceOf(Paragraph.class, body.get(2));
        assertHeading(body.get(3), 3, "1.1.1", "Tarve");
        ListBlock list = assertInstanceOf(ListBlock.class, body.get(4));
        Paragraph item = assertInstanceOf(Paragraph.class, list.items().get(0).blocks().get(0));
        assertEquals(List.of(new Inline.Text("Ei otsikko", true, false, false)), item.content());
        assertEquals(List.of(new Inline.Text("Syvä", true, false, false)),
                assertInstanceOf(Paragraph.class, body.get(5)).content());
        assertHeading(body.get(6), 1, "2", "Perustelut");
        assertHeading(body.get(7), 2, "2.1", "Selostus");
    }

    private static void assertHeading(Block block, int level, String number, String text) {
        Heading heading = assertInstanceOf(Heading.class, block);
        assertEquals(level, heading.level());
        assertEquals(number, heading.number());
        assertEquals(List.of(new Inline.Text(text, false, false, false)), heading.content());
    }

    /** A real parse: the markup parser checks the body against alke-markup.xsd before reading it. */
    private static Document parse(boolean numberedHeadings, String body) throws MarkupException {
        String markup = """
                <document lang="fi" numbered-headings="%s">
                  <meta><type>T</type><date value="2026-01-01">1.1.2026</date><title>T</title><author>A</author></meta>
                  <letterhead><name>Org</name></letterhead>
                  <body>%s</body>
                </document>""".formatted(numberedHeadings, body);
        return Fixtures.parser().parse("markdown.xml", markup);
    }
}
