package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Table;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reading rendered samples back through the independent readers, shared by the sample tests. */
final class SampleFiles {
    private SampleFiles() {
    }

    /** The DOCX body's text in document order, paragraphs and table cells alike, one space between. */
    static String bodyText(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text.append(p.getText()).append(' ');
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(cp -> text.append(cp.getText()).append(' '));
                    }
                }
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** One PDF page's text as PDFBox reads it, words broken at a line's end read whole. */
    static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return fi.alke.documents.testing.Texts.joinBrokenWords(stripper.getText(doc));
    }

    /**
     * Words split at white space and no-break spaces (a reader may give either); the PDF's bullets are
     * text, the DOCX's are numbering, so both drop them.
     */
    static List<String> words(String text) {
        String spaced = text.replace('\u2022', ' ').replace('\u00A0', ' ').strip();
        return new ArrayList<>(List.of(spaced.split("\\s+")));
    }

    static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }

    /** Fails with the first difference and its neighbourhood, which a whole-list message would bury. */
    static void assertSameWords(List<String> fromDocx, List<String> fromPdf) {
        int i = 0;
        while (i < fromDocx.size() && i < fromPdf.size() && fromDocx.get(i).equals(fromPdf.get(i))) {
            i++;
        }
        if (i < fromDocx.size() || i < fromPdf.size()) {
            int from = Math.max(0, i - 8);
            throw new AssertionError("the formats differ at word " + i + ":\n DOCX: "
                    + fromDocx.subList(from, Math.min(fromDocx.size(), i + 8)) + "\n PDF:  "
                    + fromPdf.subList(from, Math.min(fromPdf.size(), i + 8)));
        }
    }

    /**
     * Both formats show the same words in the same order: the DOCX body as POI reads it and the PDF's
     * pages as PDFBox reads them, less what only one format has — page one's field results in the DOCX
     * ("1 (1)", cached by docx4j), and each PDF page's number and running header (drawn when the page
     * ends, so last in the page's text) and a table's header rows repeated on a new page.
     */
    static void assertBothFormatsShowTheSameWords(Document document, byte[] docx, byte[] pdf) throws Exception {
        List<String> fromDocx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            fromDocx = words(bodyText(doc));
        }
        List<String> type = words(document.metadata().documentType());
        int after = Collections.indexOfSubList(fromDocx, type) + type.size();
        assertEquals(List.of("1", "(1)"), fromDocx.subList(after, after + 2));
        fromDocx.subList(after, after + 2).clear();

        List<String> fromPdf = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                List<String> words = words(pageText(doc, page));
                List<String> decoration = new ArrayList<>();
                if (page > 1) {
                    decoration.addAll(words(document.letterhead().shortName() + " "
                            + document.metadata().documentType() + " "
                            + String.join(" ", document.metadata().blockLines())));
                }
                decoration.addAll(List.of(String.valueOf(page), "(" + total + ")"));
                List<String> tail = words.subList(words.size() - decoration.size(), words.size());
                assertEquals(sorted(decoration), sorted(tail), "page " + page + " ends with its decoration");
                tail.clear();
                if (page > 1) {
                    dropRepeatedTableHeader(document, words);
                }
                fromPdf.addAll(words);
            }
        }
        assertSameWords(fromDocx, fromPdf);
    }

    /** A table that runs onto a new page repeats its header rows first; the DOCX has them once. */
    private static void dropRepeatedTableHeader(Document document, List<String> words) {
        for (Block block : document.body()) {
            if (block instanceof Table table && !table.headerRows().isEmpty()) {
                List<String> header = new ArrayList<>();
                table.headerRows().forEach(row -> row.cells().forEach(cell -> cell.blocks().forEach(b ->
                        header.addAll(words(((Paragraph) b).content().stream()
                                .map(i -> i instanceof Inline.Text t ? t.text() : " ")
                                .reduce("", String::concat))))));
                if (words.size() >= header.size() && words.subList(0, header.size()).equals(header)) {
                    words.subList(0, header.size()).clear();
                    return;
                }
            }
        }
    }
}
