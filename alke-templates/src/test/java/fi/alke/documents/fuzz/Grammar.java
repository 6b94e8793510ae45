package fi.alke.documents.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Bodies of markup following alke-markup.xsd's content models (blocks, inlines, lists, tables, labelled
 * blocks, signatures, contact blocks, images, landscape sections), with odd text and attribute values, and
 * now and then an element of the vocabulary where the schema does not allow it: most cases get past the
 * schema to the parser and the renderers.
 */
final class Grammar {
    private final Random r;
    private final int oddOneIn;

    Grammar(long seed, int oddOneIn) {
        this.r = new Random(seed);
        this.oddOneIn = oddOneIn;
    }

    String body(int blocks) {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < blocks; i++) {
            xml.append(block(3)).append('\n');
        }
        return xml.toString();
    }

    private boolean odd() {
        return r.nextInt(oddOneIn) == 0;
    }

    private String block(int depth) {
        if (odd()) {
            return Mutations.element(r, 2);
        }
        return switch (r.nextInt(depth > 0 ? 16 : 10)) {
            case 0 -> "<title>" + inlines(2) + "</title>";
            case 1 -> "<subject>" + inlines(2) + "</subject>";
            case 2, 3 -> {
                int level = 1 + r.nextInt(3);
                yield "<h" + level + ">" + inlines(2) + "</h" + level + ">";
            }
            case 4, 5, 6 -> "<p" + lang() + ">" + inlines(3) + "</p>";
            case 7 -> "<pagebreak/>";
            case 8 -> img();
            case 9 -> "<signatures type=\"" + (r.nextBoolean() ? "electronic" : "handwritten") + "\">"
                    + (r.nextBoolean() ? "<statement>" + word() + "</statement>" : "")
                    + ("<signer name=\"" + attribute() + "\" title=\"" + attribute() + "\"/>").repeat(1 + r.nextInt(3))
                    + "</signatures>";
            case 10, 11 -> list(depth);
            case 12, 13 -> table(depth);
            case 14 -> "<labelled label=\"" + attribute() + "\">" + flowBlocks(depth - 1, 1) + "</labelled>";
            default -> r.nextBoolean() ? "<landscape>" + block(depth - 1) + block(depth - 1) + "</landscape>"
                    : "<contact org=\"" + attribute() + "\">" + ("<column>" + "<label>" + word() + "</label>" + "<value>" + word() + "</value>"
                            + "</column>").repeat(1 + r.nextInt(4)) + "</contact>";
        };
    }

    private String lang() {
        return r.nextInt(5) == 0 ? " lang=\"" + Mutations.pick(r, List.of("sv", "en", "fi", "x-y", "se", "FI")) + "\"" : "";
    }

    private String img() {
        return "<img src=\"" + Mutations.pick(r, List.of("logo.png", "chart.jpg", "chart.jpg", "missing.png",
                "../fi/alke/documents/logo.png", "/etc/passwd", "logo.png?x")) + "\" alt=\"" + attribute() + "\""
                + (r.nextInt(8) > 0 ? " width=\"" + Mutations.pick(r, List.of("3cm", "0cm", "0mm", "0.001mm", "17cm",
                "99999cm", "1e309cm", "100cm", "15.7cm", "2.5mm")) + "\"" : "") + "/>";
    }

    private String list(int depth) {
        String tag = r.nextBoolean() ? "ul" : "ol";
        StringBuilder xml = new StringBuilder("<" + tag + ">");
        int items = 1 + r.nextInt(4);
        for (int i = 0; i < items; i++) {
            xml.append("<li>").append(r.nextBoolean() ? inlines(2) : flowBlocks(depth - 1, 0)).append("</li>");
        }
        return xml.append("</").append(tag).append('>').toString();
    }

    /** p, ul and ol (list items, cells, labelled blocks). */
    private String flowBlocks(int depth, int atLeast) {
        StringBuilder xml = new StringBuilder();
        int count = atLeast + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            xml.append(depth > 0 && r.nextInt(3) == 0 ? list(depth) : "<p>" + inlines(2) + "</p>");
        }
        return xml.toString();
    }

    private String table(int depth) {
        int columns = 1 + r.nextInt(r.nextInt(10) == 0 ? 70 : 5);
        StringBuilder xml = new StringBuilder("<table" + (r.nextBoolean() ? " from=\"margin\"" : "")
                + (r.nextInt(4) == 0 ? " id=\"" + attribute() + "\"" : "") + ">");
        if (r.nextBoolean()) {
            for (int c = 0; c < columns; c++) {
                xml.append("<col width=\"").append(Mutations.pick(r, List.of("1", "2", "3", "1", "100", "99999999999",
                        "18446744073709551617"))).append("\"/>");
            }
        }
        if (r.nextBoolean()) {
            xml.append("<thead>").append(rows(columns, 1 + r.nextInt(2), depth)).append("</thead>");
        }
        return xml.append("<tbody>").append(rows(columns, 1 + r.nextInt(5), depth)).append("</tbody></table>").toString();
    }

    private String rows(int columns, int count, int depth) {
        StringBuilder xml = new StringBuilder();
        for (int row = 0; row < count; row++) {
            xml.append("<tr>");
            int cells = Math.max(1, columns + (r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0));
            for (int c = 0; c < cells; c++) {
                String span = switch (r.nextInt(12)) {
                    case 0 -> " colspan=\"" + Mutations.pick(r, List.of("2", "3", "63", "64", "1000000", "2147483648",
                            "99999999999999999999")) + "\"";
                    case 1 -> " rowspan=\"" + Mutations.pick(r, List.of("2", "3", "100", "1000000", "2147483648")) + "\"";
                    case 2 -> " fill-in=\"true\"";
                    default -> "";
                };
                xml.append("<td").append(span).append('>')
                        .append(r.nextInt(4) == 0 ? flowBlocks(depth - 1, 0) : inlines(1)).append("</td>");
            }
            xml.append("</tr>");
        }
        return xml.toString();
    }

    private String inlines(int depth) {
        StringBuilder xml = new StringBuilder();
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (odd()) {
                xml.append(Mutations.element(r, 1));
                continue;
            }
            switch (depth > 0 ? r.nextInt(8) : 0) {
                case 0, 1, 2 -> xml.append(text());
                case 3 -> xml.append("<b>").append(inlines(depth - 1)).append("</b>");
                case 4 -> xml.append("<i>").append(inlines(depth - 1)).append("</i>");
                case 5 -> xml.append("<u>").append(inlines(depth - 1)).append("</u>");
                case 6 -> xml.append("<a href=\"").append(Mutations.xmlAttribute(Mutations.pick(r, List.of(
                        "https://tem.fi/alke", "https://example.org/a b", "mailto:a@b.fi", "javascript:alert(1)",
                        "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x", "vbscript:x", "#x", "",
                        "http://[::1", "https://tem.fi/\u00e4", "https://" + "a".repeat(3000))))).append("\">")
                        .append(text()).append("</a>");
                default -> xml.append("<br/>");
            }
        }
        return xml.toString();
    }

    private String text() {
        if (odd()) {
            return r.nextBoolean() ? Mutations.pick(r, Mutations.CHARACTER_REFERENCES)
                    : Mutations.pick(r, Mutations.ODD_UNICODE).replace("&", "&amp;").replace("<", "&lt;");
        }
        return switch (r.nextInt(6)) {
            case 0 -> Mutations.pick(r, Mutations.XML_UNICODE);
            case 1 -> Mutations.pick(r, Mutations.GOOD_REFERENCES);
            case 2 -> ("sana" + " ").repeat(r.nextInt(400));
            case 3 -> "Pitkäsana".repeat(1 + r.nextInt(60));
            default -> word() + " " + word();
        };
    }

    private String word() {
        return Mutations.pick(r, List.of("Päätös", "Etelä-Savo", "1e309", "2026-02-30", "ÅÄÖ", "\u6F22\u5B57",
                "\uD83D\uDE00", "a\u0301", "x&amp;y", "\u202Eabc", "Σ", "—"));
    }

    private String attribute() {
        return Mutations.xmlAttribute(Mutations.pick(r, List.of("Tiina Korhonen", "Liitteet", "", " ", "1e309",
                "\uD83D\uDE00", "a".repeat(2000), "Osastopäällikkö, ylijohtaja", "&#x1;", "\u202E")))
                .replace("&amp;#x1;", "&#x1;");
    }
}
