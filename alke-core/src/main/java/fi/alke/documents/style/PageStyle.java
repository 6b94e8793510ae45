package fi.alke.documents.style;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The page geometry and typography both renderers read, so that DOCX and PDF agree. Lengths are in
 * centimetres, font sizes and spacing in points. {@link #sfs2487()} gives the layout of the Finnish
 * document standard SFS 2487:2024; {@link #toBuilder()} changes any value of it, {@link #withText} one
 * kind of text.
 *
 * @param pageWidth          A4 portrait width
 * @param pageHeight         A4 portrait height
 * @param marginLeft         left margin, where labels and headings hang
 * @param marginRight        right margin
 * @param marginBottom       bottom margin
 * @param headerTop          distance from the top edge to the running header
 * @param bodyTop            distance from the top edge to the body on every page
 * @param gridColumn         width of one grid column
 * @param bodyIndent         where body text starts, measured from the left margin (one grid column);
 *                           also the width of a labelled block's label column
 * @param metadataOffset     where the metadata block starts, measured from the left margin
 * @param fontName           the font family named in the DOCX; the PDF embeds its metric twin
 * @param lineSpacing        line spacing as a multiple of the font's natural line height
 * @param listIndent         the step of the list grid: the room for a marker, and how much further
 *                           each nested level starts ({@link #listMarker(int)})
 * @param cellPadding        horizontal padding inside table cells
 * @param borderWidth        table border width in points
 * @param headerShade        fill of table header cells, as RRGGBB
 * @param fillInShade        fill of the table cells a person fills in, as RRGGBB
 * @param linkColour         hyperlink colour, as RRGGBB
 * @param bullets            bullet symbols by list level; the number of symbols is also the deepest
 *                           list indentation, deeper lists stay at the last level
 * @param text               how each kind of text is set, one entry for every {@link TextRole}
 */
@RecordBuilder
public record PageStyle(double pageWidth, double pageHeight, double marginLeft, double marginRight,
                        double marginBottom, double headerTop, double bodyTop, double gridColumn,
                        double bodyIndent, double metadataOffset, String fontName, double lineSpacing,
                        double listIndent, double cellPadding, double borderWidth, String headerShade,
                        String fillInShade, String linkColour, List<String> bullets, Map<TextRole, TextStyle> text) {

    /** Copies the bullets and the text styles, so that the record stays immutable, and checks both are complete. */
    public PageStyle {
        bullets = List.copyOf(bullets);
        if (bullets.isEmpty()) {
            throw new IllegalArgumentException("bullets: at least one list level is needed");
        }
        text = Map.copyOf(text);
        for (TextRole role : TextRole.values()) {
            if (!text.containsKey(role)) {
                throw new IllegalArgumentException("text: no style for " + role);
            }
        }
    }

    /** Points per centimetre. */
    public static final double POINTS_PER_CM = 72 / 2.54;

    /**
     * The SFS 2487:2024 memo layout: A4, 2 cm left margin, 2.3 cm grid, body at 4.3 cm, block at 9.2 cm;
     * body 11 pt with 10 pt between paragraphs, the title bold and 3 pt larger, the subject bold.
     */
    public static PageStyle sfs2487() {
        double body = 11;
        double paragraph = 10;
        TextStyle plain = TextStyle.plain(body, paragraph);
        TextStyle heading = plain.toBuilder().bold(true).atMargin(true).spaceBefore(paragraph)
                .keepWithNext(true).keepLines(true).build();
        // Text placed by its cell or block (tables, the metadata block, the header, the contact block,
        // a label): no paragraph spacing, and no indent of its own.
        TextStyle tight = plain.toBuilder().spaceAfter(0).atMargin(true).build();
        TextStyle title = plain.toBuilder().bold(true).atMargin(true).keepWithNext(true).build();
        Map<TextRole, TextStyle> text = new EnumMap<>(TextRole.class);
        text.put(TextRole.TITLE, title.toBuilder().size(14).build());
        text.put(TextRole.SUBJECT, title);
        text.put(TextRole.HEADING_1, heading.toBuilder().size(12).build());
        text.put(TextRole.HEADING_2, heading);
        text.put(TextRole.HEADING_3, heading.toBuilder().italic(true).build());
        text.put(TextRole.BODY, plain);
        text.put(TextRole.LIST, plain);
        text.put(TextRole.TABLE_TEXT, tight.toBuilder().size(10).build());
        text.put(TextRole.TABLE_HEADING, tight.toBuilder().size(10).bold(true).build());
        text.put(TextRole.LABEL, tight);
        text.put(TextRole.METADATA, tight);
        text.put(TextRole.HEADER, tight.toBuilder().size(9).build());
        text.put(TextRole.CONTACT, tight.toBuilder().size(9).build());
        text.put(TextRole.SIGNATURE, plain.toBuilder().spaceBefore(points(1.5)).keepLines(true).build());
        return new PageStyle(21.0, 29.7, 2.0, 1.0, 2.0, 1.0, 3.6, 2.3, 2.3, 9.2, "Arial", 1.15,
                0.63, 0.12, 0.5, "E7E6E6", "FFF2CC", "0563C1", List.of("\u2022", "\u2013", "\u25AA"), text);
    }

    /** A builder with every value of this style, to change some of them. */
    public PageStyleBuilder toBuilder() {
        return PageStyleBuilder.builder(this);
    }

    /** A builder that starts from {@link #sfs2487()}. */
    public static PageStyleBuilder builder() {
        return sfs2487().toBuilder();
    }

    /**
     * This style with some values of one kind of text changed, e.g.
     * {@code withText(TextRole.HEADING_3, s -> s.italic(false))}.
     */
    public PageStyle withText(TextRole role, UnaryOperator<TextStyleBuilder> change) {
        Map<TextRole, TextStyle> changed = new EnumMap<>(text);
        changed.put(role, change.apply(text(role).toBuilder()).build());
        return toBuilder().text(changed).build();
    }

    /** The style of a kind of text. */
    public TextStyle text(TextRole role) {
        return text.get(role);
    }

    /** Body text size, the size the page's line grid is measured in. */
    public double bodySize() {
        return text(TextRole.BODY).size();
    }

    /** The space between paragraphs, and after a table, list or picture: the body text's space after. */
    public double paragraphSpacing() {
        return text(TextRole.BODY).spaceAfter();
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

    /** The list level a nesting depth (0 for a top-level list) is set at. */
    public int listLevel(int depth) {
        return Math.min(depth, bullets.size() - 1);
    }

    /**
     * Where the marker of a list item at {@code level} (see {@link #listLevel(int)}) stands, in
     * centimetres from the list's origin (the body indent, or a cell's edge). Each nested level's
     * marker stands where the text of the level above starts, as in Word's own List Bullet 2 and 3
     * styles (0.63 cm, a quarter inch, per level) and in its numbering dialog: the nested list reads as
     * belonging to the item's text, and three levels take 1.9 cm of a 15.7 cm line, not 3.8 cm.
     */
    public double listMarker(int level) {
        return level * listIndent;
    }

    /** Where the text of a list item at {@code level} starts, in centimetres from the list's origin. */
    public double listText(int level) {
        return listMarker(level) + listIndent;
    }

    /** The columns of a labelled block, label then content, across the text width: the label hangs at the margin. */
    public double[] labelledColumns(boolean landscape) {
        return new double[] {bodyIndent, textWidth(landscape) - bodyIndent};
    }

    /** The columns of a contact block with {@code count} columns: equal shares of the text width. */
    public double[] contactColumns(int count, boolean landscape) {
        double[] widths = new double[count];
        java.util.Arrays.fill(widths, textWidth(landscape) / count);
        return widths;
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
