package fi.alke.documents.markup;

import fi.alke.documents.internal.BoundedCache;
import java.io.IOException;

/**
 * Class-path resources under a package path, kept once read ({@link ResourceLoader#classpath}): a stock
 * logo is named by every document of its organisation, and reading it from the JAR inflates it each time.
 * Bounded in count and size, so that a loader asked for many or large resources keeps none of those.
 */
final class ClassPathResources implements ResourceLoader {
    private static final int COUNT = 32;
    private static final int LARGEST = 1 << 20;

    private final ClassLoader loader;
    private final String prefix;
    private final BoundedCache<String, byte[]> kept = new BoundedCache<>(COUNT);

    ClassPathResources(ClassLoader loader, String prefix) {
        this.loader = loader;
        this.prefix = prefix;
    }

    @Override
    public byte[] load(String src) throws IOException {
        if (src.contains("..")) {
            throw new IOException("'" + src + "' may not contain '..'");
        }
        byte[] bytes = kept.get(src);
        if (bytes == null) {
            try (var in = loader.getResourceAsStream(prefix + src)) {
                if (in == null) {
                    throw new IOException("no resource " + prefix + src);
                }
                bytes = in.readAllBytes();
            }
            if (bytes.length <= LARGEST) {
                kept.put(src, bytes);
            }
        }
        return bytes.clone(); // the caller's to keep or change
    }
}
