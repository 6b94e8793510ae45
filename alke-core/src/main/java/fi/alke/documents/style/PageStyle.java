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
 * @param signatureSpace     the room left for a handwritten signature
 */
public record PageStyle(double pageWidth, double pageHeight, double marginLeft, double marginRight,
                        double marginBottom, double headerTop, double bodyTop, double gridColumn,
                        double bodyIndent, double metadataOffset, String fontName, double bodySize,
                        double titleSize, double heading1Size, double tableSize, double smallSize,
                        double lineSpacing, double paragraphSpacing, double listIndent, double cellPadding,
                        double borderWidth, String headerShade, double signatureSpace) {

    /** Points per centimetre. */
    public static final double POINTS_PER_CM = 72 / 2.54;

    /** The SFS 2487:2024 memo layout: A4, 2 cm left margin, 2.3 cm grid, body at 4.3 cm, block at 9.2 cm. */
    public static PageStyle sfs2487() {
        return new PageStyle(21.0, 29.7, 2.0, 1.0, 2.0, 1.0, 3.6, 2.3, 2.3, 9.2, "Arial",
                11, 14, 12, 10, 9, 1.15, 10, 0.63, 0.12, 0.5, "E7E6E6", 1.5);
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

    /** Width of the metadata block, from its offset to the right margin. */
    public double metadataWidth(boolean landscape) {
        return textWidth(landscape) - metadataOffset;
    }
}
