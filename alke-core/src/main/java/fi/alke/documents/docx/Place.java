package fi.alke.documents.docx;

/**
 * Where blocks are being written: it decides the paragraph styles (body text at the body indent,
 * table text inside cells) and the widths tables get (portrait or landscape pages).
 *
 * @param landscape {@code true} inside a landscape section
 * @param area      body, table cell or table header cell
 */
record Place(boolean landscape, Area area) {
    static final Place BODY = new Place(false, Area.BODY);

    /** The kinds of container a block can stand in. */
    enum Area { BODY, CELL, HEADER_CELL }

    boolean inCell() {
        return area != Area.BODY;
    }

    /** The same pages, inside a table cell. */
    Place cell(boolean headerRow) {
        return new Place(landscape, headerRow ? Area.HEADER_CELL : Area.CELL);
    }

    /** The body of a landscape section. */
    Place asLandscape() {
        return new Place(true, area);
    }

    /** The style of ordinary paragraphs here. */
    String textStyle() {
        return switch (area) {
            case BODY -> StyleSheet.BODY_TEXT;
            case CELL -> StyleSheet.TABLE_TEXT;
            case HEADER_CELL -> StyleSheet.TABLE_HEADING;
        };
    }

    /** The style of list items here: cells keep their table text size. */
    String listStyle() {
        return area == Area.BODY ? StyleSheet.LIST : textStyle();
    }
}
