package fi.alke.documents.internal;

import fi.alke.documents.tree.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's format and pixel size from its header, without decoding the pixels: for the markup
 * parser's {@code img}, and for the command line to check a letterhead's logo before any markup names it.
 * Not API.
 */
public final class ImageProbe {
    /**
     * The most pixels an image may have unless the caller says otherwise ({@code Limits.imagePixels}).
     * Decoding is what costs memory (4 bytes a pixel in the PDF renderer), and an image of 30,000 × 30,000
     * pixels takes a few hundred kilobytes on disk but 3.6 GB decoded.
     */
    public static final long MAX_PIXELS = fi.alke.documents.Limits.DEFAULT.imagePixels();

    private ImageProbe() {
    }

    /**
     * The image of the data, printed {@code widthCm} wide.
     *
     * @throws IOException saying what is wrong with the data: not a PNG or JPEG image
     */
    public static Image image(byte[] data, double widthCm, String alt) throws IOException {
        return image(data, widthCm, alt, MAX_PIXELS);
    }

    /** The image of the data, printed {@code widthCm} wide, with at most {@code maxPixels} pixels. */
    public static Image image(byte[] data, double widthCm, String alt, long maxPixels) throws IOException {
        // a stream over the bytes in memory: ImageIO.createImageInputStream caches a stream in a temporary
        // file, one made and deleted for each image of each document, a tenth of parsing a document with a
        // logo, and an error where its cache directory has gone
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                Image.Format kind = switch (format) {
                    case "png" -> Image.Format.PNG;
                    case "jpeg", "jpg" -> Image.Format.JPEG;
                    default -> throw new IOException("is " + format + "; only PNG and JPEG are supported");
                };
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new IOException("has " + width + " × " + height + " pixels; at most " + maxPixels
                            + " are read (scale it down: a printed page needs no more; Limits.imagePixels raises the "
                            + "limit)");
                }
                if (kind == Image.Format.PNG && !wholePng(data)) {
                    throw new IOException("is cut short: the PNG ends before its last chunk (a damaged or partly "
                            + "copied file; save or copy it again)");
                }
                return new Image(data, kind, width, height, widthCm, alt);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Whether a PNG's chunks run whole to its end chunk (IEND). Reading the size, as above, needs only the
     * first chunk, so a file cut short passed here and failed only when the PDF decoded it, with a message
     * that named neither the file nor the fault. Walking the chunks' lengths costs nothing like decoding.
     */
    private static boolean wholePng(byte[] data) {
        long at = 8; // past the signature
        while (at + 8 <= data.length) {
            long length = ((data[(int) at] & 0xFFL) << 24) | ((data[(int) at + 1] & 0xFF) << 16)
                    | ((data[(int) at + 2] & 0xFF) << 8) | (data[(int) at + 3] & 0xFF);
            boolean end = data[(int) at + 4] == 'I' && data[(int) at + 5] == 'E' && data[(int) at + 6] == 'N'
                    && data[(int) at + 7] == 'D';
            at += 12 + length; // length, type, data, CRC
            if (at > data.length) {
                return false;
            }
            if (end) {
                return true;
            }
        }
        return false;
    }
}
