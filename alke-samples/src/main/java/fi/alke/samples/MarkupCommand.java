package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke markup INPUT [--templates DIR] [--out FILE]}: the ALKE markup the input's template writes,
 * for a template author who wants to see what the renderers are given (markup errors name its lines at
 * the end of their messages).
 */
@Command(name = "markup", mixinStandardHelpOptions = true,
        description = {"Writes the ALKE markup an input's template produces, before it is parsed or rendered.",
                "For template authors: a markup error names the template's line and, at the end, the line of "
                        + "this markup. The markup is written as the template wrote it, even when it is not valid."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:markup written", "1:the input or the template failed", "2:wrong usage"})
final class MarkupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "One input file.")
    private Path input;

    @Option(names = "--templates", paramLabel = "DIR", description = "An author's folder, as for render.")
    private Path templates;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the markup to FILE instead of the standard output.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.templatesFolder(spec, templates);
        String markup;
        try {
            AlkeDocuments documents = Inputs.documents(templates, RuleSet.NONE, false);
            markup = documents.markup(Inputs.readFile(documents, input).document());
        } catch (Inputs.Unusable e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return 1;
        } catch (AlkeException e) {
            Problems.of(e, input).forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        if (out == null) {
            spec.commandLine().getOut().print(markup);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(out, markup.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().println("wrote " + out);
        }
        return 0;
    }
}
