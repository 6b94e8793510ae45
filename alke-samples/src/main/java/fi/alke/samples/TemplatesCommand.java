package fi.alke.samples;

import fi.alke.documents.template.TemplateEngine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alke templates export DIR}: the template authors' kit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "The stock templates, for template authors.",
        subcommands = TemplatesCommand.Export.class)
final class TemplatesCommand {
    /** A file every stock template set has; the folder above its own is the stock root. */
    private static final String ANCHOR = "lib/alke.ftlx";

    /**
     * The stock files, as names relative to {@value TemplateEngine#STOCK_ROOT} such as {@code decision.ftlx}
     * or {@code letterheads/tem.yaml}, sorted. They are listed where the class loader finds them: in a
     * jar (alke.jar, or the alke-templates jar as a dependency) or in a folder (an IDE's or a Maven
     * reactor's target/classes), so that a template added to alke-templates needs no list kept by hand.
     */
    static List<String> stockFiles(ClassLoader loader) throws IOException {
        String root = TemplateEngine.STOCK_ROOT;
        URL anchor = loader.getResource(root + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("the stock templates (" + root + ANCHOR + ") are not on the class path");
        }
        if (anchor.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) anchor.openConnection();
            connection.setUseCaches(false); // a JarFile of our own, to close
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName)
                        .filter(name -> name.startsWith(root)).map(name -> name.substring(root.length()))
                        .sorted().toList();
            }
        }
        if (anchor.getProtocol().equals("file")) {
            Path folder;
            try {
                folder = Path.of(anchor.toURI()).getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IOException("cannot find the stock templates' folder from " + anchor, e);
            }
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile)
                        .map(file -> folder.relativize(file).toString().replace(File.separatorChar, '/'))
                        .sorted().toList();
            }
        }
        throw new IllegalStateException("cannot list the stock templates in " + anchor);
    }

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
            List<String> names = stockFiles(loader);
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
}
