package fi.alke.documents.pdf;

/**
 * Where the lines of a cell spanning rows go when its text is shared out over its rows, one piece a row
 * ({@code RuledTables.Rows}): as in one cell, as a word processor sets a merged cell, each piece's first line a leading
 * below the last line of the piece before. A piece's top padding puts it there: a cell's own top padding is the
 * room a line's leading leaves above its ascent, so the next line's box starts right under the last line's box, and
 * the padding is that room less how far the piece's row starts below that point. It may be a little less than
 * nothing (a line then reaches a fraction of a point above its row's top, over a border that is not drawn); on a
 * page's first row the piece has a cell's own padding, as a merged cell's text goes on on the next page.
 *
 * <p>Heights are measured down from any one point (the top of the rows being laid out), in points.
 */
final class SharedSpans {
    private SharedSpans() {
    }

    /**
     * The top padding of a piece whose row starts at {@code rowTop}, the next line's box starting at {@code lineTop};
     * {@code normal}, a cell's own top padding, when they are the same.
     */
    static float topPadding(float normal, float lineTop, float rowTop) {
        return normal + lineTop - rowTop;
    }

    /** Where the next line's box starts after a piece {@code height} high (OpenPDF's measure) in a row at {@code rowTop}. */
    static float nextLineTop(float rowTop, float height, float bottomPadding) {
        return rowTop + height - bottomPadding;
    }
}
