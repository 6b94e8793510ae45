package fi.alke.samples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a command that renders many documents reports to staff, the same for {@code render} and
 * {@code samples}: existing outputs kept unless forced, a progress bar on a terminal or a line per input
 * otherwise, then a summary line and every failure with its reasons; exit 0 when all rendered, 1 when any
 * failed.
 */
final class Batch {
    private Batch() {
    }

    /** One input's result: the files written, and why it failed ({@code null} when it did not). */
    record Outcome(String input, List<Path> written, String failure) {
    }

    /** What the user sees while the batch runs. */
    interface Progress extends AutoCloseable {
        void done(Outcome outcome);

        @Override
        default void close() {
        }
    }

    /** Why the targets may not be written, or {@code null}: outputs that exist are replaced only with --force. */
    static String refusal(List<Path> targets, boolean force) {
        List<String> existing = targets.stream().filter(Files::exists).map(Path::toString).toList();
        if (force || existing.isEmpty()) {
            return null;
        }
        return String.join(", ", existing) + (existing.size() == 1 ? " exists" : " exist") + "; --force overwrites";
    }

    /** A bar on the terminal itself, else a line per input. */
    static Progress progress(CommandSpec spec, String task, int inputs) {
        return System.console() != null ? bar(task, inputs) : outcome -> printLine(spec, outcome);
    }

    /** A line per input, printed at once so that the lines of inputs done side by side do not mix. */
    private static void printLine(CommandSpec spec, Outcome outcome) {
        StringBuilder lines = new StringBuilder();
        outcome.written().forEach(file -> lines.append("wrote ").append(file).append(System.lineSeparator()));
        if (outcome.failure() != null) {
            lines.append("failed ").append(outcome.input()).append(System.lineSeparator());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(lines);
        stdout.flush();
    }

    private static Progress bar(String task, int inputs) {
        // on the terminal itself: the bar redraws its line, which a file or a pipe would only collect
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(inputs)
                .setStyle(Colour.on() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.out)).build();
        AtomicInteger failed = new AtomicInteger();
        return new Progress() {
            @Override
            public void done(Outcome outcome) {
                if (outcome.failure() != null) {
                    bar.setExtraMessage(failed.incrementAndGet() + " failed");
                }
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** "n of N inputs rendered, k files in DIR", then the failures; the exit code. */
    static int summary(CommandSpec spec, List<Outcome> outcomes, Path out) {
        List<Outcome> failed = outcomes.stream().filter(o -> o.failure() != null).toList();
        int written = outcomes.stream().mapToInt(o -> o.written().size()).sum();
        spec.commandLine().getOut().printf("%d of %s rendered, %s in %s%n", outcomes.size() - failed.size(),
                Counts.of(outcomes.size(), "input"), Counts.of(written, "file"), out);
        if (failed.isEmpty()) {
            return 0;
        }
        PrintWriter stderr = spec.commandLine().getErr();
        stderr.printf("%d failed:%n", failed.size());
        for (Outcome outcome : failed) {
            stderr.println("  " + outcome.input());
            outcome.failure().lines().forEach(line -> stderr.println("    " + line));
        }
        return 1;
    }
}
