package fi.alke.documents.pdf;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A table whose rows are measured once. OpenPDF measures every row of a fixed-width table again each
 * time it places the table on a page, laying out the text of every cell, so a table of n rows over p
 * pages cost n × p cell layouts: a 200-page table took seconds per page. Here the rows are measured on
 * the first placement only; a row OpenPDF splits at a page break is a new row, which measures itself
 * when asked its height.
 *
 * <p>Only {@link #calculateHeights(boolean)} is changed, and only after {@link #complete()}: while
 * cells are being added, and once when it is first placed, the table measures as OpenPDF does (the
 * row spans' heights included).
 */
final class MeasuredTable extends PdfPTable {
    private boolean complete;
    private boolean measured;

    MeasuredTable(int columns) {
        super(columns);
    }

    /** All the rows are added: from the next measuring on, the rows are measured once. */
    void complete() {
        complete = true;
    }

    /** All the rows are added and each is measured at its final width and height: never measure them again. */
    void completeAndMeasured() {
        complete = true;
        measured = true;
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        if (firsttime && complete) {
            if (measured) {
                // The sum of the rows' heights, each measured already or measuring itself now.
                return super.calculateHeights(false);
            }
            measured = true;
        }
        return super.calculateHeights(firsttime);
    }
}
