package fi.alke.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Markup written to find where the two formats lay a page out differently (issue 13 §3): the cases that the
 * samples meet only by chance — nested lists with long items, paragraphs of one to six lines at every position
 * near a page foot, long words and addresses in narrow columns, row spans across page breaks, landscape
 * sections, a Swedish document. Each is generated, so that a case covers its range rather than one example.
 */
final class StressDocuments {
    /** Words of a typical Finnish government text, cycled to make lines of a known rhythm. */
    private static final List<String> FINNISH = List.of("Aluekehittämisen", "keskustelut", "kokoavat", "maakuntien",
            "ja", "ministeriöiden", "näkemykset", "yhteisistä", "tavoitteista,", "joiden", "toteutumista",
            "seurataan", "vuosittain", "kaikissa", "maakunnissa", "sekä", "valtioneuvoston", "tasolla.");
    private static final List<String> SWEDISH = List.of("Regionutvecklingsdiskussionerna", "samlar", "landskapens",
            "och", "ministeriernas", "synpunkter", "på", "gemensamma", "mål,", "vars", "förverkligande", "följs",
            "upp", "årligen", "i", "alla", "landskap", "och", "på", "statsrådets", "nivå.");
    /** About one line of body text, in words. */
    private static final int WORDS_A_LINE = 11;

    private StressDocuments() {
    }

