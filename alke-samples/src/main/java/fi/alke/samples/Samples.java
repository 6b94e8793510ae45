package fi.alke.samples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.template.DocumentMarkup;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.template.TemplateRenderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sample documents shipped in this jar under {@code samples/}: {@code samples.txt} lists their
 * stems, one a line, each with its input {@code <stem>.yaml}.
 *
 * <p>An input that starts with {@code kind:} is a document of the model: it is read through its kind's
 * JSON Schema and rendered with the stock template of its kind ({@link DocumentMarkup}). Any other input
 * is data for a template of the sample's own, {@code <stem>.ftlx}. That data is read as plain YAML maps, with two conversions before the template sees it:
 * {@code letterhead: <name>} becomes the stock {@link LetterheadProfile} of that name (or the one in
 * {@code <overrides>/letterheads/<name>.yaml}), and every {@code yyyy-mm-dd} text becomes a
 * {@link LocalDate}. A data file may name another template with {@code template: <name>.ftlx}.
 */
public final class Samples {
    /** The class-path folder of the samples. */
    static final String FOLDER = "samples/";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Model input starts with {@code kind:} (after any comment lines); other files are template data. */
    private static final Pattern MODEL_INPUT = Pattern.compile("\\A(\\s*#[^\\n]*\\n)*\\s*kind:");
    private static final InputReader INPUT = new InputReader();

    private Samples() {
    }

    /**
     * Every sample, rendered with the stock templates.
     *
     * @throws TemplateRenderException naming the template and line when a template is missing or fails
     * @throws IllegalStateException   when the list or a data file is missing or not valid YAML
     * @throws fi.alke.documents.model.ProfileException when a letterhead profile is missing or invalid
     */
    public static List<Sample> all() throws TemplateRenderException {
        return all(null);
    }

    /**
     * Every sample, rendered with the files of {@code overrides} winning over the stock templates,
     * message bundles, letterhead profiles and images of the same name.
     *
     * @param overrides a folder laid out like {@code fi/alke/templates/}, or {@code null} for none
     * @throws TemplateRenderException naming the template and line when a template is missing or fails
     * @throws IllegalStateException   when the list or a data file is missing or not valid YAML
     * @throws IllegalArgumentException when {@code overrides} is not a readable folder
     */
    public static List<Sample> all(Path overrides) throws TemplateRenderException {
        List<Sample> samples = new ArrayList<>();
        for (String stem : stems()) {
            samples.add(sample(stem, overrides));
        }
        return List.copyOf(samples);
    }

    /**
     * One sample by its stem, so that a caller can go on with the others when one fails.
     *
     * @throws TemplateRenderException naming the template and line when the template fails
     * @throws IllegalStateException   when the input is missing or invalid (naming file, field and line)
     */
    public static Sample sample(String stem, Path overrides) throws TemplateRenderException {
        ClassLoader loader = Samples.class.getClassLoader();
        TemplateEngine engine = TemplateEngine.builder()
                .overrides(overrides)
                .classpath(loader, FOLDER)
                .build();
        ResourceLoader resources = ResourceLoader.classpath(loader, TemplateEngine.STOCK_ROOT)
                .orElse(ResourceLoader.classpath(loader, FOLDER));
        if (overrides != null) {
            resources = ResourceLoader.directory(overrides).orElse(resources);
        }
        String file = FOLDER + stem + ".yaml";
        String text = read(file, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (MODEL_INPUT.matcher(text).find()) {
            DocumentMarkup templates = new DocumentMarkup(engine, name -> profile(name, overrides));
            return new Sample(stem, templates.markup(document(stem + ".yaml", text)), resources);
        }
        Map<String, Object> data = data(stem, overrides);
        String template = data.remove("template") instanceof String name ? name : stem + ".ftlx";
        return new Sample(stem, engine.render(template, data), resources);
    }

    /** A document of the model, read through its kind's schema. */
    private static AlkeDocument document(String name, String text) {
        try {
            return INPUT.read(name, text);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The stock letterhead profile of the name, or the author's own in {@code <overrides>/letterheads/}. */
    private static LetterheadProfile profile(String name, Path overrides) {
        Path own = overrides == null ? null : overrides.resolve("letterheads").resolve(name + ".yaml");
        return own != null && Files.isRegularFile(own) ? LetterheadProfile.load(own) : LetterheadProfile.load(name);
    }

    /** The stems listed in {@code samples.txt}; blank lines and {@code #} comments are skipped. */
    public static List<String> stems() {
        return read(FOLDER + "samples.txt", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The sample's data with the letterhead profile loaded and dates parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> data(String stem, Path overrides) {
        String file = FOLDER + stem + ".yaml";
        Map<String, Object> data = read(file, in -> {
            try {
                return YAML.readValue(in, LinkedHashMap.class);
            } catch (JacksonException e) {
                throw new IllegalStateException(file + ": not valid YAML: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
            }
        });
        if (data == null) {
            throw new IllegalStateException(file + " is empty");
        }
        Map<String, Object> model = (Map<String, Object>) withDates(data);
        if (model.get("letterhead") instanceof String name) {
            model.put("letterhead", profile(name, overrides));
        }
        return model;
    }

    /** A copy in which every yyyy-mm-dd text is a LocalDate: YAML through Jackson leaves dates as text. */
    private static Object withDates(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), withDates(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Samples::withDates).toList();
        }
        if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                return text; // looks like a date but is not one, e.g. 2024-13-40: leave it to the template
            }
        }
        return value;
    }

    private interface Reading<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reading<T> reading) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
