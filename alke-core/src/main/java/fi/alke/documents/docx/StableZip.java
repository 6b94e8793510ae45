package fi.alke.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.stores.PartStore;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.XmlPart;

/**
 * The store docx4j saves a new package into, writing the ZIP itself so that equal content gives
 * equal bytes. docx4j's own store stamps every entry with the current time and writes the entries in
 * the order it walks the relationships; here each entry gets a time taken from the document's own and
 * the entries come in a fixed order. Each XML part gets its root namespace declarations in a fixed
 * order too ({@link RootNamespaces}: JAXB's order changes from JVM to JVM) before it is compressed —
 * once, as docx4j's store would have: the parts are kept as docx4j serialised them, not zipped and
 * unzipped again.
 *
 * <p>Only saving a package built in memory, as {@link PackageWriter} does: there is nothing to load
 * from, and the kinds of part no renderer here makes (custom XML data, DOM-backed XML parts) are
 * refused rather than left out unnoticed. One store per package saved.
 */
final class StableZip implements PartStore {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** The content-type index first, where tools that sniff OOXML files look; then by name. */
    private static final Comparator<String> ORDER = Comparator
            .comparing((String name) -> !name.equals(CONTENT_TYPES))
            .thenComparing(Comparator.naturalOrder());
    /**
     * zlib's fastest level, as in the PDF: at docx4j's default level compressing took a fifth of a warm
     * DOCX's time, and the fastest level costs about a fifth more bytes in the XML parts
     * (docs/performance.md).
     */
    private static final int LEVEL = Deflater.BEST_SPEED;

    private final long stamp;
    private final FixedParts fixed;
    /** The parts of this package whose content a key fixes, by part name. */
    private final Map<String, Object> fixedKeys = new HashMap<>();
    /** Entry name to content and whether to deflate it. */
    private final Map<String, Entry> entries = new TreeMap<>(ORDER);
    private OutputStream out;

    /**
     * A store whose entries are all dated 12:00 on the UTC date of {@code time}, so that the bytes do
     * not depend on the JVM's default time zone.
     *
     * <p>ZIP stores DOS local date-times, and commons-compress converts the Java time it is given to
     * one through the default time zone. So we pass the instant that is the wanted local date-time in
     * that zone, and the conversion gives back exactly that date-time in every zone. This holds only
     * for a local time that exists in the zone: at a time inside a daylight-saving gap (03:30 on the
     * last Sunday of March in Helsinki) the round trip moves it by an hour, and the bytes would
     * differ between zones. Noon is in no zone's gap, hence the fixed time of day: the entries carry
     * the document's date, which is all a ZIP listing needs, not its time.
     */
    StableZip(Instant time, FixedParts fixed) {
        LocalDate date = LocalDate.ofInstant(time, ZoneOffset.UTC);
        this.stamp = date.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.fixed = fixed;
    }

    /**
     * Says that the part's content is wholly given by {@code key} (with the renderer's page style): the
     * first package with that key writes the part, and the later ones take its compressed entry from
     * {@link FixedParts} instead of marshalling and compressing the same XML again. A key that does not fix
     * the content would put one document's part into another, so the caller keys only what it builds from
     * the key alone (tests compare such parts with a fresh renderer's).
     */
    void fixed(PartName part, Object key) {
        fixedKeys.put(part.getName(), key);
    }

    /**
     * An entry's content, whether to deflate it, and — once known — the data the ZIP holds and its CRC,
     * so that an entry kept in {@link FixedParts} is compressed once for every document that has it.
     */
    record Entry(Slices content, boolean deflate, byte[] data, long crc) {
        Entry(Slices content, boolean deflate) {
            this(content, deflate, null, 0);
        }

        /** This entry with its data and CRC worked out. */
        Entry zipped(Deflater deflater) {
            if (data != null) {
                return this;
            }
            return new Entry(content, deflate, deflate ? content.deflated(deflater) : content.toByteArray(),
                    content.crc());
        }
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void saveContentTypes(ContentTypeManager types) throws Docx4JException {
        Chunks xml = new Chunks(2048);
        try {
            types.marshal(xml);
        } catch (JAXBException e) {
            throw new Docx4JException("cannot write " + CONTENT_TYPES + ": " + e.getMessage(), e);
        }
        xml(CONTENT_TYPES, xml);
    }

    @Override
    public void saveJaxbXmlPart(JaxbXmlPart part) throws Docx4JException {
        Object key = fixedKeys.get(part.getPartName().getName());
        if (key != null) {
            Entry known = fixed.get(key);
            if (known == null) {
                Deflater deflater = new Deflater(LEVEL, true);
                try {
                    known = new Entry(RootNamespaces.sorted(marshalled(part)), true).zipped(deflater);
                } finally {
                    deflater.end();
                }
                fixed.put(key, known);
            }
            entries.put(name(part), known);
            return;
        }
        xml(name(part), marshalled(part));
    }

