package fi.alke.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP package so that equal content gives equal bytes: docx4j stamps every entry with the
 * current time, so each entry gets the document's own time instead, and the entries are written in a
 * fixed order.
 */
final class StableZip {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The content-type index first, where tools that sniff OOXML files look; then by name. */
    private static final Comparator<String> ORDER =
            Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES)).thenComparing(Comparator.naturalOrder());

    private StableZip() {
    }

    /**
     * The same entries as {@code zip}, each dated {@code time}. The time is taken in UTC so that the
     * bytes do not depend on the JVM's time zone (ZIP stores local date-times).
     */
    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry copy = new ZipEntry(entry.getKey());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
