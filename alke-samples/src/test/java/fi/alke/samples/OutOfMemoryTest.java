package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input too large for the heap Java was given fails on its own, in words that say how to give more, and
 * leaves nothing half-written; the batch's other inputs are rendered. Only a JVM of its own can be given a
 * small heap.
 */
class OutOfMemoryTest {
    @TempDir
    Path work;

    @Test
    void tooLargeForTheHeapFailsAloneAndSaysSo() throws Exception {
        Path large = work.resolve("seuranta-suuri.yaml");
        Files.writeString(large, ScalingBenchmark.followUp(8_000)); // its 1,069-page PDF needs some 150 MB of heap
        Path small = work.resolve("ohje.yaml");
        Files.writeString(small, Samples.text("seed-001-ohje-2024"));
        Path out = work.resolve("out");
        Jvm fork = Jvm.start("a 96 MB heap", List.of("-Xmx96m", "-XX:TieredStopAtLevel=1"), AlkeCommand.class,
                List.of("render", "--format", "pdf", large.toString(), small.toString(), "--out", out.toString()),
                work.resolve("render.log"));
        int exit = fork.awaitExit();
        String log = Files.readString(fork.log());
        assertEquals(1, exit, log);
        assertTrue(log.contains("seuranta-suuri.yaml" + System.lineSeparator() + "    too large for the memory Java was given (")
                && log.contains("MB at most): give Java more, as in 'java -Xmx"), log);
        assertFalse(log.contains("OutOfMemoryError") || log.contains("\tat "), log);
        assertFalse(Files.exists(out.resolve("seuranta-suuri.pdf")), "nothing of the large input is written");
        try (var left = Files.list(out)) {
            assertEquals(List.of("ohje.pdf"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the other input is rendered and no partial file is left");
        }
        assertTrue(Files.size(out.resolve("ohje.pdf")) > 10_000);
    }
}
