package fi.alke.documents.style;

/**
 * The kinds of text a document is made of. Each has one {@link TextStyle} in the {@link PageStyle},
 * which the DOCX writes as a named style and the PDF sets its text with, so the two cannot drift.
 */
public enum TextRole {
    /** The main title. */
    TITLE,
    /** The subject line, a title that is not the main one. */
    SUBJECT,
    /** Headings of level 1–3 ({@link #heading(int)}). */
    HEADING_1, HEADING_2, HEADING_3,
    /** Body paragraphs, and the recipient and letterhead lines written at body size. */
    BODY,
    /** List items; their indents per level come from {@link PageStyle#listMarker(int)} and {@link PageStyle#listText(int)}. */
    LIST,
    /** Text in table cells. */
    TABLE_TEXT,
    /** Text in table header cells. */
    TABLE_HEADING,
    /** The label of a labelled block, alone in its column at the margin. */
    LABEL,
    /** The lines of the metadata block on page one. */
    METADATA,
    /** The running header from page two on: the metadata block and the organisation, smaller. */
    HEADER,
    /** The contact block at the end of the body. */
    CONTACT,
    /** A signer's name and title; its space before is the room to sign by hand. */
    SIGNATURE;

    /** The role of a heading level, 1–3. */
    public static TextRole heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            case 3 -> HEADING_3;
            default -> throw new IllegalArgumentException("heading level 1–3, not " + level);
        };
    }
}
