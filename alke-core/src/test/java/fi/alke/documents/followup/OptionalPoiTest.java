package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apache POI is optional in alke-core: without it, the follow-up forms say what to add, and the rest of
 * the library does not notice.
 */
class OptionalPoiTest {

    @Test
    void withoutPoiTheFormsSayWhatToAdd() throws Exception {
        try (URLClassLoader withoutPoi = classPathWithout("/org/apache/poi/")) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("org.apache.poi.xssf.usermodel.XSSFWorkbook", false, withoutPoi));
            // the form key needs no POI: a system can make and keep keys without it
            Class<?> keyType = Class.forName("fi.alke.documents.followup.FormKey", true, withoutPoi);
            Object key = keyType.getMethod("generate").invoke(null);
            Class<?> forms = Class.forName("fi.alke.documents.followup.FollowUpForms", true, withoutPoi);
            Class<?> imports = Class.forName("fi.alke.documents.followup.FormImport", true, withoutPoi);
            for (Callable<Object> make : List.<Callable<Object>>of(() -> forms.getConstructor().newInstance(),
                    () -> imports.getConstructor(keyType).newInstance(key))) {
                InvocationTargetException thrown = assertThrows(InvocationTargetException.class, make::call);
                IllegalStateException missing = assertInstanceOf(IllegalStateException.class, thrown.getCause());
                assertTrue(missing.getMessage().contains("needs Apache POI, an optional dependency of alke-core: "
                        + "add org.apache.poi:poi-ooxml:" + Poi.VERSION), missing.getMessage());
            }
            // rendering needs no POI
            Class<?> docx = Class.forName("fi.alke.documents.docx.DocxRenderer", true, withoutPoi);
            Class<?> style = Class.forName("fi.alke.documents.style.PageStyle", true, withoutPoi);
            docx.getConstructor(style).newInstance(style.getMethod("sfs2487").invoke(null));
        }
    }

    @Test
    void theReleaseNamedIsTheOneThePomManages() throws Exception {
        Matcher version = Pattern.compile("<poi.version>([^<]+)</poi.version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertTrue(version.find(), "poi.version in the parent pom");
        assertEquals(version.group(1), Poi.VERSION);
    }

    private static URLClassLoader classPathWithout(String part) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.replace(File.separatorChar, '/').contains(part)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
