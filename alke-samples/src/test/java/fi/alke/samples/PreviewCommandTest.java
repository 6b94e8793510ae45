package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alke preview}: each save re-renders; a broken save prints its problem at the template's line and
 * keeps the last good files.
 */
class PreviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSaveReRendersAndABrokenOneKeepsTheLastGoodFiles() throws Exception {
        Path templates = dir.resolve("my-templates");
        assertEquals(0, alke("templates", "export", templates).exit());
        Path input = copy(Samples.FOLDER + "seed-000-paatos-2026.yaml", dir.resolve("in/paatos.yaml"));
        Path out = dir.resolve("out");
        Path docx = out.resolve("paatos.docx");
        Path pdf = out.resolve("paatos.pdf");
        Path template = templates.resolve("decision.ftlx");
        String stock = Files.readString(template);

        // two rounds after the first render: a good save, then a broken one
        CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() ->
                alke("preview", input, "--templates", templates, "--out", out, "--rounds", "2"));
        waitFor(() -> Files.exists(pdf), run);
        FileTime first = Files.getLastModifiedTime(pdf);
        Thread.sleep(300); // the watcher is registered before the first render; let the first round end

        Files.writeString(template, stock.replaceFirst("<h1>", "<h1>Esikatseltu "));
        waitFor(() -> text(docx).contains("Esikatseltu"), run);
        assertTrue(Files.getLastModifiedTime(pdf).compareTo(first) > 0, "the PDF is rewritten too");
        byte[] good = Files.readAllBytes(pdf);

        Files.writeString(template, stock.replaceFirst("<h1>", "<h1 class=\"big\">"));
        Cli done = run.get(60, TimeUnit.SECONDS);

        assertEquals(0, done.exit(), done.printed());
        assertTrue(done.out().contains("1 of 1 input rendered in"), done.printed());
        assertTrue(done.err().contains(template + ":"), done.printed());
        assertTrue(done.err().contains("<h1> has no attribute 'class'"), done.printed());
        assertTrue(done.out().contains("nothing rendered") || done.out().contains("0 of 1 input rendered"),
                done.printed());
        assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF is kept");
        assertTrue(text(docx).contains("Esikatseltu"), "and the last good DOCX");
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    private static String text(Path docx) {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (Exception e) {
            return ""; // not there yet, or being replaced
        }
    }

    /** Waits up to 30 s for the condition, failing early with the command's output if it has ended. */
    private static void waitFor(java.util.function.BooleanSupplier condition, CompletableFuture<Cli> run)
            throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (run.isDone()) {
                throw new AssertionError("preview ended early:\n" + run.get().printed());
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
