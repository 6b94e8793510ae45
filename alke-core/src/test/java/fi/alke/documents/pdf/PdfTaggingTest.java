package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Table;
import fi.alke.documents.tree.Title;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagged PDF: PDF/UA-1 for the nodes the structure tree covers so far. */
class PdfTaggingTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());
    /** Headings, paragraphs and lists, nested lists and an item that goes on after its nested list. */
    private static final String TEXT = """
            <document lang="fi" numbered-headings="true" created="2024-02-14T08:00:00Z">
              <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date><id>VN/1/2024</id>\
            <title>Rakenne</title><author>TEM</author></meta>
              <letterhead><name>Testiorganisaatio</name><name lang="sv">Testorganisationen</name></letterhead>
              <recipient><line>Jakelun mukaan</line></recipient>
              <body>
                <title>Rakenne</title>
                <subject>Otsikot, kappaleet ja luettelot</subject>
                <h1>Ensimmäinen luku</h1>
                <p>Tavallista tekstiä, <b>lihavoitua</b> ja <i>kursiivia</i>.<br/>Rivinvaihdon jälkeen.</p>
                <p lang="sv">Ett stycke på svenska.</p>
                <h2>Alaluku</h2>
                <ul>
                  <li>Ensimmäinen kohta</li>
                  <li>Toinen kohta
                    <ol><li>Sisäkkäinen numeroitu</li><li>Toinen sisäkkäinen</li></ol>
                    <p>Jatkuu sisäkkäisen jälkeen.</p>
                  </li>
                </ul>
                <h3>Kolmas taso</h3>
                %s
              </body>
            </document>
            """.formatted("<p>Pitkä kappale, joka jatkuu sivulta toiselle. </p>\n".repeat(60));

    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = RENDERER.render(Fixtures.parser().parse("text.xml", TEXT));
        Path out = Path.of("target", "test-output", "tagged-text.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void headingsParagraphsAndListsAreValidPdfUa1() throws Exception {
        assertEquals(List.of(), Fixtures.pdfua1Failures(pdf));
    }

    @Test
    void isValidPdfA2aAndStillPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2aFailures(pdf));
        assertEquals(List.of(), Fixtures.pdfa2bFailures(pdf));
    }

    @Test
    void theStructureTreeGivesTheSameBytesTwice() throws Exception {
        assertArrayEquals(pdf, RENDERER.render(Fixtures.parser().parse("text.xml", TEXT)));
    }

    /** The fixture that uses every element of the markup: tables, images, links, landscape, nesting. */
    @Test
    void allFeaturesIsValidPdfUa1AndPdfA2a() throws Exception {
        byte[] all = allFeatures();
        assertEquals(List.of(), Fixtures.pdfua1Failures(all));
        assertEquals(List.of(), Fixtures.pdfa2aFailures(all));
    }

    /** A table with a spanning header that breaks across pages, its header repeated. */
    private static final String LONG_TABLE = """
            <document lang="fi" created="2024-02-14T08:00:00Z">
              <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date>\
            <title>Taulukko</title><author>TEM</author></meta>
              <letterhead><name>Testiorganisaatio</name></letterhead>
              <body>
                <p>Ennen taulukkoa.</p>
                <table id="pitka">
                  <thead><tr><td rowspan="2">Toimenpide</td><td colspan="2">Vastuutahot</td></tr>\
            <tr><td>Pää</td><td>Muut</td></tr></thead>
                  <tbody>%s</tbody>
                </table>
                <p>Taulukon jälkeen.</p>
              </body>
            </document>
            """.formatted("<tr><td><p>Rivi</p><ul><li>kohta</li></ul></td><td>VM</td><td/></tr>\n".repeat(70));

    @Test
    void aLongTableIsValidPdfUa1AndPdfA2a() throws Exception {
        byte[] table = RENDERER.render(Fixtures.parser().parse("table.xml", LONG_TABLE));
        Files.write(Path.of("target", "test-output", "tagged-table.pdf"), table);
        assertEquals(List.of(), Fixtures.pdfua1Failures(table));
        assertEquals(List.of(), Fixtures.pdfa2aFailures(table));
        assertEquals(List.of(), Fixtures.pdfa2bFailures(table));
        assertArrayEquals(table, RENDERER.render(Fixtures.parser().parse("table.xml", LONG_TABLE)));
    }

    @Test
    void theTaggedPdfIsTheSameInAnyThreadAndTimeZone() throws Exception {
        byte[] all = allFeatures();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(all, allFeatures());
        } finally {
            TimeZone.setDefault(zone);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean even = i % 2 == 0;
                renders.add(pool.submit(() -> even ? allFeatures()
                        : RENDERER.render(Fixtures.parser().parse("table.xml", LONG_TABLE))));
            }
            byte[] table = RENDERER.render(Fixtures.parser().parse("table.xml", LONG_TABLE));
            for (int i = 0; i < renders.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? all : table, renders.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The structure tree of all-features against its document tree: an H per heading and main title,
     * a Figure with the alt text per image (logo included), a Table per ruled table with TH cells that
     * all have Scope, an L per list at the top of the body.
     */
    @Test
    void theStructureTreeFollowsTheDocumentTree() throws Exception {
        Document document = Fixtures.document("all-features.xml");
        List<Block> blocks = new ArrayList<>();
        document.body().forEach(b -> {
            if (b instanceof Landscape l) {
                blocks.addAll(l.blocks());
            } else {
                blocks.add(b);
            }
        });
        List<String> alts = new ArrayList<>();
        if (document.letterhead().logo() != null) {
            alts.add(document.letterhead().logo().alt());
        }
        blocks.stream().filter(b -> b instanceof Image).forEach(b -> alts.add(((Image) b).alt()));
        long headings = blocks.stream().filter(b -> b instanceof Heading || b instanceof Title t && t.main()).count();
        long tables = blocks.stream().filter(b -> b instanceof Table).count();
        long lists = blocks.stream().filter(b -> b instanceof ListBlock).count();

        List<PDStructureElement> elements = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(allFeatures())) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement top = (PDStructureElement) root.getKids().get(0);
            assertEquals("Document", top.getStructureType());
            walk(top, elements);
            assertEquals(lists, top.getKids().stream()
                    .filter(k -> k instanceof PDStructureElement e && e.getStructureType().equals("L")).count());
        }
        assertEquals(headings, elements.stream().filter(e -> e.getStructureType().matches("H[1-3]")).count());
        assertEquals(alts, elements.stream().filter(e -> e.getStructureType().equals("Figure"))
                .map(PDStructureElement::getAlternateDescription).toList());
        assertEquals(tables, elements.stream().filter(e -> e.getStructureType().equals("Table")).count());
        List<PDStructureElement> headers = elements.stream().filter(e -> e.getStructureType().equals("TH")).toList();
        assertTrue(!headers.isEmpty());
        headers.forEach(th -> assertEquals(COSName.getPDFName("Column"),
                ((COSDictionary) th.getCOSObject().getDictionaryObject(COSName.A))
                        .getDictionaryObject(COSName.getPDFName("Scope"))));
    }

    /**
     * The text under the structure elements, read in structure order through their marked content,
     * has the body's headings and paragraphs in the document tree's order (whitespace aside, as lines
     * break differently from the tree's text).
     */
    @Test
    void theStructureTreeReadsTheTextInTheDocumentsOrder() throws Exception {
        Document document = Fixtures.document("all-features.xml");
        List<String> parts = new ArrayList<>();
        List<Block> blocks = new ArrayList<>(document.body());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Landscape l) {
                blocks.addAll(i + 1, l.blocks());
            }
            List<Inline> inlines = b instanceof Heading h ? h.numberedContent()
                    : b instanceof fi.alke.documents.tree.Paragraph p ? p.content()
                    : b instanceof Title t ? t.content() : List.of();
            StringBuilder text = new StringBuilder();
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (inline instanceof Inline.Link link) {
                    link.content().forEach(t -> text.append(t.text()));
                }
            }
            if (!text.isEmpty()) {
                parts.add(text.toString().replaceAll("\\s+", ""));
            }
        }
        StringBuilder read = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(allFeatures())) {
            Map<PDPage, Map<Integer, String>> marked = markedText(doc);
            PDStructureElement top = (PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            read(top, top.getPage(), marked, read);
        }
        Fixtures.assertInOrder(read.toString().replaceAll("\\s+", ""), parts);
    }

    /**
     * Lists as a screen reader walks them: every LI holds its marker as Lbl, then its text as LBody;
     * the nested numbered list is an L inside the second item's LBody, and the text after it stays in
     * that LBody. Read through the marked content (whitespace aside): the markers under Lbl, the items'
     * text under LBody.
     */
    @Test
    void listItemsHoldTheirMarkerAsLblAndTheirTextAsLBody() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> marked = markedText(doc);
            PDStructureElement top = (PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> all = new ArrayList<>();
            walk(top, all);
            List<PDStructureElement> items = all.stream().filter(e -> e.getStructureType().equals("LI")).toList();
            assertEquals(4, items.size());
            List<String> labels = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (PDStructureElement li : items) {
                List<String> kids = li.getKids().stream().map(k -> ((PDStructureElement) k).getStructureType()).toList();
                assertEquals(List.of("Lbl", "LBody"), kids);
                StringBuilder label = new StringBuilder();
                read((PDStructureElement) li.getKids().get(0), top.getPage(), marked, label);
                labels.add(label.toString().strip());
                StringBuilder body = new StringBuilder();
                read((PDStructureElement) li.getKids().get(1), top.getPage(), marked, body);
                bodies.add(body.toString().replaceAll("\\s+", ""));
            }
            String bullet = PageStyle.sfs2487().bullets().get(0);
            assertEquals(List.of(bullet, bullet, "1.", "2."), labels);
            assertEquals("Ensimmäinenkohta", bodies.get(0));
            // The nested list stands inside the second item's body, markers and all.
            assertEquals("Toinenkohta1.Sisäkkäinennumeroitu2.ToinensisäkkäinenJatkuusisäkkäisenjälkeen.",
                    bodies.get(1));
            PDStructureElement second = (PDStructureElement) items.get(1).getKids().get(1);
            assertEquals(List.of("P", "L", "P"), second.getKids().stream()
                    .map(k -> ((PDStructureElement) k).getStructureType()).toList());
        }
    }

    /**
     * Text in another language than the document's carries it: the Swedish line of the letterhead and
     * the Swedish paragraph are P elements with Lang sv; nothing else names a language of its own.
     */
    @Test
    void partsInAnotherLanguageCarryTheirLang() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("fi", doc.getDocumentCatalog().getLanguage());
            Map<PDPage, Map<Integer, String>> marked = markedText(doc);
            PDStructureElement top = (PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> all = new ArrayList<>();
            walk(top, all);
            Map<String, String> inOtherLanguages = new TreeMap<>();
            for (PDStructureElement e : all) {
                if (e.getLanguage() != null) {
                    StringBuilder text = new StringBuilder();
                    read(e, top.getPage(), marked, text);
                    inOtherLanguages.put(text.toString().strip(), e.getStructureType() + " " + e.getLanguage());
                }
            }
            assertEquals(Map.of("Testorganisationen", "P sv", "Ett stycke på svenska.", "P sv"), inOtherLanguages);
        }
    }

    private static Map<PDPage, Map<Integer, String>> markedText(PDDocument doc) throws java.io.IOException {
        Map<PDPage, Map<Integer, String>> marked = new java.util.HashMap<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new java.util.HashMap<>();
            collectMarked(extractor.getMarkedContents(), byId);
            marked.put(page, byId);
        }
        return marked;
    }

    private static void collectMarked(List<PDMarkedContent> contents, Map<Integer, String> into) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t) {
                    text.append(t.getUnicode());
                } else if (o instanceof PDMarkedContent nested) {
                    collectMarked(List.of(nested), into);
                }
            }
            if (content.getMCID() >= 0) {
                into.merge(content.getMCID(), text.toString(), String::concat);
            }
        }
    }

    private static void read(PDStructureElement element, PDPage page, Map<PDPage, Map<Integer, String>> marked,
            StringBuilder into) {
        PDPage own = element.getPage() != null ? element.getPage() : page;
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                into.append(marked.get(own).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage on = ref.getPage() != null ? ref.getPage() : own;
                into.append(marked.get(on).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement e) {
                read(e, own, marked, into);
            }
        }
    }

    private static void walk(PDStructureElement element, List<PDStructureElement> into) {
        into.add(element);
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement e) {
                walk(e, into);
            }
        }
    }

    /** Not an assertion yet: what PDF/A-2a finds (the XMP still says B, so the level rules fail too). */
    @Test
    void reportsWhatPdfA2aStillFinds() throws Exception {
        System.out.println("PDF/A-2a all-features: " + Fixtures.pdfa2aFailures(allFeatures()));
        System.out.println("PDF/A-2a text: " + Fixtures.pdfa2aFailures(pdf));
    }

    @Test
    void theParentTreeNextKeyFollowsEveryKeyAndLinksHaveOne() throws Exception {
        try (PDDocument doc = Loader.loadPDF(allFeatures())) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            Map<Integer, COSObjectable> tree = new TreeMap<>();
            collect(root.getParentTree(), tree);
            assertEquals(((TreeMap<Integer, COSObjectable>) tree).lastKey() + 1, root.getParentTreeNextKey());
            assertEquals(tree.size(), root.getParentTreeNextKey(), "keys from 0 without gaps");
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertTrue(tree.containsKey(annotation.getStructParent()), "the link's StructParent is a key");
                    assertTrue(annotation.getContents() != null && !annotation.getContents().isBlank());
                    assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
                    links++;
                }
            }
            assertTrue(links > 0);
        }
    }

    private static void collect(PDNumberTreeNode node, Map<Integer, COSObjectable> into) throws Exception {
        if (node.getNumbers() != null) {
            into.putAll(node.getNumbers());
        }
        if (node.getKids() != null) {
            for (PDNumberTreeNode kid : node.getKids()) {
                collect(kid, into);
            }
        }
    }

    @Test
    void allFeaturesIsStillValidPdfA2b() throws Exception {
        assertEquals(List.of(), Fixtures.pdfa2bFailures(allFeatures()));
    }

    private static byte[] allFeatures() throws Exception {
        return RENDERER.render(Fixtures.document("all-features.xml"));
    }
}
