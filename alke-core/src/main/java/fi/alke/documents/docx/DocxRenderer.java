package fi.alke.documents.docx;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.docx4j.Docx4jProperties;
import org.docx4j.openpackaging.exceptions.Docx4JException;

/**
 * Renders a document tree as a Word document (DOCX) through docx4j.
 *
 * <p>The result uses named styles (Title, heading 1–3, Body Text, List Paragraph, a table style,
 * header, …) defined by the renderer itself, takes every length and font size from the
 * {@link PageStyle}, and lays out the SFS 2487 memo: labels and headings at the left margin, body
 * text at the body indent, the basic metadata block with "page (pages)" fields at the top of page one
 * and as the running header from page two on.
 *
 * <p>The same document always gives the same bytes, in any JVM: ids count up in document order, every
 * ZIP entry carries the date of the document's creation time, and the XML parts declare their
 * namespaces in one order, not in the order docx4j's JAXB context happened to load them. The whole file is built in memory before
 * anything is written, so a failure never leaves half a file behind. Instances are immutable and may
 * render several documents at once from different threads.
 *
 * <p><b>Process-wide docx4j settings.</b> Loading this class (at the latest when the first renderer
 * is created) sets two docx4j properties, which docx4j keeps for the whole JVM and so for every other
 * user of docx4j in the process too: {@code docx4j.jaxb.marshal.suppressVersionComment} to
 * {@code true}, because docx4j otherwise writes its own version, the Java version and the operating
 * system into a comment in {@code document.xml}, which would make the bytes depend on the machine;
 * and {@code docx4j.jaxb.formatted.output} to {@code false}, because indenting every part costs time
 * and size and helps no reader. Both change only how XML is formatted, never what it says.
 *
 * <pre>{@code
 * DocumentRenderer docx = new DocxRenderer(PageStyle.sfs2487());
 * try (OutputStream out = Files.newOutputStream(Path.of("memo.docx"))) {
 *     docx.render(document, out);
 * }
 * }</pre>
 */
public final class DocxRenderer implements DocumentRenderer {
    static {
        // See the class comment: process-wide, formatting only.
        Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
        Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
    }

    private final PackageWriter writer;

    /**
     * A renderer with the given geometry and typography.
     *
     * @param style page size, margins, indents, fonts and spacing
     */
    public DocxRenderer(PageStyle style) {
        this.writer = new PackageWriter(Objects.requireNonNull(style, "style"));
    }

    /**
     * Writes {@code document} as DOCX to {@code out}, which is not closed.
     *
     * @throws IOException when docx4j cannot build the package (the message names the document) or
     *                     when writing to {@code out} fails
     */
    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        byte[] docx;
        try {
            docx = writer.write(document);
        } catch (Docx4JException e) {
            throw new IOException("cannot render \"" + document.metadata().title() + "\" as DOCX: "
                    + e.getMessage(), e);
        }
        out.write(docx);
    }

    /** Returns {@code "docx"}. */
    @Override
    public String extension() {
        return "docx";
    }
}
