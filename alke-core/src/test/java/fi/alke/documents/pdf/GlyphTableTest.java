package fi.alke.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The faster character table answers as OpenPDF's own does, and is in place for the faces the PDF uses. */
class GlyphTableTest {
    private static BaseFont plain(String file) throws Exception {
        String resource = "liberation/" + file + ".ttf";
        try (InputStream in = GlyphTableTest.class.getClassLoader().getResourceAsStream(resource)) {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }

    @Test
    void everyCharacterHasTheWidthAndGlyphItHasInOpenPdfsOwnTable() throws Exception {
        BaseFont own = plain("LiberationSans-Regular");
        BaseFont fast = plain("LiberationSans-Regular");
        assertFalse(GlyphTable.installed(fast));
        assertTrue(GlyphTable.install(fast), "OpenPDF's character map is reachable on this class path");
        assertTrue(GlyphTable.installed(fast));
        int present = 0;
        for (int c = 0; c < 0x11000; c++) {
            assertEquals(own.charExists(c), fast.charExists(c), "character " + Integer.toHexString(c));
            assertEquals(own.getWidth(c), fast.getWidth(c), "width of " + Integer.toHexString(c));
            present += own.charExists(c) ? 1 : 0;
        }
        assertTrue(present > 2000, "the font maps its characters: " + present);
    }

    @Test
    void theFacesThePdfUsesLookTheirCharactersUpInIt() {
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                assertTrue(GlyphTable.installed(Fonts.face(bold, italic)), "bold " + bold + ", italic " + italic);
            }
        }
    }
}
