package fi.alke.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a ZIP package so that equal content gives equal bytes: docx4j stamps every entry with the
 * current time, so each entry gets the document's own time instead, and the entries are written in a
 * fixed order. The compressed data is copied as it is, not inflated and deflated again.
 */
final class StableZip {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The content-type index first, where tools that sniff OOXML files look; then by name. */
    private static final Comparator<ZipArchiveEntry> ORDER = Comparator
            .comparing((ZipArchiveEntry e) -> !e.getName().equals(CONTENT_TYPES))
            .thenComparing(ZipArchiveEntry::getName);

    private StableZip() {
    }

    /**
     * The same entries as {@code zip}, each dated {@code time}. The time is taken in UTC so that the
     * bytes do not depend on the JVM's time zone (ZIP stores local date-times).
     */
    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        // ZIP keeps DOS local date-times; this one reads back as the instant's UTC wall-clock time.
        long stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).atZone(java.util.TimeZone.getDefault().toZoneId())
                .toInstant().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(in.getEntries()));
            entries.sort(ORDER);
            for (ZipArchiveEntry entry : entries) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(stamp);
                try (InputStream raw = in.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
        }
        return bytes.toByteArray();
    }
}
