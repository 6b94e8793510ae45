package fi.alke.documents.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a document's stored properties may have: one check for the tree's metadata and for the markup
 * parser, which reports a bad name at its line. Not API.
 */
public final class PropertyNames {
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** The PDF document information's own entries, which a stored property must not replace. */
    private static final Set<String> RESERVED = Set.of("Title", "Author", "Subject",
            "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped");

    private PropertyNames() {
    }

    /**
     * Checks a stored property's name: ASCII letters, digits, '-' and '_', starting with a letter, and not one
     * of the PDF document information's own entries.
     *
     * @throws IllegalArgumentException saying what is wrong with the name
     */
    public static void check(String name) {
        if (!PROPERTY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a stored property's name must be ASCII letters, digits, '-' "
                    + "and '_', starting with a letter: '" + name + "'");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard document property; a stored "
                    + "property needs another name");
        }
    }
}
