package fi.alke.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM on the test class path, for what one JVM cannot show about itself: class loading order,
 * class data sharing and the JIT compiler differ only between processes. Its output goes to a log file,
 * which the failure message quotes, so that a fork that fails says why.
 *
 * @param name    what the fork stands for, for messages
 * @param process the running JVM
 * @param log     its standard output and error
 */
record Jvm(String name, Process process, Path log) {
    private static final long TIMEOUT_SECONDS = 120;

    /**
     * Starts {@code main} with {@code options} before the class name and {@code args} after it; the
     * JVM is the one running the tests, the class path theirs (under Surefire a manifest-only JAR that
     * names the real entries, which {@code -cp} follows as well).
     */
    static Jvm start(String name, List<String> options, Class<?> main, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Jvm(name, process, log);
    }

    /** Waits for the JVM and fails, quoting its log, unless it exits with 0 in time. */
    void awaitSuccess() throws IOException, InterruptedException {
        if (awaitExit() != 0) {
            throw new AssertionError(name + ": exit " + process.exitValue() + "; log:\n" + Files.readString(log));
        }
    }

    /** Waits for the JVM and returns its exit code; fails, quoting its log, unless it exits in time. */
    int awaitExit() throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + ": no exit in " + TIMEOUT_SECONDS + " s; log:\n" + Files.readString(log));
        }
        return process.exitValue();
    }
}
