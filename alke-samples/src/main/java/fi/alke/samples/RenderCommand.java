package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.AuthorFolderCheck;
import fi.alke.documents.api.Format;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.RuleSet;
import fi.alke.documents.model.Violation;
import fi.alke.samples.Batch.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                        + "a folder stands for every .yaml, .yml and .json file directly inside it but an "
                        + "organisations file (organisations: first) and a rules file (rules: first), which are read "
                        + "where they are named (organisations: FILE, --rules FILE). Inputs render "
                        + "side by side, and one that fails does not stop the others: the summary at the end names "
                        + "each failure and its reason.",
                "An existing output is not overwritten without --force; every file is written whole or not at all.",
                "With --rules, the round's process rules are checked over all the inputs first: each violation is "
                        + "printed as a warning with its file, line and column, and the inputs render anyway, unless "
                        + "--rules-block is given, when nothing is rendered."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input rendered", "1:some inputs failed, or nothing was rendered (--rules-block and a "
                + "broken rule, a broken rules file or organisations.yaml)", "2:wrong usage"})
final class RenderCommand implements Callable<Integer> {
    /** At most this many documents at once: each holds its files in memory until they are written. */
    private static final int MAX_THREADS = 4;

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
                    + "and images win over the stock ones of the same name (see: alke templates export), and the "
                    + "organisations its organisations.yaml declares may be named in the inputs.")
    private Path templates;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Render every input in this language (fi, sv, en) instead of its meta.language: "
                    + "labels, dates and the sender's name change; the text written in the input does not.")
    private Language language;

    @Option(names = "--force", description = "Overwrite existing output files.")
    private boolean force;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "The round's rules (a YAML file with a rules: block, as for validate), checked over all "
                    + "the inputs before anything is rendered; violations are warnings.")
    private Path rules;

    @Option(names = "--rules-block",
            description = "With --rules: a violation is an error, and nothing is rendered while there is one.")
    private boolean rulesBlock;

    @Spec
    private CommandSpec spec;

    enum Language { FI, SV, EN }

    /** An input read ahead for the rules: the input, or why it could not be read. */
    private record Read(InputFile input, Exception failure) {
    }

    @Override
    public Integer call() throws Exception {
        Inputs.templatesFolder(spec, templates);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: not a folder: " + out);
        }
        AtomicFiles.removeLeftovers(out); // what a run killed while writing here left behind
        if (rulesBlock && rules == null) {
            throw new ParameterException(spec.commandLine(), "--rules-block needs --rules FILE");
        }
        PrintWriter stderr = spec.commandLine().getErr();
        if (templates != null) {
            // what the author believes is in but would be ignored: said before anything is rendered; a broken
            // organisations.yaml is not warned of, as it stops the render with its own error below
            Path organisations = templates.resolve(OrganisationsFile.FILE_NAME);
            AuthorFolderCheck.check(templates).stream()
                    .filter(problem -> !problem.source().equals(organisations.toString()))
                    .forEach(problem -> Problems.print(stderr, "warning: " + problem));
        }
        AlkeDocuments documents;
        try {
            RuleSet ruleSet = rules == null ? RuleSet.NONE : Inputs.rules(rules);
            documents = Inputs.documents(templates, ruleSet, rulesBlock);
        } catch (Inputs.Unusable e) {
            // every input depends on them: rendering without would only fail, or break the rules unseen
            e.problems().forEach(stderr::println);
            stderr.println("nothing rendered");
            return 1;
        }
        Preflight preflight = new Preflight(documents);
        List<Format> order = Formats.order(formats);
        List<Path> files = Inputs.expand(inputs);
        Map<Path, Read> readAhead = new HashMap<>();
        if (rules != null) {
            int violations = checkRules(documents, files, readAhead, stderr);
            if (violations > 0 && documents.settings().violationsBlock()) {
                stderr.println(Counts.of(violations, "rule violation") + " of " + rules
                        + "; --rules-block: nothing rendered");
                return 1;
            }
            if (violations > 0) {
                stderr.println("warning: " + Counts.of(violations, "rule violation") + " of " + rules
                        + "; rendering anyway (--rules-block renders nothing then)");
            }
        }

        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(files.size(), Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS)));
        try (Batch.Progress progress = Batch.progress(spec, "render", files.size())) {
            List<Callable<Outcome>> tasks = new ArrayList<>();
            Map<String, Path> byStem = new HashMap<>();
            for (Path file : files) {
                // two inputs of one name (a/x.yaml, b/x.json) would race to write the same outputs
                Path first = byStem.putIfAbsent(Inputs.stem(file), file);
                tasks.add(() -> {
                    Outcome outcome = first == null ? render(file, documents, readAhead.get(file), preflight, order)
                            : new Outcome(file.toString(),
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
        return Batch.summary(spec, outcomes, out);
    }

    /**
     * Reads every input and checks the round's rules over those that read; prints each violation at its
     * field's line and column. The inputs read are kept for rendering, with why the others failed.
     *
     * @return the number of violations
     */
    private static int checkRules(AlkeDocuments library, List<Path> files, Map<Path, Read> readAhead,
                                  PrintWriter stderr) {
        Map<String, InputFile> read = new LinkedHashMap<>();
        Map<String, AlkeDocument> documents = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                InputFile input = Inputs.readFile(library, file);
                readAhead.put(file, new Read(input, null));
                read.put(file.toString(), input);
                documents.put(file.toString(), input.document());
            } catch (IOException | InputException e) {
                readAhead.put(file, new Read(null, e)); // its failure is reported with the others'
            }
        }
        List<Violation> violations = library.check(documents);
        violations.forEach(violation -> stderr.println(Problems.violation(violation, read)));
        stderr.flush();
        return violations.size();
    }

    private Outcome render(Path file, AlkeDocuments library, Read readAhead, Preflight preflight,
                           List<Format> order) {
        List<Path> written = new ArrayList<>();
        try {
            String stem = Inputs.stem(file);
            List<Path> targets = order.stream().map(f -> out.resolve(stem + "." + f.extension())).toList();
            String refusal = Batch.refusal(targets, force);
            if (refusal != null) {
                return new Outcome(file.toString(), written, refusal);
            }
            if (readAhead != null && readAhead.failure() != null) {
                throw readAhead.failure();
            }
            InputFile input = readAhead != null ? readAhead.input() : Inputs.readFile(library, file);
            AlkeDocument document = input.document();
            if (language != null) {
                document = AlkeDocuments.withLanguage(document, language.name().toLowerCase(Locale.ROOT));
            }
            Preflight.Result result = preflight.tree(file, input, document);
            if (result.tree() == null) {
                return new Outcome(file.toString(), written, String.join(System.lineSeparator(), result.problems()));
            }
            // every format in memory first, then each file moved into place: none of them is half-written
            library.render(result.tree(), targets.toArray(Path[]::new));
            written.addAll(targets);
            return new Outcome(file.toString(), written, null);
        } catch (Exception e) { // one bad input must not stop the others
            return new Outcome(file.toString(), written, Inputs.reason(e, file));
        } catch (OutOfMemoryError e) {
            // nothing of it is written (every format is made in memory first); the others may still fit
            return new Outcome(file.toString(), written, Inputs.outOfMemory());
        }
    }
}
