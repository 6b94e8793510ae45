package fi.alke.documents.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the files an input names (an organisations file, an action table) are read from: a folder on disk
 * (the input file's own), or a folder of the class path (for inputs shipped in a jar, like the samples).
 * A name is relative to the naming file's folder; a file found there names its own files relative to its
 * own folder.
 */
public interface Sources {
    /**
     * The text of a named file.
     *
     * @throws NoSuchFileException when there is no such file
     */
    String text(String reference) throws IOException;

    /**
     * The text of a named file of at most {@code maxBytes} bytes, reading no more than that.
     *
     * @throws NoSuchFileException when there is no such file
     * @throws IOException         when the file is larger (and when it cannot be read)
     */
    default String text(String reference, long maxBytes) throws IOException {
        String text = text(reference);
        if (text.length() > maxBytes) {
            throw new InputText.TooLarge(maxBytes);
        }
        return text;
    }

    /** Where a named file is, for messages, e.g. its absolute path. */
    String where(String reference);

    /** The sources of the files that the named file names: its own folder. */
    Sources of(String reference);

    /** Files in a folder on disk. */
    static Sources folder(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        return new Sources() {
            @Override
            public String text(String reference) throws IOException {
                return text(reference, Long.MAX_VALUE);
            }

            @Override
            public String text(String reference, long maxBytes) throws IOException {
                return InputText.read(base.resolve(reference), maxBytes);
            }

            @Override
            public String where(String reference) {
                return base.resolve(reference).normalize().toString();
            }

            @Override
            public Sources of(String reference) {
                Path parent = base.resolve(reference).normalize().getParent();
                return folder(parent != null ? parent : base);
            }
        };
    }

    /** Resources in a folder of the class path, e.g. {@code samples/}. */
    static Sources classpath(ClassLoader loader, String folder) {
        String base = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return new Sources() {
            @Override
            public String text(String reference) throws IOException {
                return text(reference, Long.MAX_VALUE);
            }

            @Override
            public String text(String reference, long maxBytes) throws IOException {
                try (InputStream in = loader.getResourceAsStream(where(reference))) {
                    if (in == null) {
                        throw new NoSuchFileException(where(reference));
                    }
                    return InputText.decode(InputText.bounded(in, maxBytes));
                }
            }

            @Override
            public String where(String reference) {
                try {
                    // resolved as a path below the class path's root: "samples/" + "../x.yaml" is "x.yaml"
                    return new java.net.URI("cp", null, "/" + base, null)
                            .resolve(new java.net.URI(null, null, reference, null)).getPath().substring(1);
                } catch (java.net.URISyntaxException e) {
                    return base + reference;
                }
            }

            @Override
            public Sources of(String reference) {
                String path = where(reference);
                int slash = path.lastIndexOf('/');
                return classpath(loader, slash < 0 ? "" : path.substring(0, slash + 1));
            }
        };
    }
}
