package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of empty items in a labelled block or a table cell ({@code <labelled><ul><li></li></ul></labelled>})
 * ended in OpenPDF's "The structure has kids", an IOException out of the PDF renderer (found by the fuzz
 * suite's 20,000-try run, issue 14): the cell's element got an empty L and then marked content of its own.
 */
class EmptyListItemsTest {
    @Test
    void listsOfEmptyItemsRenderEverywhere() throws Exception {
        for (String body : List.of("<labelled label=\"Liitteet\"><ul><li></li></ul></labelled>",
                "<labelled label=\"Liitteet\"><p>a</p><ol><li></li><li></li></ol></labelled>",
                "<table><tbody><tr><td><ul><li></li></ul></td><td>b</td></tr></tbody></table>",
                "<ul><li></li></ul>", "<ul><li><ul><li></li></ul></li></ul>")) {
            Document document = Fixtures.parser().parse("empty.xml", """
                    <document lang="fi">
                      <meta><type>Ohje</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
                      <letterhead><name>Org</name></letterhead>
                      <body><p>x</p>%s</body>
                    </document>
                    """.formatted(body));
            byte[] pdf = new PdfRenderer(PageStyle.sfs2487()).render(document);
            assertEquals(List.of(), Fixtures.pdfua1Failures(pdf), body);
            new DocxRenderer(PageStyle.sfs2487()).render(document);
        }
    }
}
