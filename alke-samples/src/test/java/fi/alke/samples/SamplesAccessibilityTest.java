package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.StructureTree;
import fi.alke.documents.tree.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sample's PDF is tagged and passes veraPDF's PDF/UA-1 and PDF/A-2a profiles, and its structure
 * tree reads as its document tree.
 */
class SamplesAccessibilityTest {
    /**
     * Read through PDFBox: the text under the structure elements in the document's order, the headings
     * as H elements of their levels, the tables' header cells as TH with Scope, every image a Figure with
     * its alt text, nothing on a page outside the tree but artifacts ({@link StructureTree#mismatches}).
     */
    @Test
    void everySamplesStructureTreeReadsAsItsDocument() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PageStyle.sfs2487());
        Map<String, List<String>> mismatches = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            Document document = new MarkupParser(sample.resources()).parse(sample.stem() + ".xml", sample.markup());
            List<String> found = StructureTree.mismatches(document, renderer.render(document));
            if (!found.isEmpty()) {
                mismatches.put(sample.stem(), found);
            }
        }
        assertEquals(Map.of(), mismatches);
    }

    @Test
    void everySampleIsValidPdfUa1AndPdfA2a() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PageStyle.sfs2487());
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            byte[] pdf = renderer.render(new MarkupParser(sample.resources())
                    .parse(sample.stem() + ".xml", sample.markup()));
            Path out = Path.of("target", "test-output", sample.stem() + ".pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, pdf);
            List<String> failed = new java.util.ArrayList<>();
            Fixtures.pdfua1Failures(pdf).forEach(rule -> failed.add("PDF/UA-1 " + rule));
            Fixtures.pdfa2aFailures(pdf).forEach(rule -> failed.add("PDF/A-2a " + rule));
            if (!failed.isEmpty()) {
                failures.put(sample.stem(), failed);
            }
        }
        assertEquals(Map.of(), failures);
    }
}
