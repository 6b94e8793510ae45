package fi.alke.documents.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of valid inputs and markup, each driven by one long so that jqwik can shrink a failing case
 * to fewer, simpler mutations: delete, duplicate or swap lines, change numbers and dates to odd values,
 * insert odd Unicode, elements and attributes of the markup schema's vocabulary, cut the text short.
 */
final class Mutations {
    private Mutations() {
    }

    static final List<String> ODD_VALUES = List.of("0", "-1", "-0", "1e309", "-1e309", "1e-400", "NaN", ".nan",
            ".inf", "-.inf", "99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "0x1F", "1_000",
            "01", "1.5", "", " ", "~", "null", "true", "[]", "{}", "\"\"", "'", "\"", "&a", "*a", "!!binary AA==",
            "2026-02-30", "0000-01-01", "-0001-01-01", "9999-12-31T23:59:59", "2026-13-01", "+999999999-12-31",
            "24:00", "2026-1-1", "2026-03-20T25:00", "2026-03-20T09:00+25:00", "javascript:alert(1)",
            "file:///etc/passwd", "../../../etc/passwd", "/etc/passwd", "a".repeat(5000), "<b>x</b>", "]]>", "&#x1;",
            "${x}", "<#list 1..9999999 as i>", "[#x]", "%s%n", "\\u0000", "Ω≈ç√∫", "maakunnat", "tem", "10", "00",
            "21", "VN", "x".repeat(300) + " " + "y".repeat(300));

    static final List<String> ODD_UNICODE = List.of("\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F",
            "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u2028", "\u2029", "\u202E", "\uFEFF", "\uFFFE",
            "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301",
            "\u0301", "\u0E01\u0E34", "\u0645\u0631\u062D\u0628\u0627", "\u6F22\u5B57", "\r", "\t", "\r\n",
            "\uD835\uDC00", "\u03A9", "\uFDD0", "\uDBFF\uDFFF", "\u0308\u0308\u0308\u0308\u0308\u0308", "\u00E4\u00F6\u00E5");

    /** Of {@link #ODD_UNICODE}, those XML 1.0 allows in text. */
    static final List<String> XML_UNICODE = ODD_UNICODE.stream().filter(Mutations::xml10).toList();

