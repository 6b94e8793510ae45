package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.Table;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.junit.jupiter.api.Test;

class BodyWriterTest {
    private static final PageStyle STYLE = PageStyle.sfs2487();

    /**
     * The tree accepts no image docx4j would refuse, so a main part outside its package stands in for a
     * docx4j failure. The picture sits in a table cell in a landscape section, so the failure passes
     * through the table writer and nested visitors before {@link BodyWriter#body} hands it on checked.
     */
    @Test
    void docx4jFailureDeepInTheBodyComesOutChecked() throws Docx4JException {
        Media media = new Media(new WordprocessingMLPackage(), new MainDocumentPart());
        BodyWriter writer = new BodyWriter(STYLE, new ListNumbering(STYLE), media,
                new Sections(STYLE, "rId1", "rId2", "rId3"));
        Image picture = new Image(new byte[] {1}, Image.Format.PNG, 1, 1, 1, "Kuva");
        Table table = new Table(List.of(1.0), List.of(),
                List.of(new Table.Row(List.of(new Table.Cell(1, 1, List.of(picture))))), false);
        Docx4JException e = assertThrows(Docx4JException.class,
                () -> writer.body(List.of(new Landscape(List.of(table))), new ArrayList<>()));
        assertTrue(e.getMessage().contains("\"Kuva\""), e.getMessage());
    }
}
