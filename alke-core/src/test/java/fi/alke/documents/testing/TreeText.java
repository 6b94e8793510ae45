package fi.alke.documents.testing;

import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Table;
import fi.alke.documents.tree.Title;
import java.util.ArrayList;
import java.util.List;

/**
 * What a document tree says, in reading order, independently of any renderer: the text of its parts, its
 * headings with the structure level PDF/UA allows them, its images' alt texts and its tables.
 */
public final class TreeText {
    private TreeText() {
    }

    /**
     * The text of the letterhead's name lines, the recipient and every block of the body, one piece per
     * paragraph, heading, cell, label or line, in reading order (landscape sections in place).
     */
    public static List<String> pieces(Document document) {
        List<String> out = new ArrayList<>(document.letterhead().nameLines());
        out.addAll(document.recipient());
        blocks(document.body()).forEach(b -> piecesOf(b, out));
        return out;
    }

    private static void piecesOf(Block block, List<String> out) {
        if (block instanceof Title t) {
            out.add(text(t.content()));
        } else if (block instanceof Heading h) {
            out.add(text(h.numberedContent()));
        } else if (block instanceof Paragraph p) {
            out.add(text(p.content()));
        } else if (block instanceof ListBlock l) {
            l.items().forEach(item -> item.blocks().forEach(b -> piecesOf(b, out)));
        } else if (block instanceof Table t) {
            List<Table.Row> rows = new ArrayList<>(t.headerRows());
            rows.addAll(t.bodyRows());
            rows.forEach(row -> row.cells().forEach(cell -> cell.blocks().forEach(b -> piecesOf(b, out))));
        } else if (block instanceof LabelledBlock l) {
            out.add(l.label());
            l.content().forEach(b -> piecesOf(b, out));
        } else if (block instanceof ContactBlock c) {
            out.add(c.organisation());
            c.columns().forEach(column -> {
                out.addAll(column.labelLines());
                out.addAll(column.valueLines());
            });
        } else if (block instanceof Signatures s) {
            if (s.electronic() && s.statement() != null) {
                out.add(s.statement());
            }
            s.signers().forEach(signer -> out.addAll(signer.lines()));
        }
    }

    /**
     * The headings as a tagged PDF must give them: "H1 title" for the main title and each heading at its
     * level, but at most one below the heading before it (PDF/UA: no skipped levels), with its number.
     */
    public static List<String> headings(Document document) {
        List<String> out = new ArrayList<>();
        int previous = 0;
        for (Block block : blocks(document.body())) {
            int level = block instanceof Title t && t.main() ? 1 : block instanceof Heading h ? h.level() : 0;
            if (level > 0) {
                previous = Math.min(level, previous + 1);
                String text = block instanceof Heading h ? text(h.numberedContent()) : text(((Title) block).content());
                out.add("H" + previous + " " + squeeze(text));
            }
        }
        return out;
    }

    /** The alt texts of the letterhead's logo and the body's images, in order. */
    public static List<String> alts(Document document) {
        List<String> out = new ArrayList<>();
        if (document.letterhead().logo() != null) {
            out.add(document.letterhead().logo().alt());
        }
        blocks(document.body()).stream().filter(Image.class::isInstance).forEach(b -> out.add(((Image) b).alt()));
        return out;
    }

    /** The body's ruled tables, in order. */
    public static List<Table> tables(Document document) {
        return blocks(document.body()).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /**
     * The first paragraph of every list item, wherever the list stands (the body, a table's cell, a
     * labelled block, inside another list), in reading order: what each LI's body begins with.
     */
    public static List<String> items(Document document) {
        List<String> out = new ArrayList<>();
        blocks(document.body()).forEach(b -> itemsOf(b, out));
        return out;
    }

    private static void itemsOf(Block block, List<String> out) {
        if (block instanceof ListBlock l) {
            for (ListBlock.ListItem item : l.items()) {
                item.blocks().stream().filter(Paragraph.class::isInstance).findFirst()
                        .ifPresentOrElse(p -> out.add(text(((Paragraph) p).content())), () -> out.add(""));
                item.blocks().forEach(b -> itemsOf(b, out));
            }
        } else if (block instanceof Table t) {
            List<Table.Row> rows = new ArrayList<>(t.headerRows());
            rows.addAll(t.bodyRows());
            rows.forEach(row -> row.cells().forEach(cell -> cell.blocks().forEach(b -> itemsOf(b, out))));
        } else if (block instanceof LabelledBlock l) {
            l.content().forEach(b -> itemsOf(b, out));
        }
    }

    /** Text with no white space, for comparing text that lines break differently. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The body's blocks with landscape sections opened in place. */
    private static List<Block> blocks(List<Block> body) {
        List<Block> out = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Landscape l) {
                out.addAll(blocks(l.blocks()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static String text(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text.append(t.text());
            } else if (inline instanceof Inline.Link link) {
                link.content().forEach(t -> text.append(t.text()));
            } else {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
