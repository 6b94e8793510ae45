package fi.alke.documents.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.Format;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The fuzz suite's oracle (issue 14): every case either renders to a DOCX that POI opens and a PDF that
 * PDFBox opens (and, for a sample of them, that veraPDF finds PDF/UA-1 valid), or is refused with the
 * library's own error, each of whose problems names its source and a line, in the reader's terms: no
 * absolute path of this machine, no Java class names. Anything else that escapes (an unchecked exception,
 * an {@link IOException} for a file that could be read, a {@link StackOverflowError}) fails the case.
 */
final class Fuzz {
    /** The stock library, as a caller gets it. */
    static final AlkeDocuments ALKE = AlkeDocuments.create();
    /** Markup parser whose images are the test fixtures' (logo.png, chart.jpg) and the stock ones (letterheads/). */
    static final MarkupParser PARSER = new MarkupParser(src -> {
        try {
            return fi.alke.documents.markup.ResourceLoader.classpath(Fuzz.class.getClassLoader(), "fi/alke/documents/")
                    .load(src);
        } catch (IOException e) {
            return ALKE.images().load(src);
        }
    });
    /** Every how many rendered cases veraPDF checks the PDF (it is the slowest check: about a second). */
    static final int VERAPDF_EVERY = Integer.getInteger("alke.fuzz.verapdfEvery", 25);

    /** Cases, by property and outcome, for the summary each test class prints. */
    static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    private static final AtomicLong RENDERED = new AtomicLong();

    /** Run from the module's folder, as Maven does. */
    static final Path SAMPLES = Path.of("../alke-samples/src/main/resources/samples");
    static final Path INPUT_FIXTURES = Path.of("../alke-core/src/test/resources/fi/alke/documents/input");

    /** The samples' folder, copied: fuzzed input files are written into it, so the files they name are found. */
    static final Path FOLDER = copySamples();
    private static final String REAL_FOLDER = realPath(FOLDER);

    enum Outcome { RENDERED, REFUSED }

    private Fuzz() {
    }

