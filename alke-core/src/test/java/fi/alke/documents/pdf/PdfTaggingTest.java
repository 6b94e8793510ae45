package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.StructureTree;
import fi.alke.documents.testing.TreeText;
import fi.alke.documents.tree.Document;

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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
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
     * The structure trees of all-features, the text fixture and the long table against their document
     * trees, through PDFBox: text in order, headings, tables, figures, nothing untagged.
     */
    @Test
    void theStructureTreeReadsAsTheDocumentTree() throws Exception {
        Document all = Fixtures.document("all-features.xml");
        assertEquals(List.of(), StructureTree.mismatches(all, RENDERER.render(all)));
        Document text = Fixtures.parser().parse("text.xml", TEXT);
        assertEquals(List.of(), StructureTree.mismatches(text, pdf));
        Document table = Fixtures.parser().parse("table.xml", LONG_TABLE);
        assertEquals(List.of(), StructureTree.mismatches(table, RENDERER.render(table)));
    }

    /** The check can fail: a PDF whose headings are tagged as paragraphs does not read as its tree. */
    @Test
    void aDocumentOtherThanThePdfsIsFoundOut() throws Exception {
        Document text = Fixtures.parser().parse("text.xml", TEXT);
        Document other = Fixtures.parser().parse("text.xml", TEXT.replace("<h3>Kolmas taso</h3>", "<h2>Kolmas taso</h2>")
                .replace("Ensimmäinen kohta", "Ensimmäinen muutettu kohta"));
        assertEquals(List.of(), StructureTree.mismatches(text, pdf));
        List<String> found = StructureTree.mismatches(other, pdf);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("text missing or out of order: 'Ensimmäinen muutettu")),
                found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("headings ")), found.toString());
    }

    /**
     * Lists as a screen reader walks them: every LI holds its marker as Lbl, then its text as LBody;
     * the nested numbered list is an L inside the second item's LBody, and the text after it stays in
     * that LBody. Read through the marked content (whitespace aside): the markers under Lbl, the items'
     * text under LBody.
     */
    @Test
    void listItemsHoldTheirMarkerAsLblAndTheirTextAsLBody() throws Exception {
        StructureTree tree = StructureTree.read(pdf);
        List<StructureTree.Element> items = tree.ofType("LI");
        assertEquals(4, items.size());
        items.forEach(li -> assertEquals(List.of("Lbl", "LBody"), li.children()));
        String bullet = PageStyle.sfs2487().bullets().get(0);
        assertEquals(List.of(bullet, bullet, "1.", "2."),
                tree.ofType("Lbl").stream().map(e -> e.text().strip()).toList());
        List<StructureTree.Element> bodies = tree.ofType("LBody");
        assertEquals("Ensimmäinenkohta", TreeText.squeeze(bodies.get(0).text()));
        // The nested list stands inside the second item's body, markers and all.
        assertEquals("Toinenkohta1.Sisäkkäinennumeroitu2.ToinensisäkkäinenJatkuusisäkkäisenjälkeen.",
                TreeText.squeeze(bodies.get(1).text()));
        assertEquals(List.of("P", "L", "P"), bodies.get(1).children());
    }

    /**
     * Lists inside a table's cell and a labelled block, a paragraph before and after them, one item
     * with a link and a nested list, and a labelled block whose list runs over a page break, its first
     * item's marker and first line on page 1 and its second line on page 2.
     */
    private static final String LISTS_IN_CELLS = """
            <document lang="fi" created="2024-02-14T08:00:00Z">
              <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date>\
            <title>Luettelot soluissa</title><author>TEM</author></meta>
              <letterhead><name>Testiorganisaatio</name></letterhead>
              <body>
                <table>
                  <thead><tr><td>Toimenpide</td><td>Tehtävät</td></tr></thead>
                  <tbody>
                    <tr><td>Ensimmäinen</td><td><p>Ennen luetteloa.</p><ul><li>Kohta <a href="https://tem.fi">linkki</a></li>\
            <li>Toinen kohta<ol><li>Sisäkkäinen</li></ol></li></ul><p>Luettelon jälkeen.</p></td></tr>
                  </tbody>
                </table>
                %s
                <labelled label="Liitteet"><p>Liitteet ovat:</p><ol>%s</ol></labelled>
                <p>Lopuksi.</p>
              </body>
            </document>
            """.formatted("<p>Täytettä sivun loppuun asti, jotta luettelo jatkuu seuraavalle sivulle.</p>\n".repeat(21),
            "<li>Liite numero kaksi ja sen pitkähkö nimi, joka jatkuu toiselle riville saakka, koska se on niin kovin pitkä</li>\n".repeat(8));

    @Test
    void listsInCellsAndLabelledBlocksAreListsToo() throws Exception {
        Document document = Fixtures.parser().parse("cells.xml", LISTS_IN_CELLS);
        byte[] cells = RENDERER.render(document);
        Files.write(Path.of("target", "test-output", "tagged-cells.pdf"), cells);
        assertEquals(List.of(), StructureTree.mismatches(document, cells));
        assertEquals(List.of(), Fixtures.pdfua1Failures(cells));
        assertEquals(List.of(), Fixtures.pdfa2aFailures(cells));
        try (PDDocument doc = Loader.loadPDF(cells)) {
            assertEquals(2, doc.getNumberOfPages(), "the labelled block's list runs over the page break");
        }
        StructureTree tree = StructureTree.read(cells);
        List<StructureTree.Element> td = tree.ofType("TD");
        assertEquals(List.of("P", "L", "P"), td.get(1).children());
        assertEquals("Ennenluetteloa.", TreeText.squeeze(tree.elements().get(tree.elements().indexOf(td.get(1)) + 1).text()));
        List<StructureTree.Element> bodies = tree.ofType("LBody");
        assertEquals("Kohtalinkki", TreeText.squeeze(bodies.get(0).text()));
        assertEquals(List.of("P"), bodies.get(0).children(), "the link is inside the item's P");
        assertEquals(List.of("P", "L"), bodies.get(1).children());
        String bullet = PageStyle.sfs2487().bullets().get(0);
        List<String> labels = tree.ofType("Lbl").stream().map(e -> e.text().strip()).toList();
        assertEquals(List.of(bullet, bullet, "1.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."), labels);
        List<StructureTree.Element> divs = tree.ofType("Div");
        StructureTree.Element content = divs.stream().filter(d -> d.children().contains("L")).findFirst().orElseThrow();
        assertEquals(List.of("P", "L"), content.children());
        for (int i = 3; i < bodies.size(); i++) {
            assertEquals("Liitenumerokaksijasenpitkähkönimi,jokajatkuutoiselleriville"
                    + "saakka,koskaseonniinkovinpitkä", TreeText.squeeze(bodies.get(i).text()));
        }
        try (PDDocument doc = Loader.loadPDF(cells)) {
            PDAnnotation link = doc.getPage(0).getAnnotations().get(0);
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            Map<Integer, COSObjectable> parents = new TreeMap<>();
            collect(root.getParentTree(), parents);
            PDStructureElement element = new PDStructureElement(
                    (COSDictionary) parents.get(link.getStructParent()).getCOSObject());
            assertEquals("Link", element.getStructureType());
            assertEquals("P", ((PDStructureElement) element.getParent()).getStructureType());
            assertEquals("Kohtalinkki", TreeText.squeeze(bodies.get(0).text()));
        }
    }

    /**
     * Text in another language than the document's carries it: the Swedish line of the letterhead and
     * the Swedish paragraph are P elements with Lang sv; nothing else names a language of its own.
     */
    @Test
    void partsInAnotherLanguageCarryTheirLang() throws Exception {
        StructureTree tree = StructureTree.read(pdf);
        assertEquals("fi", tree.lang());
        assertEquals(List.of("P sv Testorganisationen", "P sv Ett stycke på svenska."), tree.elements().stream()
                .filter(e -> e.lang() != null).map(e -> e.type() + " " + e.lang() + " " + e.text().strip()).toList());
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
