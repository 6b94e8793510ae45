package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.junit.jupiter.api.Test;

/** The picture's inline drawing, built by hand, is the one docx4j fills its XML template in for. */
class MediaTest {
    @Test
    void theInlineBuiltByHandMarshalsAsDocx4jsTemplateDoes() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        byte[] png;
        try (InputStream in = MediaTest.class.getResourceAsStream("/fi/alke/documents/logo.png")) {
            png = in.readAllBytes();
        }
        BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(pkg, pkg.getMainDocumentPart(), png,
                ContentTypes.IMAGE_PNG);
        for (int id : new int[] {1, 7, 12}) {
            Inline template = part.createImageInline("Picture " + id, "", id, id, 1_234_567L + id, 765_432L, false);
            Inline ours = Media.inline("Picture " + id, id, part.getRelLast().getId(), 1_234_567L + id, 765_432L);
            String expected = xml(template);
            assertTrue(expected.contains("r:embed=\"" + part.getRelLast().getId() + "\""), expected);
            assertEquals(expected, xml(ours));
        }
    }

    private static String xml(Inline inline) {
        return XmlUtils.marshaltoString(inline, true, false, Context.jc,
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "inline", Inline.class);
    }
}
