package fi.alke.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text roles of the page style reach both formats: a role changed through the builder changes the
 * DOCX's named style (read back through POI) and the text of the PDF (read back through PDFBox) alike,
 * so that no renderer keeps a typography of its own.
 */
class TypographyTest {
    /** The SFS 2487 style with one value changed in each of several roles. */
    private static final PageStyle CHANGED = PageStyle.sfs2487()
            .withText(TextRole.HEADING_2, s -> s.size(17).italic(true))
            .withText(TextRole.HEADING_3, s -> s.italic(false))
            .withText(TextRole.TABLE_TEXT, s -> s.size(8))
            .withText(TextRole.LABEL, s -> s.bold(true))
            .withText(TextRole.CONTACT, s -> s.size(7))
            .withText(TextRole.BODY, s -> s.size(12));

    private static Document document;
    private static XWPFDocument docx;
    private static Runs pdf;
    private static Runs pdfDefault;

    @BeforeAll
    static void render() throws Exception {
        document = Fixtures.document("all-features.xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(CHANGED).render(document, out);
        docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        pdf = runs(new PdfRenderer(CHANGED).render(document));
        pdfDefault = runs(new PdfRenderer(PageStyle.sfs2487()).render(document));
    }

    @Test
    void aHeadingsSizeAndStyleReachBothFormats() {
        assertEquals(BigInteger.valueOf(34), size(rPr("Heading2")));
        assertTrue(rPr("Heading2").sizeOfIArray() > 0, "heading 2 is italic in the DOCX");
        assertEquals(17, pdf.get("1.1 Alaluku").getFontSizeInPt(), 0.01);
        assertTrue(font(pdf, "1.1 Alaluku").contains("BoldItalic"), font(pdf, "1.1 Alaluku"));
        assertEquals(11, pdfDefault.get("1.1 Alaluku").getFontSizeInPt(), 0.01);
        assertFalse(font(pdfDefault, "1.1 Alaluku").contains("Italic"));
    }

    @Test
    void headingThreeIsItalicOnlyWhereTheRoleSaysSo() {
        assertEquals(0, rPr("Heading3").sizeOfIArray(), "not italic, and so nothing to say over Normal");
        assertFalse(font(pdf, "1.1.1 Kolmas taso").contains("Italic"), font(pdf, "1.1.1 Kolmas taso"));
        assertTrue(font(pdfDefault, "1.1.1 Kolmas taso").contains("Italic"), "SFS 2487's heading 3 is italic");
    }

    @Test
    void tableTextContactAndLabelFollowTheirRoles() {
        assertEquals(BigInteger.valueOf(16), size(rPr("TableText")));
        assertEquals(8, pdf.get("Rivi yksi").getFontSizeInPt(), 0.01);
        assertEquals(10, pdfDefault.get("Rivi yksi").getFontSizeInPt(), 0.01);
        assertEquals(BigInteger.valueOf(14), size(rPr("Contact")));
        assertEquals(7, pdf.get("Postiosoite").getFontSizeInPt(), 0.01);
        assertTrue(rPr("Label").sizeOfBArray() > 0, "the label is bold in the DOCX");
        assertTrue(font(pdf, "Lisätietoja").contains("Bold"), font(pdf, "Lisätietoja"));
        assertFalse(font(pdfDefault, "Lisätietoja").contains("Bold"));
    }

    @Test
    void theBodySizeIsTheDocumentDefaultAndThePdfsBodyText() throws Exception {
        CTRPr defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
        assertEquals(BigInteger.valueOf(24), size(defaults));
        assertEquals(12, pdf.get("Sivunvaihdon jälkeen.").getFontSizeInPt(), 0.01);
        // A role that did not change its size stays what SFS 2487 says, not the new body size.
        assertEquals(BigInteger.valueOf(28), size(rPr("Title")));
    }

    @Test
    void theSignatureRoomIsTheRolesSpaceBeforeInBothFormats() throws IOException {
        double room = 60;
        PageStyle roomy = PageStyle.sfs2487().withText(TextRole.SIGNATURE, s -> s.spaceBefore(room));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(roomy).render(document, out);
        XWPFDocument roomyDocx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        CTPPrGeneral pPr = roomyDocx.getStyles().getStyle("Signature").getCTStyle().getPPr();
        assertEquals(BigInteger.valueOf(1200), pPr.getSpacing().getBefore());
        XWPFParagraph signer = roomyDocx.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Tiina Korhonen") && "Signature".equals(p.getStyleID()))
                .findFirst().orElseThrow();
        assertEquals(BigInteger.valueOf(1200), signer.getCTP().getPPr().getSpacing().getBefore(),
                "after the labelled block's table the paragraph keeps the room to sign");
        // In the PDF, the gap from the line above to the signer grows by what the room grew.
        float before = gapAbove(pdfDefault, "Tiina Korhonen", "hanna-maria.urjankangas@gov.fi");
        Runs roomyPdf = runs(new PdfRenderer(roomy).render(document));
        float after = gapAbove(roomyPdf, "Tiina Korhonen", "hanna-maria.urjankangas@gov.fi");
        assertEquals(room - PageStyle.points(1.5), after - before, 0.01);
        // The room is the space between the blocks, not added to the space after the block above,
        // as LibreOffice sets the DOCX: a line's pitch and the room, no paragraph spacing more.
        float pitch = gapAbove(pdfDefault, "Osastopäällikkö, ylijohtaja", "Tiina Korhonen");
        assertEquals(PageStyle.points(1.5), before - pitch, 0.5);
    }

    @Test
    void aNestedListsMarkerStandsAtTheTextOfTheLevelAbove() {
        // Level 0: marker at the body indent, text one list step in; level 1's marker at that text.
        float body = (float) PageStyle.points(PageStyle.sfs2487().marginLeft() + PageStyle.sfs2487().bodyIndent());
        float step = (float) PageStyle.points(PageStyle.sfs2487().listIndent());
        assertEquals(body, pdfDefault.at("Ensimmäinen luettelokohta\u2022", "\u2022").getXDirAdj(), 0.5, "the top level's bullet");
        assertEquals(body + step, pdfDefault.get("Toinen kohta").getXDirAdj(), 0.5, "the top level's text");
        assertEquals(body + step, pdfDefault.at("Sisäkkäinen numeroitu1.", "1.").getXDirAdj(), 0.5, "the nested marker");
        assertEquals(body + 2 * step, pdfDefault.get("Sisäkkäinen numeroitu").getXDirAdj(), 0.5, "the nested text");
    }

    @Test
    void textAfterANestedListContinuesAtTheItemsTextInBothFormats() throws Exception {
        String markup = """
                <document lang="fi">
                  <meta><type>Muistio</type><date value="2026-03-20">20.3.2026</date><title>Lista</title><author>TEM</author></meta>
                  <letterhead><name>TEM</name></letterhead>
                  <body>
                    <ul><li><p>Kohta</p><ul><li>Alakohta</li></ul><p>Jatkoa kohdalle</p></li></ul>
                  </body>
                </document>
                """;
        Document list = Fixtures.parser().parse("list.xml", markup);
        PageStyle style = PageStyle.sfs2487();
        Runs runs = runs(new PdfRenderer(style).render(list));
        float text = (float) PageStyle.points(style.marginLeft() + style.bodyIndent() + style.listText(0));
        assertEquals(text, runs.get("Kohta").getXDirAdj(), 0.5);
        assertEquals(text, runs.get("Jatkoa kohdalle").getXDirAdj(), 0.5, "the continuation");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(style).render(list, out);
        XWPFDocument listDocx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFParagraph continuation = listDocx.getParagraphs().stream()
                .filter(p -> p.getText().equals("Jatkoa kohdalle")).findFirst().orElseThrow();
        assertEquals(BigInteger.valueOf(Math.round((style.bodyIndent() + style.listText(0)) * 1440 / 2.54)),
                continuation.getCTP().getPPr().getInd().getLeft());
    }

    @Test
    void aStyleNeedsEveryRole() {
        Map<TextRole, TextStyle> text = new java.util.EnumMap<>(PageStyle.sfs2487().text());
        text.remove(TextRole.LABEL);
        PageStyle s = PageStyle.sfs2487();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PageStyle(
                s.pageWidth(), s.pageHeight(), s.marginLeft(), s.marginRight(), s.marginBottom(), s.headerTop(),
                s.bodyTop(), s.gridColumn(), s.bodyIndent(), s.metadataOffset(), s.fontName(), s.lineSpacing(),
                s.listIndent(), s.cellPadding(), s.borderWidth(), s.headerShade(), s.fillInShade(), s.linkColour(),
                s.bullets(), text));
        assertEquals("text: no style for LABEL", e.getMessage());
    }

