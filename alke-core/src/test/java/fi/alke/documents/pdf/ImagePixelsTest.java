package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.style.PageStyle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * A picture's pixels come out of the PDF as they went in, read back by PDFBox: colour, grey and an alpha
 * channel (the PDF's soft mask), in the first document that names the picture and in the next ones, which
 * reuse the pixels decoded and compressed once ({@code DecodedImages}).
 */
class ImagePixelsTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(PageStyle.sfs2487());

    @Test
    void picturesKeepEveryPixelInTheFirstDocumentAndTheNext() throws Exception {
        Map<String, BufferedImage> pictures = Map.of(
                "alpha.png", picture(BufferedImage.TYPE_INT_ARGB, 37, 23),
                "colour.png", picture(BufferedImage.TYPE_INT_RGB, 40, 17),
                "grey.png", picture(BufferedImage.TYPE_BYTE_GRAY, 21, 30),
                "palette.png", picture(BufferedImage.TYPE_BYTE_INDEXED, 19, 11));
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (Map.Entry<String, BufferedImage> picture : pictures.entrySet()) {
            files.put(picture.getKey(), png(picture.getValue()));
        }
        MarkupParser parser = new MarkupParser(src -> files.get(src).clone());
        for (String name : new java.util.TreeSet<>(pictures.keySet())) {
            for (int time = 1; time <= 2; time++) {
                String markup = """
                        <document lang="fi" created="2026-01-15T08:00:00Z">
                          <meta><type>Muistio</type><date value="2026-01-15">15.1.2026</date><id>VN/1/2026</id>\
                        <title>Kuvat</title><author>TEM</author></meta>
                          <letterhead><img src="%s" alt="Tunnus" width="2cm"/><name>Virasto</name></letterhead>
                          <body><p>Teksti.</p></body>
                        </document>
                        """.formatted(name);
                List<BufferedImage> inPdf = images(RENDERER.render(parser.parse("kuvat.xml", markup)));
                assertEquals(1, inPdf.size(), name);
                assertSamePixels(pictures.get(name), inPdf.get(0), name + ", document " + time);
            }
        }
    }

    /** A picture whose every pixel differs from its neighbours: a gradient in each channel, alpha included. */
    private static BufferedImage picture(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = 255 - (x * 7 + y * 3) % 256;
                image.setRGB(x, y, alpha << 24 | (x * 11 % 256) << 16 | (y * 13 % 256) << 8 | (x * y) % 256);
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        boolean alpha = expected.getColorModel().hasAlpha();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                int got = actual.getRGB(x, y);
                if (!alpha) { // an opaque picture has no mask: compare the colour only
                    want &= 0xFFFFFF;
                    got &= 0xFFFFFF;
                }
                assertEquals(Integer.toHexString(want), Integer.toHexString(got), what + " at " + x + "," + y);
            }
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * The pictures of page one, soft mask applied, as PDFBox decodes them; a soft mask, which OpenPDF
     * names among the page's resources too, is not a picture of its own.
     */
    private static List<BufferedImage> images(byte[] pdf) throws IOException {
        List<PDImageXObject> xobjects = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    xobjects.add(image);
                }
            }
            List<Object> masks = xobjects.stream().map(i -> (Object) i.getCOSObject().getDictionaryObject(COSName.SMASK))
                    .filter(java.util.Objects::nonNull).toList();
            List<BufferedImage> images = new ArrayList<>();
            for (PDImageXObject image : xobjects) {
                if (!masks.contains(image.getCOSObject())) {
                    images.add(image.getImage());
                }
            }
            return images;
        }
    }
}
