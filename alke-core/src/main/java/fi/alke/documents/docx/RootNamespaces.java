package fi.alke.documents.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the namespace declarations of a serialised XML part's root element in one fixed order: the
 * default namespace first, then by prefix.
 *
 * <p>Why: JAXB (the reference implementation docx4j uses) declares on the root element every namespace
 * its context knows, about 68 for WordprocessingML, in the order the context met them while it was
 * built — and that order comes from reflection over docx4j's {@code ObjectFactory} classes, whose
 * methods HotSpot lists in an order that changes with class data sharing and with what the JVM loaded
 * before ({@code getDeclaredMethods()} of {@code org.docx4j.wml.ObjectFactory} starts with other
 * methods under {@code -Xshare:off}). The XML means the same, but its bytes differ from JVM to JVM.
 *
 * <p>Why here, after serialising, rather than in JAXB: a {@code NamespacePrefixMapper} chooses
 * prefixes and may add declarations, but JAXB declares its known namespaces before it asks the mapper,
 * so no mapper can reorder them; the context's order cannot be set from outside either. Sorting the
 * serialised start tag does not depend on how docx4j or its JAXB implementation build their context,
 * now or in a later release, and touches nothing but the root start tag.
 *
 * <p>A prefix JAXB made up ({@code ns38} for MathML, which docx4j's mapper has no prefix for) is
 * numbered by its place among the declarations, so it too would change with the order. Such a
 * declaration is dropped when nothing in the part uses its prefix: it declares nothing anyone can
 * refer to (a made-up prefix cannot appear in {@code mc:Ignorable}). One that might be used is kept.
 *
 * <p>The bytes are read as ISO-8859-1, one character a byte, so that everything outside the start tag
 * stays byte for byte what it was, whatever the encoding of the text (UTF-8 here). Markup that is not
 * the plain shape JAXB writes is returned as it is, rather than guessed at.
 */
final class RootNamespaces {
    /** The default namespace first, then by prefix. */
    private static final Comparator<Declaration> ORDER = Comparator
            .comparing((Declaration d) -> !d.name().equals("xmlns"))
            .thenComparing(Declaration::name);

    private RootNamespaces() {
    }

    /** The part with its root element's namespace declarations in the fixed order. */
    static byte[] sorted(byte[] xml) {
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        int start = rootStart(text);
        if (start < 0) {
            return xml;
        }
        int nameEnd = start + 1;
        while (nameEnd < text.length() && !isTagEnd(text.charAt(nameEnd))
                && !Character.isWhitespace(text.charAt(nameEnd))) {
            nameEnd++;
        }
        List<Declaration> declarations = new ArrayList<>();
        StringBuilder attributes = new StringBuilder();
        int at = nameEnd;
        for (int[] attribute = attribute(text, at); attribute != null; attribute = attribute(text, at)) {
            String name = text.substring(attribute[0], attribute[1]);
            String value = text.substring(attribute[2], attribute[3]);
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                declarations.add(new Declaration(name, value));
            } else {
                attributes.append(' ').append(name).append('=').append(value); // in JAXB's order
            }
            at = attribute[3];
        }
        int end = skipWhitespace(text, at);
        if (!text.startsWith(">", end) && !text.startsWith("/>", end)) {
            return xml; // not a start tag as JAXB writes one: leave it alone
        }
        int restStart = end;
        StringBuilder tag = new StringBuilder(end - start + 16).append(text, start, nameEnd);
        declarations.stream()
                .filter(d -> !d.madeUp() || text.indexOf(d.prefix() + ":", restStart) >= 0
                        || attributes.indexOf(d.prefix() + ":") >= 0)
                .sorted(ORDER)
                .forEach(d -> tag.append(' ').append(d.name()).append('=').append(d.quotedUri()));
        tag.append(attributes);
        byte[] newTag = tag.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] sorted = new byte[start + newTag.length + xml.length - end];
        System.arraycopy(xml, 0, sorted, 0, start);
        System.arraycopy(newTag, 0, sorted, start, newTag.length);
        System.arraycopy(xml, end, sorted, start + newTag.length, xml.length - end);
        return sorted;
    }

    /** {@code xmlns} or {@code xmlns:prefix}, and the URI in the quotes it was written with. */
    private record Declaration(String name, String quotedUri) {
        String prefix() {
            return name.substring(name.indexOf(':') + 1);
        }

        /** A prefix of JAXB's own making: {@code ns} and its place among the declarations ({@code xmlns:ns\d+_*}). */
        boolean madeUp() {
            String start = "xmlns:ns";
            int at = start.length();
            if (!name.startsWith(start) || at >= name.length() || !isDigit(name.charAt(at))) {
                return false;
            }
            while (at < name.length() && isDigit(name.charAt(at))) {
                at++;
            }
            while (at < name.length() && name.charAt(at) == '_') {
                at++;
            }
            return at == name.length();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** Where the root element's start tag begins, past the XML declaration, comments and instructions. */
    private static int rootStart(String text) {
        int at = 0;
        while (true) {
            at = text.indexOf('<', at);
            if (at < 0 || at + 1 >= text.length()) {
                return -1;
            }
            char next = text.charAt(at + 1);
            if (next == '?') {
                at = text.indexOf("?>", at);
            } else if (text.startsWith("<!--", at)) {
                at = text.indexOf("-->", at);
            } else if (next == '!' || next == '/') {
                return -1; // a document type declaration or stray end tag: not for us
            } else {
                return at;
            }
            if (at < 0) {
                return -1;
            }
        }
    }

    /**
     * The attribute after the white space at {@code at} ({@code \s+name\s*=\s*"value"} or with single
     * quotes), as the indexes of its name's start and end and its quoted value's start and end; {@code null}
     * when there is none there. A scan by hand: this runs for each of the 68 declarations of every part.
     */
    private static int[] attribute(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        int nameStart = i;
        while (i < n && !isSpace(text.charAt(i)) && "=/>".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        if (nameStart == at || i == nameStart) {
            return null;
        }
        int nameEnd = i;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) != '=') {
            return null;
        }
        i++;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) != '"' && text.charAt(i) != '\'') {
            return null;
        }
        int close = text.indexOf(text.charAt(i), i + 1);
        return close < 0 ? null : new int[] {nameStart, nameEnd, i, close + 1};
    }

    /** White space as a regular expression's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isTagEnd(char c) {
        return c == '>' || c == '/';
    }

    private static int skipWhitespace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
