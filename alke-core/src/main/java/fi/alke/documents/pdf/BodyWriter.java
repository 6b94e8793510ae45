package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.PageBreak;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Table;
import fi.alke.documents.tree.Title;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes each kind of body block: where it starts (margin or body indent), which element it becomes,
 * and the space after it. One method per node type, each the only place that node is written.
 */
final class BodyWriter implements Block.Visitor<Void> {
    private final Pages pages;
    private final Elements elements;
    private final PageStyle style;
    private final float spacing;

    BodyWriter(Pages pages, Elements elements, PageStyle style) {
        this.pages = pages;
        this.elements = elements;
        this.style = style;
        this.spacing = (float) style.paragraphSpacing();
    }

    @Override
    public Void title(Title title) {
        double size = title.main() ? style.headingSize(0) : style.bodySize();
        return keepWithNext(elements.paragraph(title.content(), size, true, false), true);
    }

    @Override
    public Void heading(Heading heading) {
        return keepWithNext(elements.paragraph(heading.numberedContent(), style.headingSize(heading.level()), true,
                heading.level() == 3), true);
    }

    @Override
    public Void paragraph(fi.alke.documents.tree.Paragraph paragraph) {
        return flow(elements.paragraph(paragraph.content(), style.bodySize(), false, false), false);
    }

    @Override
    public Void list(ListBlock list) {
        return flow(elements.list(list, style.bodySize()), false);
    }

    @Override
    public Void table(Table table) {
        float width = Elements.pt(style.tableWidth(table.fromMargin(), pages.landscape()));
        return flow(elements.table(table, width), table.fromMargin(), false);
    }

    @Override
    public Void labelled(LabelledBlock labelled) {
        return flow(elements.labelled(labelled, Elements.pt(style.textWidth(pages.landscape()))), true);
    }

    @Override
    public Void signatures(Signatures signatures) {
        if (signatures.electronic() && signatures.statement() != null) {
            keepWithNext(elements.plain(signatures.statement(), style.bodySize(), false), false);
        }
        float room = signatures.electronic() ? 0 : Elements.pt(style.signatureSpace());
        for (Signatures.Signer signer : signatures.signers()) {
            Paragraph name = elements.lines(signer.lines(), style.bodySize(), false);
            // The room to sign, the name and the title stay together on one page.
            startPageUnlessFits(name, false, room, 0);
            pages.space(room);
            flow(name, false);
        }
        return null;
    }

    @Override
    public Void contact(ContactBlock contact) {
        return flow(elements.contact(contact, Elements.pt(style.textWidth(pages.landscape()))), true);
    }

    @Override
    public Void image(Image image) {
        try {
            return flow(elements.image(image, pages.landscape()), false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Void pageBreak(PageBreak pageBreak) {
        pages.newPage();
        return null;
    }

    @Override
    public Void landscape(Landscape landscape) {
        pages.orientation(true);
        landscape.blocks().forEach(block -> block.accept(this));
        pages.orientation(false);
        return null;
    }

    /**
     * Writes a paragraph on the page where the first lines of the next block also fit, as a word
     * processor's keep-with-next does for titles, headings and the signature statement.
     */
    private Void keepWithNext(Paragraph paragraph, boolean fromMargin) {
        startPageUnlessFits(paragraph, fromMargin, 0, spacing + 2 * elements.leading(style.bodySize()));
        return flow(paragraph, fromMargin);
    }

    private void startPageUnlessFits(Element element, boolean fromMargin, float before, float after) {
        try {
            if (!pages.fits(element, pages.left(fromMargin), before, after)) {
                pages.newPage();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Void flow(Element element, boolean fromMargin) {
        return flow(element, fromMargin, true);
    }

    private Void flow(Element element, boolean fromMargin, boolean text) {
        try {
            pages.flow(element, pages.left(fromMargin), spacing, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
