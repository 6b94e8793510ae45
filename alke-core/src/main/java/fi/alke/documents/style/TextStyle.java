package fi.alke.documents.style;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How one {@link TextRole} is set: the one definition both renderers read. Sizes and spacing are in
 * points.
 *
 * @param size         font size
 * @param bold         bold weight
 * @param italic       italic style
 * @param atMargin     the text starts at the left edge of its place: it hangs at the margin (titles,
 *                     headings, labels), or its cell or block places it (table text, the metadata
 *                     block); otherwise it starts at the body indent, one grid column in
 * @param spaceBefore  space above the paragraph; for a signature, the room to sign by hand
 * @param spaceAfter   space below the paragraph (between list items the list's own rule applies)
 * @param keepWithNext the paragraph stays on the page of the paragraph after it
 * @param keepLines    the paragraph's lines stay on one page
 * @param widowControl a page does not end or begin with a paragraph's single line
 */
@RecordBuilder
public record TextStyle(double size, boolean bold, boolean italic, boolean atMargin, double spaceBefore,
                        double spaceAfter, boolean keepWithNext, boolean keepLines, boolean widowControl) {

    /** Regular text at {@code size}, at the body indent, with {@code spaceAfter} below and widow control. */
    public static TextStyle plain(double size, double spaceAfter) {
        return new TextStyle(size, false, false, false, 0, spaceAfter, false, false, true);
    }

    /** The lines a paragraph keeps at least at a page's foot and head when it runs over: Word's and LibreOffice's two. */
    public static final int WIDOW_LINES = 2;

    /**
     * The fewest lines of the paragraph that may stand at a page's foot or head when the paragraph
     * runs over onto the next page: {@link Integer#MAX_VALUE} when its lines stay on one page,
     * {@link #WIDOW_LINES} with widow control, 1 otherwise.
     */
    public int splitLines() {
        return keepLines ? Integer.MAX_VALUE : widowControl ? WIDOW_LINES : 1;
    }

    /** A builder with this style's values, to change some of them. */
    public TextStyleBuilder toBuilder() {
        return TextStyleBuilder.builder(this);
    }
}
