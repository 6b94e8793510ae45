package fi.alke.documents.tree;

/**
 * Rejects characters that XML 1.0 forbids. Both output formats are XML inside (DOCX parts, PDF XMP),
 * so such a character would corrupt the file; we refuse it where it enters the tree rather than strip
 * it silently, because stripping would change the document's text without anyone noticing.
 */
final class Checks {
    private Checks() {
    }

    static String text(String field, String value) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!allowed(c)) {
                throw new IllegalArgumentException(String.format(
                        "%s contains the character U+%04X at position %d, which XML 1.0 does not allow: \"%s\"",
                        field, c, i, preview(value, i)));
            }
            i += Character.charCount(c);
        }
        return value;
    }

    /** The most characters of a value stored as a PDF string (document information: title, properties). */
    static final int PDF_STRING_CHARACTERS = 16_000;

    /**
     * A value the PDF stores as a string in its document information: PDF/A allows at most 32,767 bytes
     * in one, and text beyond ASCII is written two bytes a character, so at most
     * {@value #PDF_STRING_CHARACTERS} characters are accepted rather than an archive file that fails.
     */
    static String pdfString(String field, String value) {
        if (value.length() > PDF_STRING_CHARACTERS) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; at most "
                    + PDF_STRING_CHARACTERS + " fit in a PDF/A document's information");
        }
        return value;
    }

    static String optionalText(String field, String value) {
        return value == null ? null : text(field, value);
    }

    /**
     * A language tag of another part than the document's own, or {@code null}: well-formed BCP 47
     * ({@code sv}, {@code sv-FI}), as the formats write it unchanged into the PDF's Lang and the DOCX's
     * w:lang.
     */
    static String language(String field, String tag) {
        if (tag != null && !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException(field + " is not a language tag such as \"sv\" or \"sv-FI\": \""
                    + preview(tag, 0) + "\"");
        }
        return tag;
    }

    /** A link address in ASCII form; rejects what is not a URI (a space, for one). */
    static String uri(String href) {
        text("link.href", href);
        java.net.URI uri;
        try {
            uri = new java.net.URI(href);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("link address is not a valid URI: " + e.getMessage(), e);
        }
        // A document's links lead to web pages, mail and phone numbers; a javascript: or file: link
        // would run code or reach the reader's machine when clicked in a viewer.
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme != null && !LINK_SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("link address '" + preview(href, 0) + "' has the scheme '" + scheme
                    + "'; a link may be https, http, mailto, tel or relative");
        }
        return uri.toASCIIString();
    }

    /** The schemes a link may have (besides none, a relative address). */
    private static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("https", "http", "mailto", "tel");

    /** List items, table cells and labelled blocks hold paragraphs and lists only. */
    static java.util.List<Block> flow(String where, java.util.List<Block> blocks) {
        java.util.List<Block> copy = java.util.List.copyOf(blocks);
        for (Block block : copy) {
            if (!(block instanceof Paragraph || block instanceof ListBlock)) {
                throw new IllegalArgumentException(where + " may hold paragraphs and lists only, not "
                        + block.getClass().getSimpleName());
            }
        }
        return copy;
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String preview(String value, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(value.length(), at + 20);
        return value.substring(from, to).replaceAll("[\\x00-\\x1F]", "?");
    }
}
