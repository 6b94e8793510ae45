package fi.alke.documents.template;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads the labels ({@code messages_<lang>.properties}, UTF-8) through the same roots as the templates,
 * so that an author can change a label the way they change a template. Roots are layered: a file in a
 * higher-priority root needs to hold only the keys it changes.
 */
final class Messages {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private Messages() {
    }

    /**
     * The labels for one language.
     *
     * @param roots the template roots, highest priority first
     * @throws IOException when no root has a bundle for the language, or one cannot be read
     */
    static Map<String, String> load(List<TemplateLoader> roots, String lang) throws IOException {
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new IOException("language must be a lower-case ISO 639 code such as fi, sv or en: '" + lang + "'");
        }
        String name = "messages_" + lang + ".properties";
        Map<String, String> labels = new LinkedHashMap<>();
        boolean found = false;
        for (int i = roots.size() - 1; i >= 0; i--) {
            TemplateLoader root = roots.get(i);
            Object source = root.findTemplateSource(name);
            if (source == null) {
                continue;
            }
            found = true;
            Properties properties = new Properties();
            try (Reader reader = root.getReader(source, "UTF-8")) {
                properties.load(reader);
            } finally {
                root.closeTemplateSource(source);
            }
            properties.stringPropertyNames().forEach(key -> labels.put(key, properties.getProperty(key)));
        }
        if (!found) {
            throw new IOException("no " + name + " for language '" + lang + "'");
        }
        return Collections.unmodifiableMap(labels);
    }
}
