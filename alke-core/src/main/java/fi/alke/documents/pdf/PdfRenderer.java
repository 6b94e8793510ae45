package fi.alke.documents.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Letterhead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Renders a document tree to PDF/A-2b with OpenPDF: Liberation Sans embedded, the SFS 2487 layout of
 * the {@link PageStyle}, the metadata block with {@code n (N)} page numbers on every page and as the
 * running header from page two on, document language and title set, Info and XMP metadata agreeing.
 *
 * <p>Immutable and safe to share between threads. The same document gives the same bytes: dates come
 * from {@link fi.alke.documents.tree.Metadata#created()} and the file identifier is derived from the
 * content. The PDF is built in memory and written to the stream only when complete.
 */
public final class PdfRenderer implements DocumentRenderer {
    private final PageStyle style;
    private final Elements elements;

    /** A renderer for the given page style. */
    public PdfRenderer(PageStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        this.elements = new Elements(style);
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        out.write(render(document));
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(Document document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(Pages.portrait(style));
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
            Tags tags = new Tags(writer);
            RunningHeader header = new RunningHeader(style, elements, document.metadata(),
                    document.letterhead().shortName(), tags);
            writer.setPageEvent(header);
            PdfA.prepare(writer, document.metadata());
            pdf.open();
            PdfA.addOutputIntent(writer);
            Pages pages = new Pages(pdf, writer, style, elements.firstLineLift(style.bodySize()), tags);
            head(document, pages, header, tags);
            BodyWriter body = new BodyWriter(pages, elements, style, tags, tags.root());
            document.body().forEach(block -> block.accept(body));
            pdf.close();
        } catch (UncheckedIOException e) {
            throw new IOException(failure(document, e.getCause()), e.getCause());
        } catch (RuntimeException e) { // OpenPDF's DocumentException is unchecked
            throw new IOException(failure(document, e), e);
        }
        return PdfA.withDerivedId(buffer.toByteArray());
    }

    private static String failure(Document document, Exception e) {
        return "cannot render \"" + document.metadata().title() + "\" as PDF: " + e.getMessage();
    }

    /** Page one's head: letterhead on the left, the metadata block at 9.2 cm, then the recipient. */
    private void head(Document document, Pages pages, RunningHeader header, Tags tags) throws IOException {
        PdfStructureElement parent = tags.root();
        float top = pages.textTop();

        // One column, the logo and the name each its own element: the logo a Figure, the name a P.
        ColumnText letterhead = new ColumnText(pages.canvas());
        float left = Elements.pt(style.marginLeft());
        letterhead.setSimpleColumn(left, pages.bottom(), left + Elements.pt(style.metadataOffset()), top);
        Image logo = document.letterhead().logo();
        if (logo != null) {
            letterhead.addElement(elements.image(logo, logo.widthCm(), logo.heightCm()));
            go(letterhead, pages, tags, Tags.figure(parent, logo.alt()));
        }
        // Each name line its own P, so that the line in the other national language carries its Lang.
        for (Letterhead.Name name : document.letterhead().names()) {
            letterhead.addElement(elements.lines(List.of(name.text()), style.text(TextRole.BODY)));
            go(letterhead, pages, tags, Tags.element(parent, Tags.P, name.lang()));
        }
        float[] metadataHeight = new float[1]; // after the letterhead, for reading order
        tags.mark(pages.canvas(), Tags.element(parent, Tags.P),
                () -> metadataHeight[0] = header.drawMetadata(pages.canvas(), top, true));
        float spacing = (float) style.paragraphSpacing();
        pages.advanceTo(Math.min(letterhead.getYLine(), top - metadataHeight[0]), spacing);
        if (!document.recipient().isEmpty()) {
            Paragraph recipient = elements.lines(document.recipient(), style.text(TextRole.BODY));
            pages.flow(recipient, pages.left(true), spacing, true, Tags.element(parent, Tags.P),
                    style.text(TextRole.BODY).splitLines());
        }
    }

    private static void go(ColumnText column, Pages pages, Tags tags, PdfStructureElement tag) {
        tags.mark(pages.canvas(), tag, () -> {
            try {
                column.go();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("OpenPDF could not lay out the letterhead: " + e.getMessage(), e);
            }
        });
    }
}
