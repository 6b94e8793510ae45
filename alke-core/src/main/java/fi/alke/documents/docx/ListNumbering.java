package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;

import fi.alke.documents.style.PageStyle;
import java.math.BigInteger;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumFmt;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;

/**
 * The numbering definitions of one document. Bullets and decimal numbers each have one abstract
 * definition for body text (levels indented from the body indent) and one for table cells, data or
 * layout such as a labelled block's content (indented from the cell edge). All bullet lists share one instance, since bullets have no count to restart;
 * every numbered list gets an instance of its own with start overrides, so that each numbered list
 * starts at 1 in Word and LibreOffice alike. There is one level per bullet symbol of the page style
 * ({@link PageStyle#bullets()}); {@link PageStyle#listLevel(int)} puts deeper lists on the last one.
 * Not thread-safe: one per rendering.
 */
final class ListNumbering {
    private static final int BULLETS_BODY = 0;
    private static final int DECIMAL_BODY = 1;
    private static final int BULLETS_CELL = 2;
    private static final int DECIMAL_CELL = 3;

    private final PageStyle page;
    private final Numbering numbering = FACTORY.createNumbering();
    private final int bodyBullets;
    private final int cellBullets;

    ListNumbering(PageStyle page) {
        this.page = page;
        numbering.getAbstractNum().add(abstractNum(BULLETS_BODY, false, false));
        numbering.getAbstractNum().add(abstractNum(DECIMAL_BODY, true, false));
        numbering.getAbstractNum().add(abstractNum(BULLETS_CELL, false, true));
        numbering.getAbstractNum().add(abstractNum(DECIMAL_CELL, true, true));
        bodyBullets = addNum(BULLETS_BODY, false);
        cellBullets = addNum(BULLETS_CELL, false);
    }

    /** The content of the numbering part. */
    Numbering numbering() {
        return numbering;
    }

    /** The numbering instance for a list: shared for bullets, a new one for each numbered list. */
    int numFor(boolean ordered, boolean inCell) {
        if (!ordered) {
            return inCell ? cellBullets : bodyBullets;
        }
        return addNum(inCell ? DECIMAL_CELL : DECIMAL_BODY, true);
    }

    /** Where the text of an item at {@code level} starts, in twips from the margin or cell edge. */
    long textIndent(int level, boolean inCell) {
        return Units.twips(origin(inCell) + page.listText(level));
    }

    /** Where the list's grid starts: the body indent, or the cell's edge. */
    private double origin(boolean inCell) {
        return inCell ? 0 : page.bodyIndent();
    }

    private Numbering.AbstractNum abstractNum(int id, boolean ordered, boolean inCell) {
        Numbering.AbstractNum abstractNum = FACTORY.createNumberingAbstractNum();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < page.bullets().size(); level++) {
            abstractNum.getLvl().add(levelDefinition(level, ordered, inCell));
        }
        return abstractNum;
    }

    /** Each level shows only its own counter ("1." not "1.1."), as HTML lists do. */
    private Lvl levelDefinition(int level, boolean ordered, boolean inCell) {
        Lvl lvl = FACTORY.createLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        Lvl.Start start = FACTORY.createLvlStart();
        start.setVal(BigInteger.ONE);
        lvl.setStart(start);
        NumFmt format = FACTORY.createNumFmt();
        format.setVal(ordered ? NumberFormat.DECIMAL : NumberFormat.BULLET);
        lvl.setNumFmt(format);
        Lvl.LvlText text = FACTORY.createLvlLvlText();
        text.setVal(ordered ? "%" + (level + 1) + "." : page.bullets().get(level));
        lvl.setLvlText(text);
        Jc jc = FACTORY.createJc();
        jc.setVal(JcEnumeration.LEFT);
        lvl.setLvlJc(jc);
        PPr pPr = FACTORY.createPPr();
        // The marker hangs from the text position back to the page style's marker position.
        long textAt = textIndent(level, inCell);
        pPr.setInd(Wml.indent(textAt, textAt - Units.twips(origin(inCell) + page.listMarker(level))));
        lvl.setPPr(pPr);
        return lvl;
    }

    private int addNum(int abstractId, boolean restart) {
        int id = numbering.getNum().size() + 1;
        Numbering.Num num = FACTORY.createNumberingNum();
        num.setNumId(BigInteger.valueOf(id));
        Numbering.Num.AbstractNumId abstractNumId = FACTORY.createNumberingNumAbstractNumId();
        abstractNumId.setVal(BigInteger.valueOf(abstractId));
        num.setAbstractNumId(abstractNumId);
        if (restart) {
            for (int level = 0; level < page.bullets().size(); level++) {
                num.getLvlOverride().add(startOverride(level));
            }
        }
        numbering.getNum().add(num);
        return id;
    }

    private static Numbering.Num.LvlOverride startOverride(int level) {
        Numbering.Num.LvlOverride.StartOverride start = FACTORY.createNumberingNumLvlOverrideStartOverride();
        start.setVal(BigInteger.ONE);
        Numbering.Num.LvlOverride override = FACTORY.createNumberingNumLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.setStartOverride(start);
        return override;
    }

    /** Numbering properties for a paragraph. */
    static PPrBase.NumPr numPr(int numId, int level) {
        PPrBase.NumPr.NumId id = FACTORY.createPPrBaseNumPrNumId();
        id.setVal(BigInteger.valueOf(numId));
        PPrBase.NumPr.Ilvl ilvl = FACTORY.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        PPrBase.NumPr numPr = FACTORY.createPPrBaseNumPr();
        numPr.setNumId(id);
        numPr.setIlvl(ilvl);
        return numPr;
    }
}
