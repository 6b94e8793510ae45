package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.internal.TableGrid;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Table;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.CTPerm;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RangePermissionStart;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Writes tables: the document's data tables in the bordered table style, and borderless layout
 * tables for the page head, the running header, labelled blocks and the contact block. Layouts are fixed, so Word and
 * LibreOffice keep the column widths we give instead of fitting them to the content.
 */
final class TableWriter {
    private final PageStyle page;
    private final BodyWriter cellContent;
    /** Editable ranges written so far; their ids must be unique in the document. */
    private int editableRanges;

    TableWriter(PageStyle page, BodyWriter cellContent) {
        this.page = page;
        this.cellContent = cellContent;
    }

    /**
     * A data table at the body indent (or the margin) filling the width to the right margin. Header
     * rows repeat on every page and are never split; row spans become vertical merges, which need a
     * placeholder cell in every covered row.
     */
    Tbl table(Table table, Place place) {
        boolean atMargin = table.fromMargin();
        long width = Units.twips(page.tableWidth(atMargin, place.landscape()));
        long[] grid = grid(table.scaledWidths(width));
        Tbl tbl = frame(StyleSheet.TABLE, grid, atMargin ? 0 : Units.twips(page.bodyIndent()));
        rows(tbl, table.headerRows(), grid, place, true);
        rows(tbl, table.bodyRows(), grid, place, false);
        return tbl;
    }

    /**
     * A borderless one-row table whose cells hold {@code cells}, starting at the margin. Its cells have
     * no padding, so their content starts exactly at the column edges; the row may split across pages.
     */
    static Tbl layout(long[] grid, List<List<Object>> cells) {
        Tbl tbl = frame(StyleSheet.LAYOUT_TABLE, grid, 0);
        Tr tr = FACTORY.createTr();
        for (int col = 0; col < grid.length; col++) {
            Tc tc = cell(grid, col, 1);
            tc.getContent().addAll(cells.get(col));
            endWithParagraph(tc, StyleSheet.NORMAL);
            tr.getContent().add(tc);
        }
        tbl.getContent().add(tr);
        return tbl;
    }

    /**
     * Column widths in twips for widths given in centimetres: shares of their total width rounded to
     * twips, as a table's total width is rounded.
     */
    static long[] gridOfCm(double[] cm) {
        double total = java.util.Arrays.stream(cm).sum();
        double[] widths = new double[cm.length];
        for (int i = 0; i < cm.length; i++) {
            widths[i] = cm[i] / total * Units.twips(total);
        }
        return grid(widths);
    }

    /**
     * Column widths in twips, given as fractional twips that add up to a whole number of them.
     * Rounding the running sum rather than each width makes the columns add up to exactly that total.
     */
    static long[] grid(double[] widths) {
        long[] grid = new long[widths.length];
        double running = 0;
        long placed = 0;
        for (int i = 0; i < grid.length; i++) {
            running += widths[i];
            long edge = Math.round(running);
            grid[i] = edge - placed;
            placed = edge;
        }
        return grid;
    }

    private static Tbl frame(String styleId, long[] grid, long indent) {
        CTTblPrBase.TblStyle style = FACTORY.createCTTblPrBaseTblStyle();
        style.setVal(styleId);
        CTTblLayoutType layout = FACTORY.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        TblPr tblPr = FACTORY.createTblPr();
        tblPr.setTblStyle(style);
        tblPr.setTblW(Wml.width(span(grid, 0, grid.length)));
        tblPr.setTblInd(Wml.width(indent));
        tblPr.setTblLayout(layout);
        TblGrid tblGrid = FACTORY.createTblGrid();
        for (long width : grid) {
            TblGridCol col = FACTORY.createTblGridCol();
            col.setW(BigInteger.valueOf(width));
            tblGrid.getGridCol().add(col);
        }
        Tbl tbl = FACTORY.createTbl();
        tbl.setTblPr(tblPr);
        tbl.setTblGrid(tblGrid);
        return tbl;
    }

    private void rows(Tbl tbl, List<Table.Row> rows, long[] grid, Place place, boolean header) {
        List<int[]> starts = TableGrid.startColumns(rows, grid.length);
        int[] mergedUntil = new int[grid.length]; // per start column: first row after the span
        int[] mergedSpan = new int[grid.length];  // per start column: the spanning cell's colspan
        boolean[] mergedFillIn = new boolean[grid.length]; // per start column: whether the spanning cell is filled in
        Place cellPlace = place.cell(header);
        for (int r = 0; r < rows.size(); r++) {
            List<Table.Cell> cells = rows.get(r).cells();
            int[] rowStarts = starts.get(r);
            Tr tr = FACTORY.createTr();
            tr.setTrPr(rowProperties(header, !header && rows.get(r).breaksAcrossPages()));
            int next = 0;
            for (int col = 0; col < grid.length; ) {
                Tc tc = FACTORY.createTc();
                int colspan;
                String merge = null;
                String shade = null;
                boolean fillIn = false; // a merged-away placeholder gets no range: it would be empty
                if (next < cells.size() && rowStarts[next] == col) {
                    Table.Cell cell = cells.get(next++);
                    colspan = cell.colspan();
                    fillIn = cell.fillIn();
                    cellContent.blocks(cell.blocks(), cellPlace, tc.getContent());
                    if (cell.rowspan() > 1) {
                        merge = "restart";
                        mergedUntil[col] = r + cell.rowspan();
                        mergedSpan[col] = colspan;
                        mergedFillIn[col] = fillIn;
                    }
                } else if (mergedUntil[col] > r) {
                    colspan = mergedSpan[col];
                    merge = "continue";
                    // shaded like the cell it continues; its editable range is in that cell
                    if (mergedFillIn[col]) {
                        shade = page.fillInShade();
                    }
                } else {
                    throw new IllegalStateException("table grid column " + (col + 1) + " is not covered");
                }
                if (header || fillIn) {
                    shade = fillIn ? page.fillInShade() : page.headerShade();
                }
                tc.setTcPr(properties(span(grid, col, col + colspan), colspan, merge, shade));
                endWithParagraph(tc, cellPlace.textStyle());
                shareStyleOnly(tc.getContent());
                if (fillIn) {
                    editableRange(tc);
                }
                tr.getContent().add(tc);
                col += colspan;
            }
            tbl.getContent().add(tr);
        }
    }