    /** An input file of these bytes, read from a file of this name beside the samples, rendered in both formats. */
    static Outcome input(String property, String fileName, byte[] bytes) {
        Path file = FOLDER.resolve(fileName);
        try {
            Files.write(file, bytes);
            AlkeDocument document;
            try {
                document = ALKE.read(file);
            } catch (AlkeException e) {
                return refused(property, e);
            }
            return render(property, document);
        } catch (IOException e) {
            throw new AssertionError("a readable file " + fileName + " ended in an IOException, not the library's "
                    + "error: " + e, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What reading through {@code read} and rendering both formats comes to, by the oracle. */
    static Outcome outcome(java.util.concurrent.Callable<AlkeDocument> read, String property) {
        AlkeDocument document;
        try {
            document = read.call();
        } catch (AlkeException e) {
            return refused(property, e);
        } catch (Exception e) {
            throw new AssertionError("reading ended in " + e, e);
        }
        return render(property, document);
    }

    /** An input given as text (as a system holding it in a database would), rendered in both formats. */
    static Outcome inputText(String property, String fileName, String text) {
        AlkeDocument document;
        try {
            document = ALKE.read(fileName, text, fi.alke.documents.input.Sources.folder(FOLDER));
        } catch (AlkeException e) {
            return refused(property, e);
        }
        return render(property, document);
    }

    private static Outcome render(String property, AlkeDocument document) {
        byte[] docx;
        byte[] pdf;
        try {
            Document tree = ALKE.tree(document);
            docx = ALKE.renderer(Format.DOCX).render(tree);
            pdf = ALKE.renderer(Format.PDF).render(tree);
        } catch (AlkeException e) {
            return refused(property, e);
        } catch (IOException e) {
            throw new AssertionError("rendering in memory ended in an IOException: " + e, e);
        }
        return accepted(property, docx, pdf);
    }

    /** Markup given to the parser as it stands, rendered in both formats. */
    static Outcome markup(String property, String source, String markup) {
        return markup(property, source, markup, (docx, pdf) -> { });
    }

    /** As {@link #markup(String, String, String)}, with a check of the rendered DOCX and PDF. */
    static Outcome markup(String property, String source, String markup,
            java.util.function.BiConsumer<byte[], byte[]> rendered) {
        Document tree;
        try {
            tree = PARSER.parse(source, markup);
        } catch (AlkeException e) {
            return refused(property, e);
        }
        try {
            byte[] docx = ALKE.renderer(Format.DOCX).render(tree);
            byte[] pdf = ALKE.renderer(Format.PDF).render(tree);
            rendered.accept(docx, pdf);
            return accepted(property, docx, pdf);
        } catch (IOException e) {
            throw new AssertionError("rendering in memory ended in an IOException: " + e, e);
        }
    }

    private static Outcome accepted(String property, byte[] docx, byte[] pdf) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            text.getText();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("POI does not read the DOCX: " + e, e);
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertTrue(read.getNumberOfPages() > 0, "the PDF has pages");
            new PDFTextStripper().getText(read);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("PDFBox does not read the PDF: " + e, e);
        }
        if (RENDERED.incrementAndGet() % VERAPDF_EVERY == 1) {
            try {
                assertEquals(List.of(), Fixtures.pdfua1Failures(pdf), "veraPDF: PDF/UA-1");
            } catch (Exception e) {
                throw new AssertionError("veraPDF does not read the PDF: " + e, e);
            }
            count(property, "veraPDF-checked");
        }
        count(property, "rendered");
        return Outcome.RENDERED;
    }

    /** The library's error: every problem names its source and line, in the reader's terms. */
    static Outcome refused(String property, AlkeException e) {
        String message = e.getMessage();
        assertFalse(e.problems().isEmpty(), () -> "no problems in " + e);
        for (Problem problem : e.problems()) {
            assertFalse(problem.source().isBlank(), () -> "a problem without its source: " + problem);
            assertTrue(problem.line() >= 1, () -> "a problem without its line: " + problem);
        }
        for (String machine : List.of(FOLDER.toString(), REAL_FOLDER, System.getProperty("user.dir"),
                System.getProperty("user.home") + "/", System.getProperty("java.io.tmpdir") + "/")) {
            assertFalse(message.contains(machine), () -> "an absolute path of this machine (" + machine + ") in: " + message);
        }
        for (String internal : List.of("java.lang.", "java.io.", "java.nio.", "javax.", "com.fasterxml", "org.xml.",
                "com.sun.", "org.apache.", "Exception:", "\tat ")) {
            assertFalse(message.contains(internal), () -> "Java internals (" + internal + ") in: " + message);
        }
        count(property, "refused");
        if (Boolean.getBoolean("alke.fuzz.verbose")) {
            System.out.println("refused (" + property + "): " + e.problems().get(0));
        }
        return Outcome.REFUSED;
    }

    static void count(String property, String outcome) {
        COUNTS.computeIfAbsent(property + " " + outcome, k -> new AtomicLong()).incrementAndGet();
    }

    /** The counts of the properties whose names start with {@code prefix}, one a line. */
    static String summary(String prefix) {
        StringBuilder text = new StringBuilder();
        COUNTS.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return text.toString();
    }

    /** The sample inputs and the input fixtures, by file name. */
    static List<Path> inputs() {
        try (Stream<Path> samples = Files.list(SAMPLES); Stream<Path> fixtures = Files.walk(INPUT_FIXTURES)) {
            return Stream.concat(samples, fixtures).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copySamples() {
        try {
            Path folder = Files.createTempDirectory("alke-fuzz");
            for (Path sample : inputs()) {
                Files.copy(sample, folder.resolve(sample.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realPath(Path folder) {
        try {
            return folder.toRealPath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
