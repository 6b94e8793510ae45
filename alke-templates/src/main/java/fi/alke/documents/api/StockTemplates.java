package fi.alke.documents.api;

import fi.alke.documents.template.TemplateEngine;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** The stock templates, message bundles, letterhead profiles and images this module ships. */
public final class StockTemplates {
    /** A file every stock template set has; the folder above its own is the stock root. */
    private static final String ANCHOR = "lib/alke.ftlx";

    /**
     * The stock files, as names relative to {@value TemplateEngine#STOCK_ROOT} such as {@code decision.ftlx}
     * or {@code letterheads/tem.yaml}, sorted. They are listed where the class loader finds them: in a
     * jar (alke.jar, or the alke-templates jar as a dependency) or in a folder (an IDE's or a Maven
     * reactor's target/classes), so that a template added to alke-templates needs no list kept by hand.
     */
    public static List<String> names(ClassLoader loader) throws IOException {
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


    /** A stock file's text, e.g. {@code decision.ftlx} or {@code messages_fi.properties}. */
    public static String text(String name) throws IOException {
        try (InputStream in = StockTemplates.class.getClassLoader().getResourceAsStream(TemplateEngine.STOCK_ROOT + name)) {
            if (in == null) {
                throw new IOException("no stock file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private StockTemplates() {
    }
}
