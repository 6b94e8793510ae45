package fi.alke.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The library promises that parsers, renderers and input readers are immutable and may be shared
 * between threads (docs/library.md). One instance of each is used by many threads at once, all
 * released together; every result must be the one a single thread gets, to the byte.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int RENDERS_PER_THREAD = 25;
    private static final int READS_PER_THREAD = 10;
    private static final String FIXTURE = "all-features.xml";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sharedParserAndRenderersGiveTheSingleThreadedBytesOnEveryThread() throws Exception {
        PageStyle style = PageStyle.sfs2487();
        MarkupParser parser = Fixtures.parser();
        DocxRenderer docx = new DocxRenderer(style);
        PdfRenderer pdf = new PdfRenderer(style);
        String markup = Fixtures.markup(FIXTURE);

        // The reference: one thread, before any other uses the instances.
        Document reference = parser.parse(FIXTURE, markup);
        byte[] expectedDocx = docx.render(reference);
        byte[] expectedPdf = pdf.render(reference);

        List<String> mismatches = run(thread -> () -> {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < RENDERS_PER_THREAD; i++) {
                // Every thread parses too, so the parser is shared as well as the renderers.
                Document document = parser.parse(FIXTURE, markup);
                if (!document.equals(reference)) {
                    wrong.add("thread " + thread + ", render " + i + ": the parsed tree differs");
                }
                // Each render is one format, alternating, so that half the threads use each renderer
                // at every moment: 100 DOCX and 100 PDF renders in all.
                boolean asPdf = (thread + i) % 2 == 1;
                byte[] got = asPdf ? pdf.render(document) : docx.render(document);
                byte[] expected = asPdf ? expectedPdf : expectedDocx;
                if (!Arrays.equals(got, expected)) {
                    wrong.add("thread " + thread + ", render " + i + ": " + (asPdf ? "PDF" : "DOCX") + " differs ("
                            + got.length + " bytes, expected " + expected.length + ")");
                }
            }
            return wrong;
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sharedInputReaderReadsTheSameDocumentOnEveryThread() throws Exception {
        InputReader reader = new InputReader();
        String text = resource("/fi/alke/documents/input/decision-2026.yaml");
        // A fresh reader, first used by all threads at once: its schema cache fills under contention.
        List<AlkeDocument> read = new ArrayList<>();
        run(thread -> () -> {
            for (int i = 0; i < READS_PER_THREAD; i++) {
                AlkeDocument document = reader.read("decision-2026.yaml", text);
                synchronized (read) {
                    read.add(document);
                }
            }
            return List.of();
        });
        AlkeDocument single = new InputReader().read("decision-2026.yaml", text);
        assertEquals(THREADS * READS_PER_THREAD, read.size());
        assertTrue(read.stream().allMatch(single::equals), "every thread read the same document");
    }

    /** A task for one thread, given its number; returns what it found wrong. */
    private interface Task {
        Callable<List<String>> forThread(int thread);
    }

    /**
     * Runs a task on {@value #THREADS} threads started together and returns everything they found
     * wrong; an exception on any thread fails the test with that exception.
     */
    private static List<String> run(Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<String>> work = task.forThread(t);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            ready.await();
            go.countDown();
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                wrong.addAll(future.get()); // rethrows any thread's exception
            }
            return wrong;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
