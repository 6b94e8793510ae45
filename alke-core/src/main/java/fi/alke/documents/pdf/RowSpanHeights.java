package fi.alke.documents.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a cell that spans rows is taller than the rows it spans, the extra height goes to the last of
 * them, as in a word processor laying out the DOCX (LibreOffice Writer and Word grow the last row of
 * a vertical merge); OpenPDF would share it out over the spanned rows instead, which moves the page
 * breaks. Done by giving one single-row cell of that last row a minimum height, so the table keeps
 * the heights through every later measurement, copy and page split of OpenPDF's.
 */
final class RowSpanHeights {
    private RowSpanHeights() {
    }

    private record Span(int first, int last, float height) {
    }

    /**
     * Sets the minimum heights in the rows {@code from} to {@code to} (exclusive) of {@code table}, whose width was
     * locked before its cells were added; no cell spans into these rows from before them or out of them past
     * {@code to}. OpenPDF measured each row as it was added (at the locked width); those heights are used, and
     * only the rows that grow change, so that no row's text is laid out again.
     *
     * @return whether a cell spanning rows is taller than they are and none of them has a cell of its own to
     *         grow: then only OpenPDF's own measuring of the whole table ({@code calculateHeights(true)}) shares
     *         its height out over them
     */
    static boolean toLastRow(PdfPTable table, int from, int to) {
        Settled settled = settle(table, from, to);
        if (settled == null) {
            return false;
        }
        List<PdfPRow> rows = table.getRows();
        float[] height = settled.height();
        for (int r = from; r < to; r++) {
            if (height[r - from] > settled.natural()[r - from]) {
                PdfPCell cell = singleRowCell(rows.get(r));
                // the minimum keeps the height through OpenPDF's later measurements; the row is given the
                // height it would measure now (the cell's minimum, taller than every cell of the row)
                cell.setMinimumHeight(Math.max(cell.getMinimumHeight(), height[r - from]));
                rows.get(r).setMaxHeights(height[r - from]);
            }
        }
        return settled.ungrown();
    }

    /**
     * How high the tallest of the rows {@code from} to {@code to} would be once {@link #toLastRow} had grown them,
     * a span that none of its rows can grow for counted as high as itself; nothing is changed.
     */
    static float tallest(PdfPTable table, int from, int to) {
        Settled settled = settle(table, from, to);
        float tallest = 0;
        List<PdfPRow> rows = table.getRows();
        for (int r = from; r < to; r++) {
            tallest = Math.max(tallest, settled == null
                    ? rows.get(r) == null ? 0 : rows.get(r).getMaxHeights() : settled.height()[r - from]);
        }
        return settled == null ? tallest : Math.max(tallest, settled.ungrownTallest());
    }

    /**
     * The rows' heights as measured ({@code natural}) and as the spans grow them, indexed from {@code from}; the
     * tallest span that none of its rows can grow for; {@code null} if no cell spans rows.
     */
    private record Settled(float[] natural, float[] height, boolean ungrown, float ungrownTallest) {
    }

    private static Settled settle(PdfPTable table, int from, int to) {
        if (!table.isLockedWidth() || table.getTotalWidth() <= 0) {
            // without a width OpenPDF measured nothing as the cells came, and the heights read here would be 0
            throw new IllegalStateException("a table's width is locked before its cells are added");
        }
        List<PdfPRow> rows = table.getRows();
        float[] natural = new float[to - from];
        List<Span> spans = new ArrayList<>();
        for (int r = from; r < to; r++) {
            PdfPRow row = rows.get(r);
            if (row == null) {
                continue;
            }
            natural[r - from] = row.getMaxHeights(); // the tallest single-row cell: cells spanning rows not counted
            for (PdfPCell cell : row.getCells()) {
                if (cell != null && cell.getRowspan() > 1) {
                    spans.add(new Span(r, Math.min(r + cell.getRowspan(), to) - 1, cell.getMaxHeight()));
                }
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        float[] height = natural.clone();
        // A span that ends earlier is settled first: a later one sees the rows it has grown.
        spans.sort(Comparator.comparingInt(Span::last));
        boolean ungrown = false;
        float ungrownTallest = 0;
        for (Span span : spans) {
            float spanned = 0;
            for (int r = span.first(); r <= span.last(); r++) {
                spanned += height[r - from];
            }
            int grow = lastWithSingleRowCell(rows, span);
            if (span.height() > spanned) {
                if (grow >= 0) {
                    height[grow - from] += span.height() - spanned;
                } else {
                    ungrown = true;
                    ungrownTallest = Math.max(ungrownTallest, span.height());
                }
            }
        }
        return new Settled(natural, height, ungrown, ungrownTallest);
    }

    /** The last row of the span that has a cell of its own to carry the height, or -1 if none has. */
    private static int lastWithSingleRowCell(List<PdfPRow> rows, Span span) {
        for (int r = span.last(); r >= span.first(); r--) {
            if (rows.get(r) != null && singleRowCell(rows.get(r)) != null) {
                return r;
            }
        }
        return -1;
    }

    private static PdfPCell singleRowCell(PdfPRow row) {
        for (PdfPCell cell : row.getCells()) {
            if (cell != null && cell.getRowspan() == 1) {
                return cell;
            }
        }
        return null;
    }
}
