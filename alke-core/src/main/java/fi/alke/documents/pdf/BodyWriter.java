package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
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
import java.util.ArrayList;
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
    private final Tags tags;
    private final PdfStructureElement parent;
    /** The level of the last heading element, 0 before the first. */
    private int outline;

    /** Writes blocks at the pages' cursor, their structure elements as children of {@code parent}. */
    BodyWriter(Pages pages, Elements elements, PageStyle style, Tags tags, PdfStructureElement parent) {
        this.tags = tags;
        this.parent = parent;
        this.pages = pages;
        this.elements = elements;
        this.style = style;
        this.spacing = (float) style.paragraphSpacing();
    }

    @Override
    public Void title(Title title) {
        double size = title.main() ? style.headingSize(0) : style.bodySize();
        return keepWithNext(elements.paragraph(title.content(), size, true, false), true,
                title.main() ? heading(1) : tag(Tags.P));
    }

    @Override
    public Void heading(Heading heading) {
        return keepWithNext(elements.paragraph(heading.numberedContent(), style.headingSize(heading.level()), true,
                heading.level() == 3), true, heading(heading.level()));
    }

    @Override
    public Void paragraph(fi.alke.documents.tree.Paragraph paragraph) {
        return flow(elements.paragraph(paragraph.content(), style.bodySize(), false, false), false,
                Tags.element(parent, Tags.P, paragraph.lang()));
    }

    @Override
    public Void list(ListBlock list) {
        List<Piece> pieces = new ArrayList<>();
        pieces(elements.list(list, style.bodySize()), 0, tag(Tags.L), pieces);
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.label() != null && piece.item() instanceof Elements.Item item) {
                item.beforeMarker(() -> tags.continueAs(pages.canvas(), piece.label()));
            }
            flow(piece.element(), false, true, i == pieces.size() - 1 ? spacing : 0, piece.tag());
        }
        return null;
    }

    /**
     * A part of a list flowed and marked on its own: one item's text, or its text after a nested list;
     * {@code label} is the Lbl of the item's marker, {@code null} for text after a nested list.
     */
    private record Piece(Element element, ListItem item, PdfStructureElement tag, PdfStructureElement label) {
    }

    /**
     * The list's items one by one, each alone in a list at the indentation it has in the whole, so
     * that each item's text is marked content of its own: L / LI with the marker as Lbl and the text in
     * LBody, the item's paragraphs as P and nested lists as L inside the LBody.
     *
     * @param outer the indentation of the lists around this one, as OpenPDF adds it up
     */
    private static void pieces(com.lowagie.text.List list, float outer, PdfStructureElement l, List<Piece> out) {
        float indent = outer + list.getIndentationLeft();
        PdfStructureElement body = null;
        for (Element e : list.getItems()) {
            if (e instanceof ListItem item) {
                PdfStructureElement li = Tags.element(l, Tags.LI);
                PdfStructureElement label = Tags.element(li, Tags.LBL);
                body = Tags.element(li, Tags.LBODY);
                out.add(new Piece(alone(item, indent), item, Tags.element(body, Tags.P), label));
            } else if (e instanceof Elements.Continuation continuation) {
                ListItem item = (ListItem) continuation.getItems().get(0);
                out.add(new Piece(alone(item, indent + continuation.getIndentationLeft()), item,
                        Tags.element(body, Tags.P), null));
            } else if (e instanceof com.lowagie.text.List nested) {
                pieces(nested, indent, Tags.element(body, Tags.L), out);
            }
        }
    }

    /** The item in a list of its own that places it as it is placed in its own list. */
    private static com.lowagie.text.List alone(ListItem item, float indent) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, item.getIndentationLeft());
        list.setListSymbol(item.getListSymbol());
        list.setIndentationLeft(indent);
        list.add(item);
        return list;
    }

    @Override
    public Void table(Table table) {
        float width = Elements.pt(style.tableWidth(table.fromMargin(), pages.landscape()));
        // The table marks its cells itself (TableTags), so the flow marks nothing around it.
        return flow(elements.table(table, width, new TableTags(tags, parent)), table.fromMargin(), false, spacing, null);
    }

    @Override
    public Void labelled(LabelledBlock labelled) {
        return flow(elements.labelled(labelled, Elements.pt(style.textWidth(pages.landscape())),
                TableTags.layout(tags), parent), true, true, spacing, null);
    }

    @Override
    public Void signatures(Signatures signatures) {
        if (signatures.electronic() && signatures.statement() != null) {
            keepWithNext(elements.plain(signatures.statement(), style.bodySize(), false), false, tag(Tags.P));
        }
        float room = signatures.electronic() ? 0 : Elements.pt(style.signatureSpace());
        for (Signatures.Signer signer : signatures.signers()) {
            Paragraph name = elements.lines(signer.lines(), style.bodySize(), false);
            // The room to sign, the name and the title stay together on one page.
            startPageUnlessFits(name, false, room, 0);
            pages.space(room);
            flow(name, false, tag(Tags.P));
        }
        return null;
    }

    @Override
    public Void contact(ContactBlock contact) {
        return flow(elements.contact(contact, Elements.pt(style.textWidth(pages.landscape())),
                TableTags.layout(tags), parent), true, true, spacing, null);
    }

    @Override
    public Void image(Image image) {
        try {
            return flow(elements.image(image, pages.landscape()), false, false, spacing,
                    Tags.figure(parent, image.alt()));
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
    private Void keepWithNext(Paragraph paragraph, boolean fromMargin, PdfStructureElement tag) {
        startPageUnlessFits(paragraph, fromMargin, 0, spacing + 2 * elements.leading(style.bodySize()));
        return flow(paragraph, fromMargin, tag);
    }

    /**
     * The H element of a heading: of its level, but at most one deeper than the heading before it, as
     * PDF/UA requires (a level-3 heading straight after a level-1 one is an H2). The main title is H1.
     */
    private PdfStructureElement heading(int level) {
        outline = Math.min(level, outline + 1);
        return tag(Tags.heading(outline));
    }

    /** A new structure element of the type, after the ones written so far. */
    private PdfStructureElement tag(PdfName type) {
        return Tags.element(parent, type);
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

    private Void flow(Element element, boolean fromMargin, PdfStructureElement tag) {
        return flow(element, fromMargin, true, spacing, tag);
    }

    private Void flow(Element element, boolean fromMargin, boolean text, float spaceAfter, PdfStructureElement tag) {
        try {
            pages.flow(element, pages.left(fromMargin), spaceAfter, text, tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
