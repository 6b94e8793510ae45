package fi.alke.documents.style;

/**
 * The page geometry and typography both renderers read, so that DOCX and PDF agree. Lengths are in
 * centimetres, font sizes and spacing in points. {@link #sfs2487()} gives the layout of the Finnish
 * document standard SFS 2487:2024.
 *
 * @param pageWidth          A4 portrait width
 * @param pageHeight         A4 portrait height
 * @param marginLeft         left margin, where labels and headings hang
 * @param marginRight        right margin
 * @param marginBottom       bottom margin
 * @param headerTop          distance from the top edge to the running header
 * @param bodyTop            distance from the top edge to the body on every page
 * @param gridColumn         width of one grid column
 * @param bodyIndent         where body text starts, measured from the left margin (one grid column)
 * @param metadataOffset     where the metadata block starts, measured from the left margin
 * @param fontName           the font family named in the DOCX; the PDF embeds its metric twin
 * @param bodySize           body text size
 * @param titleSize          main title size (bold)
 * @param heading1Size       level-1 heading size (bold); levels 2 and 3 use body size
 * @param tableSize          table text size
 * @param smallSize          size of the running header and the contact block
 * @param lineSpacing        line spacing as a multiple of the font's natural line height
 * @param paragraphSpacing   space after a paragraph
 * @param listIndent         indent of each list level, and the hanging room for its marker
 * @param cellPadding        horizontal padding inside table cells
 * @param borderWidth        table border width in points
 * @param headerShade        fill of table header cells, as RRGGBB
 * @param fillInShade        fill of the table cells a person fills in, as RRGGBB
 * @param signatureSpace     the room left for a handwritten signature
 * @param linkColour         hyperlink colour, as RRGGBB
 * @param bullets            bullet symbols by list level; the number of symbols is also the deepest
 *                           list indentation, deeper lists stay at the last level
 */
public record PageStyle(double pageWidth, double pageHeight, double marginLeft, double marginRight,
                        double marginBottom, double headerTop, double bodyTop, double gridColumn,
                        double bodyIndent, double metadataOffset, String fontName, double bodySize,
                        double titleSize, double heading1Size, double tableSize, double smallSize,
                        double lineSpacing, double paragraphSpacing, double listIndent, double cellPadding,
                        double borderWidth, String headerShade, String fillInShade, double signatureSpace, String linkColour,
                        java.util.List<String> bullets) {

    /** Copies the bullet list, so that the record stays immutable. */
    public PageStyle {
        bullets = java.util.List.copyOf(bullets);
        if (bullets.isEmpty()) {
            throw new IllegalArgumentException("bullets: at least one list level is needed");
        }
    }

    /** Points per centimetre. */
    public static final double POINTS_PER_CM = 72 / 2.54;

    /** The SFS 2487:2024 memo layout: A4, 2 cm left margin, 2.3 cm grid, body at 4.3 cm, block at 9.2 cm. */
    public static PageStyle sfs2487() {
        return new PageStyle(21.0, 29.7, 2.0, 1.0, 2.0, 1.0, 3.6, 2.3, 2.3, 9.2, "Arial",
                11, 14, 12, 10, 9, 1.15, 10, 0.63, 0.12, 0.5, "E7E6E6", "FFF2CC", 1.5, "0563C1",
                java.util.List.of("\u2022", "\u2013", "\u25AA"));
    }

    /** Converts centimetres to points. */
    public static double points(double cm) {
        return cm * POINTS_PER_CM;
    }

    /** Page width for the orientation. */
    public double width(boolean landscape) {
        return landscape ? pageHeight : pageWidth;
    }

    /** Page height for the orientation. */
    public double height(boolean landscape) {
        return landscape ? pageWidth : pageHeight;
    }

    /** Width between the margins for the orientation. */
    public double textWidth(boolean landscape) {
        return width(landscape) - marginLeft - marginRight;
    }

    /** Width from the body indent to the right margin: at most 15.7 cm on a portrait page. */
    public double bodyWidth(boolean landscape) {
        return textWidth(landscape) - bodyIndent;
    }

    /** Size of a heading of level 1–3, or of a title ({@code level} 0). */
    public double headingSize(int level) {
        return level == 0 ? titleSize : level == 1 ? heading1Size : bodySize;
    }

    /** The list level a nesting depth (0 for a top-level list) is set at. */
    public int listLevel(int depth) {
        return Math.min(depth, bullets.size() - 1);
    }

    /** Width available to a table, from the margin or from the body indent. */
    public double tableWidth(boolean fromMargin, boolean landscape) {
        return fromMargin ? textWidth(landscape) : bodyWidth(landscape);
    }

    /** Height between the top of the body and the bottom margin. */
    public double bodyHeight(boolean landscape) {
        return height(landscape) - bodyTop - marginBottom;
    }

    /**
     * The size to show an image at, in centimetres {@code {width, height}}: its own size, scaled down
     * with its aspect ratio kept when it would be wider than the body or taller than a page.
     */
    public double[] imageSize(double widthCm, double heightCm, boolean landscape) {
        double scale = Math.min(1, Math.min(bodyWidth(landscape) / widthCm, bodyHeight(landscape) / heightCm));
        return new double[] {widthCm * scale, heightCm * scale};
    }

    /** Width of the metadata block, from its offset to the right margin. */
    public double metadataWidth(boolean landscape) {
        return textWidth(landscape) - metadataOffset;
    }
}
