package fi.alke.documents.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.tree.Metadata;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.zip.Deflater;

/**
 * What makes the file PDF/A-2b (PDF/A-2a and PDF/UA-1 once the structure is complete) and
 * reproducible: PDF 1.7, an sRGB output intent, the document
 * language, Info and XMP metadata that agree, fixed dates, and a file identifier derived from the
 * content instead of OpenPDF's random one.
 */
final class PdfA {
    static final String PRODUCER = "ALKE documents (OpenPDF)";
    /**
     * The PDF/A conformance level declared in the XMP: A (PDF/A-2a, the tagged level), alongside PDF/UA-1 —
     * every node writes its structure element, and veraPDF checks both profiles in the tests.
     */
    static final String CONFORMANCE = "A";
    /**
     * The sRGB profile's stream, compressed once and written into every PDF: OpenPDF's {@code PdfICCBased} would
     * copy and compress the same profile again for each one. Writing a stream only reads it (its dictionary and
     * compressed bytes), so the documents, on any thread, can share the one object.
     */
    private static final PdfICCBased SRGB = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB),
            Deflater.BEST_COMPRESSION);
    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ID_HEX = 32;

    private PdfA() {
    }

    /** Sets the version, Info, catalog entries and XMP; call before the document opens. */
    static void prepare(PdfWriter writer, Metadata metadata) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // objects in compressed object streams (PDF/A-2 allows them): the structure tree's many small
        // dictionaries would otherwise be written out uncompressed, one object each
        writer.setFullCompression();
        // zlib's fastest level: the font subsets, compressed anew for every document, were most of a warm
        // PDF's compressing; the PDF grows by a few per cent, the renderer is 6-11 % faster (docs/performance.md)
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);

        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(calendar(metadata));
        info.put(PdfName.TITLE, new PdfString(metadata.title(), PdfObject.TEXT_UNICODE));
        info.put(PdfName.AUTHOR, new PdfString(metadata.author(), PdfObject.TEXT_UNICODE));
        info.put(PdfName.CREATOR, new PdfString(PRODUCER, PdfObject.TEXT_UNICODE));
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER, PdfObject.TEXT_UNICODE));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        metadata.properties().forEach((name, value) ->
                info.put(new PdfName(name), new PdfString(value, PdfObject.TEXT_UNICODE)));

        PdfDictionary catalog = writer.getExtraCatalog();
        catalog.put(PdfName.LANG, new PdfString(metadata.language()));
        PdfDictionary viewer = new PdfDictionary();
        viewer.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        catalog.put(PdfName.VIEWERPREFERENCES, viewer);

        writer.setXmpMetadata(xmp(metadata));
    }

    /** Adds the sRGB output intent; needs the document open, as it adds the profile to the file body. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(SRGB).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));

    }

    /**
     * Replaces the trailer's random file identifier with an MD5 of the file's bytes (the identifier
     * itself zeroed), so that the same input gives the same bytes and different content a different ID.
     */
    static byte[] withDerivedId(byte[] pdf) {
        int at = lastIndexOf(pdf, ID_KEY);
        if (at < 0) {
            throw new IllegalStateException("the PDF trailer has no /ID");
        }
        int first = at + ID_KEY.length;
        int second = first + ID_HEX + 2; // "><"
        for (int i = 0; i < ID_HEX; i++) {
            pdf[first + i] = '0';
            pdf[second + i] = '0';
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(md5(pdf)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, pdf, first, ID_HEX);
        System.arraycopy(hex, 0, pdf, second, ID_HEX);
        return pdf;
    }

    private static byte[] xmp(Metadata m) {
        String date = m.created().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                   <pdf:Producer>%s</pdf:Producer>
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>%s</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(m.title()), escape(m.author()), escape(m.language()),
                date, date, PRODUCER, PRODUCER, CONFORMANCE);
        return xmp.getBytes(StandardCharsets.UTF_8);
    }

    private static Calendar calendar(Metadata m) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(m.created().toEpochMilli());
        return calendar;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        outer:
        for (int i = data.length - key.length; i >= 0; i--) {
            for (int k = 0; k < key.length; k++) {
                if (data[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
