package fi.alke.documents.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * A font's character-to-glyph table that finds a character of the Basic Multilingual Plane by array index.
 * OpenPDF looks every character up in a {@code HashMap<Integer, int[]>} each time it measures or writes it
 * (several times per character: each line is measured, then drawn, then its glyphs are encoded): those
 * lookups, boxing, hashing and comparing {@code Integer}s, were a fifth of the PDF's time. This table holds
 * the same entries, answers {@link #get} for BMP characters from an array, and stays a {@code HashMap} for
 * everything else OpenPDF does with it.
 *
 * <p>It replaces the table in OpenPDF's own (protected) field, reached by reflection: where that is not
 * possible (OpenPDF on the module path without the package opened, a release that renamed the field), the
 * font keeps its own table and only the speed differs; {@link #installed} tells which.
 */
final class GlyphTable extends HashMap<Integer, int[]> {
    private static final long serialVersionUID = 1L;
    private static final int BMP = 0x10000;
    /** OpenPDF's TrueType font class (not public), or {@code null} if this OpenPDF has none by that name. */
    private static final Class<?> TRUE_TYPE = trueType();
    /** The fields of that class that hold a character map; OpenPDF uses the first that is set. */
    private static final String[] FIELDS = {"cmapExt", "cmap31", "cmap10"};

    private final transient int[][] bmp = new int[BMP][];

    private GlyphTable(Map<Integer, int[]> table) {
        super(table);
        table.forEach(this::index);
    }

    /** Puts the table in place of the font's own character maps; {@code false} if OpenPDF's fields are not reachable. */
    static boolean install(BaseFont font) {
        if (TRUE_TYPE == null || !TRUE_TYPE.isInstance(font)) {
            return false;
        }
        boolean any = false;
        try {
            for (String name : FIELDS) {
                Field field = TRUE_TYPE.getDeclaredField(name);
                field.setAccessible(true);
                Object table = field.get(font);
                if (table instanceof HashMap<?, ?> map && !(table instanceof GlyphTable)) {
                    @SuppressWarnings("unchecked")
                    Map<Integer, int[]> glyphs = (Map<Integer, int[]>) map;
                    field.set(font, new GlyphTable(glyphs));
                    any = true;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // not reachable here: the font keeps OpenPDF's tables
        }
        return any;
    }

    private static Class<?> trueType() {
        try {
            return Class.forName("com.lowagie.text.pdf.TrueTypeFont", false, BaseFont.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Whether the font looks its characters up in such a table. */
    static boolean installed(BaseFont font) {
        if (TRUE_TYPE == null || !TRUE_TYPE.isInstance(font)) {
            return false;
        }
        try {
            for (String name : FIELDS) {
                Field field = TRUE_TYPE.getDeclaredField(name);
                field.setAccessible(true);
                if (field.get(font) instanceof GlyphTable) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        return false;
    }

    @Override
    public int[] get(Object key) {
        if (key instanceof Integer c && c >= 0 && c < BMP) {
            return bmp[c];
        }
        return super.get(key);
    }

    @Override
    public int[] put(Integer key, int[] value) {
        index(key, value);
        return super.put(key, value);
    }

    private void index(Integer key, int[] value) {
        if (key != null && key >= 0 && key < BMP) {
            bmp[key] = value;
        }
    }
}
