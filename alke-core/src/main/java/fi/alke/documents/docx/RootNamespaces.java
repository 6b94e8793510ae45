package fi.alke.documents.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the namespace declarations of a serialised XML part's root element in one fixed order — the
 * default namespace first, then by prefix — and only those the part uses.
 *
 * <p>Why the order: JAXB (the reference implementation docx4j uses) declares on the root element every
 * namespace its context knows, about 68 for WordprocessingML, in the order the context met them while it
 * was built — and that order comes from reflection over docx4j's {@code ObjectFactory} classes, whose
 * methods HotSpot lists in an order that changes with class data sharing and with what the JVM loaded
 * before ({@code getDeclaredMethods()} of {@code org.docx4j.wml.ObjectFactory} starts with other
 * methods under {@code -Xshare:off}). The XML means the same, but its bytes differ from JVM to JVM.
 *
 * <p>Why only the used ones: which namespaces JAXB declares depends on the context it was given, not on
 * the part. The command line builds a context of only the packages the renderer writes
 * ({@link fi.alke.documents.internal.DocxWritingContext}), a fraction of docx4j's, to start faster;
 * a system embedding the library has docx4j's whole context. Declaring what the part uses — a prefix
 * of an element or attribute name, or one that {@code mc:Ignorable} and its kin list — makes the bytes
 * the same either way, and is all a reader needs. A prefix JAXB made up ({@code ns38} for MathML,
 * numbered by its place among the declarations) is dropped with the rest when unused.
 *
 * <p>Why here, after serialising, rather than in JAXB: a {@code NamespacePrefixMapper} chooses
 * prefixes and may add declarations, but JAXB declares its known namespaces before it asks the mapper,
 * so no mapper can reorder or drop them; the context's order cannot be set from outside either.
 * Rewriting the serialised start tag does not depend on how docx4j or its JAXB implementation build
 * their context, now or in a later release, and touches nothing but the root start tag.
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
        return sorted(Chunks.of(xml)).toByteArray();
    }

    /**
     * The part serialised in {@code xml}, with its root element's namespace declarations in the fixed order: the
     * bytes as they are, but for the root start tag, so that a large part (the main document of a long report,
     * tens of megabytes) is not copied to be rewritten.
     */
    static Slices sorted(Chunks xml) {
        Latin1 text = new Latin1(xml);
        int length = xml.length();
        Slices unchanged = xml.addTo(Slices.empty(), 0, length);
        int start = rootStart(text);
        if (start < 0) {
            return unchanged;
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
            return unchanged; // not a start tag as JAXB writes one: leave it alone
        }
        Set<String> used = usedPrefixes(text, start);
        if (used == null) {
            return unchanged; // markup past the start tag that JAXB does not write: leave it alone
        }
        StringBuilder tag = new StringBuilder(end - start + 16).append(text.substring(start, nameEnd));
        declarations.stream()
                .filter(d -> d.name().equals("xmlns") || used.contains(d.prefix()))
                .sorted(ORDER)
                .forEach(d -> tag.append(' ').append(d.name()).append('=').append(d.quotedUri()));
        tag.append(attributes);
        byte[] newTag = tag.toString().getBytes(StandardCharsets.ISO_8859_1);
        return xml.addTo(xml.addTo(Slices.empty(), 0, start).then(newTag, 0, newTag.length), end, length);
    }

    /**
     * Bytes read as ISO-8859-1, one character a byte, without copying them into a string; the few methods of
     * {@link String} the scan uses.
     */
    private static final class Latin1 {
        private final Chunks bytes;
        private final int length;

        Latin1(Chunks bytes) {
            this.bytes = bytes;
            this.length = bytes.length();
        }

        int length() {
            return length;
        }

        /** The chunk read last, which holds the bytes from {@code base} to {@code end}: the scan moves on slowly. */
        private byte[] chunk;
        private int base;
        private int end;

        /** Makes the chunk read last the one that holds index {@code i}. */
        private void load(int i) {
            chunk = bytes.chunkOf(i);
            base = i & -Chunks.SIZE;
            end = Math.min(length, base + chunk.length);
        }

        char charAt(int i) {
            if (i < base || i >= end) {
                load(i);
            }
            return (char) (chunk[i - base] & 0xff);
        }

        int indexOf(char c, int from) {
            return bytes.indexOf((byte) c, from);
        }

        /** The first index from {@code i} on of a character of one of the kinds, or the length. */
        int skipUntil(int i, int kinds) {
            return skip(i, kinds, true);
        }

        /** The first index from {@code i} on of a character of none of the kinds, or the length. */
        int skipWhile(int i, int kinds) {
            return skip(i, kinds, false);
        }

        /** A loop over the chunk's array: the scan's names and white space, read a character at a time. */
        private int skip(int i, int kinds, boolean until) {
            while (i < length) {
                if (i < base || i >= end) {
                    load(i);
                }
                byte[] in = chunk;
                int first = base;
                int last = end - first;
                for (int k = i - first; k < last; k++) {
                    if (((KINDS[in[k] & 0xff] & kinds) != 0) == until) {
                        return first + k;
                    }
                }
                i = first + last;
            }
            return length;
        }

        int indexOf(String s, int from) {
            for (int i = indexOf(s.charAt(0), from); i >= 0; i = indexOf(s.charAt(0), i + 1)) {
                if (startsWith(s, i)) {
                    return i;
                }
            }
            return -1;
        }

        boolean startsWith(String s, int at) {
            if (at < 0 || at + s.length() > length) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (charAt(at + k) != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the bytes {@code from} to {@code to} are those of {@code other}. */
        boolean regionEquals(int from, int to, byte[] other) {
            if (to - from != other.length) {
                return false;
            }
            // by hand: a prefix is a byte or three, too short for Arrays.equals' set-up to pay
            if (from >= base && to <= end) {
                byte[] in = chunk;
                for (int k = 0; k < other.length; k++) {
                    if (in[from - base + k] != other[k]) {
                        return false;
                    }
                }
                return true;
            }
            for (int k = 0; k < other.length; k++) {
                if ((byte) charAt(from + k) != other[k]) {
                    return false;
                }
            }
            return true;
        }

        String substring(int from, int to) {
            byte[] part = new byte[to - from];
            for (int i = from; i < to; i++) {
                part[i - from] = (byte) charAt(i);
            }
            return new String(part, StandardCharsets.ISO_8859_1);
        }
    }

    /** {@code xmlns} or {@code xmlns:prefix}, and the URI in the quotes it was written with. */
    private record Declaration(String name, String quotedUri) {
        String prefix() {
            return name.substring(name.indexOf(':') + 1);
        }

    }

    /** Where the root element's start tag begins, past the XML declaration, comments and instructions. */
    private static int rootStart(Latin1 text) {
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
     * The prefixes the markup from {@code at} on uses: those of element and attribute names (not of
     * namespace declarations), and those listed in the values of the markup-compatibility attributes
     * ({@code mc:Ignorable="w14 wp14"}, {@code mc:ProcessContent="w14:x"}) and of the type an
     * {@code xsi:type} names ({@code dcterms:W3CDTF}), which must stay declared though no name carries
     * them. Text between tags is not read: a "w14:" in a paragraph uses nothing. {@code null} when the
     * markup is not the plain shape JAXB writes.
     */
    private static Set<String> usedPrefixes(Latin1 text, int at) {
        Set<String> used = new HashSet<>();
        Prefixes prefixes = new Prefixes(used);
        int n = text.length();
        for (int open = text.indexOf('<', at); open >= 0; open = text.indexOf('<', at)) {
            // what follows the '<' tells the kind of markup: read once rather than tried against each kind
            char kind = open + 1 < n ? text.charAt(open + 1) : '\0';
            if (kind == '!' && text.startsWith("<!--", open)) {
                at = text.indexOf("-->", open);
            } else if (kind == '!' && text.startsWith("<![CDATA[", open)) {
                at = text.indexOf("]]>", open);
            } else if (kind == '?') {
                at = text.indexOf("?>", open);
            } else if (kind == '!') {
                return null;
            } else {
                int nameStart = kind == '/' ? open + 2 : open + 1;
                int i = nameStart;
                i = text.skipUntil(i, SPACE | TAG_END);
                prefixes.add(text, nameStart, i);
                for (int[] attribute = attribute(text, i); attribute != null; attribute = attribute(text, i)) {
                    int nameLength = attribute[1] - attribute[0];
                    boolean declaration = text.charAt(attribute[0]) == 'x' && text.startsWith("xmlns", attribute[0])
                            && (nameLength == 5 || text.charAt(attribute[0] + 5) == ':');
                    if (!declaration) {
                        prefixes.add(text, attribute[0], attribute[1]);
                        // names are made only for the few attributes that may list prefixes (mc:Ignorable and
                        // its kin start with a capital after the colon, xsi:type is the other)
                        if (listsPrefixes(text, attribute[0], attribute[1])) {
                            for (String token : text.substring(attribute[2] + 1, attribute[3] - 1).trim().split("\\s+")) {
                                int colon = token.indexOf(':');
                                used.add(colon < 0 ? token : token.substring(0, colon));
                            }
                        }
                    }
                    i = attribute[3];
                }
                i = skipWhitespace(text, i);
                if (!text.startsWith(">", i) && !text.startsWith("/>", i)) {
                    return null;
                }
                at = i;
            }
            if (at < 0) {
                return null;
            }
        }
        return used;
    }

    /** The markup-compatibility attributes whose values are prefixes, or names with a prefix. */
    private static final Set<String> LISTS_PREFIXES = Set.of(
            "Ignorable", "ProcessContent", "MustUnderstand", "PreserveElements", "PreserveAttributes");

    /**
     * The prefixes of the names read so far, each as its bytes: a part uses a handful (w, xml, r, …) over and
     * over, often in turn (every {@code w:t} has an {@code xml:space}), so a name's prefix is compared where it
     * stands with those known, and cut out only when new.
     */
    private static final class Prefixes {
        private final Set<String> used;
        private final List<byte[]> known = new ArrayList<>();

        Prefixes(Set<String> used) {
            this.used = used;
        }

        /** Adds the prefix of the name between {@code from} and {@code to}, if it has one. */
        void add(Latin1 text, int from, int to) {
            int colon = colon(text, from, to);
            if (colon < 0) {
                return;
            }
            for (byte[] prefix : known) {
                if (text.regionEquals(from, colon, prefix)) {
                    return;
                }
            }
            String prefix = text.substring(from, colon);
            used.add(prefix);
            known.add(prefix.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The first colon between {@code from} and {@code to}, or -1. */
    private static int colon(Latin1 text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the attribute name between {@code from} and {@code to} is xsi:type or one of {@link #LISTS_PREFIXES}. */
    private static boolean listsPrefixes(Latin1 text, int from, int to) {
        int colon = colon(text, from, to);
        int local = colon >= 0 ? colon + 1 : from;
        if (local < to && Character.isUpperCase(text.charAt(local))) {
            return LISTS_PREFIXES.contains(text.substring(local, to));
        }
        return to - from == 8 && text.startsWith("xsi:type", from);
    }

    /**
     * The attribute after the white space at {@code at} ({@code \s+name\s*=\s*"value"} or with single
     * quotes), as the indexes of its name's start and end and its quoted value's start and end; {@code null}
     * when there is none there. A scan by hand: this runs for every attribute of every part.
     */
    private static int[] attribute(Latin1 text, int at) {
        int n = text.length();
        int i = at;
        i = text.skipWhile(i, SPACE);
        int nameStart = i;
        i = text.skipUntil(i, SPACE | NAME_END);
        if (nameStart == at || i == nameStart) {
            return null;
        }
        int nameEnd = i;
        i = text.skipWhile(i, SPACE);
        if (i >= n || text.charAt(i) != '=') {
            return null;
        }
        i++;
        i = text.skipWhile(i, SPACE);
        if (i >= n || text.charAt(i) != '"' && text.charAt(i) != '\'') {
            return null;
        }
        int close = text.indexOf(text.charAt(i), i + 1);
        return close < 0 ? null : new int[] {nameStart, nameEnd, i, close + 1};
    }

    /** White space as a regular expression's {@code \s}. */
    private static final int SPACE = 1;
    /** What ends an element's name: {@code >} or {@code /}. */
    private static final int TAG_END = 2;
    /** What ends an attribute's name: {@code =}, {@code /} or {@code >}. */
    private static final int NAME_END = 4;
    /** The kinds of each character below 256: one look-up per character of a name, not a test per kind. */
    private static final byte[] KINDS = new byte[256];

    static {
        for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
            KINDS[c] |= SPACE;
        }
        KINDS['>'] |= TAG_END | NAME_END;
        KINDS['/'] |= TAG_END | NAME_END;
        KINDS['='] |= NAME_END;
    }

    private static boolean isTagEnd(char c) {
        return c == '>' || c == '/';
    }

    private static int skipWhitespace(Latin1 text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
