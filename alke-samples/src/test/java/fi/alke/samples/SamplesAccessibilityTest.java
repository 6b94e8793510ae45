package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every sample's PDF is tagged and passes veraPDF's PDF/UA-1 and PDF/A-2a profiles. */
class SamplesAccessibilityTest {
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
