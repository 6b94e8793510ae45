package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Landscape;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.Test;

class BodyWriterTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();

    /**
     * The tree accepts no image docx4j would refuse, so a main part outside its package stands in for a
     * docx4j failure. The picture sits in a landscape section, so the failure passes through the nested
     * visitor before {@link BodyWriter#body} hands it on checked.
     */
    @Test
    void docx4jFailureDeepInTheBodyComesOutChecked() throws Docx4JException {
        Media media = new Media(new WordprocessingMLPackage(), new MainDocumentPart());
        BodyWriter writer = new BodyWriter(STYLE, new ListNumbering(STYLE), media,
                new Sections(STYLE, "rId1", "rId2", "rId3"));
        Image picture = new Image(new byte[] {1}, Image.Format.PNG, 1, 1, 1, "Kuva");
        Docx4JException e = assertThrows(Docx4JException.class,
                () -> writer.body(List.of(new Landscape(List.of(picture))), new ArrayList<>()));
        assertTrue(e.getMessage().contains("\"Kuva\""), e.getMessage());
    }

    /** A paragraph that already ends a section keeps its properties; a spacer ends the next one. */
    @Test
    void endingASectionNeverOverwritesAnother() {
        Sections sections = new Sections(STYLE, "rId1", "rId2", "rId3");
        List<Object> body = new ArrayList<>(List.of(Wml.paragraph(StyleSheet.BODY_TEXT, "A")));
        SectPr first = sections.next(true);
        SectPr second = sections.next(true);
        Sections.end(body, first);
        assertTrue(Sections.atSectionStart(body));
        Sections.end(body, second);
        assertEquals(2, body.size());
        assertSame(first, ((P) body.get(0)).getPPr().getSectPr());
        assertSame(second, ((P) body.get(1)).getPPr().getSectPr());
    }
}
