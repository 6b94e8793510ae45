package fi.alke.documents;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a part: the
 * bytes go to a temporary file beside the target, which is then moved into place. The renderers write
 * through it ({@link DocumentRenderer#render(fi.alke.documents.tree.Document, Path)}); so may callers
 * that write other outputs, such as follow-up forms.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}, creating its folder if needed. On failure the target is
     * left as it was and the temporary file is removed.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Beside the target, so that the move stays on one file system and can be atomic. Not
        // createTempFile: its owner-only permissions would carry over to the finished file.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
