package fi.alke.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the command line in a second JVM tuned for a short run, because a JAR cannot set JVM options:
 * the C1 compiler only (C2 does not pay off within a few seconds) and a class-data-sharing archive of
 * the classes a run loads, written beside the JAR on the first run after a build and used from then on.
 * One document in both formats then takes about 1.1 s as a whole process instead of 2 s
 * (docs/performance.md). Skipped when the JVM was started with such options already, when not running
 * from a JAR, and when {@code ALKE_FAST_START=off}.
 *
 * <p>This is for {@code java -jar alke.jar} only. The distribution's launcher ({@code bin/alke},
 * {@code bin/alke.cmd}, from {@code src/dist/bin}) starts one JVM with these options itself and says so with
 * {@code -Dalke.launched=true}, so that no second JVM is started.
 */
final class FastStart {
    private static final String LAUNCHED = "alke.launched";
    /** The process id of the JVM that started this one, which it must not outlive. */
    private static final String PARENT = "alke.parent";

    /**
     * In a JVM that {@link #run} started: ends this one as soon as the one that started it is gone, as
     * when a batch system kills it on a time-out, so that no work goes on unseen. A file being written
     * then is left as a temporary file, which the next run into its folder removes
     * ({@code AtomicFiles.removeLeftovers}).
     */
    static void watchParent() {
        String pid = System.getProperty(PARENT);
        if (pid == null) {
            return;
        }
        long parent;
        try {
            parent = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return; // not ours: nothing to watch
        }
        // When a process dies its children are handed to another parent at once, even while the dead one
        // waits to be reaped (a zombie, which ProcessHandle.onExit still counts as alive): so watch whose
        // child this JVM is, every tenth of a second.
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(143);
        }, "alke-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private FastStart() {
    }

    /** The JAR to start again, when starting again is worth it. */
    static Optional<Path> jar() {
        if (System.getProperty(LAUNCHED) != null || "off".equals(System.getenv("ALKE_FAST_START"))) {
            return Optional.empty();
        }
        List<String> options = jvmOptions();
        if (options.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:SharedArchive")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-agentlib"))) {
            return Optional.empty();
        }
        try {
            Path code = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toString().endsWith(".jar") && Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (Exception e) { // no code source or not a file: run as we are
            return Optional.empty();
        }
    }

    /**
     * This JVM's options: the command line's words before {@code -jar}. Read from the process rather
     * than through the management beans, whose loading alone would cost a tenth of a second.
     */
    private static List<String> jvmOptions() {
        List<String> words = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = words.indexOf("-jar");
        return jar < 0 ? List.of() : words.subList(0, jar);
    }

    /** Runs the command in a tuned JVM with this one's options, standard streams and exit code. */
    static int run(Path jar, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-XX:TieredStopAtLevel=1");
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
        boolean current = Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        if (current) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (Files.isWritable(jar.getParent())) {
            command.add("-XX:ArchiveClassesAtExit=" + archive);
        }
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + LAUNCHED + "=true");
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        // Killed politely (SIGTERM, Ctrl-C), this JVM takes the one doing the work with it; killed outright
        // (SIGKILL), it cannot, and the child notices on its own (watchParent).
        Thread stop = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = process.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        return exit;
    }
}
