package fi.alke.documents.testing;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of rendered files as independent readers see it — Apache POI for DOCX, PDFBox for PDF — with
 * every run of white space one space, so that tests assert content, not line breaks.
 */
public final class Texts {
    private Texts() {
    }

    /** The DOCX's text, as POI extracts it. */
    public static String docx(byte[] docx) throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    /** The DOCX's stored title (core properties). */
    public static String docxTitle(byte[] docx) throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return word.getProperties().getCoreProperties().getTitle();
        }
    }

    /** The PDF's text, as PDFBox extracts it, words broken at a line's end read whole. */
    public static String pdf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return joinBrokenWords(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
        }
    }

    /**
     * Text laid out in lines with each word broken after a hyphen or dash at a line's end ("ELY-" /
     * "keskukset", "2021–" / "2027") read whole again, as a reader reads it; a dash standing alone
     * between spaces ("alueilla –") keeps its space.
     */
    public static String joinBrokenWords(String lines) {
        return lines.replaceAll("(?<=[\\p{L}\\p{N}][-\u2013])[ \\t]*\\r?\\n", "");
    }

    /** The PDF's stored title (document information). */
    public static String pdfTitle(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }
}
