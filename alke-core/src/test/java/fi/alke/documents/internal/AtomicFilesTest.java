package fi.alke.documents.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole, and what a killed run leaves removed by the next. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsWrittenWholeAndNothingElseStays() throws Exception {
        Path target = dir.resolve("out/a.pdf");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** A dead process's temporary file goes; a live one's (this JVM's) and other files stay. */
    @Test
    void leftoversOfDeadProcessesAreRemovedAndLiveOnesKept() throws Exception {
        long dead = deadPid();
        Path leftover = Files.write(dir.resolve(".a.pdf." + dead + "." + UUID.randomUUID() + ".part"), new byte[0]);
        Path live = Files.write(dir.resolve(".b.pdf." + ProcessHandle.current().pid() + "." + UUID.randomUUID()
                + ".part"), new byte[0]);
        Path own = Files.write(dir.resolve("c.pdf"), new byte[] {1});
        Path other = Files.write(dir.resolve(".muistiinpano.part"), new byte[] {1});

        assertEquals(1, AtomicFiles.removeLeftovers(dir));

        assertTrue(Files.notExists(leftover));
        assertTrue(Files.exists(live) && Files.exists(own) && Files.exists(other));
        assertEquals(0, AtomicFiles.removeLeftovers(dir.resolve("missing")));
    }

    /** The id of a process that ran and ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        return process.pid();
    }
}
