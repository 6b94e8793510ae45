package fi.alke.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One in-process run of the {@code alke} command line: its exit code and what it printed.
 *
 * @param exit the exit code
 * @param out  what it printed to standard output
 * @param err  what it printed to standard error
 */
record Cli(int exit, String out, String err) {

    /** Runs {@code alke} with the arguments; paths and other objects are passed as their strings. */
    static Cli alke(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AlkeCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
        return new Cli(exit, out.toString(), err.toString());
    }

    /** Copies a class-path resource, e.g. {@code samples/asialista-2026.yaml}, to {@code target}. */
    static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = Cli.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target);
        }
        return target;
    }

    /** Both, for assertion messages. */
    String printed() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
