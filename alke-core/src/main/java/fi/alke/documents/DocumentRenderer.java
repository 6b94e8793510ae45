package fi.alke.documents;

import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Renders a document tree into one file format. Implementations are immutable and safe to share
 * between threads; the same document always gives the same bytes.
 */
public interface DocumentRenderer {

    /** Writes the whole document to {@code out}; does not close it. */
    void render(Document document, OutputStream out) throws IOException;

    /** Renders the whole document into a byte array. */
    default byte[] render(Document document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        render(document, buffer);
        return buffer.toByteArray();
    }

    /** The file name extension without the dot, e.g. {@code "pdf"}. */
    String extension();

    /**
     * Renders to a file atomically: the document is rendered in memory, written to a temporary file
     * beside {@code target} and moved into place only when complete. On failure {@code target} is
     * left as it was and the temporary file is removed.
     */
    default void render(Document document, Path target) throws IOException {
        AtomicFiles.write(target, render(document));
    }
}
