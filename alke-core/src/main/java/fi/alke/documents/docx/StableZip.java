package fi.alke.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * current time, so each entry gets a time taken from the document's own instead, and the entries are
 * written in a fixed order. The compressed data is copied as it is, not inflated and deflated again.
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
     * The same entries as {@code zip}, each dated 12:00 on the UTC date of {@code time}, so that the
     * bytes do not depend on the JVM's default time zone.
     *
     * <p>ZIP stores DOS local date-times, and commons-compress converts the Java time it is given to
     * one through the default time zone. So we pass the instant that is the wanted local date-time in
     * that zone, and the conversion gives back exactly that date-time in every zone. This holds only
     * for a local time that exists in the zone: at a time inside a daylight-saving gap (03:30 on the
     * last Sunday of March in Helsinki) the round trip moves it by an hour, and the bytes would
     * differ between zones. Noon is in no zone's gap, hence the fixed time of day: the entries carry
     * the document's date, which is all a ZIP listing needs, not its time.
     */
    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        LocalDate date = LocalDate.ofInstant(time, ZoneOffset.UTC);
        long stamp = date.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
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
