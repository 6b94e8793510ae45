package fi.alke.documents.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.zip.Deflater;

/**
 * The four Liberation Sans faces, embedded as subsets.
 *
 * <p>OpenPDF caches the fonts {@code createFont} returns in a JVM-wide table that other users of OpenPDF
 * share, so we create our own uncached instances and only change those: no CIDSet (PDF/A-2 forbids an
 * incomplete one) and a fixed subset tag, because OpenPDF draws a random tag per document and the same
 * input must give the same bytes. Each face has one subset per document, so a fixed tag cannot clash.
 */
final class Fonts {
    private static final String[] FILES = {
        "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"};
    private static final BaseFont[] FACES = load();

    /**
     * Line height of single spacing as a multiple of the size: ascent + descent + line gap, as word
     * processors measure it (LibreOffice sets 11 pt at 1.15 spacing 14.5 pt apart; so does this).
     */
    static final double NATURAL_LINE_HEIGHT;

    /**
     * The typographic ascent + descent as a multiple of the size: what OpenPDF's table cells put above
     * their first baseline and below their last when told to use ascender and descender.
     */
    static final double CELL_ASCENT_DESCENT;

    /** The ascent word processors place the first baseline by, as a multiple of the size. */
    static final double ASCENT;

    static {
        BaseFont regular = FACES[0];
        ASCENT = regular.getFontDescriptor(BaseFont.AWT_ASCENT, 1000) / 1000.0;
        NATURAL_LINE_HEIGHT = (regular.getFontDescriptor(BaseFont.AWT_ASCENT, 1000)
                - regular.getFontDescriptor(BaseFont.AWT_DESCENT, 1000)
                + regular.getFontDescriptor(BaseFont.AWT_LEADING, 1000)) / 1000.0;
        CELL_ASCENT_DESCENT = (regular.getFontDescriptor(BaseFont.ASCENT, 1000)
                - regular.getFontDescriptor(BaseFont.DESCENT, 1000)) / 1000.0;
    }

    private Fonts() {
    }

    static BaseFont face(boolean bold, boolean italic) {
        return FACES[(bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    static Font font(double size, boolean bold, boolean italic, boolean underline, Color color) {
        return new Font(face(bold, italic), (float) size, underline ? Font.UNDERLINE : Font.NORMAL, color);
    }

    static Font font(double size, boolean bold) {
        return font(size, bold, false, false, Color.BLACK);
    }

    private static BaseFont[] load() {
        BaseFont[] faces = new BaseFont[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            String resource = "liberation/" + FILES[i] + ".ttf";
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: add openpdf-fonts-extra to the class path");
                }
                BaseFont face = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        in.readAllBytes(), null);
                face.setIncludeCidSet(false);
                // zlib's fastest level, as for the rest of the PDF (PdfA.prepare): each document compresses
                // its own subsets of these faces anew, and at the default level that was a third of a warm
                // PDF's time; a face keeps its own level, apart from the writer's
                face.setCompressionLevel(Deflater.BEST_SPEED);
                face.setSecureRandom(new FixedTag((char) ('A' + i)));
                GlyphTable.install(face);
                faces[i] = face;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return faces;
    }

    /** Makes OpenPDF's subset tag a fixed six letters: it draws each letter from nextDouble(). */
    private static final class FixedTag extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final double value;

        FixedTag(char letter) {
            this.value = (letter - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
