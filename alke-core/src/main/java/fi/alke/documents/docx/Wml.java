package fi.alke.documents.docx;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Tabs;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Text;

/**
 * Small factories for WordprocessingML elements, so that the writers read as document structure
 * rather than JAXB plumbing. Every call returns new objects: a JAXB tree must not share nodes.
 */
final class Wml {
    /** Stateless, so one instance serves every thread. */
    static final ObjectFactory FACTORY = new ObjectFactory();

    private Wml() {
    }

    static BooleanDefaultTrue on() {
        return FACTORY.createBooleanDefaultTrue();
    }

    /** An empty paragraph with a paragraph style. */
    static P paragraph(String styleId) {
        PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
        style.setVal(styleId);
        PPr pPr = FACTORY.createPPr();
        pPr.setPStyle(style);
        P p = FACTORY.createP();
        p.setPPr(pPr);
        return p;
    }

    /**
     * Whether the paragraph properties hold a paragraph style and nothing else, as {@link #paragraph(String)}
     * makes them: every property WordprocessingML has is looked at (WmlTest checks that none is missed), so
     * that such properties can be shared without losing one that some writer set.
     */
    static boolean styleOnly(PPr p) {
        return p.getPStyle() != null && p.getRPr() == null && p.getSectPr() == null && p.getPPrChange() == null
                && p.getKeepNext() == null && p.getKeepLines() == null && p.getPageBreakBefore() == null
                && p.getFramePr() == null && p.getWidowControl() == null && p.getNumPr() == null
                && p.getSuppressLineNumbers() == null && p.getPBdr() == null && p.getShd() == null
                && p.getTabs() == null && p.getSuppressAutoHyphens() == null && p.getKinsoku() == null
                && p.getWordWrap() == null && p.getOverflowPunct() == null && p.getTopLinePunct() == null
                && p.getAutoSpaceDE() == null && p.getAutoSpaceDN() == null && p.getBidi() == null
                && p.getAdjustRightInd() == null && p.getSnapToGrid() == null && p.getSpacing() == null
                && p.getInd() == null && p.getContextualSpacing() == null && p.getMirrorIndents() == null
                && p.getSuppressOverlap() == null && p.getJc() == null && p.getTextDirection() == null
                && p.getTextAlignment() == null && p.getTextboxTightWrap() == null && p.getOutlineLvl() == null
                && p.getDivId() == null && p.getCnfStyle() == null && p.getCollapsed() == null;
    }

    /** A paragraph with a paragraph style holding one run of plain text. */
    static P paragraph(String styleId, String text) {
        P p = paragraph(styleId);
        p.getContent().add(run(text, null));
        return p;
    }

    /**
     * An empty paragraph exactly {@code points} high. WordprocessingML needs one between two tables
     * (or they merge) and after a table that ends a section (to carry the section's properties).
     */
    static P spacer(double points) {
        PPrBase.Spacing spacing = spacing(BigInteger.ZERO, BigInteger.ZERO);
        spacing.setLine(Units.pointTwips(points));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        P p = paragraph(StyleSheet.NORMAL);
        p.getPPr().setSpacing(spacing);
        return p;
    }

    /** Lines kept in one paragraph, separated by line breaks; {@code lines} must not be empty. */
    static P lines(String styleId, List<String> lines) {
        P p = paragraph(styleId, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            p.getContent().add(lineBreak());
            p.getContent().add(run(line, null));
        }
        return p;
    }

    /** A run of text; {@code rPr} may be null for the paragraph's own formatting. */
    static R run(String text, RPr rPr) {
        Text t = FACTORY.createText();
        t.setValue(text);
        t.setSpace("preserve");
        R r = FACTORY.createR();
        r.setRPr(rPr);
        r.getContent().add(FACTORY.createRT(t));
        return r;
    }

    /**
     * Marks the paragraph's runs, those in its links and its paragraph mark as text in another
     * language than the document's, so that Word's proofing and screen readers switch; {@code null}
     * leaves the paragraph in the document's language.
     */
    static P language(P p, String languageTag) {
        if (languageTag == null) {
            return p;
        }
        String word = StyleSheet.wordLanguage(languageTag);
        for (Object o : p.getContent()) {
            Object content = o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
            if (content instanceof R r) {
                language(r, word);
            } else if (content instanceof P.Hyperlink link) {
                link.getContent().stream().filter(R.class::isInstance).forEach(r -> language((R) r, word));
            }
        }
        if (p.getPPr().getRPr() == null) {
            p.getPPr().setRPr(FACTORY.createParaRPr());
        }
        p.getPPr().getRPr().setLang(lang(word));
        return p;
    }

