package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.Sources;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.template.DocumentMarkup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample documents shipped in this jar under {@code samples/}: {@code samples.txt} lists their
 * stems, one a line, each with its input {@code <stem>.yaml}: a document of the model, starting with
 * {@code kind:}, read through its kind's JSON Schema and rendered with the template of its kind
 * ({@link DocumentMarkup}). An author's folder ({@code overrides}) wins over the stock templates,
 * message bundles, letterhead profiles ({@code letterheads/<name>.yaml}) and images.
 */
public final class Samples {
    /** The class-path folder of the samples. */
    static final String FOLDER = "samples/";
    /** Files beside the samples that some of them name (an organisations file), not documents themselves. */
    static final List<String> NAMED_FILES = List.of("organisaatiot-2026.yaml");

    private static final AlkeDocuments STOCK = AlkeDocuments.create();

    private Samples() {
    }

    /**
     * Every sample, rendered with the stock templates.
     *
     * @throws AlkeException        naming the template and line when a template is missing or fails, or the
     *                               letterhead profile when one is missing or invalid
     * @throws IllegalStateException when the list or a data file is missing or not valid YAML
     */
    public static List<Sample> all() throws AlkeException {
        return all(null);
    }

    /**
     * Every sample, rendered with the files of {@code overrides} winning over the stock templates,
     * message bundles, letterhead profiles and images of the same name.
     *
     * @param overrides a folder laid out like {@code fi/alke/templates/}, or {@code null} for none
     * @throws AlkeException           naming the template and line when a template is missing or fails, the
     *                                  letterhead profile or the folder's organisations file when one is invalid
     * @throws IllegalStateException    when the list or a data file is missing or not valid YAML
     * @throws IllegalArgumentException when {@code overrides} is not a readable folder
     */
    public static List<Sample> all(Path overrides) throws AlkeException {
        AlkeDocuments documents = documents(overrides);
        List<Sample> samples = new ArrayList<>();
        for (String stem : stems()) {
            samples.add(sample(stem, documents));
        }
        return List.copyOf(samples);
    }

    /**
     * One sample by its stem, so that a caller can go on with the others when one fails.
     *
     * @throws AlkeException        naming the template and line when the template fails, or the letterhead
     *                               profile when it is missing or invalid
     * @throws IllegalStateException when the input is missing or invalid (naming file, field and line)
     */
    public static Sample sample(String stem, Path overrides) throws AlkeException {
        return sample(stem, documents(overrides));
    }

    private static Sample sample(String stem, AlkeDocuments documents) throws AlkeException {
        return new Sample(stem, documents.markup(input(stem)), documents.images());
    }

    /** The library with the author's folder, the stock one without. */
    private static AlkeDocuments documents(Path overrides) throws AlkeException {
        if (overrides == null) {
            return STOCK;
        }
        try {
            return AlkeDocuments.builder().authorFolder(overrides).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the organisations of " + overrides + ": " + e.getMessage(), e);
        }
    }

    /**
     * A sample's input, {@code samples/<stem>.yaml}, read through its kind's schema.
     *
     * @throws IllegalStateException when the input is missing or invalid (naming file, field and line)
     */
    static AlkeDocument input(String stem) {
        try {
            return STOCK.read(stem + ".yaml", text(stem), sources());
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A sample's input as written, {@code samples/<stem>.yaml}. */
    static String text(String stem) {
        return read(FOLDER + stem + ".yaml", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Where the samples' inputs find the files they name (organisations, action tables). */
    static Sources sources() {
        return Sources.classpath(Samples.class.getClassLoader(), FOLDER);
    }

    /** The stems listed in {@code samples.txt}; blank lines and {@code #} comments are skipped. */
    public static List<String> stems() {
        return read(FOLDER + "samples.txt", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
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
