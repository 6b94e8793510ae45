package fi.alke.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Starts the command line in a second JVM tuned for a short run, because a JAR cannot set JVM options:
 * the C1 compiler only (C2 pays off only after some thousands of documents; a render of that many inputs
 * keeps both compilers, {@link #longRun}) and a class-data-sharing archive of
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

    /**
     * Inputs from which a render is a long run. C1 alone starts about 0.9 s sooner and compiles little; C2
     * makes code about 1.6 times as fast once hot, but on two cores its compiler is busy for a minute of CPU
     * first (the samples reach some 3,000 methods it compiles). Measured with two JVMs running at once, one
     * core each ({@code alke-samples/bench/pair.sh}), the samples mixed, in a slow hour: 5,000 inputs took 80 s
     * with C1 alone and 95 s with both compilers as they come; 10,000 took the same with either. With C2 kept for the hottest
     * methods ({@link #LONG_RUN_OPTIONS}), 5,000 took as long as with C1 alone and 10,000 8 % less than with
     * the defaults (docs/performance.md).
     */
    static final int LONG_RUN_INPUTS = 5_000;
    /**
     * A long run's compilers: both, with C2 kept for the methods ten times as hot as it takes by default, so that
     * its compiler works through fewer of the library code's methods. Paired, 10,000 inputs: 94.8 and 95.0 s
     * against 103.2 and 102.1 s with the defaults; 5,000, in a quicker hour: 50.8 and 52.7 s against 49.1 and 54.7 s
     * with C1 alone.
     */
    static final List<String> LONG_RUN_OPTIONS = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");
    /** {@code render}'s options that take a value, which is not an input. */
    private static final Set<String> WITH_VALUE = Set.of("--out", "--format", "--templates", "--lang", "--rules");

    /**
     * Whether the command is a render of at least {@link #LONG_RUN_INPUTS} inputs, counting the input files
     * of the folders named and the lines of an argument file, which is then better served by the JVM's usual
     * compilers. A guess from the words alone, before picocli reads them: a word it would refuse counts as an
     * input here, and the counting is bounded, so a huge folder costs no more than ten times that many names read.
     */
    static boolean longRun(String[] args) {
        if (args.length == 0 || !args[0].equals("render")) {
            return false;
        }
        long inputs = 0;
        boolean options = true;
        for (int i = 1; i < args.length && inputs < LONG_RUN_INPUTS; i++) {
            String word = args[i];
            if (options && word.equals("--")) {
                options = false; // what follows is inputs only
                continue;
            }
            if (options && word.startsWith("-")) {
                i += WITH_VALUE.contains(word) ? 1 : 0;
                continue;
            }
            inputs += inputsIn(word, LONG_RUN_INPUTS - inputs);
        }
        return inputs >= LONG_RUN_INPUTS;
    }

    /**
     * How many inputs a word names, counting no further than {@code limit}: a folder's input files (by their
     * extension, as render picks them), an argument file's lines ({@code @list.txt}, which picocli expands),
     * else one.
     */
    private static long inputsIn(String word, long limit) {
        try {
            if (word.startsWith("@") && word.length() > 1 && Files.isRegularFile(Path.of(word.substring(1)))) {
                try (Stream<String> lines = Files.lines(Path.of(word.substring(1)))) {
                    return lines.filter(line -> !line.isBlank()).limit(limit).count();
                }
            }
            Path path = Path.of(word);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    // a bounded look: a folder of a million other files is not read to its end for this
                    return files.limit(10 * LONG_RUN_INPUTS)
                            .filter(file -> Inputs.EXTENSIONS.stream().anyMatch(file.toString()::endsWith))
                            .limit(limit).count();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a path, or a folder or file that cannot be read: render says so; here it is one name
        }
        return 1;
    }

    /** Runs the command in a tuned JVM with this one's options, standard streams and exit code. */
    static int run(Path jar, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // ours before the user's options on the command line (of two settings the later wins, and theirs must);
        // JDK_JAVA_OPTIONS and JAVA_TOOL_OPTIONS come before the command line, so ours win over those
        command.addAll(longRun(args) ? LONG_RUN_OPTIONS : List.of("-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions());
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
