package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.Table;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Word's accessibility checker looks for in a DOCX, read back through POI for every sample: every
 * image has its alternative text (the drawing's and the picture's own description), every heading of the
 * document tree is a paragraph in a Heading style of its level, every table with header rows marks them
 * as header rows (repeated on each page, which is also how Word tells a header row), and the document's
 * title and language are stored.
 */
class DocxAccessibilityTest {
    private static Map<String, Rendered> rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = Rendered.samples(new java.util.HashSet<>(Samples.stems()));
        assertEquals(Samples.stems().size(), rendered.size());
    }

    static Stream<String> stems() {
        return Samples.stems().stream();
    }

    @ParameterizedTest
    @MethodSource("stems")
    void theDocxCarriesWhatAnAccessibilityCheckerLooksFor(String stem) throws Exception {
        Rendered sample = rendered.get(stem);
        Document tree = sample.document();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(sample.docx()))) {
            // images: the tree's logo and images, each with its alt text, in the file's order
            List<String> alts = new ArrayList<>();
            if (tree.letterhead() != null && tree.letterhead().logo() != null) {
                alts.add(tree.letterhead().logo().alt());
            }
            blocks(tree.body()).filter(Image.class::isInstance).map(b -> ((Image) b).alt()).forEach(alts::add);
            List<String> descriptions = new ArrayList<>();
            for (XWPFParagraph paragraph : allParagraphs(docx)) {
                for (XWPFRun run : paragraph.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        descriptions.add(picture.getCTPicture().getNvPicPr().getCNvPr().getDescr());
                        assertTrue(run.getCTR().xmlText().contains("descr=\"" + picture.getCTPicture().getNvPicPr()
                                .getCNvPr().getDescr()), stem + ": the drawing carries the description too");
                    }
                }
            }
            assertEquals(alts.size(), descriptions.size(), stem + ": one picture per image");
            assertTrue(descriptions.stream().allMatch(d -> d != null && !d.isBlank()), stem + ": " + descriptions);

            // headings: one paragraph in the Heading style of its level for each heading of the tree
            List<Integer> levels = blocks(tree.body()).filter(Heading.class::isInstance)
                    .map(b -> ((Heading) b).level()).toList();
            List<Integer> styled = docx.getParagraphs().stream().map(XWPFParagraph::getStyle)
                    .filter(style -> style != null && style.matches("Heading[1-3]"))
                    .map(style -> Integer.parseInt(style.substring("Heading".length()))).toList();
            assertEquals(levels, styled, stem + ": headings are real headings, in order and level");

            // tables: the tree's tables with header rows mark exactly those rows; no other table (the layout
            // tables of labelled blocks, signatures and the contact block) claims a header row
            List<Integer> treeHeaders = blocks(tree.body()).filter(Table.class::isInstance)
                    .map(b -> ((Table) b).headerRows().size()).filter(n -> n > 0).toList();
            List<Integer> writtenHeaders = new ArrayList<>();
            for (XWPFTable table : docx.getTables()) {
                int marked = 0;
                while (marked < table.getRows().size() && table.getRow(marked).isRepeatHeader()) {
                    marked++;
                }
                if (marked > 0) {
                    writtenHeaders.add(marked);
                }
            }
            assertEquals(treeHeaders, writtenHeaders, stem + ": header rows of each table, in order");

            // title and language stored
            assertEquals(tree.metadata().title(), docx.getProperties().getCoreProperties().getTitle(), stem);
            String language = docx.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElse("");
            assertFalse(language.isBlank(), stem + ": the document language is stored");
            assertTrue(language.startsWith(tree.metadata().language()), stem + ": " + language);
        }
    }

    /** Every block of the body, in order, landscape sections opened (headings, tables and images live there). */
    private static Stream<Block> blocks(List<Block> body) {
        return body.stream().flatMap(block -> block instanceof Landscape landscape
                ? blocks(landscape.blocks()) : Stream.of(block));
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument docx) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(docx.getParagraphs());
        docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> paragraphs.addAll(c.getParagraphs()))));
        docx.getHeaderList().forEach(h -> paragraphs.addAll(h.getParagraphs()));
        return paragraphs;
    }
}
