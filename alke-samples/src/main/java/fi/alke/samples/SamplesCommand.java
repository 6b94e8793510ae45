package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.Format;
import fi.alke.documents.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alke samples --out DIR [--format docx,pdf] [--force]}: renders every bundled sample to DOCX and PDF
 * side by side, and reports as {@code render} does.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Renders every bundled sample document into DIR as <sample>.docx and <sample>.pdf.",
                "As render: an existing output is not overwritten without --force; every file is written whole or "
                        + "not at all; a line per sample (a progress bar on a terminal), then a summary and "
                        + "every failure with its reasons."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every sample rendered", "1:some samples failed (or their outputs exist)", "2:wrong usage"})
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "DOCX,PDF",
            description = "Formats to produce: docx, pdf (default: both).")
    private List<Format> formats;

    @Option(names = "--force", description = "Overwrite existing output files.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: not a folder: " + out);
        }
        AtomicFiles.removeLeftovers(out); // what a run killed while writing here left behind
        List<Format> order = Formats.order(formats);
        AlkeDocuments documents = AlkeDocuments.create();
        List<String> stems = Samples.stems();
        List<Batch.Outcome> outcomes = new ArrayList<>();
        try (Batch.Progress progress = Batch.progress(spec, "samples", stems.size())) {
            for (String stem : stems) {
                Batch.Outcome outcome = render(documents, stem, order);
                progress.done(outcome);
                outcomes.add(outcome);
            }
        }
        return Batch.summary(spec, outcomes, out);
    }

    private Batch.Outcome render(AlkeDocuments documents, String stem, List<Format> order) {
        List<Path> targets = order.stream().map(format -> out.resolve(stem + "." + format.extension())).toList();
        String refusal = Batch.refusal(targets, force);
        if (refusal != null) {
            return new Batch.Outcome(stem, List.of(), refusal);
        }
        try {
            documents.render(Samples.input(stem), targets.toArray(Path[]::new));
            return new Batch.Outcome(stem, targets, null);
        } catch (AlkeException | IOException | RuntimeException e) {
            return new Batch.Outcome(stem, List.of(), e.getMessage()); // one bad sample must not stop the rest
        }
    }
}
