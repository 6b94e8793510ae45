package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
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
    private final Tags tags;
    private final PdfStructureElement parent;
    /** The level of the last heading element, 0 before the first. */
    private int outline;
    /** The block after the one being written, in the same run of blocks, or {@code null}. */
    private Block next;
    /** The next table, made ahead to measure its first rows for a block kept with it. */
    private Table preparedFor;
    private com.lowagie.text.pdf.PdfPTable prepared;

    /** Writes blocks at the pages' cursor, their structure elements as children of {@code parent}. */
    BodyWriter(Pages pages, Elements elements, PageStyle style, Tags tags, PdfStructureElement parent) {
        this.tags = tags;
        this.parent = parent;
        this.pages = pages;
        this.elements = elements;
        this.style = style;
        this.spacing = (float) style.paragraphSpacing();
    }

    /** Writes a run of blocks in order, each knowing the one after it (a block kept with the next needs to). */
    void write(List<Block> blocks) {
        Block before = next;
        for (int i = 0; i < blocks.size(); i++) {
            next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            blocks.get(i).accept(this);
        }
        next = before;
    }

    @Override
    public Void title(Title title) {
        TextStyle text = style.text(title.main() ? TextRole.TITLE : TextRole.SUBJECT);
        return role(elements.paragraph(title.content(), text), text, title.main() ? heading(1) : tag(Tags.P));
    }

    @Override
    public Void heading(Heading heading) {
        TextStyle text = style.text(TextRole.heading(heading.level()));
        return role(elements.paragraph(heading.numberedContent(), text), text, heading(heading.level()));
    }

    @Override
    public Void paragraph(fi.alke.documents.tree.Paragraph paragraph) {
        TextStyle text = style.text(TextRole.BODY);
        return role(elements.paragraph(paragraph.content(), text), text,
                Tags.element(parent, Tags.P, paragraph.lang()));
    }

    @Override
    public Void list(ListBlock list) {
        TextStyle text = style.text(TextRole.LIST);
        List<ListTags.Piece> pieces = ListTags.pieces(elements.list(list, text), tag(Tags.L));
        for (int i = 0; i < pieces.size(); i++) {
            ListTags.Piece piece = pieces.get(i);
            if (piece.label() != null && piece.item() instanceof Elements.Item item) {
                // Each piece is flowed as marked content of its P; the marker, drawn last, is the Lbl's.
                item.watch(() -> tags.continueAs(pages.canvas(), piece.label()));
            }
            float after = i == pieces.size() - 1 ? (float) text.spaceAfter() : 0;
            flow(alone(piece.item(), piece.indent()), text.atMargin(), true, after, piece.content(), text.splitLines());
        }
        return null;
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
        // The table marks its cells itself (TableTags), so the flow marks nothing around it.
        return flow(pdfTable(table), table.fromMargin(), false, spacing, null, 1);
    }

    /** The table's OpenPDF table, made now or when the block before it measured it. */
    private com.lowagie.text.pdf.PdfPTable pdfTable(Table table) {
        if (preparedFor != table) {
            float width = Elements.pt(style.tableWidth(table.fromMargin(), pages.landscape()));
            prepared = elements.table(table, width, pages.room(), new TableTags(tags, parent));
            preparedFor = table;
        }
        return prepared;
    }

    /**
     * The room the next block needs on the page of a block kept with it: its header rows and first row if a
     * table (a row moves whole to the next page unless it breaks across pages), else two lines.
     */
    private float roomForNext() {
        float lines = 2 * elements.leading(style.bodySize());
        if (!(next instanceof Table table)) {
            return lines;
        }
        com.lowagie.text.pdf.PdfPTable t = pdfTable(table);
        float first = table.bodyRows().get(0).breaksAcrossPages()
                ? Math.min(lines, t.getRowHeight(t.getHeaderRows())) : t.getRowHeight(t.getHeaderRows());
        return t.getHeaderHeight() + first;
    }

    @Override
    public Void labelled(LabelledBlock labelled) {
        // Its grid spans the text width from the margin (PageStyle#labelledColumns), as the DOCX's table.
        return flow(elements.labelled(labelled, pages.landscape(), TableTags.layout(tags), parent),
                true, true, spacing, null, 1);
    }

    @Override
    public Void signatures(Signatures signatures) {
        // Electronic signatures are body text, the statement kept with the names, as in the DOCX.
        TextStyle body = style.text(TextRole.BODY);
        if (signatures.electronic() && signatures.statement() != null) {
            role(elements.plain(signatures.statement(), body), body.toBuilder().keepWithNext(true).build(),
                    tag(Tags.P));
        }
        TextStyle text = signatures.electronic() ? body : style.text(TextRole.SIGNATURE);
        float room = (float) text.spaceBefore();
        for (Signatures.Signer signer : signatures.signers()) {
            Paragraph name = elements.lines(signer.lines(), text);
            pages.spaceBefore(room);
            // The room to sign, the name and the title stay together on one page (a DOCX's widow
            // control keeps a two-line paragraph whole, too).
            startPageUnlessFits(name, text.atMargin(), pages.fresh() ? room : 0, 0);
            if (pages.fresh()) {
                // At the top of a page the room to sign is still needed, though space between blocks is not.
                pages.space(room);
            }
            role(name, text.toBuilder().keepWithNext(false).build(), tag(Tags.P));
        }
        return null;
    }

    @Override
    public Void contact(ContactBlock contact) {
        // Its columns span the text width from the margin (PageStyle#contactColumns), as the DOCX's table.
        return flow(elements.contact(contact, pages.landscape(), TableTags.layout(tags), parent),
                true, true, spacing, null, 1);
    }

    @Override
    public Void image(Image image) {
        try {
            return flow(elements.image(image, pages.landscape()), false, false, spacing,
                    Tags.figure(parent, image.alt()), 1);
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
        write(landscape.blocks());
        pages.orientation(false);
        return null;
    }

    /**
     * Writes a paragraph of a text role: at the margin or the body indent, with the role's space after.
     * A paragraph kept with the next goes on the page where the first lines of the next block also
     * fit, as a word processor's keep-with-next does for titles, headings and the signature statement.
     * The space above it is the larger of the block before's space after and the role's space before.
     */
    private Void role(Paragraph paragraph, TextStyle text, PdfStructureElement tag) {
        pages.spaceBefore((float) text.spaceBefore());
        if (text.keepWithNext()) {
            startPageUnlessFits(paragraph, text.atMargin(), 0, spacing + roomForNext());
        }
        return flow(paragraph, text.atMargin(), true, (float) text.spaceAfter(), tag, text.splitLines());
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

    private Void flow(Element element, boolean fromMargin, boolean text, float spaceAfter, PdfStructureElement tag,
            int splitLines) {
        try {
            pages.flow(element, pages.left(fromMargin), spaceAfter, text, tag, splitLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
