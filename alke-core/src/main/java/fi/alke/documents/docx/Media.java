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
            inline = inline("Picture " + id, id, part.getRelLast().getId(), Units.emu(widthCm), Units.emu(heightCm));
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

    private static final org.docx4j.dml.wordprocessingDrawing.ObjectFactory WP =
            new org.docx4j.dml.wordprocessingDrawing.ObjectFactory();
    private static final org.docx4j.dml.ObjectFactory A = new org.docx4j.dml.ObjectFactory();
    private static final org.docx4j.dml.picture.ObjectFactory PIC = new org.docx4j.dml.picture.ObjectFactory();

    /**
     * The picture's inline drawing, built as docx4j's {@code createImageInline} builds it from its XML template
     * (the same elements and values, checked by {@code MediaTest}), without filling in the template and parsing
     * it: that took a sixth of making the DOCX.
     */
    static Inline inline(String name, int id, String relationship, long cx, long cy) {
        Inline inline = WP.createInline();
        inline.setDistT(0L);
        inline.setDistB(0L);
        inline.setDistL(0L);
        inline.setDistR(0L);
        inline.setExtent(size(cx, cy));
        org.docx4j.dml.wordprocessingDrawing.CTEffectExtent effect = WP.createCTEffectExtent();
        effect.setL(0L);
        effect.setT(0L);
        effect.setR(0L);
        effect.setB(0L);
        inline.setEffectExtent(effect);
        inline.setDocPr(drawingProperties(id, name, ""));
        org.docx4j.dml.CTNonVisualGraphicFrameProperties frame = A.createCTNonVisualGraphicFrameProperties();
        org.docx4j.dml.CTGraphicalObjectFrameLocking locks = A.createCTGraphicalObjectFrameLocking();
        locks.setNoChangeAspect(true);
        frame.setGraphicFrameLocks(locks);
        inline.setCNvGraphicFramePr(frame);

        org.docx4j.dml.picture.Pic pic = PIC.createPic();
        org.docx4j.dml.picture.CTPictureNonVisual nonVisual = PIC.createCTPictureNonVisual();
        nonVisual.setCNvPr(drawingProperties(id, name, null));
        nonVisual.setCNvPicPr(A.createCTNonVisualPictureProperties());
        pic.setNvPicPr(nonVisual);
        org.docx4j.dml.CTBlipFillProperties fill = A.createCTBlipFillProperties();
        org.docx4j.dml.CTBlip blip = A.createCTBlip();
        blip.setEmbed(relationship);
        fill.setBlip(blip);
        org.docx4j.dml.CTStretchInfoProperties stretch = A.createCTStretchInfoProperties();
        stretch.setFillRect(A.createCTRelativeRect());
        fill.setStretch(stretch);
        pic.setBlipFill(fill);
        org.docx4j.dml.CTShapeProperties shape = A.createCTShapeProperties();
        org.docx4j.dml.CTTransform2D transform = A.createCTTransform2D();
        org.docx4j.dml.CTPoint2D origin = A.createCTPoint2D();
        origin.setX(0L);
        origin.setY(0L);
        transform.setOff(origin);
        transform.setExt(size(cx, cy));
        shape.setXfrm(transform);
        org.docx4j.dml.CTPresetGeometry2D geometry = A.createCTPresetGeometry2D();
        geometry.setPrst(org.docx4j.dml.STShapeType.RECT);
        geometry.setAvLst(A.createCTGeomGuideList());
        shape.setPrstGeom(geometry);
        pic.setSpPr(shape);

        org.docx4j.dml.GraphicData data = A.createGraphicData();
        data.setUri("http://schemas.openxmlformats.org/drawingml/2006/picture");
        data.getAny().add(PIC.createPic(pic));
        org.docx4j.dml.Graphic graphic = A.createGraphic();
        graphic.setGraphicData(data);
        inline.setGraphic(graphic);
        return inline;
    }

    private static org.docx4j.dml.CTPositiveSize2D size(long cx, long cy) {
        org.docx4j.dml.CTPositiveSize2D size = A.createCTPositiveSize2D();
        size.setCx(cx);
        size.setCy(cy);
        return size;
    }

    private static org.docx4j.dml.CTNonVisualDrawingProps drawingProperties(int id, String name, String description) {
        org.docx4j.dml.CTNonVisualDrawingProps properties = A.createCTNonVisualDrawingProps();
        properties.setId(id);
        properties.setName(name);
        properties.setDescr(description);
        return properties;
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
