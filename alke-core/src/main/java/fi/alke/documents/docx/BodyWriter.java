package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.style.TextRole;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.PageBreak;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Table;
import fi.alke.documents.tree.Title;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * Turns body blocks into WordprocessingML paragraphs and tables. Formatting comes from the named
 * styles of {@link StyleSheet}; direct formatting is limited to what the author marked inline (bold,
 * italic, underline), to indents that depend on the position in a list, and to paragraph spacing
 * around tables (space before the paragraph after a table, none after the last paragraph of a
 * labelled block's cell). Not thread-safe: one per rendering.
 */
final class BodyWriter {
    private final PageStyle page;
    private final ListNumbering numbering;
    private final Media media;
    private final Sections sections;
    private final TableWriter tables;

    BodyWriter(PageStyle page, ListNumbering numbering, Media media, Sections sections) {
        this.page = page;
        this.numbering = numbering;
        this.media = media;
        this.sections = sections;
        this.tables = new TableWriter(page, this);
    }

    /**
     * Appends the WordprocessingML for the document body to {@code out}. The entry point, where
     * docx4j's failures, carried unchecked through the visitor methods, become checked again.
     */
    void body(List<Block> blocks, List<Object> out) throws Docx4JException {
        try {
            blocks(blocks, Place.BODY, out);
        } catch (Docx4JFailure e) {
            throw e.getCause();
        }
    }

    /** Whether the body has a cell to fill in, which makes the document one to protect. */
    boolean hasFillIn() {
        return tables.wroteFillIn();
    }

    /**
     * Appends the WordprocessingML for {@code blocks} at {@code place} to {@code out}. For content
     * nested in a block being written (labelled blocks, landscape sections, table cells), whose
     * docx4j failures stay unchecked until they reach {@link #body}.
     */
    void blocks(List<Block> blocks, Place place, List<Object> out) {
        BlockWriter writer = new BlockWriter(place, out);
        for (Block block : blocks) {
            int start = out.size();
            block.accept(writer);
            separateFromTable(out, start);
        }
    }

    /**
     * WordprocessingML has no space after a table, so the paragraph that follows one takes the
     * paragraph spacing as space before, or keeps its style's when that is more (the room to sign
     * above a handwritten signature). Two tables in a row would merge into one, so an empty
     * paragraph as high as the paragraph spacing stands between them.
     */
    private void separateFromTable(List<Object> out, int start) {
        if (start == 0 || start == out.size() || !(out.get(start - 1) instanceof Tbl)) {
            return;
        }
        if (out.get(start) instanceof Tbl) {
            out.add(start, Wml.spacer(page.paragraphSpacing()));
        } else if (out.get(start) instanceof P p && p.getPPr().getSpacing() == null) {
            BigInteger before = Units.pointTwips(page.paragraphSpacing());
            if (StyleSheet.SIGNATURE.equals(p.getPPr().getPStyle().getVal())) {
                before = before.max(Units.pointTwips(page.text(TextRole.SIGNATURE).spaceBefore()));
            }
            p.getPPr().setSpacing(Wml.spacing(before, null));
        }
    }

    /** Appends the runs of {@code content} to {@code p}. */
    private P inlines(P p, List<Inline> content) {
        Inline.Visitor<Object> runs = new Inline.Visitor<>() {
            @Override
            public Object text(Inline.Text text) {
                return run(text, null);
            }

            @Override
            public Object link(Inline.Link link) {
                return hyperlink(link);
            }

            @Override
            public Object lineBreak(Inline.LineBreak lineBreak) {
                return Wml.lineBreak();
            }
        };
        for (Inline inline : content) {
            p.getContent().add(inline.accept(runs));
        }
        return p;
    }

    private Object hyperlink(Inline.Link link) {
        P.Hyperlink hyperlink = FACTORY.createPHyperlink();
        hyperlink.setId(media.hyperlink(link.href()));
        for (Inline.Text text : link.content()) {
            hyperlink.getContent().add(run(text, StyleSheet.HYPERLINK));
        }
        return FACTORY.createPHyperlink(hyperlink);
    }

    /** A text run with the author's emphasis on top of an optional character style. */
    private static R run(Inline.Text text, String characterStyle) {
        RPr rPr = characterStyle != null ? Wml.characterStyle(characterStyle)
                : text.bold() || text.italic() || text.underline() ? FACTORY.createRPr() : null;
        if (text.bold()) {
            rPr.setB(on());
        }
        if (text.italic()) {
            rPr.setI(on());
        }
        if (text.underline()) {
            U underline = FACTORY.createU();
            underline.setVal(UnderlineEnumeration.SINGLE);
            rPr.setU(underline);
        }
        return Wml.run(text.text(), rPr);
    }

    /**
     * Writes each kind of block at {@code place}, appending to {@code out}: one method per block type,
     * each the only place that type is written, so the compiler checks that every type has a mapping.
     */
    private final class BlockWriter implements Block.Visitor<Void> {
        private final Place place;
        private final List<Object> out;

        BlockWriter(Place place, List<Object> out) {
            this.place = place;
            this.out = out;
        }

        @Override
        public Void title(Title title) {
            out.add(inlines(Wml.paragraph(title.main() ? StyleSheet.TITLE : StyleSheet.SUBJECT), title.content()));
            return null;
        }

        @Override
        public Void heading(Heading heading) {
            out.add(inlines(Wml.paragraph(StyleSheet.heading(heading.level())), heading.numberedContent()));
            return null;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            out.add(Wml.language(inlines(Wml.paragraph(place.textStyle()), paragraph.content()), paragraph.lang()));
            return null;
        }

        @Override
        public Void list(ListBlock list) {
            list(list, 0);
            return null;
        }

        /**
         * A list at nesting {@code depth}. The first paragraph of an item carries the number or bullet;
         * further paragraphs of the item line up with its text; nested lists go one level deeper.
         */
        private void list(ListBlock list, int depth) {
            int numId = numbering.numFor(list.ordered(), place.inCell());
            int level = page.listLevel(depth);
            for (ListBlock.ListItem item : list.items()) {
                boolean numbered = false;
                for (Block block : item.blocks()) {
                    if (block instanceof ListBlock nested) {
                        list(nested, depth + 1);
                    } else if (block instanceof Paragraph paragraph) {
                        P p = inlines(Wml.paragraph(place.listStyle()), paragraph.content());
                        if (numbered) {
                            p.getPPr().setInd(Wml.indent(numbering.textIndent(level, place.inCell()), 0));
                        } else {
                            p.getPPr().setNumPr(ListNumbering.numPr(numId, level));
                            numbered = true;
                        }
                        out.add(p);
                    } else {
                        block.accept(this);
                    }
                }
            }
        }

        @Override
        public Void table(Table table) {
            out.add(tables.table(table, place));
            return null;
        }

        /**
         * A borderless two-column layout table, as in the PDF: the label in its own column as wide as
         * the body indent, where a long label wraps instead of pushing the content aside; the content
         * in the column from the body indent to the right margin, starting at the cell's edge. The row
         * may split across pages. Neither cell ends with paragraph spacing: like every table, the
         * block takes its space after from the paragraph that follows it ({@link #separateFromTable}).
         */
        @Override
        public Void labelled(LabelledBlock labelled) {
            List<Object> label = List.of(Wml.paragraph(StyleSheet.LABEL, labelled.label()));
            List<Object> content = new ArrayList<>();
            blocks(labelled.content(), place.labelled(), content);
            if (content.isEmpty()) {
                content.add(Wml.paragraph(StyleSheet.NORMAL));
            }
            if (content.get(content.size() - 1) instanceof P last) {
                PPrBase.Spacing spacing = last.getPPr().getSpacing();
                if (spacing == null) {
                    last.getPPr().setSpacing(Wml.spacing(null, BigInteger.ZERO));
                } else {
                    spacing.setAfter(BigInteger.ZERO);
                }
            }
            out.add(TableWriter.layout(TableWriter.gridOfCm(page.labelledColumns(place.landscape())),
                    List.of(label, content)));
            return null;
        }

        /**
         * Handwritten: the Signature style leaves room to sign above each name. Electronic: the
         * statement, kept with the names, then each signer without room.
         */
        @Override
        public Void signatures(Signatures signatures) {
            String style = StyleSheet.SIGNATURE;
            if (signatures.electronic()) {
                style = StyleSheet.BODY_TEXT;
                if (signatures.statement() != null) {
                    P statement = Wml.paragraph(style, signatures.statement());
                    statement.getPPr().setKeepNext(on());
                    out.add(statement);
                }
            }
            for (Signatures.Signer signer : signatures.signers()) {
                out.add(Wml.lines(style, signer.lines()));
            }
            return null;
        }

        /** The organisation in bold, then one borderless column per contact column across the text width. */
        @Override
        public Void contact(ContactBlock contact) {
            P organisation = Wml.paragraph(StyleSheet.CONTACT);
            organisation.getContent().add(Wml.styledRun(contact.organisation(), StyleSheet.STRONG));
            organisation.getPPr().setKeepNext(on());
            out.add(organisation);
            if (contact.columns().isEmpty()) {
                return null;
            }
            List<List<Object>> cells = new ArrayList<>();
            for (ContactBlock.Column column : contact.columns()) {
                List<Object> cell = new ArrayList<>();
                for (String label : column.labelLines()) {
                    P p = Wml.paragraph(StyleSheet.CONTACT);
                    p.getContent().add(Wml.styledRun(label, StyleSheet.STRONG));
                    cell.add(p);
                }
                for (String value : column.valueLines()) {
                    cell.add(Wml.paragraph(StyleSheet.CONTACT, value));
                }
                cells.add(cell);
            }
            out.add(TableWriter.layout(TableWriter.gridOfCm(page.contactColumns(cells.size(), place.landscape())),
                    cells));
            return null;
        }

        /** The image at its given width, scaled down to fit the body width and the page height. */
        @Override
        public Void image(Image image) {
            P p = Wml.paragraph(StyleSheet.FIGURE);
            double[] size = page.imageSize(image.widthCm(), image.heightCm(), place.landscape());
            try {
                p.getContent().add(media.picture(image, size[0], size[1]));
            } catch (Docx4JException e) {
                throw new Docx4JFailure(e);
            }
            out.add(p);
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            P p = Wml.paragraph(place.textStyle());
            p.getContent().add(Wml.pageBreak());
            out.add(p);
            return null;
        }

        /**
         * Landscape blocks get a section of their own, which first ends the portrait section before
         * it, unless a landscape section ended right there. The tree keeps landscape sections in the
         * body, never nested or empty, where section breaks can go.
         */
        @Override
        public Void landscape(Landscape landscape) {
            if (!Sections.atSectionStart(out)) {
                Sections.end(out, sections.next(false));
            }
            blocks(landscape.blocks(), place.asLandscape(), out);
            Sections.end(out, sections.next(true));
            return null;
        }
    }

    /** Carries a docx4j failure out of the visitor methods, which cannot throw it, to {@link #body}. */
    private static final class Docx4JFailure extends RuntimeException {
        Docx4JFailure(Docx4JException cause) {
            super(cause);
        }

        @Override
        public synchronized Docx4JException getCause() {
            return (Docx4JException) super.getCause();
        }
    }
}
