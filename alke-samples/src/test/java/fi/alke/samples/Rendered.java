package fi.alke.samples;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A document tree rendered in both formats with the stock page style, shared by the sample tests. */
record Rendered(Document document, byte[] docx, byte[] pdf) {
    private static final PageStyle STYLE = PageStyle.sfs2487();

    /** The tree in both formats. */
    static Rendered of(Document document) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxRenderer(STYLE).render(document, docx);
        return new Rendered(document, docx.toByteArray(), new PdfRenderer(STYLE).render(document));
    }

    /** A sample's markup parsed with its images and rendered in both formats. */
    static Rendered of(Sample sample, String markup) throws Exception {
        return of(new MarkupParser(sample.resources()).parse(sample.stem() + ".xml", markup));
    }

    /** The samples of these stems, in the order of samples.txt, each rendered in both formats. */
    static Map<String, Rendered> samples(Set<String> stems) throws Exception {
        Map<String, Rendered> rendered = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            if (stems.contains(sample.stem())) {
                rendered.put(sample.stem(), of(sample, sample.markup()));
            }
        }
        return rendered;
    }
}
