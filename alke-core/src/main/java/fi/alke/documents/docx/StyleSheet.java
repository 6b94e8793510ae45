package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.style.PageStyle;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.Color;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * The document's own style definitions, built from the page style. We define every style the
 * renderer uses instead of starting from docx4j's default set, so the result does not depend on
 * docx4j's template and a person editing the file finds a short list of meaningful styles. Styles
 * that Word knows by name (Title, heading 1–3, Body Text, List Paragraph, header, Hyperlink, Strong,
 * Signature) use Word's built-in names and ids, so Word treats them as its own.
 */
final class StyleSheet {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBJECT = "Subject";
    static final String BODY_TEXT = "BodyText";
    static final String LIST = "ListParagraph";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String LABEL = "Label";
    static final String METADATA = "MetadataBlock";
    static final String RECIPIENT = "Recipient";
    static final String HEADER = "Header";
    static final String CONTACT = "Contact";
    static final String SIGNATURE = "Signature";
    static final String FIGURE = "Figure";
    static final String HYPERLINK = "Hyperlink";
    static final String STRONG = "Strong";
    static final String TABLE = "AlkeTable";
    static final String LAYOUT_TABLE = "LayoutTable";
    private static final String TABLE_NORMAL = "TableNormal";

    private final PageStyle page;

    StyleSheet(PageStyle page) {
        this.page = page;
    }

