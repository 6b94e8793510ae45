package fi.alke.samples;

import java.util.ArrayList;
import java.util.List;
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

    /** One PDF page's text as PDFBox reads it. */
    static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
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
}
