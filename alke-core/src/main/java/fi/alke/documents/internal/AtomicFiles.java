package fi.alke.documents.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a part: the
 * bytes go to a temporary file beside the target, which is then moved into place. The renderers write
 * through it ({@link fi.alke.documents.DocumentRenderer#render(fi.alke.documents.tree.Document, Path)}), and
 * so do the entry point and the command line for their other outputs. Not API: callers write files through
 * {@code AlkeDocuments.render} or a renderer.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}, creating its folder if needed. On failure the target is
     * left as it was and the temporary file is removed.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /**
     * As {@link #write(Path, byte[])}, for a secret such as a follow-up form key: where the file system has
     * POSIX permissions the file is readable and writable by its owner only ({@code rw-------}) from the moment
     * it exists, so no other user can read it even while it is being written. Elsewhere (Windows) the file gets
     * the folder's default access, which the folder's own permissions must restrict.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    private static void write(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Beside the target, so that the move stays on one file system and can be atomic. Not
        // createTempFile: its owner-only permissions would carry over to the finished file.
        // The process id in the name lets a later run tell a killed run's leftover from a live one's file.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + ".part");
        try {
            if (ownerOnly && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // created with the permissions, not changed after: there is no moment others could open it
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
                Files.write(temporary, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A temporary file of {@link #write}: {@code .<name>.<pid>.<uuid>.part}. */
    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("\\..+\\.(\\d+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

    /**
     * Removes the temporary files that runs killed while writing into {@code folder} left behind: those
     * of processes no longer alive. A live process's file is left alone, so two runs into one folder do
     * not disturb each other.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                java.util.regex.Matcher m = PART.matcher(file.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
