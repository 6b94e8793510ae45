package fi.alke.documents.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.style.TextStyle;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Table;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Turns tree nodes into OpenPDF elements with the page style's typography. Holds only the style and a
 * thread-safe cache of decoded images, so one instance serves every document.
 */
final class Elements {
    private final PageStyle style;
    private final Color linkColour;
    private final DecodedImages images = new DecodedImages();
    private final RuledTables ruled;

    Elements(PageStyle style) {
        this.style = style;
        this.linkColour = Color.decode("#" + style.linkColour());
        this.ruled = new RuledTables(this, style);
    }

    /** Baseline-to-baseline distance for a font size under the style's line spacing. */
    float leading(double size) {
        return (float) (size * style.lineSpacing() * Fonts.NATURAL_LINE_HEIGHT);
    }

    /**
     * How much higher a column must start than the text's top for its first baseline to fall an
     * ascent below that top, as in a word processor (OpenPDF puts it a full leading below).
     */
    float firstLineLift(double size) {
        return leading(size) - (float) (Fonts.ASCENT * size);
    }

    /**
     * What the line spacing adds to a line of text at {@code size}: a leading less the font's natural
     * line height. A word processor adds it to a line that holds a picture, whatever the picture's height.
     */
    float lineSpacingExtra(double size) {
        return leading(size) - (float) (Fonts.NATURAL_LINE_HEIGHT * size);
    }

    static float pt(double cm) {
        return (float) PageStyle.points(cm);
    }

    /** A paragraph of inlines; {@code bold} and {@code italic} apply on top of the runs' own flags. */
    Text paragraph(List<Inline> inlines, double size, boolean bold, boolean italic) {
        Text p = new Text(leading(size));
        for (Inline inline : inlines) {
            inline.accept(new Inline.Visitor<Void>() {
                @Override
                public Void text(Inline.Text t) {
                    p.add(chunk(t, size, bold, italic, Color.BLACK));
                    return null;
                }

                @Override
                public Void link(Inline.Link link) {
                    StringBuilder text = new StringBuilder();
                    link.content().forEach(t -> text.append(t.text()));
                    for (Inline.Text t : link.content()) {
                        Chunk chunk = chunk(new Inline.Text(t.text(), t.bold(), t.italic(), true),
                                size, bold, italic, linkColour);
                        chunk.setGenericTag(RunningHeader.LINK_TAG + link.href() + "\n" + text);
                        p.add(chunk);
                    }
                    return null;
                }

                @Override
                public Void lineBreak(Inline.LineBreak lineBreak) {
                    p.add(newline(size));
                    return null;
                }
            });
        }
        return p;
    }

    /** A paragraph of inlines set in a text role's size, weight and style. */
    Text paragraph(List<Inline> inlines, TextStyle text) {
        return paragraph(inlines, text.size(), text.bold(), text.italic());
    }

    /** A paragraph of plain text in a text role. */
    Paragraph plain(String text, TextStyle style) {
        return paragraph(List.of(new Inline.Text(text, false, false, false)), style);
    }

