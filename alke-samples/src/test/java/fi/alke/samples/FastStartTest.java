package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {

    /** Tests and embedding run from class folders, not the JAR: no second JVM for them. */
    @Test
    void runsInPlaceWhenNotStartedFromTheJar() {
        assertEquals(Optional.empty(), FastStart.jar());
    }

    /**
     * A render of LONG_RUN_INPUTS inputs or more keeps C2: counted over the files named and the folders' files,
     * not the folder given to --out or the other options' values; other commands are short runs.
     */
    @Test
    void aRenderOfManyInputsIsALongRun(@TempDir Path dir) throws IOException {
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < FastStart.LONG_RUN_INPUTS - 2; i++) {
            Files.createFile(many.resolve(i + ".yaml"));
        }
        Path out = Files.createDirectory(dir.resolve("out"));
        for (int i = 0; i < 10; i++) {
            Files.createFile(out.resolve(i + ".pdf"));
        }
        String m = many.toString();
        assertFalse(FastStart.longRun(new String[] {"render", m, "--out", out.toString()}), "two inputs short");
        assertFalse(FastStart.longRun(new String[] {"render", "--out", out.toString(), "--format", "pdf", m, "a.yaml"}),
                "one short: the options' values are not inputs");
        assertTrue(FastStart.longRun(new String[] {"render", m, "a.yaml", "b.yaml", "--out", out.toString()}),
                "enough inputs");
        assertTrue(FastStart.longRun(new String[] {"render", "--force", m, m}), "a folder named twice counts twice");
        assertFalse(FastStart.longRun(new String[] {"validate", m, m}), "only render");
        assertFalse(FastStart.longRun(new String[] {}));
        assertFalse(FastStart.longRun(new String[] {"render", "a\u0000b"}), "not a path: one input");
        assertTrue(FastStart.longRun(new String[] {"render", "--out", out.toString(), "--", m, "--x.yaml", "y.yaml"}),
                "after --, every word is an input");
        // outputs of earlier runs and other files in a folder are not inputs
        Path old = Files.createDirectory(dir.resolve("old"));
        for (int i = 0; i < FastStart.LONG_RUN_INPUTS; i++) {
            Files.createFile(old.resolve(i + ".pdf"));
        }
        assertFalse(FastStart.longRun(new String[] {"render", old.toString(), "--out", out.toString()}), "PDFs");
        // an argument file, which picocli expands, names an input a line
        Path list = dir.resolve("list.txt");
        Files.write(list, java.util.stream.IntStream.range(0, FastStart.LONG_RUN_INPUTS).mapToObj(i -> i + ".yaml")
                .toList());
        assertTrue(FastStart.longRun(new String[] {"render", "@" + list, "--out", out.toString()}), "@list.txt");
    }
}
