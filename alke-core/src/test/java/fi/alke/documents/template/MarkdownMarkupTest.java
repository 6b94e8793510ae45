package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownMarkupTest {

    @Test
    void paragraphsEmphasisLinksAndLineBreaks() {
        assertEquals("<p>Kukin maakunta voi osallistua <b>vain yhteen</b> keskusteluun, <i>katso</i> "
                        + "<a href=\"https://tem.fi/alke\">ALKE</a>.</p><p>Toinen<br/>rivi</p>",
                MarkdownMarkup.toMarkup("Kukin maakunta voi osallistua **vain yhteen**\nkeskusteluun, *katso* "
                        + "[ALKE](https://tem.fi/alke).\n\nToinen  \nrivi"));
    }

    @Test
    void nestedListsKeepTheirShape() {
        assertEquals("<ul><li>yksi<ol><li>a</li><li>b</li></ol></li><li>kaksi</li></ul>",
                MarkdownMarkup.toMarkup("- yksi\n  1. a\n  2. b\n- kaksi\n"));
    }

    @Test
    void markupCharactersAndHtmlStayText() {
        assertEquals("<p>A &amp; B &lt;b&gt;ei lihava&lt;/b&gt; &quot;x&quot;</p>",
                MarkdownMarkup.toMarkup("A & B <b>ei lihava</b> \"x\""));
    }

    @Test
    void headingsBecomeBoldParagraphs() {
        assertEquals("<p><b>Tausta</b></p><p>Teksti.</p>", MarkdownMarkup.toMarkup("# Tausta\n\nTeksti."));
    }

    @Test
    void theResultIsValidMarkup() throws Exception {
        String body = MarkdownMarkup.toMarkup("Alku **lihava**.\n\n- kohta [linkki](https://a.fi)\n  - sisempi\n\n"
                + "1. eka\n2. toka\n\n```\nkoodi <x>\n```\n");
        String markup = """
                <document lang="fi">
                  <meta><type>T</type><date value="2026-01-01">1.1.2026</date><title>T</title><author>A</author></meta>
                  <letterhead><name>Org</name></letterhead>
                  <body>%s</body>
                </document>""".formatted(body);
        Document document = Fixtures.parser().parse("markdown.xml", markup);
        assertEquals(4, document.body().size());
        Paragraph first = assertInstanceOf(Paragraph.class, document.body().get(0));
        assertEquals(new Inline.Text("lihava", true, false, false), first.content().get(1));
        ListBlock bullets = assertInstanceOf(ListBlock.class, document.body().get(1));
        assertInstanceOf(ListBlock.class, bullets.items().get(0).blocks().get(1));
        assertEquals(true, ((ListBlock) document.body().get(2)).ordered());
    }
}