    private static void language(R r, String word) {
        if (r.getRPr() == null) {
            r.setRPr(FACTORY.createRPr());
        }
        r.getRPr().setLang(lang(word));
    }

    private static CTLanguage lang(String word) {
        CTLanguage lang = FACTORY.createCTLanguage();
        lang.setVal(word);
        return lang;
    }

    /** A run in a character style. */
    static R styledRun(String text, String characterStyleId) {
        return run(text, characterStyle(characterStyleId));
    }

    static RPr characterStyle(String characterStyleId) {
        RStyle style = FACTORY.createRStyle();
        style.setVal(characterStyleId);
        RPr rPr = FACTORY.createRPr();
        rPr.setRStyle(style);
        return rPr;
    }

    static R tab() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRTab(FACTORY.createRTab()));
        return r;
    }

    static R lineBreak() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createBr());
        return r;
    }

    static R pageBreak() {
        Br br = FACTORY.createBr();
        br.setType(STBrType.PAGE);
        R r = FACTORY.createR();
        r.getContent().add(br);
        return r;
    }

    /**
     * A complex field (begin, instruction, separate, cached result, end). Word and LibreOffice
     * recompute PAGE and NUMPAGES when they lay the pages out; readers without layout show the cache.
     */
    static List<R> field(String instruction, String cachedResult) {
        R instr = FACTORY.createR();
        Text text = FACTORY.createText();
        text.setValue(" " + instruction + " ");
        text.setSpace("preserve");
        instr.getContent().add(FACTORY.createRInstrText(text));
        return List.of(fieldChar(STFldCharType.BEGIN), instr, fieldChar(STFldCharType.SEPARATE),
                run(cachedResult, null), fieldChar(STFldCharType.END));
    }

    private static R fieldChar(STFldCharType type) {
        FldChar fldChar = FACTORY.createFldChar();
        fldChar.setFldCharType(type);
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRFldChar(fldChar));
        return r;
    }

    /** Space before and after in twips; null leaves a value to the style hierarchy. */
    static PPrBase.Spacing spacing(BigInteger before, BigInteger after) {
        PPrBase.Spacing spacing = FACTORY.createPPrBaseSpacing();
        spacing.setBefore(before);
        spacing.setAfter(after);
        return spacing;
    }

    /** Line spacing as a multiple of the font's line height ("auto" rule). */
    static PPrBase.Spacing lineSpacing(double multiple) {
        PPrBase.Spacing spacing = FACTORY.createPPrBaseSpacing();
        spacing.setLine(Units.lineMultiple(multiple));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        return spacing;
    }

    /** Left indent and hanging first line, both in twips. */
    static PPrBase.Ind indent(long left, long hanging) {
        PPrBase.Ind ind = FACTORY.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf(left));
        if (hanging != 0) {
            ind.setHanging(BigInteger.valueOf(hanging));
        }
        return ind;
    }

    /** One tab stop at {@code position} twips from the paragraph's left edge. */
    static Tabs tabStop(STTabJc alignment, long position) {
        CTTabStop stop = FACTORY.createCTTabStop();
        stop.setVal(alignment);
        stop.setPos(BigInteger.valueOf(position));
        Tabs tabs = FACTORY.createTabs();
        tabs.getTab().add(stop);
        return tabs;
    }

    /** The same font for all four script slots, so no script falls back to a theme font. */
    static RFonts fonts(String name) {
        RFonts fonts = FACTORY.createRFonts();
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        fonts.setEastAsia(name);
        return fonts;
    }

    static HpsMeasure size(double points) {
        HpsMeasure size = FACTORY.createHpsMeasure();
        size.setVal(Units.halfPoints(points));
        return size;
    }

    /** A width or indent in twips ("dxa"). */
    static TblWidth width(long twips) {
        TblWidth width = FACTORY.createTblWidth();
        width.setW(BigInteger.valueOf(twips));
        width.setType(TblWidth.TYPE_DXA);
        return width;
    }
}
