package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.Letterhead;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Metadata;
import fi.alke.documents.tree.Paragraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.STPageOrientation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STEdGrp;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Renders the all-features fixture and reads it back through Apache POI, an independent reader. */
class DocxRendererTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final PageStyle STYLE = PageStyle.sfs2487();
    private static final DocxRenderer RENDERER = new DocxRenderer(STYLE);

    /**
     * A form: stored properties, fill-in cells with text, with two paragraphs and empty, beside cells
     * that are not filled in, and a fill-in cell in a second table on a landscape page.
     */
    private static final String FORM = """
            <document lang="fi">
              <meta><type>Lomake</type><date value="2026-03-20">20.3.2026</date><title>Seuranta</title>\
            <author>TEM</author>
                <property name="alke-form" value="follow-up"/>
                <property name="round" value="2026-1"/>
                <property name="Note_2" value="Etelä-Savo &amp; &lt;muut&gt;"/>
              </meta>
              <letterhead><name>TEM</name></letterhead>
              <body>
                <table id="form">
                  <thead><tr><td>Toimenpide</td><td>Tilanne</td><td>Huomiot</td></tr></thead>
                  <tbody>
                    <tr><td>T1</td><td fill-in="true"><p>Käynnissä</p><p>Aikataulussa</p></td><td fill-in="true"/></tr>
                    <tr><td>T2</td><td fill-in="1">Valmis</td><td fill-in="false">–</td></tr>
                  </tbody>
                </table>
                <landscape>
                  <table><tbody><tr><td>T3</td><td fill-in="true">Ei aloitettu</td></tr></tbody></table>
                </landscape>
              </body>
            </document>
            """;

    private static Document allFeatures;
    private static byte[] docx;
    private static byte[] form;

    @BeforeAll
    static void render() throws Exception {
        ClassLoader loader = DocxRendererTest.class.getClassLoader();
        String markup;
        try (InputStream in = loader.getResourceAsStream("fi/alke/documents/all-features.xml")) {
            markup = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        allFeatures = new MarkupParser(ResourceLoader.classpath(loader, "fi/alke/documents/"))
                .parse("all-features.xml", markup);
        docx = render(allFeatures);
        form = render(Fixtures.parser().parse("form.xml", FORM));
    }

    @Test
    void extensionIsDocx() {
        assertEquals("docx", RENDERER.extension());
    }

    @Test
    void bodyTextComesInDocumentOrder() throws IOException {
        String text = String.join("\n", bodyText(open()));
        List<String> expected = List.of(
                "Testiorganisaatio", "Muistio\t1 (1)", "VN/1/2024-TEM-2",
                "Jakelun mukaan", "Kaikki merkintäkielen rakenteet", "Aihe lihavoituna", "1 Ensimmäinen luku",
                "Tavallista tekstiä, lihavoitua, kursiivia, alleviivattua ja molempia. Linkki ALKE-sivulle.\n"
                        + "Rivinvaihdon jälkeen.",
                "1.1 Alaluku", "Ensimmäinen luettelokohta", "Toinen kohta", "Sisäkkäinen numeroitu",
                "Toinen sisäkkäinen", "1.1.1 Kolmas taso", "Toimenpide", "Vastuutahot", "VN", "Maakunnat",
                "Rivi yksi", "TEM", "Kaikki liitot", "Rivi kaksi", "kohta", "VM",
                "Lisätietoja", "Hanna-Maria Urjankangas\nhanna-maria.urjankangas@gov.fi",
                "Tiina Korhonen\nOsastopäällikkö, ylijohtaja", "Tämä asiakirja on sähköisesti allekirjoitettu.",
                "Hanna-Maria Urjankangas\nJohtava asiantuntija",
                "Liitteet", "Pohja keskustelun teeman kuvaukselle",
                "Jakelu", "PLM Puolustusministeriö\nYM Ympäristöministeriö", "Tiedoksi", "TEM/osastot",
                "Työ- ja elinkeinoministeriö", "Postiosoite", "PL 32", "00023 Valtioneuvosto", "Puhelin",
                "0295 16001", "2 Toinen luku", "Sivunvaihdon jälkeen.", "3 Vaakasivu", "A", "B", "1", "2",
                "Takaisin pystysivulla.");
        Fixtures.assertInOrder(text, expected);
    }

    @Test
    void pageOneHeadHasSenderAndMetadataBlockInTwoColumns() throws IOException {
        XWPFDocument document = open();
        XWPFTable head = (XWPFTable) document.getBodyElements().get(0);
        assertEquals(List.of(twips(STYLE.metadataOffset()), twips(STYLE.metadataWidth(false))), gridWidths(head));
        XWPFTableCell sender = head.getRow(0).getCell(0);
        XWPFPicture logo = sender.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
        assertEquals("Testiorganisaation logo", logo.getDescription());
        assertEquals(List.of("", "Testiorganisaatio", "Testorganisationen"), texts(sender.getParagraphs()));
        // The Swedish line is marked Swedish (Finland); the Finnish one keeps the document's language.
        assertEquals("sv-FI", sender.getParagraphs().get(2).getRuns().get(0).getLang());
        assertNull(sender.getParagraphs().get(1).getRuns().get(0).getLang());
        XWPFTableCell block = head.getRow(0).getCell(1);
        assertEquals(List.of("Muistio\t1 (1)", "14.2.2024", "VN/1/2024", "VN/1/2024-TEM-2", "Julkinen"),
                texts(block.getParagraphs()));
        XWPFRun type = block.getParagraphs().get(0).getRuns().get(0);
        assertEquals("Strong", type.getStyle());
        assertEquals(List.of("PAGE", "NUMPAGES"), instructions(part("word/document.xml")));
        XWPFParagraph recipient = (XWPFParagraph) document.getBodyElements().get(1);
        assertEquals("Jakelun mukaan", recipient.getText());
        assertEquals("Recipient", styleName(document, recipient));
    }

    @Test
    void paragraphsUseNamedStyles() throws IOException {
        XWPFDocument document = open();
        Map<String, String> styles = new HashMap<>();
        for (XWPFParagraph p : document.getParagraphs()) {
            styles.putIfAbsent(p.getText(), styleName(document, p));
        }
        assertEquals("Title", styles.get("Kaikki merkintäkielen rakenteet"));
        assertEquals("Subject", styles.get("Aihe lihavoituna"));
        assertEquals("heading 1", styles.get("1 Ensimmäinen luku"));
        assertEquals("heading 2", styles.get("1.1 Alaluku"));
        assertEquals("heading 3", styles.get("1.1.1 Kolmas taso"));
        assertEquals("List Paragraph", styles.get("Ensimmäinen luettelokohta"));
        assertEquals("Body Text", styles.get("Takaisin pystysivulla."));
        assertEquals("Signature", styles.get("Tiina Korhonen\nOsastopäällikkö, ylijohtaja"));
        assertEquals("Body Text", styles.get("Tämä asiakirja on sähköisesti allekirjoitettu."));
        assertEquals("Contact", styles.get("Työ- ja elinkeinoministeriö"));
    }

    @Test
    void stylesCarryThePageStyleGeometry() throws IOException {
        org.w3c.dom.Document styles = part("word/styles.xml");
        Element normal = style(styles, "Normal");
        Element spacing = child(normal, "spacing");
        assertEquals("276", spacing.getAttributeNS(W, "line"));
        assertEquals("auto", spacing.getAttributeNS(W, "lineRule"));
        assertEquals("200", spacing.getAttributeNS(W, "after"));
        assertEquals(String.valueOf(twips(STYLE.bodyIndent())), child(style(styles, "BodyText"), "ind").getAttributeNS(W, "left"));
        Element label = style(styles, "Label");
        assertNull(child(label, "ind"), "the label's cell places it; the style has no indent");
        assertNull(child(label, "tabs"));
        assertEquals("0", child(label, "spacing").getAttributeNS(W, "after"));
        Element heading1 = style(styles, "Heading1");
        assertEquals("heading 1", child(heading1, "name").getAttributeNS(W, "val"));
        assertEquals("0", child(heading1, "outlineLvl").getAttributeNS(W, "val"));
        assertEquals("24", child(heading1, "sz").getAttributeNS(W, "val"));
        assertEquals("2", child(style(styles, "Heading3"), "outlineLvl").getAttributeNS(W, "val"));
        assertEquals("28", child(style(styles, "Title"), "sz").getAttributeNS(W, "val"));
        assertEquals("20", child(style(styles, "TableText"), "sz").getAttributeNS(W, "val"));
        assertEquals("List Paragraph", child(style(styles, "ListParagraph"), "name").getAttributeNS(W, "val"));
        assertEquals(String.valueOf(Math.round(STYLE.text(TextRole.SIGNATURE).spaceBefore() * 20)),
                child(style(styles, "Signature"), "spacing").getAttributeNS(W, "before"));
        assertEquals("fi-FI", child((Element) styles.getElementsByTagNameNS(W, "docDefaults").item(0), "lang")
                .getAttributeNS(W, "val"));
        assertEquals(STYLE.linkColour(), child(style(styles, "Hyperlink"), "color").getAttributeNS(W, "val"));
    }

    @Test
    void everyFontIsArial() throws IOException {
        int fonts = 0;
        for (String name : List.of("word/styles.xml", "word/document.xml", "word/header2.xml", "word/numbering.xml")) {
            NodeList rFonts = part(name).getElementsByTagNameNS(W, "rFonts");
            for (int i = 0; i < rFonts.getLength(); i++, fonts++) {
                Element font = (Element) rFonts.item(i);
                for (String slot : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
                    assertEquals("Arial", font.getAttributeNS(W, slot), name + " " + slot);
                }
            }
        }
        assertTrue(fonts > 0, "no fonts named at all");
    }

    @Test
    void contactBlockHasBoldLabelsOverValuesInColumns() throws IOException {
        XWPFTable contact = table(open(), "Postiosoite");
        assertEquals(List.of("Postiosoite\nPL 32\n00023 Valtioneuvosto", "Puhelin\n0295 16001"),
                cellTexts(contact.getRow(0)));
        assertEquals(twips(STYLE.textWidth(false)), gridWidths(contact).stream().mapToLong(Long::longValue).sum());
        XWPFParagraph label = contact.getRow(0).getCell(0).getParagraphs().get(0);
        assertEquals("Contact", label.getStyleID());
        assertEquals("Strong", label.getRuns().get(0).getStyle());
    }

    @Test
    void runningHeaderRepeatsTheMetadataBlockFromPageTwo() throws IOException {
        XWPFDocument document = open();
        List<CTSectPr> sections = sections(document);
        CTSectPr first = sections.get(0);
        assertTrue(first.isSetTitlePg(), "page one must have its own header");
        String defaultHeader = headerText(document, first, "default");
        for (String piece : List.of("Testiorganisaatio", "Muistio\t2 (2)", "14.2.2024", "VN/1/2024", "VN/1/2024-TEM-2",
                "Julkinen")) {
            assertTrue(defaultHeader.contains(piece), () -> piece + " not in header: " + defaultHeader);
        }
        assertEquals("", headerText(document, first, "first").strip());
        for (CTSectPr later : sections.subList(1, sections.size())) {
            assertFalse(later.isSetTitlePg());
            assertEquals(defaultHeader, headerText(document, later, "default"));
        }
        assertEquals(List.of("PAGE", "NUMPAGES"), instructions(part("word/header2.xml")));
        assertEquals(List.of("begin", "separate", "end", "begin", "separate", "end"),
                attributes(part("word/header2.xml"), "fldChar", "fldCharType"));
    }

    @Test
    void pageGeometryComesFromThePageStyle() throws IOException {
        CTSectPr last = sections(open()).get(2);
        assertEquals(twips(STYLE.pageWidth()), number(last.getPgSz().getW()));
        assertEquals(twips(STYLE.pageHeight()), number(last.getPgSz().getH()));
        assertEquals(twips(STYLE.marginLeft()), number(last.getPgMar().getLeft()));
        assertEquals(twips(STYLE.marginRight()), number(last.getPgMar().getRight()));
        assertEquals(twips(STYLE.marginBottom()), number(last.getPgMar().getBottom()));
        assertEquals(twips(STYLE.bodyTop()), number(last.getPgMar().getTop()));
        assertEquals(twips(STYLE.headerTop()), number(last.getPgMar().getHeader()));
    }

    @Test
    void landscapeBlocksHaveASectionOfTheirOwn() throws IOException {
        XWPFDocument document = open();
        List<CTSectPr> sections = sections(document);
        assertEquals(3, sections.size());
        CTSectPr landscape = sections.get(1);
        assertEquals("landscape", landscape.getPgSz().getOrient().toString());
        assertEquals(twips(STYLE.pageHeight()), number(landscape.getPgSz().getW()));
        assertEquals(twips(STYLE.pageWidth()), number(landscape.getPgSz().getH()));
        assertFalse(sections.get(2).getPgSz().isSetOrient(), "the document ends in portrait");
        XWPFTable wide = table(document, "A");
        assertEquals(twips(STYLE.textWidth(true)), gridWidths(wide).stream().mapToLong(Long::longValue).sum());
        assertEquals("0", wide.getCTTbl().getTblPr().getTblInd().getW().toString());
    }

    @Test
    void tableHeaderRepeatsAndSpansBecomeMerges() throws IOException {
        XWPFTable table = table(open(), "Toimenpide");
        List<Long> grid = gridWidths(table);
        long width = twips(STYLE.bodyWidth(false));
        assertEquals(width, grid.stream().mapToLong(Long::longValue).sum());
        assertEquals(width / 2.0, grid.get(0), 1);
        assertEquals(width / 4.0, grid.get(1), 1);
        assertEquals(String.valueOf(twips(STYLE.bodyIndent())), table.getCTTbl().getTblPr().getTblInd().getW().toString());

        XWPFTableRow top = table.getRow(0);
        XWPFTableRow second = table.getRow(1);
        assertTrue(top.isRepeatHeader() && top.isCantSplitRow());
        assertTrue(second.isRepeatHeader() && second.isCantSplitRow());
        assertFalse(table.getRow(2).isRepeatHeader());
        assertEquals(2, top.getTableCells().size());
        assertEquals("2", tcPr(top.getCell(1)).getGridSpan().getVal().toString());
        assertEquals(STMerge.RESTART, tcPr(top.getCell(0)).getVMerge().getVal());
        assertContinues(second.getCell(0));
        assertEquals(List.of("", "VN", "Maakunnat"), cellTexts(second));
        assertEquals("E7E6E6", tcPr(second.getCell(1)).getShd().xgetFill().getStringValue());
        assertEquals("TableHeading", second.getCell(1).getParagraphs().get(0).getStyleID());

        XWPFTableRow third = table.getRow(2);
        XWPFTableRow fourth = table.getRow(3);
        assertEquals(STMerge.RESTART, tcPr(third.getCell(2)).getVMerge().getVal());
        assertEquals(List.of("Rivi kaksi\nkohta", "VM", ""), cellTexts(fourth));
        assertContinues(fourth.getCell(2));
        assertNull(third.getCell(0).getCTTc().getTcPr().getShd());
        assertEquals("TableText", third.getCell(0).getParagraphs().get(0).getStyleID());
    }

    @Test
    void listsAreNumberedAndNested() throws IOException {
        XWPFDocument document = open();
        XWPFParagraph first = paragraph(document, "Ensimmäinen luettelokohta");
        XWPFParagraph nested = paragraph(document, "Sisäkkäinen numeroitu");
        assertEquals("bullet", first.getNumFmt());
        assertEquals(0, first.getNumIlvl().intValue());
        assertEquals("decimal", nested.getNumFmt());
        assertEquals(1, nested.getNumIlvl().intValue());
        assertEquals("%2.", nested.getNumLevelText());
        assertEquals(first.getNumID(), paragraph(document, "Toinen kohta").getNumID());
    }

    /** A paragraph in another language marks every run, a link's too, and the paragraph mark. */
    @Test
    void aParagraphInAnotherLanguageMarksItsRuns() throws IOException {
        Inline.Link link = new Inline.Link("https://example.org", List.of(new Inline.Text("länk", false, false, false)));
        XWPFDocument document = open(render(withBody(
                new Paragraph(List.of(new Inline.Text("På svenska med ", false, false, false), link), "sv"),
                paragraph("Suomeksi"))));
        XWPFParagraph swedish = paragraph(document, "På svenska med länk");
        List<String> languages = new ArrayList<>();
        swedish.getIRuns().forEach(run -> {
            if (run instanceof XWPFHyperlinkRun || run instanceof XWPFRun) {
                languages.add(((XWPFRun) run).getLang());
            }
        });
        assertEquals(List.of("sv-FI", "sv-FI"), languages);
        assertEquals("sv-FI", swedish.getCTP().getPPr().getRPr().getLangArray(0).getVal());
        assertNull(paragraph(document, "Suomeksi").getRuns().get(0).getLang());
    }

    @Test
    void everyNumberedListStartsAtOne() throws IOException {
        XWPFDocument document = open(render(withBody(
                new ListBlock(true, List.of(item("yksi"), item("kaksi"))), paragraph("väli"),
                new ListBlock(true, List.of(item("uusi yksi"))))));
        XWPFParagraph firstList = paragraph(document, "yksi");
        XWPFParagraph secondList = paragraph(document, "uusi yksi");
        assertEquals(firstList.getNumID(), paragraph(document, "kaksi").getNumID());
        assertNotEquals(firstList.getNumID(), secondList.getNumID());
        assertEquals(1, firstList.getNumStartOverride().intValue());
        assertEquals(1, secondList.getNumStartOverride().intValue());
    }

    @Test
    void linkAndPictureKeepTheirTargets() throws IOException {
        XWPFDocument document = open();
        XWPFHyperlinkRun link = paragraph(document, "Tavallista tekstiä").getRuns().stream()
                .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).findFirst().orElseThrow();
        assertEquals("ALKE-sivulle", link.text());
        assertEquals("https://tem.fi/alke", link.getHyperlink(document).getURL());
        assertEquals("Hyperlink", link.getStyle());
        assertEquals(List.of("Testiorganisaation logo", "Kaavio kehityksestä"),
                attributes(part("word/document.xml"), WP, "docPr", "descr"));
        assertEquals(List.of("1", "2"), attributes(part("word/document.xml"), WP, "docPr", "id"));
        XWPFParagraph chart = document.getParagraphs().stream()
                .filter(p -> p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty()))
                .filter(p -> "Figure".equals(p.getStyleID())).findFirst().orElseThrow();
        XWPFPicture picture = chart.getRuns().get(0).getEmbeddedPictures().get(0);
        assertEquals("Kaavio kehityksestä", picture.getDescription());
        assertEquals(Math.round(6 * 360_000.0), picture.getCTPicture().getSpPr().getXfrm().getExt().getCx());
        assertEquals(2, document.getAllPictures().size());
    }

    @Test
    void coreProperties() throws IOException {
        var core = open().getProperties().getCoreProperties();
        assertEquals("Kaikki merkintäkielen rakenteet", core.getTitle());
        assertEquals("Työ- ja elinkeinoministeriö", core.getCreator());
        assertEquals("fi", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals(Instant.parse("2024-02-14T08:00:00Z"), core.getCreated().toInstant());
        assertEquals(Instant.parse("2024-02-14T08:00:00Z"), core.getModified().toInstant());
        assertNull(core.getLastModifiedByUser());
    }

    @Test
    void sameInputGivesSameBytesInAnyThreadAndTimeZone() throws Exception {
        assertArrayEquals(docx, render(allFeatures));
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(docx, render(allFeatures));
        } finally {
            TimeZone.setDefault(zone);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> render(allFeatures)));
            }
            for (Future<byte[]> result : results) {
                assertArrayEquals(docx, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(0, comments(part("word/document.xml")), "no comment naming the machine");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry = zip.getNextEntry();
            assertEquals("[Content_Types].xml", entry.getName());
            for (; entry != null; entry = zip.getNextEntry()) {
                assertEquals("2024-02-14T12:00", entry.getTimeLocal().toString(), entry.getName());
            }
        }
    }

    /**
     * JAXB writes its namespace declarations in an order that changes from JVM to JVM, and as many as its
     * context knows; the saved parts declare, in one order, exactly the prefixes they use (as a StAX
     * reader sees the names, and as markup compatibility lists them), so that neither the order nor the
     * context (the command line's is smaller) shows in the bytes.
     */
    @Test
    void everyPartDeclaresTheNamespacesItUsesDefaultFirstThenByPrefix() throws Exception {
        Pattern rootStart = Pattern.compile("^(?:<\\?[^>]*\\?>)?<[^\\s>/]+([^>]*)>");
        Pattern declaration = Pattern.compile("\\sxmlns(?::([^=]+))?=");
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher root = rootStart.matcher(xml);
                    assertTrue(root.find(), entry.getName());
                    List<String> declared = new ArrayList<>();
                    Matcher d = declaration.matcher(root.group(1));
                    while (d.find()) {
                        declared.add(d.group(1) == null ? "" : d.group(1));
                    }
                    // what is used is declared (a namespace-aware reader fails on a prefix that is not), and
                    // everything declared on the root is used
                    Set<String> unused = new TreeSet<>(declared);
                    unused.removeAll(used(xml, entry.getName()));
                    assertEquals(Set.of(), unused, entry.getName());
                    prefixes.put(entry.getName(), declared);
                }
            }
        }
        assertEquals(11, prefixes.size(), prefixes.keySet().toString()); // the XML parts and package indexes
        prefixes.forEach((part, declared) -> assertEquals(declared.stream().sorted().toList(), declared, part));
        assertEquals(List.of("a", "pic", "r", "w", "wp"), prefixes.get("word/document.xml"));
    }

    /**
     * The prefixes of the part's element names ("" for the default namespace), of its attribute names
     * (an unprefixed attribute is in no namespace) and in its markup-compatibility lists, each of which
     * must be declared where it is listed.
     */
    private static Set<String> used(String xml, String part) throws Exception {
        Set<String> used = new TreeSet<>();
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                used.add(reader.getPrefix() == null ? "" : reader.getPrefix());
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    String prefix = reader.getAttributePrefix(i);
                    if (prefix != null && !prefix.isEmpty()) {
                        used.add(prefix);
                    }
                    if (reader.getAttributeLocalName(i).equals("Ignorable")) {
                        for (String listed : reader.getAttributeValue(i).trim().split("\\s+")) {
                            if (!listed.isEmpty()) {
                                used.add(listed);
                                assertNotNull(reader.getNamespaceURI(listed), part + ": " + listed + " is declared");
                            }
                        }
                    }
                }
            }
        }
        return used;
    }

    @Test
    void docx4jReadsItBack() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        String xml = XmlUtils.marshaltoString(pkg.getMainDocumentPart().getJaxbElement());
        assertTrue(xml.contains("Ensimmäinen luku"));
        List<STPageOrientation> orientations = pkg.getDocumentModel().getSections().stream()
                .map(section -> section.getSectPr().getPgSz().getOrient()).toList();
        assertEquals(Arrays.asList(null, STPageOrientation.LANDSCAPE, null), orientations);
    }

    @Test
    void labelledBlockIsABorderlessTwoColumnTable() throws IOException {
        XWPFDocument document = open();
        XWPFTable block = table(document, "Lisätietoja");
        long label = twips(STYLE.bodyIndent());
        assertEquals(List.of(label, twips(STYLE.textWidth(false)) - label), gridWidths(block));
        assertEquals("LayoutTable", block.getStyleID());
        assertEquals("0", block.getCTTbl().getTblPr().getTblInd().getW().toString());
        XWPFTableRow row = block.getRow(0);
        assertFalse(row.isCantSplitRow(), "a long labelled block may run onto the next page");
        assertEquals("Label", row.getCell(0).getParagraphs().get(0).getStyleID());
        XWPFParagraph content = row.getCell(1).getParagraphs().get(0);
        assertEquals("Hanna-Maria Urjankangas\nhanna-maria.urjankangas@gov.fi", content.getText());
        assertEquals("Normal", content.getStyleID());
        assertFalse(content.getCTP().getPPr().isSetInd(), "no body indent inside the cell");
        assertEquals("0", content.getCTP().getPPr().getSpacing().getAfter().toString());
        // Like any table, the block gets its space after from the paragraph that follows it; the
        // handwritten signature keeps its larger room to sign.
        assertEquals(String.valueOf(Math.round(STYLE.text(TextRole.SIGNATURE).spaceBefore() * 20)),
                paragraph(document, "Tiina Korhonen").getCTP().getPPr().getSpacing().getBefore().toString());
        assertEquals("200", paragraph(document, "Työ- ja elinkeinoministeriö").getCTP().getPPr().getSpacing()
                .getBefore().toString());
        // Consecutive labelled blocks stay separate tables, a paragraph spacing apart.
        List<IBodyElement> elements = document.getBodyElements();
        int jakelu = elements.indexOf(table(document, "Jakelu"));
        assertEquals(table(document, "Liitteet"), elements.get(jakelu - 2));
        assertEquals(BodyElementType.PARAGRAPH, elements.get(jakelu - 1).getElementType());
    }

    @Test
    void longLabelWrapsInItsOwnCell() throws IOException {
        byte[] bytes = render(withBody(
                new LabelledBlock("Ytterligare information", List.of(paragraph("Hanna-Maria Urjankangas"),
                        new ListBlock(false, List.of(item("punkt"))))),
                paragraph("Efteråt")));
        XWPFDocument document = open(bytes);
        XWPFTable block = table(document, "Ytterligare information");
        assertEquals("fixed", block.getCTTbl().getTblPr().getTblLayout().getType().toString());
        XWPFTableCell label = block.getRow(0).getCell(0);
        assertEquals(String.valueOf(twips(STYLE.bodyIndent())), label.getCTTc().getTcPr().getTcW().getW().toString());
        assertEquals(twips(STYLE.bodyIndent()), gridWidths(block).get(0));
        assertEquals(List.of("Ytterligare information"), texts(label.getParagraphs()));
        List<XWPFParagraph> content = block.getRow(0).getCell(1).getParagraphs();
        assertEquals(List.of("Hanna-Maria Urjankangas", "punkt"), texts(content));
        XWPFParagraph item = content.get(1);
        assertEquals("ListParagraph", item.getStyleID());
        assertEquals("0", item.getCTP().getPPr().getSpacing().getAfter().toString());
        // The bullet stands at the cell's edge (the body indent), the text one list indent further.
        assertEquals(String.valueOf(twips(STYLE.listIndent())),
                levelIndent(part(bytes, "word/numbering.xml"), item.getNumID().toString(), 0));
        assertEquals("200", paragraph(document, "Efteråt").getCTP().getPPr().getSpacing().getBefore().toString());
    }

    @Test
    void twoLandscapeSectionsInARowKeepBothSectionBreaks() throws IOException {
        byte[] bytes = render(withBody(new Landscape(List.of(paragraph("A"))),
                new Landscape(List.of(paragraph("B")))));
        assertEquals(3, part(bytes, "word/document.xml").getElementsByTagNameNS(W, "sectPr").getLength());
        XWPFDocument document = open(bytes);
        List<CTSectPr> sections = sections(document);
        assertEquals(3, sections.size());
        assertFalse(sections.get(0).getPgSz().isSetOrient());
        assertEquals("landscape", sections.get(1).getPgSz().getOrient().toString());
        assertEquals("landscape", sections.get(2).getPgSz().getOrient().toString());
        String portraitHeader = headerId(sections.get(0), "default");
        String landscapeHeader = headerId(sections.get(1), "default");
        assertNotEquals(portraitHeader, landscapeHeader);
        assertEquals(landscapeHeader, headerId(sections.get(2), "default"));
        assertTrue(paragraph(document, "A").getCTP().getPPr().isSetSectPr(), "A ends the first landscape section");
        assertEquals(Arrays.asList(null, STPageOrientation.LANDSCAPE, STPageOrientation.LANDSCAPE),
                orientations(bytes));
    }

    @Test
    void imagesWiderThanTheBodyAreScaledDown() throws IOException {
        Image wide = new Image(png(300, 100), Image.Format.PNG, 300, 100, 30, "Leveä kaavio");
        XWPFDocument document = open(render(withBody(wide)));
        XWPFPicture picture = document.getParagraphs().stream().filter(p -> "Figure".equals(p.getStyleID()))
                .findFirst().orElseThrow().getRuns().get(0).getEmbeddedPictures().get(0);
        var extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
        assertEquals(Math.round(STYLE.bodyWidth(false) * 360_000), extent.getCx());
        assertEquals(Math.round(STYLE.bodyWidth(false) / 3 * 360_000), extent.getCy(), 1);
    }

    @Test
    void listLevelsComeFromThePageStyleBullets() throws IOException {
        PageStyle twoLevels = withBullets(STYLE, List.of("*", "-"));
        ListBlock deepest = new ListBlock(false, List.of(item("kolme")));
        ListBlock middle = new ListBlock(false, List.of(new ListBlock.ListItem(List.of(paragraph("kaksi"), deepest))));
        ListBlock top = new ListBlock(false, List.of(new ListBlock.ListItem(List.of(paragraph("yksi"), middle))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(twoLevels).render(withBody(top), out);
        XWPFDocument document = open(out.toByteArray());
        assertEquals("*", paragraph(document, "yksi").getNumLevelText());
        assertEquals(1, paragraph(document, "kaksi").getNumIlvl().intValue());
        assertEquals("-", paragraph(document, "kaksi").getNumLevelText());
        assertEquals(1, paragraph(document, "kolme").getNumIlvl().intValue(), "deeper lists stay at the last level");
        NodeList abstractNums = part(out.toByteArray(), "word/numbering.xml").getElementsByTagNameNS(W, "abstractNum");
        for (int i = 0; i < abstractNums.getLength(); i++) {
            assertEquals(2, ((Element) abstractNums.item(i)).getElementsByTagNameNS(W, "lvl").getLength());
        }
    }

    /**
     * In Helsinki 2024-03-31 03:30 does not exist (clocks jump from 03:00 to 04:00), so a ZIP time of
     * that UTC wall-clock time came out an hour later there than in UTC.
     */
    @Test
    void zipTimesDoNotDependOnTheTimeZoneEvenInADaylightSavingGap() throws Exception {
        Metadata m = allFeatures.metadata();
        Document gap = new Document(new Metadata(m.documentType(), m.date(), m.dateText(), m.identifiers(),
                m.confidentiality(), m.title(), m.author(), m.language(), Instant.parse("2024-03-31T03:30:00Z")),
                allFeatures.letterhead(), allFeatures.recipient(), allFeatures.body());
        TimeZone zone = TimeZone.getDefault();
        byte[] helsinki;
        byte[] utc;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Helsinki"));
            helsinki = render(gap);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            utc = render(gap);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(utc, helsinki);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(helsinki))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(LocalDate.of(2024, 3, 31), entry.getTimeLocal().toLocalDate(), entry.getName());
            }
        }
    }

    @Test
    void minimalDocumentStillHasHeadAndSections() throws IOException {
        Document minimal = new Document(allFeatures.metadata(), Letterhead.of(null, List.of()), List.of(), List.of());
        XWPFDocument document = open(render(minimal));
        XWPFTable head = (XWPFTable) document.getBodyElements().get(0);
        assertEquals("", head.getRow(0).getCell(0).getText());
        assertEquals("Muistio\t1 (1)", head.getRow(0).getCell(1).getParagraphs().get(0).getText());
        List<CTSectPr> sections = sections(document);
        assertEquals(1, sections.size());
        assertTrue(sections.get(0).isSetTitlePg());
        assertEquals("", headerText(document, sections.get(0), "first").strip());
    }

    // ---- fill-in cells and stored properties ----

    @Test
    void fillInCellsAreShadedEditableRanges() throws IOException {
        XWPFDocument document = open(form);
        XWPFTable table = table(document, "Toimenpide");
        assertEquals("E7E6E6", tcPr(table.getRow(0).getCell(1)).getShd().xgetFill().getStringValue());
        assertNoRange(table.getRow(0).getCell(1));
        XWPFTableRow t1 = table.getRow(1);
        XWPFTableRow t2 = table.getRow(2);
        assertEditableRange(t1.getCell(1), "1", List.of("Käynnissä", "Aikataulussa"));
        assertEditableRange(t1.getCell(2), "2", List.of(""));
        assertEquals(List.of("permStart", "r", "permEnd"), children(t1.getCell(2).getParagraphs().get(0)),
                "an empty fill-in cell has a run to type in");
        assertEditableRange(t2.getCell(1), "3", List.of("Valmis"));
        for (XWPFTableCell plain : List.of(t1.getCell(0), t2.getCell(0), t2.getCell(2))) {
            assertNull(tcPr(plain).getShd(), plain.getText());
            assertNoRange(plain);
        }
        assertEditableRange(table(document, "T3").getRow(0).getCell(1), "4", List.of("Ei aloitettu"));
        org.w3c.dom.Document body = part(form, "word/document.xml");
        assertEquals(List.of("1", "2", "3", "4"), attributes(body, "permStart", "id"));
        assertEquals(List.of("1", "2", "3", "4"), attributes(body, "permEnd", "id"));
        assertEquals(List.of(), attributes(part("word/document.xml"), "permStart", "id"));
    }

    @Test
    void aDocumentWithFillInCellsIsReadOnlyButForThemWithoutAPassword() throws IOException {
        assertTrue(open(form).isEnforcedReadonlyProtection());
        assertFalse(open().isEnforcedProtection(), "all-features has no fill-in cell");
        Element protection = child(part(form, "word/settings.xml").getDocumentElement(), "documentProtection");
        assertEquals("readOnly", protection.getAttributeNS(W, "edit"));
        assertEquals(List.of("edit", "enforcement"), attributeNames(protection), "no password hash or salt");
        assertEquals(0, part("word/settings.xml").getElementsByTagNameNS(W, "documentProtection").getLength());
    }

    @Test
    void storedPropertiesAreCustomPropertiesInTheirOrder() throws IOException {
        var custom = open(form).getProperties().getCustomProperties();
        assertEquals("follow-up", custom.getProperty("alke-form").getLpwstr());
        assertEquals("2026-1", custom.getProperty("round").getLpwstr());
        assertEquals("Etelä-Savo & <muut>", custom.getProperty("Note_2").getLpwstr());
        assertEquals(List.of("alke-form", "round", "Note_2"), custom.getUnderlyingProperties().getPropertyList()
                .stream().map(p -> p.getName()).toList());
        assertEquals(3, custom.getUnderlyingProperties().getPropertyList().stream().map(p -> p.getPid())
                .filter(pid -> pid >= 2).distinct().count(), "pids are distinct and from 2 on");
        assertEquals(0, open().getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray());
        assertFalse(partNames(docx).contains("docProps/custom.xml"), "no custom part without properties");
    }

    @Test
    void aFormGivesTheSameBytesTwice() throws Exception {
        assertArrayEquals(form, render(Fixtures.parser().parse("form.xml", FORM)));
    }

    /**
     * The parts a renderer writes once and reuses (the style sheet of a language, the settings, the empty
     * header) are those of the document at hand: one renderer taking documents in turn — Finnish and Swedish,
     * with fill-in cells and without — gives each the bytes a fresh renderer gives it.
     */
    @Test
    void partsWrittenOnceAreThoseOfEachDocument() throws Exception {
        Document finnishForm = Fixtures.parser().parse("form.xml", FORM);
        Document swedishForm = Fixtures.parser().parse("form-sv.xml", FORM.replace("lang=\"fi\"", "lang=\"sv\""));
        Document swedishLetter = Fixtures.parser().parse("sv.xml", Fixtures.markup("all-features.xml")
                .replaceFirst("lang=\"[a-z]+\"", "lang=\"sv\""));
        List<Document> inTurn = List.of(allFeatures, finnishForm, swedishForm, swedishLetter, allFeatures, swedishForm,
                finnishForm);
        DocxRenderer shared = new DocxRenderer(STYLE);
        for (Document document : inTurn) {
            ByteArrayOutputStream once = new ByteArrayOutputStream();
            new DocxRenderer(STYLE).render(document, once);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            shared.render(document, again);
            assertArrayEquals(once.toByteArray(), again.toByteArray(), document.metadata().language());
        }
        ByteArrayOutputStream swedish = new ByteArrayOutputStream();
        shared.render(swedishLetter, swedish);
        String lang = part(swedish.toByteArray(), "word/styles.xml").getElementsByTagNameNS(W, "lang").item(0)
                .getAttributes().getNamedItemNS(W, "val").getNodeValue();
        assertEquals("sv-FI", lang);
        assertTrue(part(swedish.toByteArray(), "word/settings.xml").getElementsByTagNameNS(W, "documentProtection")
                .getLength() == 0);
        ByteArrayOutputStream swedishFormBytes = new ByteArrayOutputStream();
        shared.render(swedishForm, swedishFormBytes);
        assertEquals(1, part(swedishFormBytes.toByteArray(), "word/settings.xml")
                .getElementsByTagNameNS(W, "documentProtection").getLength());
    }

    // ---- helpers ----

    private static byte[] render(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(document, out);
        return out.toByteArray();
    }

    private static XWPFDocument open() throws IOException {
        return open(docx);
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static Document withBody(Block... body) {
        return new Document(allFeatures.metadata(), allFeatures.letterhead(), List.of(), List.of(body));
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(new Inline.Text(text, false, false, false)));
    }

    private static ListBlock.ListItem item(String text) {
        return new ListBlock.ListItem(List.of(paragraph(text)));
    }

    private static long twips(double cm) {
        return Math.round(cm / 2.54 * 1440);
    }

    private static long number(Object value) {
        return Long.parseLong(value.toString());
    }

    /** Paragraph texts, and the texts of every cell's paragraphs, in body order. */
    private static List<String> bodyText(XWPFDocument document) {
        List<String> out = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(row -> row.getTableCells().forEach(cell -> out.addAll(texts(cell.getParagraphs()))));
            }
        }
        return out;
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cellTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> String.join("\n", texts(cell.getParagraphs()))).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    /** The table whose first cell starts with the paragraph {@code firstCell}. */
    private static XWPFTable table(XWPFDocument document, String firstCell) {
        return document.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getParagraphs().get(0).getText().equals(firstCell))
                .findFirst().orElseThrow(() -> new AssertionError("no table starting " + firstCell));
    }

    private static List<Long> gridWidths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream().map(col -> number(col.getW())).toList();
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    private static void assertContinues(XWPFTableCell cell) {
        CTTcPr tcPr = tcPr(cell);
        assertTrue(tcPr.isSetVMerge(), "no vertical merge");
        assertTrue(!tcPr.getVMerge().isSetVal() || tcPr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /**
     * The cell is shaded as a fill-in cell and its content is exactly one editable range for everyone:
     * a permStart first in its first paragraph, the matching permEnd last in its last.
     */
    private static void assertEditableRange(XWPFTableCell cell, String id, List<String> paragraphs) {
        assertEquals(STYLE.fillInShade(), tcPr(cell).getShd().xgetFill().getStringValue());
        List<XWPFParagraph> ps = cell.getParagraphs();
        assertEquals(paragraphs, texts(ps));
        CTP first = ps.get(0).getCTP();
        CTP last = ps.get(ps.size() - 1).getCTP();
        assertEquals(1, ps.stream().mapToInt(p -> p.getCTP().sizeOfPermStartArray()).sum(), id);
        assertEquals(1, ps.stream().mapToInt(p -> p.getCTP().sizeOfPermEndArray()).sum(), id);
        assertEquals(id, first.getPermStartArray(0).getId());
        assertEquals(STEdGrp.EVERYONE, first.getPermStartArray(0).getEdGrp());
        assertEquals(id, last.getPermEndArray(0).getId());
        List<String> firstChildren = children(ps.get(0));
        List<String> lastChildren = children(ps.get(ps.size() - 1));
        assertEquals("permStart", firstChildren.get(0), firstChildren.toString());
        assertEquals("permEnd", lastChildren.get(lastChildren.size() - 1), lastChildren.toString());
    }

    private static void assertNoRange(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            assertEquals(0, p.getCTP().sizeOfPermStartArray() + p.getCTP().sizeOfPermEndArray(), cell.getText());
        }
    }

    /** The local names of the paragraph's child elements but its properties, e.g. [permStart, r, permEnd]. */
    private static List<String> children(XWPFParagraph paragraph) {
        List<String> names = new ArrayList<>();
        for (org.w3c.dom.Node n = paragraph.getCTP().getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !e.getLocalName().equals("pPr")) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static List<String> attributeNames(Element element) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            names.add(element.getAttributes().item(i).getLocalName());
        }
        return names;
    }

    private static List<String> partNames(byte[] bytes) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        return document.getStyles().getStyle(paragraph.getStyleID()).getName();
    }

    /** Section properties in document order: those ending sections inside the body, then the body's. */
    private static List<CTSectPr> sections(XWPFDocument document) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : document.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(document.getDocument().getBody().getSectPr());
        return sections;
    }

    private static String headerId(CTSectPr section, String type) {
        return section.getHeaderReferenceList().stream().filter(ref -> ref.getType().toString().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " header")).getId();
    }

    private static List<STPageOrientation> orientations(byte[] bytes) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
            return pkg.getDocumentModel().getSections().stream()
                    .map(section -> section.getSectPr().getPgSz().getOrient()).toList();
        } catch (org.docx4j.openpackaging.exceptions.Docx4JException e) {
            throw new IOException(e);
        }
    }

    /** The left indent of {@code level} in the numbering definition behind {@code numId}. */
    private static String levelIndent(org.w3c.dom.Document numbering, String numId, int level) {
        String abstractId = null;
        NodeList nums = numbering.getElementsByTagNameNS(W, "num");
        for (int i = 0; i < nums.getLength(); i++) {
            Element num = (Element) nums.item(i);
            if (num.getAttributeNS(W, "numId").equals(numId)) {
                abstractId = child(num, "abstractNumId").getAttributeNS(W, "val");
            }
        }
        NodeList abstracts = numbering.getElementsByTagNameNS(W, "abstractNum");
        for (int i = 0; i < abstracts.getLength(); i++) {
            Element abstractNum = (Element) abstracts.item(i);
            if (abstractNum.getAttributeNS(W, "abstractNumId").equals(abstractId)) {
                Element lvl = (Element) abstractNum.getElementsByTagNameNS(W, "lvl").item(level);
                return child(lvl, "ind").getAttributeNS(W, "left");
            }
        }
        throw new AssertionError("no numbering " + numId);
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** {@code style} with other bullet symbols, and so another number of list levels. */
    private static PageStyle withBullets(PageStyle s, List<String> bullets) {
        return s.toBuilder().bullets(bullets).build();
    }

    private static String headerText(XWPFDocument document, CTSectPr section, String type) {
        String id = section.getHeaderReferenceList().stream().filter(ref -> ref.getType().toString().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " header")).getId();
        return ((XWPFHeader) document.getRelationById(id)).getText();
    }

    private static org.w3c.dom.Document part(String name) throws IOException {
        return part(docx, name);
    }

    private static org.w3c.dom.Document part(byte[] bytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
        throw new AssertionError("no part " + name);
    }

    private static Element style(org.w3c.dom.Document styles, String id) {
        NodeList all = styles.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            if (style.getAttributeNS(W, "styleId").equals(id)) {
                return style;
            }
        }
        throw new AssertionError("no style " + id);
    }

    private static Element child(Element parent, String localName) {
        return (Element) parent.getElementsByTagNameNS(W, localName).item(0);
    }

    private static int comments(org.w3c.dom.Node node) {
        int count = node.getNodeType() == org.w3c.dom.Node.COMMENT_NODE ? 1 : 0;
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            count += comments(child);
        }
        return count;
    }

    private static List<String> instructions(org.w3c.dom.Document part) {
        NodeList all = part.getElementsByTagNameNS(W, "instrText");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add(all.item(i).getTextContent().strip());
        }
        return out;
    }

    private static List<String> attributes(org.w3c.dom.Document part, String element, String attribute) {
        return attributes(part, W, element, attribute);
    }

    private static List<String> attributes(org.w3c.dom.Document part, String namespace, String element, String attribute) {
        NodeList all = part.getElementsByTagNameNS(namespace, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            out.add(e.hasAttributeNS(W, attribute) ? e.getAttributeNS(W, attribute) : e.getAttribute(attribute));
        }
        return out;
    }
}
