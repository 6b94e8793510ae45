package fi.alke.documents.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.tree.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-document page decoration: the metadata block with the page number as {@code n (N)} on every page,
 * repeated as the running header from page two on, and link annotations.
 *
 * <p>The total page count is known only at the end, so each page's number is a small template placed
 * when the page ends and filled in when the document closes.
 */
final class RunningHeader extends PdfPageEventHelper {
    /**
     * Generic-tag prefix that marks a chunk as a hyperlink: the address follows, then a line feed and
     * the link's text, which becomes the annotation's Contents.
     */
    static final String LINK_TAG = "link:";

    private final PageStyle style;
    private final Elements elements;
    private final Metadata metadata;
    private final String organisation;
    private final List<PageNumber> numbers = new ArrayList<>();
    private final Tags tags;
    private float firstPageBaseline;

    RunningHeader(PageStyle style, Elements elements, Metadata metadata, String organisation, Tags tags) {
        this.tags = tags;
        this.style = style;
        this.elements = elements;
        this.metadata = metadata;
        this.organisation = organisation;
    }

    /**
     * Draws the metadata block with its top at {@code top}: the document type in bold, the page
     * number at the right end of that line, then date, identifiers and confidentiality, each line one
     * leading below the last and the first an ascent below the top. Used for page one's head and for
     * the running header alike. Returns the height used, a leading per line.
     */
    float drawMetadata(PdfContentByte canvas, float top, boolean firstPage) {
        double size = style.text(firstPage ? TextRole.METADATA : TextRole.HEADER).size();
        float left = Elements.pt(style.marginLeft() + style.metadataOffset());
        float leading = elements.leading(size);
        float baseline = top - (float) (Fonts.ASCENT * size);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(metadata.documentType(), Fonts.font(size, true)), left, baseline, 0);
        if (firstPage) {
            firstPageBaseline = baseline;
        }
        List<String> lines = metadata.blockLines();
        for (int i = 0; i < lines.size(); i++) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(lines.get(i), Fonts.font(size, false)), left,
                    baseline - leading * (i + 1), 0);
        }
        return leading * (lines.size() + 1);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        // The page number and the running header are pagination artifacts, outside the structure tree.
        Tags.artifact(canvas, () -> {
            if (writer.getPageNumber() == 1) {
                placeNumber(canvas, page.getWidth(), firstPageBaseline, style.text(TextRole.METADATA).size());
                return;
            }
            float top = page.getHeight() - Elements.pt(style.headerTop());
            drawMetadata(canvas, top, false);
            double size = style.text(TextRole.HEADER).size();
            float baseline = top - (float) (Fonts.ASCENT * size);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(organisation, Fonts.font(size, false)), Elements.pt(style.marginLeft()), baseline, 0);
            placeNumber(canvas, page.getWidth(), baseline, size);
        });
    }

    /** Reserves the page number's place at the right end of the block's first line. */
    private void placeNumber(PdfContentByte canvas, float pageWidth, float baseline, double size) {
        float width = Elements.pt(style.metadataWidth(false));
        float descent = (float) size * 0.5f;
        PdfTemplate template = canvas.createTemplate(width, (float) size * 1.5f);
        canvas.addTemplate(template, pageWidth - Elements.pt(style.marginRight()) - width, baseline - descent);
        numbers.add(new PageNumber(template, size));
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = numbers.size();
        tags.finish(total);
        for (int i = 0; i < total; i++) {
            PageNumber number = numbers.get(i);
            ColumnText.showTextAligned(number.template(), Element.ALIGN_RIGHT,
                    new Phrase((i + 1) + " (" + total + ")", Fonts.font(number.size(), false)),
                    number.template().getWidth(), (float) number.size() * 0.5f, 0);
        }
    }

    private record PageNumber(PdfTemplate template, double size) {
    }

    /** Links: OpenPDF's own link annotations lack the print flag that PDF/A requires. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(LINK_TAG)) {
            int end = text.indexOf('\n');
            PdfAnnotation link = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom(), rect.getRight(),
                    rect.getTop(), new PdfAction(text.substring(LINK_TAG.length(), end)));
            link.setFlags(PdfAnnotation.FLAGS_PRINT);
            link.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
            link.put(PdfName.CONTENTS, new PdfString(text.substring(end + 1), PdfObject.TEXT_UNICODE));
            tags.link(link);
            writer.addAnnotation(link);
        }
    }
}
