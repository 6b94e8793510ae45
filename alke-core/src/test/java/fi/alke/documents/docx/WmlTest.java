package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.PPr;
import org.junit.jupiter.api.Test;

class WmlTest {
    /**
     * Paragraph properties shared between the cells of a table (TableWriter) must be a style and nothing else:
     * each property docx4j's PPr has, set on its own beside the style, makes them not so. A property that a
     * later docx4j adds fails here until {@link Wml#styleOnly} looks at it too.
     */
    @Test
    void propertiesWithAnythingBesideTheStyleAreNotStyleOnly() throws Exception {
        assertTrue(Wml.styleOnly(Wml.paragraph("TableText").getPPr()));
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = PPr.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("pStyle")
                        && !f.getName().equals("parent")) {
                    fields.add(f);
                }
            }
        }
        assertTrue(fields.size() >= 36, "PPr's properties found: " + fields.size());
        for (Field f : fields) {
            PPr pPr = Wml.paragraph("TableText").getPPr();
            f.setAccessible(true);
            f.set(pPr, f.getType().getDeclaredConstructor().newInstance());
            assertFalse(Wml.styleOnly(pPr), "a style and " + f.getName() + " is not the style alone");
        }
        PPr none = Wml.paragraph("TableText").getPPr();
        none.setPStyle(null);
        assertFalse(Wml.styleOnly(none), "no style is not a style alone");
    }
}
