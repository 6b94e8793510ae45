package fi.alke.documents.pdf;

import fi.alke.documents.internal.BoundedCache;
import fi.alke.documents.tree.Image;
import java.io.IOException;

/**
 * Decoded images, kept for reuse. OpenPDF decodes a PNG pixel by pixel through ImageIO, which cost more
 * than laying out the rest of a letter; a letterhead logo is the same in every document, so it is
 * decoded once. Bounded, so that a long-running service does not keep every image it ever saw.
 *
 * <p>The pixels are kept compressed too: OpenPDF compresses an image's raw pixels (and its alpha mask's)
 * into the PDF's stream each time a document adds it, a twelfth of all the time a warm letter took
 * (docs/performance.md). They are compressed once, as OpenPDF would compress them, and each document
 * writes the compressed bytes as they are ({@link com.lowagie.text.Image#isDeflated()}).
 */
final class DecodedImages {
    private static final int CAPACITY = 32;
    private final BoundedCache<Image, com.lowagie.text.Image> decoded = new BoundedCache<>(CAPACITY);

    /** A fresh OpenPDF image for the tree's image; the copy shares the decoded pixels, read only. */
    com.lowagie.text.Image get(Image image) throws IOException {
        com.lowagie.text.Image original = decoded.get(image);
        if (original == null) {
            original = Deflated.of(com.lowagie.text.Image.getInstance(image.data()));
            decoded.put(image, original);
        }
        return original instanceof Deflated deflated ? new Deflated(deflated) : com.lowagie.text.Image.getInstance(original);
    }

    /**
     * A decoded image whose raw pixels, and its mask's, are compressed already. Public only because OpenPDF
     * copies an image through its class's public constructor of one {@code Image}, found by reflection.
     */
    public static final class Deflated extends com.lowagie.text.Image {
        /** A copy sharing the compressed pixels and mask, read only, as {@code Image.getInstance(Image)} shares them. */
        public Deflated(com.lowagie.text.Image image) {
            super(image);
        }

        private Deflated(com.lowagie.text.Image image, byte[] compressed, com.lowagie.text.Image mask) {
            super(image);
            rawData = compressed;
            deflated = true;
            imageMask = mask;
        }

        /** The image with its pixels compressed, or the image itself when it is not raw pixels OpenPDF compresses. */
        static com.lowagie.text.Image of(com.lowagie.text.Image image) throws IOException {
            if (!compressible(image)) {
                return image;
            }
            com.lowagie.text.Image mask = image.getImageMask();
            if (mask != null) {
                if (!compressible(mask)) {
                    return image;
                }
                mask = new Deflated(mask, compress(mask), null);
            }
            return new Deflated(image, compress(image), mask);
        }

        /** What {@code PdfImage} would compress: raw pixels, not CCITT-coded (bpc above 255), not yet compressed. */
        private static boolean compressible(com.lowagie.text.Image image) {
            return image.isImgRaw() && !image.isDeflated() && image.getBpc() <= 0xff && image.getRawData() != null;
        }

        /** As {@code PdfStream.flateCompress} compresses, at the image's own level. */
        private static byte[] compress(com.lowagie.text.Image image) throws IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(image.getCompressionLevel());
            try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(bytes, deflater)) {
                out.write(image.getRawData());
            } finally {
                deflater.end();
            }
            return bytes.toByteArray();
        }
    }
}