    /** Lines of plain text as one paragraph with line breaks, in a text role. */
    Paragraph lines(List<String> lines, TextStyle text) {
        double size = text.size();
        Paragraph p = new Paragraph(leading(size));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.add(newline(size));
            }
            p.add(new Chunk(lines.get(i), Fonts.font(size, text.bold(), text.italic(), false, Color.BLACK)));
        }
        return p;
    }

    /** A line break in our font: OpenPDF's Chunk.NEWLINE would bring in Helvetica. */
    private static Chunk newline(double size) {
        return new Chunk("\n", Fonts.font(size, false));
    }

    private static Chunk chunk(Inline.Text t, double size, boolean bold, boolean italic, Color color) {
        Chunk chunk = new Chunk(t.text(), Fonts.font(size, bold || t.bold(), italic || t.italic(), t.underline(), color));
        chunk.setSplitCharacter(LineBreaks.UNICODE);
        return chunk;
    }

    /**
     * A bullet or numbered list in a text role; nested lists go one level deeper (down to the style's
     * deepest level) and restart their numbering. Each level's marker and text stand where the page
     * style's list grid puts them ({@link PageStyle#listMarker(int)}), as in the DOCX's numbering. A
     * paragraph that follows a nested list inside the same item continues the item, without a marker.
     */
    com.lowagie.text.List list(ListBlock block, TextStyle text) {
        com.lowagie.text.List list = list(block, text, 0);
        list.setIndentationLeft(pt(style.listMarker(0)));
        return list;
    }

    private com.lowagie.text.List list(ListBlock block, TextStyle text, int depth) {
        double size = text.size();
        int level = style.listLevel(depth);
        // The marker's room: from the marker to the text.
        float hanging = pt(style.listText(level) - style.listMarker(level));
        com.lowagie.text.List list = new com.lowagie.text.List(block.ordered(), hanging);
        // The symbol's font is also the font of the numbers; OpenPDF's default would be Helvetica, unembedded.
        String bullet = style.bullets().get(level);
        list.setListSymbol(new Chunk(block.ordered() ? "" : bullet, Fonts.font(size, false)));
        for (ListBlock.ListItem item : block.items()) {
            ListItem li = new Item(leading(size));
            boolean afterNested = false;
            for (Block b : item.blocks()) {
                if (b instanceof ListBlock nested) {
                    addItem(list, li, afterNested);
                    li = new Item(leading(size));
                    com.lowagie.text.List sub = list(nested, text, depth + 1);
                    // OpenPDF starts a nested list at its own indentation plus this list's hanging.
                    sub.setIndentationLeft(pt(style.listMarker(style.listLevel(depth + 1)) - style.listMarker(level))
                            - hanging);
                    list.add(sub);
                    afterNested = true;
                } else {
                    if (!li.isEmpty()) {
                        li.add(newline(size));
                    }
                    li.addAll(paragraph(((fi.alke.documents.tree.Paragraph) b).content(), text));
                }
            }
            addItem(list, li, afterNested);
        }
        return list;
    }

    /**
     * Adds an item; text after a nested list goes in as an unmarked continuation at the item's text
     * position, where OpenPDF puts a nested list of no indentation of its own.
     */
    private void addItem(com.lowagie.text.List list, ListItem li, boolean continuation) {
        if (li.isEmpty()) {
            return;
        }
        if (!continuation) {
            list.add(li);
            return;
        }
        com.lowagie.text.List unmarked = new Continuation();
        unmarked.setListSymbol(new Chunk("", Fonts.font(style.bodySize(), false)));
        unmarked.add(li);
        list.add(unmarked);
    }

    /**
     * Told when OpenPDF reaches two points of a paragraph or list item it lays out, the only hooks it
     * offers inside a column of text (it has no event between elements): where a structure element's
     * marked content must end and the next begin.
     */
    interface Watcher {
        /**
         * The item's text is all drawn and its marker is about to be. OpenPDF draws an item's text first
         * and then its marker, fetching the marker with {@link ListItem#getListSymbol()} right before it
         * draws it and at no other time while laying out a column, not even while it only measures.
         */
        void marker();

        /**
         * The paragraph or item is all laid out, its marker included: OpenPDF asks for its space after.
         * It asks while it only measures, too; only the caller can tell the two apart (by where the
         * canvas stands).
         */
        default void end() {
        }
    }

    /** A list item that tells a {@link Watcher} when its marker is drawn and when it ends. */
    static final class Item extends ListItem {
        private transient Watcher watcher;

        Item(float leading) {
            super(leading);
        }

        void watch(Watcher watcher) {
            this.watcher = watcher;
        }

        @Override
        public Chunk getListSymbol() {
            if (watcher != null) {
                watcher.marker();
            }
            return super.getListSymbol();
        }

        @Override
        public float getSpacingAfter() {
            if (watcher != null) {
                watcher.end();
            }
            return super.getSpacingAfter();
        }
    }

    /** A paragraph that tells a {@link Watcher} when it ends. */
    static final class Text extends Paragraph {
        private transient Watcher watcher;

        Text(float leading) {
            super(leading);
        }

        void watch(Watcher watcher) {
            this.watcher = watcher;
        }

        @Override
        public float getSpacingAfter() {
            if (watcher != null) {
                watcher.end();
            }
            return super.getSpacingAfter();
        }
    }

    /** The unmarked list that holds an item's text after a nested list, continuing the item. */
    static final class Continuation extends com.lowagie.text.List {
        Continuation() {
            super(false, 0);
        }
    }

    /**
     * A table at the given width: header rows repeat on every page, spans as in the tree; its rows and cells tagged
     * through {@code tags}; {@code room} is the height a page has for the table, its header rows included
     * ({@link RuledTables}).
     */
    PdfPTable table(Table table, float width, float room, TableTags tags) {
        return ruled.table(table, width, room, tags);
    }

    /** A block inside a table cell or labelled block: a paragraph in {@code text}, or a list in {@code list}. */
    Element flow(Block block, TextStyle text, TextStyle list) {
        if (block instanceof fi.alke.documents.tree.Paragraph p) {
            return paragraph(p.content(), text);
        }
        if (block instanceof ListBlock l) {
            return list(l, list);
        }
        throw new IllegalArgumentException("only paragraphs and lists may stand here, not "
                + block.getClass().getSimpleName());
    }

    /**
     * Whether blocks of a cell hold a list: then the cell's text is tagged block by block, a P per
     * paragraph and an L per list; a cell of paragraphs only is its element's text.
     */
    static boolean holdsList(List<Block> blocks) {
        return blocks.stream().anyMatch(ListBlock.class::isInstance);
    }

    /**
     * Label at the margin, content at the body indent: a borderless two-column table, tagged as a Div
     * under {@code parent} holding the label as a P and the content as a Div.
     */
    PdfPTable labelled(LabelledBlock block, boolean landscape, TableTags tags, PdfStructureElement parent) {
        MeasuredTable t = new MeasuredTable(2);
        setWidths(t, points(style.labelledColumns(landscape)));
        t.setSplitLate(false);
        t.setTableEvent(tags);
        PdfStructureElement div = Tags.element(parent, Tags.DIV);
        PdfPCell label = borderless();
        label.setCellEvent(tags.cell(Tags.element(div, Tags.P)));
        label.addElement(plain(block.label(), style.text(TextRole.LABEL)));
        t.addCell(label);
        PdfPCell content = borderless();
        TableTags.Cell event = tags.cell(Tags.element(div, Tags.DIV));
        content.setCellEvent(event);
        // The content is body text, in the cell at the body indent: the DOCX sets it in Normal.
        TextStyle body = style.text(TextRole.BODY);
        boolean structured = holdsList(block.content());
        float[] widths = t.getAbsoluteWidths();
        for (int i = 0; i < block.content().size(); i++) {
            Element e = flow(block.content().get(i), body, style.text(TextRole.LIST));
            if (e instanceof Paragraph p && i < block.content().size() - 1) {
                p.setSpacingAfter((float) body.spaceAfter());
            }
            // The content cell's width as OpenPDF reckons it (PdfPRow#setWidths), its padding none.
            List<? extends Element> parts = e instanceof Paragraph p
                    ? LineGroups.of(p, (widths[0] + widths[1]) - widths[0]) : List.of(e);
            for (int k = 0; k < parts.size(); k++) {
                if (structured) {
                    event.add(parts.get(k), k > 0);
                }
                content.addElement(parts.get(k));
            }
        }
        t.addCell(content);
        t.complete();
        return t;
    }

    /**
     * The organisation's contact details: name, then one column per kind of detail; tagged as a Div
     * under {@code parent} with the name and each column a P, in that order.
     */
    PdfPTable contact(ContactBlock block, boolean landscape, TableTags tags, PdfStructureElement parent) {
        int columns = block.columns().size();
        MeasuredTable t = new MeasuredTable(columns);
        setWidths(t, points(style.contactColumns(columns, landscape)));
        TextStyle text = style.text(TextRole.CONTACT);
        // The organisation and the labels stand out in bold, the DOCX's Strong.
        TextStyle strong = text.toBuilder().bold(true).build();
        t.setTableEvent(tags);
        PdfStructureElement div = Tags.element(parent, Tags.DIV);
        PdfPCell org = borderless();
        org.setCellEvent(tags.cell(Tags.element(div, Tags.P)));
        org.setColspan(columns);
        org.addElement(plain(block.organisation(), strong));
        t.addCell(org);
        for (ContactBlock.Column column : block.columns()) {
            PdfPCell cell = borderless();
            cell.setCellEvent(tags.cell(Tags.element(div, Tags.P)));
            cell.addElement(lines(column.labelLines(), strong));
            cell.addElement(lines(column.valueLines(), text));
            t.addCell(cell);
        }
        t.complete();
        return t;
    }

    /** The image at its own size, or scaled down to fit the body of a page of the orientation. */
    com.lowagie.text.Image image(Image image, boolean landscape) throws IOException {
        double[] size = style.imageSize(image.widthCm(), image.heightCm(), landscape);
        return image(image, size[0], size[1]);
    }

    /** The image at the given size, e.g. a letterhead logo. */
    com.lowagie.text.Image image(Image image, double widthCm, double heightCm) throws IOException {
        com.lowagie.text.Image img = images.get(image);
        img.scaleAbsolute(pt(widthCm), pt(heightCm));
        img.setAlt(image.alt());
        return img;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(false);
        return cell;
    }

    private static float[] points(double[] cm) {
        float[] widths = new float[cm.length];
        for (int i = 0; i < cm.length; i++) {
            widths[i] = pt(cm[i]);
        }
        return widths;
    }

    static void setWidths(PdfPTable t, float[] widths) {
        t.setTotalWidth(widths);
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
    }
}
