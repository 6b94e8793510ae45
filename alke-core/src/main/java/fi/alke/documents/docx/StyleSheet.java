package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import org.docx4j.wml.BooleanDefaultTrue;
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
 * The document's own style definitions, built from the page style: each paragraph style of a text
 * role ({@link TextRole}) is written from that role's {@link TextStyle}, the one the PDF sets its text
 * with, so the formats cannot drift apart. We define every style the
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
        list.add(roleStyle(TITLE, "Title", NORMAL, TextRole.TITLE, null));
        list.add(roleStyle(SUBJECT, "Subject", NORMAL, TextRole.SUBJECT, null));
        for (int level = 1; level <= 3; level++) {
            list.add(headingStyle(level));
        }
        list.add(roleStyle(BODY_TEXT, "Body Text", NORMAL, TextRole.BODY, null));
        list.add(listParagraph());
        list.add(roleStyle(LABEL, "Label", NORMAL, TextRole.LABEL, null));
        list.add(roleStyle(TABLE_TEXT, "Table Text", NORMAL, TextRole.TABLE_TEXT, null));
        list.add(roleStyle(TABLE_HEADING, "Table Heading", TABLE_TEXT, TextRole.TABLE_HEADING, null));
        list.add(roleStyle(METADATA, "Metadata Block", NORMAL, TextRole.METADATA, metadataTab()));
        list.add(roleStyle(HEADER, "header", NORMAL, TextRole.HEADER, metadataTab()));
        list.add(paragraphStyle(RECIPIENT, "Recipient", NORMAL, recipient(), null));
        list.add(roleStyle(CONTACT, "Contact", NORMAL, TextRole.CONTACT, null));
        list.add(roleStyle(SIGNATURE, "Signature", BODY_TEXT, TextRole.SIGNATURE, null));
        list.add(paragraphStyle(FIGURE, "Figure", BODY_TEXT, singleLine(), null));
        list.add(characterStyle(HYPERLINK, "Hyperlink", link()));
        list.add(characterStyle(STRONG, "Strong", bold()));
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

    /** Normal: the rhythm of body text, at the margin, which every other paragraph style builds on. */
    private Style normal() {
        TextStyle text = inherited(NORMAL);
        PPrBase.Spacing spacing = Wml.lineSpacing(page.lineSpacing());
        spacing.setBefore(Units.pointTwips(text.spaceBefore()));
        spacing.setAfter(Units.pointTwips(text.spaceAfter()));
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(spacing);
        pPr.setWidowControl(text.widowControl() ? on() : null);
        Style style = paragraphStyle(NORMAL, "Normal", null, pPr, null);
        style.setDefault(true);
        return style;
    }

    private Style headingStyle(int level) {
        PPrBase.OutlineLvl outline = FACTORY.createPPrBaseOutlineLvl();
        outline.setVal(BigInteger.valueOf(level - 1L));
        PPr pPr = FACTORY.createPPr();
        pPr.setOutlineLvl(outline);
        Style style = roleStyle(heading(level), "heading " + level, NORMAL, TextRole.heading(level), pPr);
        Style.Next next = FACTORY.createStyleNext();
        next.setVal(BODY_TEXT);
        style.setNext(next);
        return style;
    }

    /** List items sit together; numbering supplies their indents, the style the fallback. */
    private Style listParagraph() {
        PPr pPr = FACTORY.createPPr();
        pPr.setContextualSpacing(on());
        return roleStyle(LIST, "List Paragraph", NORMAL, TextRole.LIST, pPr);
    }

    /**
     * The named style of a text role, written as what differs from the style it is based on, so that
     * a person who changes Normal in Word changes every style that does not say otherwise.
     *
     * @param pPr the style's own paragraph properties beside the role's (outline level, tab stops), or null
     */
    private Style roleStyle(String id, String name, String basedOn, TextRole role, PPr pPr) {
        TextStyle text = page.text(role);
        TextStyle base = inherited(basedOn);
        PPr p = pPr == null ? FACTORY.createPPr() : pPr;
        if (text.atMargin() != base.atMargin()) {
            p.setInd(Wml.indent(text.atMargin() ? 0 : Units.twips(page.bodyIndent()), 0));
        }
        BigInteger before = text.spaceBefore() == base.spaceBefore() ? null : Units.pointTwips(text.spaceBefore());
        BigInteger after = text.spaceAfter() == base.spaceAfter() ? null : Units.pointTwips(text.spaceAfter());
        if (before != null || after != null) {
            p.setSpacing(Wml.spacing(before, after));
        }
        p.setKeepNext(flag(text.keepWithNext(), base.keepWithNext()));
        p.setKeepLines(flag(text.keepLines(), base.keepLines()));
        p.setWidowControl(flag(text.widowControl(), base.widowControl()));
        RPr rPr = FACTORY.createRPr();
        if (text.size() != base.size()) {
            rPr.setSz(Wml.size(text.size()));
            rPr.setSzCs(Wml.size(text.size()));
        }
        rPr.setB(flag(text.bold(), base.bold()));
        rPr.setBCs(flag(text.bold(), base.bold()));
        rPr.setI(flag(text.italic(), base.italic()));
        boolean plainRuns = rPr.getSz() == null && rPr.getB() == null && rPr.getI() == null;
        return paragraphStyle(id, name, basedOn, isEmpty(p) ? null : p, plainRuns ? null : rPr);
    }

    /**
     * The text style a named style inherits: Normal is body text at the margin (the defaults of every
     * paragraph, headers and cells included); the other bases are roles of their own.
     */
    private TextStyle inherited(String styleId) {
        return switch (styleId) {
            case NORMAL -> page.text(TextRole.BODY).toBuilder().atMargin(true).build();
            case BODY_TEXT -> page.text(TextRole.BODY);
            case TABLE_TEXT -> page.text(TextRole.TABLE_TEXT);
            default -> throw new IllegalArgumentException("no text role behind style " + styleId);
        };
    }

    /** A property that is on where {@code value} differs from the inherited one by being on, off where it is off. */
    private static BooleanDefaultTrue flag(boolean value, boolean inherited) {
        if (value == inherited) {
            return null;
        }
        BooleanDefaultTrue flag = on();
        if (!value) {
            flag.setVal(false);
        }
        return flag;
    }

    private static boolean isEmpty(PPr pPr) {
        return pPr.getInd() == null && pPr.getSpacing() == null && pPr.getKeepNext() == null
                && pPr.getKeepLines() == null && pPr.getWidowControl() == null && pPr.getOutlineLvl() == null
                && pPr.getTabs() == null && pPr.getContextualSpacing() == null;
    }

    /** Metadata block lines; the right tab stop puts the page number at the block's right edge. */
    private PPr metadataTab() {
        PPr pPr = FACTORY.createPPr();
        pPr.setTabs(Wml.tabStop(STTabJc.RIGHT, Units.twips(page.metadataWidth(false))));
        return pPr;
    }

    /** The recipient stands apart from the head above it and the title below. */
    private PPr recipient() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.spacing(Units.pointTwips(page.paragraphSpacing()), null));
        return pPr;
    }

    /** A picture line: "auto" spacing would multiply the picture's height. */
    private static PPr singleLine() {
        PPr pPr = FACTORY.createPPr();
        pPr.setSpacing(Wml.lineSpacing(1));
        return pPr;
    }

    /** Bold at the inherited size. */
    private static RPr bold() {
        RPr rPr = FACTORY.createRPr();
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
