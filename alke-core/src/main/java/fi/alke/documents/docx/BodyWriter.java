package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.style.PageStyle;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * Turns body blocks into WordprocessingML paragraphs and tables. Formatting comes from the named
 * styles of {@link StyleSheet}; direct formatting is limited to what the author marked inline (bold,
 * italic, underline) and to indents that depend on the position in a list. Not thread-safe: one per
 * rendering.
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

    /** Appends the WordprocessingML for {@code blocks} to {@code out}. */
    void blocks(List<Block> blocks, Place place, List<Object> out) throws Docx4JException {
        for (Block block : blocks) {
            int start = out.size();
            block(block, place, out);
            separateFromTable(out, start);
        }
    }

    /**
     * WordprocessingML has no space after a table, so the paragraph that follows one takes the
     * paragraph spacing as space before. Two tables in a row would merge into one, so an empty
     * paragraph as high as the paragraph spacing stands between them.
     */
    private void separateFromTable(List<Object> out, int start) {
        if (start == 0 || start == out.size() || !(out.get(start - 1) instanceof Tbl)) {
            return;
        }
        if (out.get(start) instanceof Tbl) {
            out.add(start, Wml.spacer(page.paragraphSpacing()));
        } else if (out.get(start) instanceof P p && p.getPPr().getSpacing() == null) {
            p.getPPr().setSpacing(Wml.spacing(Units.pointTwips(page.paragraphSpacing()), null));
        }
    }

    /** The one place that maps each kind of block (Java 17 has no pattern switch to check this). */
    private void block(Block block, Place place, List<Object> out) throws Docx4JException {
        if (block instanceof Title title) {
            out.add(inlines(Wml.paragraph(title.main() ? StyleSheet.TITLE : StyleSheet.SUBJECT), title.content()));
        } else if (block instanceof Heading heading) {
            out.add(heading(heading));
        } else if (block instanceof Paragraph paragraph) {
            out.add(inlines(Wml.paragraph(place.textStyle()), paragraph.content()));
        } else if (block instanceof ListBlock list) {
            list(list, 0, place, out);
        } else if (block instanceof Table table) {
            out.add(tables.table(table, place));
        } else if (block instanceof LabelledBlock labelled) {
            labelled(labelled, place, out);
        } else if (block instanceof Signatures signatures) {
            signatures(signatures, out);
        } else if (block instanceof ContactBlock contact) {
            contact(contact, place, out);
        } else if (block instanceof Image image) {
            P p = Wml.paragraph(StyleSheet.FIGURE);
            p.getContent().add(media.picture(image));
            out.add(p);
        } else if (block instanceof PageBreak) {
            P p = Wml.paragraph(place.textStyle());
            p.getContent().add(Wml.pageBreak());
            out.add(p);
        } else if (block instanceof Landscape landscape) {
            landscape(landscape, place, out);
        } else {
            throw new IllegalArgumentException("no DOCX mapping for " + block.getClass().getName());
        }
    }

    /** Appends the runs of {@code content} to {@code p}. */
    private P inlines(P p, List<Inline> content) throws Docx4JException {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text text) {
                p.getContent().add(run(text, null));
            } else if (inline instanceof Inline.Link link) {
                p.getContent().add(hyperlink(link));
            } else {
                p.getContent().add(Wml.lineBreak());
            }
        }
        return p;
    }

    private Object hyperlink(Inline.Link link) throws Docx4JException {
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

    private P heading(Heading heading) throws Docx4JException {
        P p = Wml.paragraph(StyleSheet.heading(heading.level()));
        if (heading.number() != null) {
            p.getContent().add(Wml.run(heading.number() + " ", null));
        }
        return inlines(p, heading.content());
    }

    /**
     * A list at nesting {@code depth}. The first paragraph of an item carries the number or bullet;
     * further paragraphs of the item line up with its text; nested lists go one level deeper.
     */
    private void list(ListBlock list, int depth, Place place, List<Object> out) throws Docx4JException {
        int numId = numbering.numFor(list.ordered(), place.inCell());
        int level = ListNumbering.level(depth);
        for (ListBlock.ListItem item : list.items()) {
            boolean numbered = false;
            for (Block block : item.blocks()) {
                if (block instanceof ListBlock nested) {
                    list(nested, depth + 1, place, out);
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
                    block(block, place, out);
                }
            }
        }
    }

    /**
     * The label at the margin, then a tab to the body indent where the first paragraph of the content
     * continues on the same line; the label style's hanging indent keeps every further line, including
     * those after line breaks, at the body indent.
     */
    private void labelled(LabelledBlock labelled, Place place, List<Object> out) throws Docx4JException {
        P p = Wml.paragraph(StyleSheet.LABEL, labelled.label());
        List<Block> rest = labelled.content();
        if (!rest.isEmpty() && rest.get(0) instanceof Paragraph first) {
            p.getContent().add(Wml.tab());
            inlines(p, first.content());
            rest = rest.subList(1, rest.size());
        }
        out.add(p);
        blocks(rest, place, out);
    }

    /**
     * Handwritten: the Signature style leaves room to sign above each name. Electronic: the statement,
     * kept with the names, then each signer without room.
     */
    private static void signatures(Signatures signatures, List<Object> out) {
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
            out.add(Wml.lines(style, signer.title().isBlank() ? List.of(signer.name())
                    : List.of(signer.name(), signer.title())));
        }
    }

    /** The organisation in bold, then one borderless column per contact column across the text width. */
    private void contact(ContactBlock contact, Place place, List<Object> out) {
        P organisation = Wml.paragraph(StyleSheet.CONTACT);
        organisation.getContent().add(Wml.styledRun(contact.organisation(), StyleSheet.STRONG));
        organisation.getPPr().setKeepNext(on());
        out.add(organisation);
        if (contact.columns().isEmpty()) {
            return;
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
        List<Double> equal = Collections.nCopies(cells.size(), 1.0);
        out.add(TableWriter.layout(TableWriter.scale(equal, Units.twips(page.textWidth(place.landscape()))), cells));
    }

    /**
     * Landscape blocks get a section of their own. Section breaks exist only in the body, so inside a
     * cell or an enclosing landscape section the blocks are written in place.
     */
    private void landscape(Landscape landscape, Place place, List<Object> out) throws Docx4JException {
        if (place.inCell() || place.landscape()) {
            blocks(landscape.blocks(), place, out);
            return;
        }
        Sections.end(out, sections.next(false));
        blocks(landscape.blocks(), place.asLandscape(), out);
        Sections.end(out, sections.next(true));
    }
}