    private static Chunks marshalled(JaxbXmlPart<?> part) throws Docx4JException {
        Chunks xml = new Chunks(16 * 1024);
        try {
            if (part instanceof MainDocumentPart document) {
                marshalMainDocument(document, xml);
            } else {
                part.marshal(xml);
            }
        } catch (JAXBException e) {
            throw new Docx4JException("cannot write " + part.getPartName() + ": " + e.getMessage(), e);
        }
        return xml;
    }

    /**
     * The main document part as docx4j's {@code JaxbXmlPart.marshal} writes it with the settings
     * {@link DocxRenderer} makes (no version comment, not indented, not canonicalised), but straight into
     * the buffer: docx4j passes the main document through a {@code FilterOutputStream} (to insert the
     * version comment we suppress) whose {@code write(byte[], int, int)} hands every byte on one at a
     * time to a synchronised {@code BufferedOutputStream.write(int)}, about an eighth of a warm DOCX's
     * time (docs/performance.md). The same bytes: {@code DocxRendererTest} and the samples check them.
     */
    private static void marshalMainDocument(MainDocumentPart part, OutputStream out) throws JAXBException {
        Marshaller marshaller = part.getJAXBContext().createMarshaller();
        Object prefixes = NamespacePrefixMapperUtils.getPrefixMapper();
        NamespacePrefixMapperUtils.setProperty(marshaller, prefixes);
        McIgnorableNamespaceDeclarator ignorable = (McIgnorableNamespaceDeclarator) prefixes;
        String listed = part.getJaxbElement().getIgnorable();
        ignorable.setMcIgnorable((listed == null ? "" : listed) + part.getMcChoiceNamespaces());
        try {
            marshaller.marshal(part.getJaxbElement(), out);
        } finally {
            ignorable.setMcIgnorable(null); // as docx4j leaves its shared prefix mapper
        }
    }

    /** Pictures are compressed already (PNG, JPEG): stored as they are, as docx4j's store does. */
    @Override
    public void saveBinaryPart(Part part) throws Docx4JException {
        if (!(part instanceof BinaryPart binary)) {
            throw new Docx4JException("cannot write " + part.getPartName() + ": not a binary part");
        }
        entries.put(name(part), new Entry(Slices.of(binary.getBytes()), !(part instanceof BinaryPartAbstractImage)));
    }

    @Override
    public void saveCustomXmlDataStoragePart(CustomXmlDataStoragePart part) throws Docx4JException {
        throw new Docx4JException("cannot write " + part.getPartName() + ": custom XML data is not rendered here");
    }

    @Override
    public void saveXmlPart(XmlPart part) throws Docx4JException {
        throw new Docx4JException("cannot write " + part.getPartName() + ": DOM-backed XML parts are not rendered here");
    }

    /** Writes the ZIP to the output stream docx4j gave, which stays open. */
    @Override
    public void finishSave() throws Docx4JException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        Deflater deflater = new Deflater(LEVEL, true); // raw deflate data, as a ZIP entry holds it
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, Entry> named : entries.entrySet()) {
                Entry entry = named.getValue().zipped(deflater);
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(named.getKey());
                zipEntry.setTime(stamp);
                zipEntry.setMethod(entry.deflate() ? ZipArchiveEntry.DEFLATED : ZipArchiveEntry.STORED);
                zipEntry.setCrc(entry.crc());
                zipEntry.setSize(entry.content().length());
                zipEntry.setCompressedSize(entry.data().length);
                zip.addRawArchiveEntry(zipEntry, new ByteArrayInputStream(entry.data()));
            }
        } catch (IOException e) {
            throw new Docx4JException("cannot write the DOCX: " + e.getMessage(), e);
        } finally {
            deflater.end();
        }
        try {
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new Docx4JException("cannot write the DOCX: " + e.getMessage(), e);
        }
    }

    @Override
    public void dispose() {
        entries.clear();
    }

    /** A new package has no source to load from. */
    @Override
    public void setSourcePartStore(PartStore source) {
        if (source != null) {
            throw new IllegalArgumentException("only a package built in memory is saved here");
        }
    }

    @Override
    public InputStream loadPart(String name) throws Docx4JException {
        throw new Docx4JException("no part " + name + " to load: this store only saves");
    }

    @Override
    public long getPartSize(String name) {
        throw new UnsupportedOperationException("this store only saves");
    }

    @Override
    public void rename(PartName from, PartName to) {
        throw new UnsupportedOperationException("this store only saves");
    }

    private void xml(String name, Chunks xml) {
        entries.put(name, new Entry(RootNamespaces.sorted(xml), true));
    }

    /** The ZIP entry name: the part name without its leading slash. */
    private static String name(Part part) {
        return part.getPartName().getName().substring(1);
    }
}
