package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Letterhead;
import fi.alke.documents.tree.Metadata;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.P;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Tabs;

/**
 * The page-one head and the running header. Both are the same two-column layout: the sender at the
 * left margin, the basic metadata block at {@code metadataOffset} with the document type in bold and
 * "page (pages)" at its right edge. Page one has it in the body (the sender's logo and full name
 * lines, then the recipient); from page two on it is the header (first name line only).
 */
final class HeadWriter {
    private final PageStyle page;

    HeadWriter(PageStyle page) {
        this.page = page;
    }

    /** The head of page one followed by the recipient lines, for the start of the body. */
    List<Object> firstPage(Document document, Media media) throws Docx4JException {
        Letterhead letterhead = document.letterhead();
        List<Object> sender = new ArrayList<>();
        if (letterhead.logo() != null) {
            P logo = Wml.paragraph(StyleSheet.METADATA);
            Image image = letterhead.logo();
            logo.getContent().add(media.picture(image, image.widthCm(), image.heightCm())); // as given
            sender.add(logo);
        }
        for (Letterhead.Name name : letterhead.names()) {
            sender.add(Wml.language(Wml.paragraph(StyleSheet.METADATA, name.text()), name.lang()));
        }
        List<Object> head = new ArrayList<>();
        head.add(twoColumns(sender, metadataBlock(document.metadata(), StyleSheet.METADATA, "1"), false));
        if (!document.recipient().isEmpty()) {
            head.add(Wml.lines(StyleSheet.RECIPIENT, document.recipient()));
        }
        return head;
    }

    /**
     * The header of pages two onwards. Landscape pages get their own, whose page number stands at the
     * wider page's right margin, as in the PDF.
     */
    Hdr runningHeader(Document document, boolean landscape) {
        String organisation = document.letterhead().shortName();
        List<Object> sender = new ArrayList<>();
        sender.add(organisation.isEmpty() ? Wml.paragraph(StyleSheet.HEADER)
                : Wml.paragraph(StyleSheet.HEADER, organisation));
        List<Object> block = metadataBlock(document.metadata(), StyleSheet.HEADER, "2");
        if (landscape) {
            Tabs tabs = Wml.tabStop(STTabJc.RIGHT, Units.twips(page.metadataWidth(true)));
            CTTabStop styleStop = Wml.tabStop(STTabJc.CLEAR, Units.twips(page.metadataWidth(false))).getTab().get(0);
            tabs.getTab().add(0, styleStop);
            ((P) block.get(0)).getPPr().setTabs(tabs);
        }
        Hdr header = FACTORY.createHdr();
        header.getContent().add(twoColumns(sender, block, landscape));
        return header;
    }

    /** The header of page one: empty, since page one shows the metadata block in its body. */
    static Hdr emptyHeader() {
        Hdr header = FACTORY.createHdr();
        header.getContent().add(Wml.paragraph(StyleSheet.HEADER));
        return header;
    }

    private Object twoColumns(List<Object> left, List<Object> right, boolean landscape) {
        long[] grid = {Units.twips(page.metadataOffset()), Units.twips(page.metadataWidth(landscape))};
        return TableWriter.layout(grid, List.of(left, right));
    }

    /**
     * "Type<TAB>page (pages)" then the block lines. The cached field results stand for the page the
     * block is first seen on, and the fewest pages that page implies, until a word processor lays out
     * the pages and fills in the real numbers.
     */
    private static List<Object> metadataBlock(Metadata metadata, String style, String firstPage) {
        P first = Wml.paragraph(style);
        first.getContent().add(Wml.styledRun(metadata.documentType(), StyleSheet.STRONG));
        first.getContent().add(Wml.tab());
        first.getContent().addAll(Wml.field("PAGE", firstPage));
        first.getContent().add(Wml.run(" (", null));
        first.getContent().addAll(Wml.field("NUMPAGES", firstPage));
        first.getContent().add(Wml.run(")", null));
        List<Object> block = new ArrayList<>();
        block.add(first);
        for (String line : metadata.blockLines()) {
            block.add(Wml.paragraph(style, line));
        }
        return block;
    }
}
