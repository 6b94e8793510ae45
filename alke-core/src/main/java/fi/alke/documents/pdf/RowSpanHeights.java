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
        return toLastRow(table, settle(table, from, to));
    }

    /** Sets the minimum heights as {@code settled} found them (as {@link #toLastRow(PdfPTable, int, int)}). */
    static boolean toLastRow(PdfPTable table, Settled settled) {
        List<PdfPRow> rows = table.getRows();
        for (int r = settled.from; r < settled.from + settled.height.length; r++) {
            float height = settled.height[r - settled.from];
            if (height > settled.natural[r - settled.from]) {
                PdfPCell cell = singleRowCell(rows.get(r));
                // the minimum keeps the height through OpenPDF's later measurements; the row is given the
                // height it would measure now (the cell's minimum, taller than every cell of the row)
                cell.setMinimumHeight(Math.max(cell.getMinimumHeight(), height));
                rows.get(r).setMaxHeights(height);
            }
        }
        return !settled.ungrown.isEmpty();
    }

    /**
     * The rows {@code from} to {@code to} of a table measured with their spans, nothing changed yet: each span's
     * text is laid out here once, for both {@link Settled#tallest} and {@link #toLastRow(PdfPTable, Settled)}.
     */
    static final class Settled {
        private final int from;
        /** The rows' heights as measured, their single-row cells only, and as the spans grow them. */
        private final float[] natural;
        private final float[] height;
        /** The spans that none of their rows can grow for and that are taller than their rows. */
        private final List<Span> ungrown;

        private Settled(int from, float[] natural, float[] height, List<Span> ungrown) {
            this.from = from;
            this.natural = natural;
            this.height = height;
            this.ungrown = ungrown;
        }

        /**
         * How high the tallest of the rows {@code first} to {@code end} would be once grown, a span that none of
         * its rows can grow for counted as high as itself.
         */
        float tallest(int first, int end) {
            float tallest = 0;
            for (int r = first; r < end; r++) {
                tallest = Math.max(tallest, height[r - from]);
            }
            for (Span span : ungrown) {
                if (span.first() >= first && span.first() < end) {
                    tallest = Math.max(tallest, span.height());
                }
            }
            return tallest;
        }
    }

    static Settled settle(PdfPTable table, int from, int to) {
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
        float[] height = natural.clone();
        // A span that ends earlier is settled first: a later one sees the rows it has grown.
        spans.sort(Comparator.comparingInt(Span::last));
        List<Span> ungrown = new ArrayList<>();
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
                    ungrown.add(span);
                }
            }
        }
        return new Settled(from, natural, height, ungrown);
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
