package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alke samples --out DIR}: renders every bundled sample to DOCX and PDF side by side. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Renders every bundled sample document into DIR as <sample>.docx and <sample>.pdf.")
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "DOCX,PDF",
            description = "Formats to produce: docx, pdf (default: both).")
    private List<Format> formats;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Format> order = Formats.order(formats);
        AlkeDocuments documents = AlkeDocuments.create();
        int failed = 0;
        for (String stem : Samples.stems()) {
            try {
                List<Path> targets = order.stream().map(format -> out.resolve(stem + "." + format.extension())).toList();
                documents.render(Samples.input(stem), targets.toArray(Path[]::new));
                targets.forEach(target -> stdout.println("wrote " + target));
            } catch (AlkeException | IOException | RuntimeException e) {
                failed++; // one bad sample must not stop the rest
                stderr.println(stem + ": " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