    private static CTRPr rPr(String styleId) {
        return docx.getStyles().getStyle(styleId).getCTStyle().getRPr();
    }

    private static BigInteger size(CTRPr rPr) {
        return (BigInteger) rPr.getSzArray(0).getVal();
    }

    private static String font(Runs lines, String line) {
        return lines.get(line).getFont().getName();
    }

    /** The distance from the baseline of {@code above}'s line to that of {@code line}. */
    private static float gapAbove(Runs lines, String line, String above) {
        return lines.get(line).getYDirAdj() - lines.get(above).getYDirAdj();
    }

    /**
     * The runs of text the PDF shows, in the order drawn. A list item's marker is drawn after its
     * text, so it ends the item's run ("Toinen kohta•").
     */
    private static Runs runs(byte[] bytes) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (PDDocument pdfDocument = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    runs.add(new Run(text, List.copyOf(positions)));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdfDocument);
        }
        return new Runs(runs);
    }

    private record Run(String text, List<TextPosition> positions) {
    }

    private record Runs(List<Run> runs) {
        /** The first character of {@code text} in the first run that starts with it. */
        TextPosition get(String text) {
            return at(text, text);
        }

        /** The first character of {@code part} in the first run that starts with {@code run}. */
        TextPosition at(String run, String part) {
            Run found = runs.stream().filter(r -> r.text().startsWith(run)).findFirst()
                    .orElseThrow(() -> new AssertionError("no text " + run + " in " + runs.stream().map(Run::text).toList()));
            return found.positions().get(found.text().indexOf(part, run.length() - part.length()));
        }
    }
}
