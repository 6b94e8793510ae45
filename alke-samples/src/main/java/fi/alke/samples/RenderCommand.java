package fi.alke.samples;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.tree.Document;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke render INPUT... --out DIR}: renders input files to DOCX and PDF, several at once. One
 * bad input never stops the others; the summary at the end names each failure and its reason.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders input files to DOCX and PDF.",
                "Each input (YAML or JSON that starts with kind:) is written into DIR as <name>.docx and <name>.pdf; "
                        + "a folder stands for every .yaml, .yml and .json file directly inside it. Inputs render "
                        + "side by side, and one that fails does not stop the others: the summary at the end names "
                        + "each failure and its reason.",
                "An existing output is not overwritten without --force; every file is written whole or not at all."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input rendered", "1:some inputs failed", "2:wrong usage"})
final class RenderCommand implements Callable<Integer> {
    /** At most this many documents at once: each holds its files in memory until they are written. */
    private static final int MAX_THREADS = 4;
    private static final InputReader READER = new InputReader();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write into; made if missing.")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "DOCX,PDF",
            description = "Formats to produce: docx, pdf (default: both).")
    private List<Format> formats;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "An author's folder: its templates, messages_<lang>.properties, letterheads/<name>.yaml "
                    + "and images win over the stock ones of the same name (see: alke templates export).")
    private Path templates;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Render every input in this language (fi, sv, en) instead of its meta.language: "
                    + "labels, dates and the sender's name change; the text written in the input does not.")
    private Language language;

    @Option(names = "--force", description = "Overwrite existing output files.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    enum Language { FI, SV, EN }

    /** One input's result: the files written, and why it failed ({@code null} when it did not). */
    private record Outcome(Path input, List<Path> written, String failure) {
    }

    /** What the user sees while the batch runs: a bar on a terminal, a line per input otherwise. */
    private interface Progress extends AutoCloseable {
        void done(Outcome outcome);

        @Override
        default void close() {
        }
    }

    @Override
    public Integer call() throws Exception {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new ParameterException(spec.commandLine(), "--templates: no such folder: " + templates);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: not a folder: " + out);
        }
        Pipeline pipeline = new Pipeline(templates);
        List<DocumentRenderer> renderers = Format.renderers(formats);
        List<Path> files = Inputs.expand(inputs);

        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(files.size(), Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS)));
        try (Progress progress = System.console() != null ? bar(files.size()) : this::printLine) {
            List<Callable<Outcome>> tasks = new ArrayList<>();
            Map<String, Path> byStem = new HashMap<>();
            for (Path file : files) {
                // two inputs of one name (a/x.yaml, b/x.json) would race to write the same outputs
                Path first = byStem.putIfAbsent(Inputs.stem(file), file);
                tasks.add(() -> {
                    Outcome outcome = first == null ? render(file, pipeline, renderers) : new Outcome(file,
                            List.of(), "has the same name as " + first + ", whose outputs it would replace");
                    progress.done(outcome);
                    return outcome;
                });
            }
            for (Future<Outcome> task : pool.invokeAll(tasks)) {
                outcomes.add(task.get()); // render() turns every Exception into a failed Outcome
            }
        } finally {
            pool.shutdown();
        }
        return summary(outcomes);
    }

    private Outcome render(Path file, Pipeline pipeline, List<DocumentRenderer> renderers) {
        List<Path> written = new ArrayList<>();
        try {
            String stem = Inputs.stem(file);
            List<Path> targets = renderers.stream().map(r -> out.resolve(stem + "." + r.extension())).toList();
            List<String> existing = targets.stream().filter(Files::exists).map(Path::toString).toList();
            if (!force && !existing.isEmpty()) {
                return new Outcome(file, written, String.join(", ", existing)
                        + (existing.size() == 1 ? " exists" : " exist") + "; --force overwrites");
            }
            AlkeDocument document = Inputs.read(READER, file);
            if (language != null) {
                document = Inputs.withLanguage(document, language.name().toLowerCase(Locale.ROOT));
            }
            // the parser's line numbers are the markup's, which the author sees only through the template
            Document tree = pipeline.tree(file + " (markup from " + document.kind() + ".ftlx)", document);
            for (int i = 0; i < renderers.size(); i++) {
                renderers.get(i).render(tree, targets.get(i));
                written.add(targets.get(i));
            }
            return new Outcome(file, written, null);
        } catch (Exception e) { // one bad input must not stop the others
            return new Outcome(file, written, Inputs.reason(e));
        }
    }

    /** A line per input, printed at once so that the lines of inputs done side by side do not mix. */
    private void printLine(Outcome outcome) {
        StringBuilder lines = new StringBuilder();
        outcome.written().forEach(file -> lines.append("wrote ").append(file).append(System.lineSeparator()));
        if (outcome.failure() != null) {
            lines.append("failed ").append(outcome.input()).append(System.lineSeparator());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(lines);
        stdout.flush();
    }

    private static Progress bar(int inputs) {
        // on the terminal itself: the bar redraws its line, which a file or a pipe would only collect
        ProgressBar bar = new ProgressBarBuilder().setTaskName("render").setInitialMax(inputs)
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

    private int summary(List<Outcome> outcomes) {
        List<Outcome> failed = outcomes.stream().filter(o -> o.failure() != null).toList();
        int written = outcomes.stream().mapToInt(o -> o.written().size()).sum();
        spec.commandLine().getOut().println((outcomes.size() - failed.size()) + " of "
                + Counts.of(outcomes.size(), "input") + " rendered, " + Counts.of(written, "file") + " in " + out);
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
