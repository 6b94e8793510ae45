package fi.alke.documents.pdf;

import fi.alke.documents.tree.Image;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded images, kept for reuse. OpenPDF decodes a PNG pixel by pixel through ImageIO, which cost more
 * than laying out the rest of a letter; a letterhead logo is the same in every document, so it is
 * decoded once. Bounded, so that a long-running service does not keep every image it ever saw.
 */
final class DecodedImages {
    private static final int CAPACITY = 32;
    private final Map<Image, com.lowagie.text.Image> decoded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Image, com.lowagie.text.Image> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A fresh OpenPDF image for the tree's image; the copy shares the decoded pixels, read only. */
    com.lowagie.text.Image get(Image image) throws IOException {
        com.lowagie.text.Image original;
        synchronized (decoded) {
            original = decoded.get(image);
        }
        if (original == null) {
            original = com.lowagie.text.Image.getInstance(image.data());
            synchronized (decoded) {
                decoded.put(image, original);
            }
        }
        return com.lowagie.text.Image.getInstance(original);
    }
}
