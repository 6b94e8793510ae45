package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.AuthorFolderCheck;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke preview INPUT... --templates DIR --out DIR}: the template author's loop. One JVM stays warm
 * and watches the author's folder and the inputs; every save re-renders every input in both formats, a
 * few milliseconds each once warm, and prints the files and pages written, or the problems at the
 * template's line. An input that fails keeps its last good files: each file is replaced whole, so a PDF
 * viewer that reloads on change shows the new version. Ctrl-C stops it between renders, so no file is
 * left half-written.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Renders the inputs with an author's templates, and again after every save of a template, "
                + "label, letterhead, image or input, until Ctrl-C.",
                "Each round prints the files written with their pages, or the problems at the template's line; a "
                        + "failing input keeps its last good files. Files are replaced whole, so a PDF viewer that "
                        + "reloads on change shows the new version."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:the folders cannot be watched", "2:wrong usage"})
final class PreviewCommand implements Callable<Integer> {
    /** Saves come in bursts (an editor writes, renames, touches): one render after the last of them. */
    private static final long QUIET_MILLIS = 50;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files.")
    private List<Path> inputs;

    @Option(names = "--templates", required = true, paramLabel = "DIR", description = "The author's folder.")
    private Path templates;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    /** For tests and scripts: stop after this many renders after the first; 0 watches until stopped. */
    @Option(names = "--rounds", hidden = true, defaultValue = "0")
    private int rounds;

    @Spec
    private CommandSpec spec;

    /** Held while a round renders, so that Ctrl-C waits for the files being replaced. */
    private final ReentrantLock rendering = new ReentrantLock();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(templates)) {
            throw new ParameterException(spec.commandLine(), "--templates: no such folder: " + templates);
        }
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw new ParameterException(spec.commandLine(), "no such input file: " + input);
            }
        }
        Files.createDirectories(out);
        AtomicFiles.removeLeftovers(out); // what a run killed while writing here left behind
        PrintWriter stdout = spec.commandLine().getOut();
        Thread stop = new Thread(() -> {
            rendering.lock(); // the round in progress finishes its files; none is begun after
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> watched = new HashMap<>();
            for (Path folder : folders()) {
                watched.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            }
            round("start");
            stdout.println("watching " + templates + " and " + Counts.of(inputs.size(), "input") + "; Ctrl-C stops");
            stdout.flush();
            for (int done = 0; rounds == 0 || done < rounds; done++) {
                Set<String> changed = waitForSaves(watcher, watched);
                round(String.join(", ", changed));
            }
        } catch (ClosedWatchServiceException e) {
            return 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }

    /** The author's folder with its subfolders, and the inputs' folders. */
    private Set<Path> folders() throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        try (Stream<Path> walk = Files.walk(templates)) {
            walk.filter(Files::isDirectory).forEach(folders::add);
        }
        inputs.forEach(input -> folders.add(input.toAbsolutePath().getParent()));
        return folders;
    }

    /**
     * Blocks until a file that matters changes — any in the author's folder, an input itself in the inputs'
     * folders (not their neighbours, such as a log) — then until saves have been quiet a moment; the names
     * of what changed.
     */
    private Set<String> waitForSaves(WatchService watcher, Map<WatchKey, Path> watched) throws InterruptedException {
        Set<Path> own = new HashSet<>();
        inputs.forEach(input -> own.add(input.toAbsolutePath().normalize()));
        Path authors = templates.toAbsolutePath().normalize();
        Set<String> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) {
            WatchKey key = watcher.take();
            while (key != null) {
                Path folder = watched.get(key).toAbsolutePath().normalize();
                for (var event : key.pollEvents()) {
                    Path file = folder.resolve(String.valueOf(event.context())).normalize();
                    if (file.startsWith(authors) || own.contains(file)) {
                        changed.add(String.valueOf(event.context()));
                    }
                }
                key.reset();
                key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        return changed;
    }

    /** Renders every input with the folder as it is now, and says what came of it. */
    private void round(String why) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        rendering.lock();
        try {
            long start = System.nanoTime();
            AuthorFolderCheck.check(templates).forEach(problem -> Problems.print(stderr, "warning: " + problem));
            // a new library each round: templates, labels, letterheads and organisations are read afresh
            AlkeDocuments documents = Inputs.documents(templates, RuleSet.NONE, false);
            Preflight preflight = new Preflight(documents);
            List<String> written = new ArrayList<>();
            int failed = 0;
            for (Path input : inputs) {
                try {
                    InputFile file = Inputs.readFile(documents, input);
                    Preflight.Result result = preflight.tree(input, file, file.document());
                    if (result.tree() == null) {
                        result.problems().forEach(problem -> Problems.print(stderr, problem));
                        failed++;
                        continue;
                    }
                    String stem = Inputs.stem(input);
                    Path docx = out.resolve(stem + ".docx");
                    Path pdf = out.resolve(stem + ".pdf");
                    documents.render(result.tree(), docx, pdf);
                    written.add(docx + ", " + pdf + " (" + Counts.of(Pages.of(pdf), "page") + ")");
                } catch (AlkeException e) {
                    Problems.of(e, input).forEach(problem -> Problems.print(stderr, problem));
                    failed++;
                } catch (IOException | RuntimeException e) {
                    stderr.println(input + ": " + Inputs.reason(e, input));
                    failed++;
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            written.forEach(line -> stdout.println("wrote " + line));
            stdout.println("[" + why + "] " + (inputs.size() - failed) + " of " + Counts.of(inputs.size(), "input")
                    + " rendered in " + ms + " ms" + (failed > 0 ? "; the failed ones keep their last files" : ""));
        } catch (Inputs.Unusable e) {
            e.problems().forEach(problem -> Problems.print(stderr, problem));
            stdout.println("[" + why + "] nothing rendered; the last files are kept");
        } catch (IOException e) {
            stderr.println(templates + ": " + e.getMessage());
        } finally {
            stdout.flush();
            stderr.flush();
            rendering.unlock();
        }
    }

    /** The number of pages of a PDF this library wrote. */
    private static final class Pages {
        private Pages() {
        }

        static int of(Path pdf) throws IOException {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        }
    }
}