    static boolean xml10(String s) {
        return s.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000); // a lone surrogate is a code point of its own
    }

    /** Character references that XML 1.0 allows. */
    static final List<String> GOOD_REFERENCES = List.of("&#65;", "&amp;", "&lt;", "&gt;", "&quot;", "&#x9;", "&#x85;",
            "&#x2028;", "&#x1F600;", "&#xA0;", "&#173;");

    static final List<String> CHARACTER_REFERENCES = List.of("&#x1;", "&#0;", "&#xFFFE;", "&#xD800;", "&#x110000;",
            "&#65;", "&nbsp;", "&amp;", "&lt;", "&unknown;", "&#x9;", "&#x85;", "&#x2028;", "&#99999999999;", "&#;");

    // ---- text (input files and markup alike) ----

    /** Applies the mutations, each one long, to the text; {@code markup} adds the markup schema's own. */
    static String apply(String text, List<Long> mutations, boolean markup) {
        String result = text;
        for (long m : mutations) {
            result = one(result, m, markup);
        }
        return result;
    }

    private static String one(String text, long m, boolean markup) {
        Random r = new Random(m);
        int op = markup ? MARKUP_OPS[(int) Math.floorMod(m, (long) MARKUP_OPS.length)]
                : (int) Math.floorMod(m, 10L);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        switch (op) {
            case 0 -> {
                lines.remove(r.nextInt(n));
                return String.join("\n", lines);
            }
            case 1 -> {
                int at = r.nextInt(n);
                lines.add(at, lines.get(at));
                return String.join("\n", lines);
            }
            case 2 -> {
                int a = r.nextInt(n);
                int b = r.nextInt(n);
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
                return String.join("\n", lines);
            }
            case 3 -> {
                return replaceOne(text, NUMBER, r, ODD_VALUES.get(r.nextInt(ODD_VALUES.size())));
            }
            case 4 -> {
                return replaceOne(text, DATE, r, pick(r, List.of("2026-02-30", "2026-13-01", "0000-01-01",
                        "9999-12-31", "1e309", "2026-1-1", "2026-03-20T24:00", "2025-02-29", "-999999999-01-01",
                        "+1000000000-01-01", "2026-03-20T09:60", "99999-01-01")));
            }
            case 5 -> {
                int at = markup ? afterATag(text, r) : r.nextInt(text.length() + 1);
                return text.substring(0, at) + pick(r, ODD_UNICODE) + text.substring(at);
            }
            case 6 -> {
                return text.substring(0, r.nextInt(text.length() + 1));
            }
            case 7 -> {
                int at = r.nextInt(n);
                String line = lines.get(at);
                lines.set(at, r.nextBoolean() ? "  " + line : line.strip());
                return String.join("\n", lines);
            }
            case 8 -> {
                // a scalar after "key: " (YAML) or an attribute's value (markup)
                return markup ? replaceOne(text, ATTRIBUTE_VALUE, r, xmlAttribute(pick(r, ODD_VALUES)))
                        : replaceOne(text, YAML_VALUE, r, pick(r, ODD_VALUES));
            }
            case 9 -> {
                // a line of repeated text (a long paragraph), or an unknown key
                int at = r.nextInt(n + 1);
                lines.add(at, markup ? "<p>" + "sana ".repeat(r.nextInt(3000)) + "</p>"
                        : pick(r, List.of("unknown: 1", "meta: {}", "- x", "kind: agenda", "? a", "<<: *x", "&x a: b",
                                "%YAML 1.1", "---", "...", "key: [unclosed", "key: {a: 1", "'\"")));
                return String.join("\n", lines);
            }
            case 10 -> {
                int at = afterATag(text, r);
                return text.substring(0, at) + element(r, 3) + text.substring(at);
            }
            case 11 -> {
                int at = afterATag(text, r);
                return text.substring(0, at) + pick(r, CHARACTER_REFERENCES) + text.substring(at);
            }
            default -> {
                // an XML 1.1 declaration, which allows control characters as references, and one of them
                String body = text.startsWith("<?xml") ? text.substring(text.indexOf("?>") + 2) : text;
                String declared = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + body;
                int at = afterATag(declared, r);
                return declared.substring(0, at) + pick(r, List.of("&#x1;", "&#x7F;", "&#x1F;", "&#x85;", "&#x8;", "\u0085",
                        "\u2028", "")) + declared.substring(at);
            }
        }
    }

    /** Mostly those that keep markup valid: odd text, references, attribute values; fewer line edits. */
    private static final int[] MARKUP_OPS = {0, 1, 2, 3, 3, 4, 5, 5, 5, 6, 7, 8, 8, 8, 9, 10, 11, 11, 11, 12};

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z])-?[0-9]+(\\.[0-9]+)?(?![A-Za-z])");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?");
    private static final Pattern YAML_VALUE = Pattern.compile("(?<=: )[^\\n]+");
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("(?<==\")[^\"]*(?=\")");

    private static String replaceOne(String text, Pattern pattern, Random r, String by) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(r.nextInt(found.size()));
        return text.substring(0, at[0]) + by + text.substring(at[1]);
    }

    private static int afterATag(String text, Random r) {
        List<Integer> ends = new ArrayList<>();
        for (int i = text.indexOf('>'); i >= 0; i = text.indexOf('>', i + 1)) {
            ends.add(i + 1);
        }
        return ends.isEmpty() ? 0 : ends.get(r.nextInt(ends.size()));
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    // ---- bytes (input files) ----

    /** The text as a file's bytes: UTF-8, and by the flag's bits a BOM, broken UTF-8, or UTF-16. */
    static byte[] bytes(String text, int flags, long where) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ((flags & 1) != 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        if ((flags & 4) != 0) {
            return (((flags & 1) != 0) ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_16LE);
        }
        if ((flags & 2) != 0) {
            int at = (int) Math.floorMod(where, (long) utf8.length + 1);
            out.write(utf8, 0, at);
            out.writeBytes(pick(new Random(where), List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                    new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})));
            out.write(utf8, at, utf8.length - at);
            return out.toByteArray();
        }
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    // ---- the markup schema's vocabulary ----

    /** Element names of alke-markup.xsd, each with the attributes the schema declares anywhere. */
    static final List<String> ELEMENTS;
    static final List<String> ATTRIBUTES;
    static final List<String> ENUMERATIONS;

    static {
        String xsd;
        try (InputStream in = Mutations.class.getResourceAsStream("/fi/alke/documents/markup/alke-markup.xsd")) {
            xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ELEMENTS = List.copyOf(names(xsd, "<xs:element name=\"([^\"]+)\""));
        ATTRIBUTES = List.copyOf(names(xsd, "<xs:attribute name=\"([^\"]+)\""));
        ENUMERATIONS = List.copyOf(names(xsd, "<xs:enumeration value=\"([^\"]+)\""));
    }

    private static Set<String> names(String xsd, String regex) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(xsd);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A random element of the vocabulary, with random attributes and content, nested at most {@code depth}. */
    static String element(Random r, int depth) {
        String name = pick(r, ELEMENTS);
        StringBuilder xml = new StringBuilder("<").append(name);
        Map<String, String> attributes = new LinkedHashMap<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            attributes.put(pick(r, ATTRIBUTES), attributeValue(r));
        }
        attributes.forEach((k, v) -> xml.append(' ').append(k).append("=\"").append(xmlAttribute(v)).append('"'));
        if (depth <= 0 || r.nextInt(4) == 0) {
            return xml.append("/>").toString();
        }
        xml.append('>');
        int children = r.nextInt(4);
        for (int i = 0; i < children; i++) {
            xml.append(r.nextBoolean() ? element(r, depth - 1) : text(r));
        }
        return xml.append("</").append(name).append('>').toString();
    }

    static String attributeValue(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> pick(r, ENUMERATIONS);
            case 1 -> pick(r, List.of("1", "2", "3", "63", "64", "100000", "2147483647", "0", "-1", "1e309"));
            case 2 -> pick(r, List.of("3cm", "0mm", "99999cm", "0.0001mm", "1e309cm", "2.5cm", "17cm"));
            case 3 -> pick(r, List.of("fi", "sv", "en", "x-klingon", "", "FI", "fi-FI"));
            case 4 -> pick(r, List.of("logo.png", "chart.jpg", "missing.png", "../../etc/passwd", "/etc/passwd",
                    "https://tem.fi/", "javascript:alert(1)", "data:text/html,x", "mailto:a@b", "file:///etc/passwd"));
            default -> pick(r, ODD_VALUES);
        };
    }

    static String text(Random r) {
        return switch (r.nextInt(12)) {
            case 0, 1, 2 -> pick(r, XML_UNICODE);
            case 3, 4 -> pick(r, GOOD_REFERENCES);
            case 5 -> pick(r, r.nextBoolean() ? CHARACTER_REFERENCES : ODD_UNICODE);
            default -> pick(r, List.of("Sana", "Kaksi sanaa", "2026-02-30", "1e309", "väli  väli", " ")) ;
        };
    }
}
