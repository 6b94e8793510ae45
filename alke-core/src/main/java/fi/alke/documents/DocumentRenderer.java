package fi.alke.documents;

import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a document tree into one file format. Implementations are immutable and safe to share
 * between threads; the same document always gives the same bytes.
 */
public interface DocumentRenderer {

    /** Writes the whole document to {@code out}; does not close it. */
    void render(Document document, OutputStream out) throws IOException;

    /** The file name extension without the dot, e.g. {@code "pdf"}. */
    String extension();
}