    /**
     * The language as Word stores it, with a region: Word's proofing tools are per region. A bare
     * "fi" or "sv" means Finland, as these are Finnish public-sector documents; other tags pass as given.
     */
    static String wordLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getCountry().isEmpty() && Set.of("fi", "sv").contains(locale.getLanguage())) {
            return locale.getLanguage() + "-FI";
        }
        return languageTag;
    }

    /** The style id of a heading level, 1–3. */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** All styles, with {@code languageTag} (BCP 47, e.g. "fi") as the language of all text. */
    Styles build(String languageTag) {
        Styles styles = FACTORY.createStyles();
        styles.setDocDefaults(defaults(wordLanguage(languageTag)));
        var list = styles.getStyle();
        list.add(normal());
        list.add(paragraphStyle(TITLE, "Title", NORMAL, keepWithNext(null), bold(page.headingSize(0))));
        list.add(paragraphStyle(SUBJECT, "Subject", NORMAL, keepWithNext(null), bold(page.bodySize())));
        for (int level = 1; level <= 3; level++) {
            list.add(headingStyle(level));
        }
        list.add(paragraphStyle(BODY_TEXT, "Body Text", NORMAL, indented(), null));
        list.add(listParagraph());
        list.add(paragraphStyle(LABEL, "Label", NORMAL, tight(), null));
        list.add(paragraphStyle(TABLE_TEXT, "Table Text", NORMAL, tight(), sized(page.tableSize())));
        list.add(paragraphStyle(TABLE_HEADING, "Table Heading", TABLE_TEXT, null, bold(page.tableSize())));
        list.add(paragraphStyle(METADATA, "Metadata Block", NORMAL, metadataLine(), null));
        list.add(paragraphStyle(HEADER, "header", NORMAL, metadataLine(), sized(page.smallSize())));
        list.add(paragraphStyle(RECIPIENT, "Recipient", NORMAL, recipient(), null));
        list.add(paragraphStyle(CONTACT, "Contact", NORMAL, tight(), sized(page.smallSize())));
        list.add(paragraphStyle(SIGNATURE, "Signature", BODY_TEXT, signature(), null));
        list.add(paragraphStyle(FIGURE, "Figure", BODY_TEXT, singleLine(), null));
        list.add(characterStyle(HYPERLINK, "Hyperlink", link()));
        list.add(characterStyle(STRONG, "Strong", bold(null)));
        list.add(tableNormal());
        list.add(tableStyle(TABLE, "ALKE Table", borders(), page.cellPadding()));
        list.add(tableStyle(LAYOUT_TABLE, "Layout Table", null, 0));
        return styles;
    }

    /** Font, size and language for every run; Normal adds the paragraph rhythm. */
    private DocDefaults defaults(String wordLanguage) {
        CTLanguage language = FACTORY.createCTLanguage();
        language.setVal(wordLanguage);
        RPr rPr = sized(page.bodySize());
        rPr.setRFonts(Wml.fonts(page.fontName()));
        rPr.setLang(language);
        DocDefaults.RPrDefault rPrDefault = FACTORY.createDocDefaultsRPrDefault();
        rPrDefault.setRPr(rPr);
        DocDefaults defaults = FACTORY.createDocDefaults();
        defaults.setRPrDefault(rPrDefault);
        defaults.setPPrDefault(FACTORY.createDocDefaultsPPrDefault());
        return defaults;
    }

    private Style normal() {
        PPrBase.Spacing spacing = Wml.lineSpacing(page.lineSpacing());
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(Units.pointTwips(page.paragraphSpacing()));
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(spacing);
        pPr.setWidowControl(on());
        Style style = paragraphStyle(NORMAL, "Normal", null, pPr, null);
        style.setDefault(true);
        return style;
    }

    private Style headingStyle(int level) {
        PPr pPr = keepWithNext(FACTORY.createPPr());
        pPr.setKeepLines(on());
        pPr.setSpacing(Wml.spacing(Units.pointTwips(page.paragraphSpacing()), null));
        PPrBase.OutlineLvl outline = FACTORY.createPPrBaseOutlineLvl();
        outline.setVal(BigInteger.valueOf(level - 1L));
        pPr.setOutlineLvl(outline);
        RPr rPr = bold(page.headingSize(level));
        if (level == 3) {
            rPr.setI(on());
        }
        Style style = paragraphStyle(heading(level), "heading " + level, NORMAL, pPr, rPr);
        Style.Next next = FACTORY.createStyleNext();
        next.setVal(BODY_TEXT);
        style.setNext(next);
        return style;
    }

    /** List items sit together; numbering supplies their indents, the style the fallback. */
    private Style listParagraph() {
        PPr pPr = indented();
        pPr.setContextualSpacing(on());
        return paragraphStyle(LIST, "List Paragraph", NORMAL, pPr, null);
    }

    private PPr indented() {
        PPr pPr = FACTORY.createPPr();
        pPr.setInd(Wml.indent(Units.twips(page.bodyIndent()), 0));
        return pPr;
    }

    /**
     * Lines set without paragraph spacing: table cells, the contact block, and the label of a labelled
     * block, which stands alone in the label column of its layout table.
     */
    private static PPr tight() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.spacing(null, BigInteger.ZERO));
        return pPr;
    }

    /** Metadata block lines; the right tab stop puts the page number at the block's right edge. */
    private PPr metadataLine() {
        PPr pPr = tight();
        pPr.setTabs(Wml.tabStop(STTabJc.RIGHT, Units.twips(page.metadataWidth(false))));
        return pPr;
    }

    /** The recipient stands apart from the head above it and the title below. */
    private PPr recipient() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.spacing(Units.pointTwips(page.paragraphSpacing()), null));
        return pPr;
    }

    /** Room above the name for a handwritten signature; name and title stay together. */
    private PPr signature() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.spacing(Units.twipsOf(page.signatureSpace()), null));
        pPr.setKeepLines(on());
        return pPr;
    }

    /** A picture line: "auto" spacing would multiply the picture's height. */
    private static PPr singleLine() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.lineSpacing(1));
        return pPr;
    }

    private static PPr keepWithNext(PPr pPr) {
        PPr result = pPr == null ? FACTORY.createPPr() : pPr;
        result.setKeepNext(on());
        return result;
    }

    /** Bold, at {@code size} points or, when null, at the inherited size. */
    private static RPr bold(Double size) {
        RPr rPr = size == null ? FACTORY.createRPr() : sized(size);
        rPr.setB(on());
        rPr.setBCs(on());
        return rPr;
    }

    private static RPr sized(double size) {
        RPr rPr = FACTORY.createRPr();
        rPr.setSz(Wml.size(size));
        rPr.setSzCs(Wml.size(size));
        return rPr;
    }

    private RPr link() {
        Color colour = FACTORY.createColor();
        colour.setVal(page.linkColour());
        U underline = FACTORY.createU();
        underline.setVal(UnderlineEnumeration.SINGLE);
        RPr rPr = FACTORY.createRPr();
        rPr.setColor(colour);
        rPr.setU(underline);
        return rPr;
    }

    private TblBorders borders() {
        TblBorders borders = FACTORY.createTblBorders();
        borders.setTop(border());
        borders.setLeft(border());
        borders.setBottom(border());
        borders.setRight(border());
        borders.setInsideH(border());
        borders.setInsideV(border());
        return borders;
    }

    private CTBorder border() {
        CTBorder border = FACTORY.createCTBorder();
        border.setVal(STBorder.SINGLE);
        border.setSz(Units.eighthPoints(page.borderWidth()));
        border.setSpace(BigInteger.ZERO);
        border.setColor("auto");
        return border;
    }

    /** The default table style: no borders, the page style's cell padding. */
    private Style tableNormal() {
        Style style = tableStyle(TABLE_NORMAL, "Normal Table", null, page.cellPadding());
        style.setBasedOn(null);
        style.setDefault(true);
        return style;
    }

    private static Style tableStyle(String id, String name, TblBorders borders, double horizontalPadding) {
        CTTblCellMar margins = FACTORY.createCTTblCellMar();
        margins.setTop(Wml.width(0));
        margins.setBottom(Wml.width(0));
        margins.setLeft(Wml.width(Units.twips(horizontalPadding)));
        margins.setRight(Wml.width(Units.twips(horizontalPadding)));
        CTTblPrBase tblPr = FACTORY.createCTTblPrBase();
        tblPr.setTblInd(Wml.width(0));
        tblPr.setTblBorders(borders);
        tblPr.setTblCellMar(margins);
        Style style = style("table", id, name, TABLE_NORMAL);
        style.setTblPr(tblPr);
        return style;
    }

    private static Style paragraphStyle(String id, String name, String basedOn, PPr pPr, RPr rPr) {
        Style style = style("paragraph", id, name, basedOn);
        style.setQFormat(on());
        style.setPPr(pPr);
        style.setRPr(rPr);
        return style;
    }

    private static Style characterStyle(String id, String name, RPr rPr) {
        Style style = style("character", id, name, null);
        style.setRPr(rPr);
        return style;
    }

    private static Style style(String type, String id, String name, String basedOn) {
        Style style = FACTORY.createStyle();
        style.setType(type);
        style.setStyleId(id);
        Style.Name styleName = FACTORY.createStyleName();
        styleName.setVal(name);
        style.setName(styleName);
        if (basedOn != null) {
            Style.BasedOn base = FACTORY.createStyleBasedOn();
            base.setVal(basedOn);
            style.setBasedOn(base);
        }
        return style;
    }
}
