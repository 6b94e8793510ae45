package fi.alke.documents.docx;

/**
 * Where blocks are being written: it decides the paragraph styles (body text at the body indent,
 * table text inside cells) and the widths tables get (portrait or landscape pages).
 *
 * @param landscape {@code true} inside a landscape section
 * @param area      body, table cell, table header cell or the content cell of a labelled block
 */
record Place(boolean landscape, Area area) {
    static final Place BODY = new Place(false, Area.BODY);

    /** The kinds of container a block can stand in. */
    enum Area { BODY, CELL, HEADER_CELL, LABELLED }

    /**
     * {@code true} inside any table cell, data or layout: text and lists start at the cell's left edge
     * rather than at the body indent, and there are no section breaks.
     */
    boolean inCell() {
        return area != Area.BODY;
    }

    /** The same pages, inside a table cell. */
    Place cell(boolean headerRow) {
        return new Place(landscape, headerRow ? Area.HEADER_CELL : Area.CELL);
    }

    /** The same pages, in the content cell of a labelled block. */
    Place labelled() {
        return new Place(landscape, Area.LABELLED);
    }

    /** The body of a landscape section. */
    Place asLandscape() {
        return new Place(true, area);
    }

    /**
     * The style of ordinary paragraphs here. The content of a labelled block is body text, but its cell
     * already starts at the body indent, so it takes Normal, which is Body Text without the indent.
     */
    String textStyle() {
        return switch (area) {
            case BODY -> StyleSheet.BODY_TEXT;
            case CELL -> StyleSheet.TABLE_TEXT;
            case HEADER_CELL -> StyleSheet.TABLE_HEADING;
            case LABELLED -> StyleSheet.NORMAL;
        };
    }

    /** The style of list items here: data table cells keep their table text size. */
    String listStyle() {
        return area == Area.BODY || area == Area.LABELLED ? StyleSheet.LIST : textStyle();
    }
}
