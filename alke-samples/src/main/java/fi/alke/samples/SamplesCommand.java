package fi.alke.samples;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.tree.Document;
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
        List<DocumentRenderer> renderers = Format.renderers(formats);
        int failed = 0;
        for (String stem : Samples.stems()) {
            try {
                Sample sample = Samples.sample(stem, null);
                Document document = new MarkupParser(sample.resources()).parse(sample.stem() + ".xml", sample.markup());
                for (DocumentRenderer renderer : renderers) {
                    Path target = out.resolve(sample.stem() + "." + renderer.extension());
                    renderer.render(document, target);
                    stdout.println("wrote " + target);
                }
            } catch (MarkupException | IOException | TemplateRenderException | RuntimeException e) {
                failed++; // one bad sample must not stop the rest
                stderr.println(stem + ": " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
