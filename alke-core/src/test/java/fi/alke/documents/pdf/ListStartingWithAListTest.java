package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.Texts;
import fi.alke.documents.tree.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list item whose first block is a nested list (Markdown "- - x", "1. 1. x") ended in a
 * NullPointerException inside OpenPDF's structure tree, wrapped as an IOException out of the renderer
 * (found by the fuzz suite, issue 14): the nested list's L had no LBody to stand in.
 */
class ListStartingWithAListTest {
    @Test
    void anItemThatStartsWithANestedListRendersTaggedAndValid() throws Exception {
        Document document = Fixtures.parser().parse("nested.xml", """
                <document lang="fi">
                  <meta><type>Ohje</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
                  <letterhead><name>Org</name></letterhead>
                  <body>
                    <ul><li><ul><li>sisempi</li></ul></li><li>toinen</li></ul>
                    <ol><li><ol><li><ol><li>syvin</li></ol></li></ol>jälkeen</li></ol>
                  </body>
                </document>
                """);
        byte[] pdf = new PdfRenderer(PageStyle.sfs2487()).render(document);
        String text = Texts.pdf(pdf);
        assertTrue(text.contains("sisempi") && text.contains("toinen") && text.contains("syvin")
                && text.contains("jälkeen"), text);
        assertEquals(List.of(), Fixtures.pdfua1Failures(pdf));
    }
}
