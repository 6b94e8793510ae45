package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;

import fi.alke.documents.tree.Image;
import java.util.HashMap;
import java.util.Map;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.R;

/**
 * The parts and relationships the body refers to: embedded pictures and external hyperlinks. Ids
 * count up from 1 in the order the body meets them, so the same document always gets the same ids.
 * Not thread-safe: one per rendering.
 */
final class Media {
    private static final org.docx4j.relationships.ObjectFactory RELATIONSHIPS =
            new org.docx4j.relationships.ObjectFactory();

    private final WordprocessingMLPackage pkg;
    private final MainDocumentPart main;
    private final Map<String, String> hyperlinkIds = new HashMap<>();
    private int pictures;

    Media(WordprocessingMLPackage pkg, MainDocumentPart main) {
        this.pkg = pkg;
        this.main = main;
    }

    /**
     * A run holding the picture inline at {@code widthCm} × {@code heightCm}, with the alt text as its
     * description.
     */
    R picture(Image image, double widthCm, double heightCm) throws Docx4JException {
        int id = ++pictures;
        Inline inline;
        try {
            // Passing the MIME type keeps docx4j from probing the bytes through a temporary file.
            BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(pkg, main, image.data(),
                    image.format() == Image.Format.PNG ? ContentTypes.IMAGE_PNG : ContentTypes.IMAGE_JPEG);
            inline = part.createImageInline("Picture " + id, "", id, id,
                    Units.emu(widthCm), Units.emu(heightCm), false);
        } catch (Docx4JException e) {
            throw e;
        } catch (Exception e) { // docx4j declares plain Exception here
            throw new Docx4JException("cannot embed the picture \"" + image.alt() + "\": " + e.getMessage(), e);
        }
        // Set through JAXB rather than the template docx4j fills in, so the text is escaped properly.
        // Word shows the drawing's description; readers such as POI read the picture's own.
        inline.getDocPr().setDescr(image.alt());
        inline.getGraphic().getGraphicData().getPic().getNvPicPr().getCNvPr().setDescr(image.alt());
        Drawing drawing = FACTORY.createDrawing();
        drawing.getAnchorOrInline().add(inline);
        R run = FACTORY.createR();
        run.getContent().add(FACTORY.createRDrawing(drawing));
        return run;
    }

    /** The relationship id of an external hyperlink; one relationship per distinct address. */
    String hyperlink(String href) {
        String id = hyperlinkIds.get(href);
        if (id == null) {
            Relationship relationship = RELATIONSHIPS.createRelationship();
            relationship.setType(Namespaces.HYPERLINK);
            relationship.setTarget(href);
            relationship.setTargetMode("External");
            main.getRelationshipsPart().addRelationship(relationship); // assigns the next rId
            id = relationship.getId();
            hyperlinkIds.put(href, id);
        }
        return id;
    }
}