    private static Tc cell(long[] grid, int col, int colspan) {
        Tc tc = FACTORY.createTc();
        tc.setTcPr(newProperties(new CellProperties(span(grid, col, col + colspan), colspan, null, null)));
        return tc;
    }

    /** What a data table's cell's properties hold: its width, column span, vertical merge and shading. */
    private record CellProperties(long width, int colspan, String merge, String shade) {
    }

    /**
     * The data tables' cells' properties, one object for each set of them: a long table has a hundred thousand
     * cells and a handful of sets, and docx4j writes a shared object wherever it stands, as it would a copy.
     * Nothing changes a cell's properties once its cell is made.
     */
    private final Map<CellProperties, TcPr> properties = new HashMap<>();

    private TcPr properties(long width, int colspan, String merge, String shade) {
        return properties.computeIfAbsent(new CellProperties(width, colspan, merge, shade), TableWriter::newProperties);
    }

    /** The paragraph properties that are a paragraph style alone, by style, shared as the cells' properties are. */
    private final Map<String, PPr> styleOnly = new HashMap<>();

    /**
     * Gives the cell's paragraphs whose properties are their style alone the shared properties of that style.
     * A cell's paragraphs are made whole before this (BodyWriter), and nothing changes them after.
     */
    private void shareStyleOnly(List<Object> content) {
        for (Object block : content) {
            if (block instanceof P p && p.getPPr() != null && Wml.styleOnly(p.getPPr())) {
                p.setPPr(styleOnly.computeIfAbsent(p.getPPr().getPStyle().getVal(), id -> Wml.paragraph(id).getPPr()));
            }
        }
    }

    private static TcPr newProperties(CellProperties cell) {
        TcPr tcPr = FACTORY.createTcPr();
        tcPr.setTcW(Wml.width(cell.width()));
        if (cell.colspan() > 1) {
            TcPrInner.GridSpan gridSpan = FACTORY.createTcPrInnerGridSpan();
            gridSpan.setVal(BigInteger.valueOf(cell.colspan()));
            tcPr.setGridSpan(gridSpan);
        }
        if (cell.merge() != null) {
            TcPrInner.VMerge vMerge = FACTORY.createTcPrInnerVMerge();
            vMerge.setVal(cell.merge());
            tcPr.setVMerge(vMerge);
        }
        if (cell.shade() != null) {
            tcPr.setShd(shade(cell.shade()));
        }
        return tcPr;
    }

    /** Word requires every cell to end with a paragraph, even an empty or merged-away one. */
    private static void endWithParagraph(Tc tc, String styleId) {
        List<Object> content = tc.getContent();
        if (content.isEmpty() || !(content.get(content.size() - 1) instanceof P)) {
            content.add(Wml.paragraph(styleId));
        }
    }

    /**
     * Rows move whole to the next page rather than split (the PDF does the same), so that a row is
     * read in one piece, but for a row of long text ({@link Table.Row#breaksAcrossPages()}); header rows
     * also repeat on every page.
     */
    private static TrPr rowProperties(boolean header, boolean breaks) {
        TrPr trPr = FACTORY.createTrPr();
        if (!breaks) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseCantSplit(on()));
        }
        if (header) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseTblHeader(on()));
        }
        return trPr;
    }

    /** Whether any fill-in cell was written, which makes the document one to protect. */
    boolean wroteFillIn() {
        return editableRanges > 0;
    }

    /**
     * Makes the cell's content an editable range for everyone, from the start of its first paragraph to
     * the end of its last, around an empty run where the cell is empty so that there is a place to type.
     */
    private void editableRange(Tc tc) {
        String id = Integer.toString(++editableRanges);
        RangePermissionStart start = FACTORY.createRangePermissionStart();
        start.setId(id);
        start.setEdGrp("everyone");
        CTPerm end = FACTORY.createCTPerm();
        end.setId(id);
        List<Object> content = tc.getContent();
        P first = (P) content.get(0);
        P last = (P) content.get(content.size() - 1);
        first.getContent().add(0, FACTORY.createPPermStart(start));
        if (last.getContent().size() == 1) {
            last.getContent().add(FACTORY.createR());
        }
        last.getContent().add(FACTORY.createPPermEnd(end));
    }

    private static CTShd shade(String fill) {
        CTShd shd = FACTORY.createCTShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
        return shd;
    }

    private static long span(long[] grid, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += grid[i];
        }
        return sum;
    }
}
