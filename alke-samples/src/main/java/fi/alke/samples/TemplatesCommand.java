package fi.alke.samples;

import fi.alke.documents.Problem;
import fi.alke.documents.api.AuthorFolderCheck;
import fi.alke.documents.api.StockTemplates;

import fi.alke.documents.template.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alke templates export DIR} and {@code alke templates check DIR}: the template authors' kit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "The stock templates, for template authors.",
        subcommands = {TemplatesCommand.Export.class, TemplatesCommand.Check.class})
final class TemplatesCommand {
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Copies the stock templates (<kind>.ftlx), the macro library lib/alke.ftlx, the message "
                    + "bundles and the letterhead profiles into DIR for an author to change.",
                    "Preview a change with: alke render --templates DIR INPUT... --out OUT. A file left out of DIR "
                    + "falls back to the stock one, so files not changed may be deleted."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:all copied", "1:files exist in DIR (nothing copied) or a copy failed", "2:wrong usage"})
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder to copy into; made if missing.")
        private Path folder;

        @Option(names = "--force", description = "Overwrite files already in DIR.")
        private boolean force;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ClassLoader loader = TemplatesCommand.class.getClassLoader();
            List<String> names = StockTemplates.names(loader);
            List<Path> existing = names.stream().map(folder::resolve).filter(Files::exists).toList();
            if (!force && !existing.isEmpty()) {
                // all or nothing: an author's changed template must not be half replaced by the stock one
                spec.commandLine().getErr().println(folder + " already has " + Counts.of(existing.size(), "file")
                        + " of the stock templates (" + existing.get(0) + (existing.size() > 1 ? ", …" : "")
                        + "); --force overwrites them");
                return 1;
            }
            for (String name : names) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = loader.getResourceAsStream(TemplateEngine.STOCK_ROOT + name)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                spec.commandLine().getOut().println("wrote " + target);
            }
            spec.commandLine().getOut().println(Counts.of(names.size(), "file") + " in " + folder);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks an author's folder for what would be silently ignored or would fail: files whose "
                    + "names match no stock template, message bundle, letterhead profile or image (and that no "
                    + "template imports); templates that do not parse; message keys that no template asks for and "
                    + "the stock bundles do not have; keys of the author's own missing in another language; "
                    + "letterhead profiles and organisations.yaml that do not validate.",
                    "render --templates DIR prints the same findings as warnings."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:nothing found", "1:something found", "2:wrong usage"})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The author's folder.")
        private Path folder;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(folder)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such folder: " + folder);
            }
            List<Problem> problems = AuthorFolderCheck.check(folder);
            problems.forEach(problem -> Problems.print(spec.commandLine().getErr(), problem.toString()));
            spec.commandLine().getOut().println(Counts.of(problems.size(), "finding") + " in " + folder);
            return problems.isEmpty() ? 0 : 1;
        }
    }
}