    /** Each stress document's markup, by name. */
    static Map<String, String> all() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("stress-nested-lists", document("fi", "Sisäkkäiset luettelot", nestedLists()));
        documents.put("stress-page-foot", document("fi", "Kappaleet sivun alareunassa", pageFoot()));
        documents.put("stress-narrow-columns", document("fi", "Pitkät sanat kapeissa sarakkeissa", narrowColumns()));
        documents.put("stress-row-spans", document("fi", "Yhdistetyt rivit sivunvaihdossa", rowSpans()));
        documents.put("stress-tall-spans", document("fi", "Sivua pidemmät yhdistetyt solut", tallSpans()));
        documents.put("stress-landscape", document("fi", "Vaakasivut", landscape()));
        documents.put("stress-long-text", document("fi", "Pitkä kappale ja pitkä solu", longText()));
        documents.put("stress-swedish", document("sv", "Regionutvecklingsdiskussionerna 2026", swedish()));
        return documents;
    }

    /** Three levels of bullets and numbers, items of one to four lines. */
    private static String nestedLists() {
        StringBuilder body = new StringBuilder("<h1>Luettelot</h1>");
        for (int round = 0; round < 3; round++) {
            body.append(paragraph(round, 2));
            body.append("<ul>");
            for (int first = 0; first < 4; first++) {
                body.append("<li>").append(words(FINNISH, round + first, WORDS_A_LINE * (1 + first % 3)));
                body.append(round % 2 == 0 ? "<ol>" : "<ul>");
                for (int second = 0; second < 3; second++) {
                    body.append("<li>").append(words(FINNISH, first + second, WORDS_A_LINE * (1 + second)));
                    if (second != 1) {
                        body.append("<ul>");
                        for (int third = 0; third < 2; third++) {
                            body.append("<li>").append(words(FINNISH, second + third, WORDS_A_LINE * (2 + third)))
                                    .append("</li>");
                        }
                        body.append("</ul>");
                    }
                    body.append("</li>");
                }
                body.append(round % 2 == 0 ? "</ol>" : "</ul>").append("</li>");
            }
            body.append("</ul>");
        }
        return body.toString();
    }

    /**
     * Paragraphs of one to six lines in turn: a turn (21 lines and six paragraph spaces) does not divide a page,
     * and a heading every 29 paragraphs shifts it again, so that over the pages each length meets the foot at
     * each of its lines.
     */
    private static String pageFoot() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 84; i++) {
            if (i % 29 == 0) {
                body.append("<h2>Jakso ").append(i / 29 + 1).append("</h2>");
            }
            body.append(paragraph(i, 1 + (i * 5) % 6));
        }
        return body.toString();
    }

    /** Long compounds, hyphenated names, e-mail and web addresses in columns a few words wide. */
    private static String narrowColumns() {
        List<String> cells = List.of("Pohjois-Pohjanmaa", "elinkeinoelämänkehittämisstrategia",
                "hanna-maria.urjankangas@gov.fi", "https://www.alueiden-kehittaminen.fi/keskustelut/2026/teemat",
                "Varsinais-Suomen ELY-keskus", "työllisyyspalvelujärjestelmäuudistus", "kirjaamo.tem@gov.fi",
                "www.example.fi/aluekehittaminen?vuosi=2026&amp;maakunta=19", "Etelä-Pohjanmaan liitto");
        StringBuilder body = new StringBuilder("<h1>Kapeat sarakkeet</h1>");
        for (int columns = 4; columns <= 6; columns++) {
            body.append(paragraph(columns, 1)).append("<table>");
            for (int c = 0; c < columns; c++) {
                body.append("<col width=\"").append(c == 0 ? 2 : 1).append("\"/>");
            }
            body.append("<thead><tr>");
            for (int c = 0; c < columns; c++) {
                body.append("<td>Sarake ").append(c + 1).append("</td>");
            }
            body.append("</tr></thead><tbody>");
            for (int r = 0; r < 5; r++) {
                body.append("<tr>");
                for (int c = 0; c < columns; c++) {
                    body.append("<td>").append(cells.get((r * columns + c) % cells.size())).append("</td>");
                }
                body.append("</tr>");
            }
            body.append("</tbody></table>");
        }
        return body.toString();
    }

    /**
     * Cells spanning two and three rows of a table long enough to cross pages; most spanning cells are taller
     * than the rows they span, so that where the extra height goes (the first row or the last) moves the breaks.
     */
    private static String rowSpans() {
        StringBuilder body = new StringBuilder("<h1>Toimenpiteet</h1>").append(paragraph(0, 3))
                .append("<table><col width=\"1\"/><col width=\"3\"/><col width=\"2\"/>")
                .append("<thead><tr><td>Tunnus</td><td>Toimenpide</td><td>Vastuutahot</td></tr></thead><tbody>");
        int row = 0;
        for (int group = 0; group < 14; group++) {
            int span = 2 + group % 2;
            for (int r = 0; r < span; r++, row++) {
                body.append("<tr>");
                if (r == 0) {
                    body.append("<td rowspan=\"").append(span).append("\">K").append(group + 1).append("</td>");
                }
                body.append("<td>").append(words(FINNISH, row, WORDS_A_LINE / 2 * (1 + row % 3))).append("</td>");
                if (r == 0) {
                    body.append("<td rowspan=\"").append(span).append("\">")
                            .append(words(FINNISH, group, 4 + 12 * (group % 4))).append("</td>");
                }
                body.append("</tr>");
            }
        }
        return body.append("</tbody></table>").append(paragraph(1, 2)).toString();
    }

    /**
     * Cells spanning rows that are taller than a page, or that span a row of long text taller than a page: an
     * action's description over its rounds, as in a follow-up report with long descriptions. A word processor
     * flows a merged cell's text down its rows and breaks the rows across pages; the PDF shares the text out over
     * the rows the same way (pdf/RuledTables.Rows). Spans of two and three rows, one inside another, and short ones
     * between, which the PDF leaves as they are.
     */
    private static String tallSpans() {
        StringBuilder body = new StringBuilder("<h1>Toimenpiteet</h1>").append(paragraph(2, 2))
                .append("<table><col width=\"1\"/><col width=\"3\"/><col width=\"1\"/><col width=\"2\"/>")
                .append("<thead><tr><td>Tunnus</td><td>Toimenpide</td><td>Kierros</td><td>Tilanne</td></tr></thead>")
                .append("<tbody>");
        // per action: its rounds, the description's words, and which round's state is long (-1: none)
        int[][] actions = {{2, 350, -1}, {3, 20, -1}, {3, 30, 1}, {2, 600, -1}, {2, 12, -1}, {3, 40, 2}};
        for (int a = 0; a < actions.length; a++) {
            int rounds = actions[a][0];
            for (int r = 0; r < rounds; r++) {
                body.append("<tr>");
                if (r == 0) {
                    body.append("<td rowspan=\"").append(rounds).append("\">K").append(a + 1).append("</td>")
                            .append("<td rowspan=\"").append(rounds).append("\">")
                            .append(words(FINNISH, a, actions[a][1])).append("</td>");
                }
                body.append("<td>").append(List.of("syksy 2025", "kevät 2026", "syksy 2026").get(r)).append("</td><td>")
                        .append(words(FINNISH, a + r, r == actions[a][2] ? 260 : 4 + 3 * r)).append("</td></tr>");
            }
        }
        // one span inside another: the action's code over three rows, its description over the first two
        body.append("<tr><td rowspan=\"3\">K7</td><td rowspan=\"2\">").append(words(FINNISH, 7, 380))
                .append("</td><td>syksy 2025</td><td>Käynnissä</td></tr>")
                .append("<tr><td>kevät 2026</td><td>Valmis</td></tr>")
                .append("<tr><td>").append(words(FINNISH, 8, 9)).append("</td><td>syksy 2026</td><td>Valmis</td></tr>");
        return body.append("</tbody></table>").append(paragraph(3, 2)).toString();
    }

    /** Portrait, landscape with text and a wide table, portrait again, and a second landscape section. */
    private static String landscape() {
        StringBuilder wide = new StringBuilder("<table><thead><tr>");
        IntStream.range(0, 7).forEach(c -> wide.append("<td>Sarake ").append(c + 1).append("</td>"));
        wide.append("</tr></thead><tbody>");
        for (int r = 0; r < 12; r++) {
            wide.append("<tr>");
            for (int c = 0; c < 7; c++) {
                wide.append("<td>").append(words(FINNISH, r + c, 2 + (r + c) % 5)).append("</td>");
            }
            wide.append("</tr>");
        }
        wide.append("</tbody></table>");
        return "<h1>Pystysivu</h1>" + paragraph(0, 4) + paragraph(1, 2)
                + "<landscape><h1>Vaakasivu</h1>" + paragraph(2, 3) + wide + paragraph(3, 5) + "</landscape>"
                + "<h1>Takaisin pystysivulle</h1>" + paragraph(4, 6)
                + "<landscape><h2>Toinen vaakasivu</h2>" + paragraph(5, 2) + "</landscape>" + paragraph(6, 1);
    }

    /**
     * Text that runs over pages in one piece: a paragraph of seven pages, a table row whose cell runs over
     * three pages beside a short one, with rows before and after it, and a long paragraph in a labelled block.
     * The PDF sets such text in groups of lines and splits the row itself (LineGroups, MeasuredTable).
     */
    private static String longText() {
        StringBuilder body = new StringBuilder("<h1>Pitkä kappale</h1>").append(paragraph(0, 300))
                .append("<h1>Pitkä solu</h1>")
                .append("<table><col width=\"1\"/><col width=\"3\"/>")
                .append("<thead><tr><td>Tunnus</td><td>Toimenpide</td></tr></thead><tbody>");
        for (int r = 0; r < 4; r++) {
            body.append("<tr><td>K").append(r + 1).append("</td><td>")
                    .append(words(FINNISH, r, r == 1 ? WORDS_A_LINE * 150 : WORDS_A_LINE)).append("</td></tr>");
        }
        body.append("</tbody></table>");
        // A landscape table whose long cell is cut into groups of lines that pages split inside: the cell's
        // text on each next page starts an ascent below the cell's top, as on its first page.
        body.append("<landscape><table><col width=\"1\"/><col width=\"6\"/><col width=\"1\"/><col width=\"1\"/>")
                .append("<thead><tr><td>Tunnus</td><td>Toimenpide</td><td>VN</td><td>Maakunnat</td></tr></thead><tbody>")
                .append("<tr><td>K1</td><td>Lyhyt toimenpide.</td><td>TEM</td><td>09</td></tr><tr><td>K2</td><td>")
                .append(IntStream.range(0, 1200).mapToObj(i -> "Toimenpide jatkuu sana" + i + ".")
                        .collect(Collectors.joining(" ")))
                .append("</td><td>VM</td><td>10</td></tr></tbody></table></landscape>");
        return body.append("<labelled label=\"Perustelut\">").append(paragraph(3, 100)).append("</labelled>")
                .append(paragraph(4, 2)).toString();
    }

    /** The Swedish document: paragraphs, a nested list and a table, with Swedish words and letters. */
    private static String swedish() {
        StringBuilder body = new StringBuilder();
        for (int section = 0; section < 4; section++) {
            body.append("<h1>Avsnitt ").append(section + 1).append("</h1>");
            for (int p = 0; p < 4; p++) {
                body.append("<p>").append(words(SWEDISH, section * 4 + p, WORDS_A_LINE * (1 + (section + p) % 6)))
                        .append("</p>");
            }
            body.append("<ul><li>").append(words(SWEDISH, section, WORDS_A_LINE * 2)).append("<ul><li>")
                    .append(words(SWEDISH, section + 1, WORDS_A_LINE * 3)).append("</li></ul></li></ul>");
        }
        body.append("<table><col width=\"2\"/><col width=\"1\"/><thead><tr><td>Åtgärd</td><td>Ansvarig</td></tr>")
                .append("</thead><tbody>");
        for (int r = 0; r < 6; r++) {
            body.append("<tr><td>").append(words(SWEDISH, r, 6 + r * 2)).append("</td><td>")
                    .append(List.of("Arbets- och näringsministeriet", "Österbottens förbund", "Ålands landskapsregering")
                            .get(r % 3))
                    .append("</td></tr>");
        }
        return body.append("</tbody></table>").toString();
    }

    private static String paragraph(int seed, int lines) {
        return "<p>" + words(FINNISH, seed, WORDS_A_LINE * lines - 3) + "</p>";
    }

    /** {@code count} words of Finnish text. */
    static String words(int seed, int count) {
        return words(FINNISH, seed, count);
    }

    private static String words(List<String> words, int seed, int count) {
        return IntStream.range(0, Math.max(count, 1)).mapToObj(i -> words.get((seed * 7 + i) % words.size()))
                .collect(Collectors.joining(" "));
    }

    private static String document(String lang, String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <document lang="%s" created="2026-01-01T08:00:00Z">
                  <meta>
                    <type>Muistio</type>
                    <date value="2026-01-15">15.1.2026</date>
                    <title>%s</title>
                    <author>Työ- ja elinkeinoministeriö</author>
                  </meta>
                  <letterhead><name>Työ- ja elinkeinoministeriö</name></letterhead>
                  <body><title>%s</title>%s</body>
                </document>
                """.formatted(lang, title, title, body);
    }
}
