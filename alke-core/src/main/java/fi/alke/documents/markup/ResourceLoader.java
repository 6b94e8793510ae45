package fi.alke.documents.markup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the bytes an {@code img src} names. */
@FunctionalInterface
public interface ResourceLoader {

    /** Returns the resource's bytes; throws with a readable message when it cannot. */
    byte[] load(String src) throws IOException;

    /**
     * Resolves names against a folder and refuses names that leave it, so that markup cannot read
     * arbitrary files.
     */
    static ResourceLoader directory(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return src -> {
            Path file = root.resolve(src).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("'" + src + "' is outside the folder");
            }
            // A symbolic link may lead out of the folder although its name is inside: the file's real path
            // must be inside the folder's real path too, or any readable file could be embedded.
            if (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
                throw new IOException("'" + src + "' is a link to a file outside the folder");
            }
            return Files.readAllBytes(file);
        };
    }

    /**
     * Resolves names as class-path resources under a package path such as {@code fi/alke/templates/}.
     * What it read is kept (a few small files, bounded): class-path resources do not change while the
     * JVM runs, and reading one from a JAR inflates it again for every document that names it.
     */
    static ResourceLoader classpath(ClassLoader loader, String prefix) {
        return new ClassPathResources(loader, prefix);
    }

    /** Tries this loader, then the other. */
    default ResourceLoader orElse(ResourceLoader other) {
        return src -> {
            try {
                return load(src);
            } catch (IOException first) {
                try {
                    return other.load(src);
                } catch (IOException second) {
                    second.addSuppressed(first);
                    throw new IOException(first.getMessage() + "; " + second.getMessage(), second);
                }
            }
        };
    }
}
