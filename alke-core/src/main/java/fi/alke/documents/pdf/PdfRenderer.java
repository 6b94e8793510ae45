package fi.alke.documents.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
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
            body.write(document.body());
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

        // One column, the logo and the name each its own element: the logo a Figure, the name a P. The
        // name lines are the metadata block's kind of text and share its line grid, as in the DOCX,
        // where both are paragraphs of one style in the two cells of a layout table: with no logo, the
        // first name line stands on the baseline of the document type and the page number.
        TextStyle names = style.text(TextRole.METADATA);
        float left = Elements.pt(style.marginLeft());
        float right = left + Elements.pt(style.metadataOffset());
        ColumnText letterhead = new ColumnText(pages.canvas());
        letterhead.setSimpleColumn(left, pages.bottom(), right, top);
        float letterheadBottom = top;
        Image logo = document.letterhead().logo();
        if (logo != null) {
            letterhead.addElement(elements.image(logo, logo.widthCm(), logo.heightCm()));
            go(letterhead, pages, tags, Tags.figure(parent, logo.alt()));
            // The logo is a line of its own whose height is the picture's plus what the line spacing
            // adds to a line of the paragraph's font, as LibreOffice sets the DOCX's logo paragraph.
            letterheadBottom = letterhead.getYLine() - elements.lineSpacingExtra(names.size());
        }
        if (!document.letterhead().names().isEmpty()) {
            // OpenPDF sets a column's first baseline a leading below its top, a word processor an ascent.
            float lift = elements.firstLineLift(names.size());
            letterhead.setSimpleColumn(left, pages.bottom(), right, letterheadBottom + lift);
            // Each name line its own P, so that the line in the other national language carries its Lang.
            for (Letterhead.Name name : document.letterhead().names()) {
                letterhead.addElement(elements.lines(List.of(name.text()), names));
                go(letterhead, pages, tags, Tags.element(parent, Tags.P, name.lang()));
            }
            letterheadBottom = letterhead.getYLine() - lift;
        }
        float[] metadataHeight = new float[1]; // after the letterhead, for reading order
        tags.mark(pages.canvas(), Tags.element(parent, Tags.P),
                () -> metadataHeight[0] = header.drawMetadata(pages.canvas(), top, true));
        float spacing = (float) style.paragraphSpacing();
        pages.advanceTo(Math.min(letterheadBottom, top - metadataHeight[0]), spacing);
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
