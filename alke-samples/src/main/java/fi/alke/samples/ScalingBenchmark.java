package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.Format;
import fi.alke.documents.followup.FollowUpForms;
import fi.alke.documents.followup.FormImport;
import fi.alke.documents.followup.FormKey;
import fi.alke.documents.followup.NamedForm;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Party;
import fi.alke.documents.tree.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How each stage's time grows with the input: generated follow-ups of n actions (two rounds, a progress
 * entry with a note for each action and round), action tables of n actions and guidance letters of n
 * paragraphs, and a letter of one paragraph and an action table of one cell of n × 100 characters, each read
 * from YAML text, templated, parsed and rendered to DOCX and PDF; for the
 * follow-up also a region's XLSX and DOCX form made and imported back. After a warm-up on the smallest size
 * ({@code -Dalke.bench.warmup=s}, 20 s), every stage is timed as its best of
 * three runs ({@code -Dalke.bench.runs=n}), and the ratio to the size before is printed: a linear stage
 * stays near 2.0 when the size doubles.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx512m -cp alke-samples/target/alke.jar fi.alke.samples.ScalingBenchmark            # 1000 2000 4000 8000
 * java -Xmx512m -Dalke.bench.sizes=500,1000,2000 -cp alke-samples/target/alke.jar fi.alke.samples.ScalingBenchmark
 * java -Xmx512m -Dalke.bench.inputs=follow-up -Dalke.bench.sizes=8000 -cp … fi.alke.samples.ScalingBenchmark
 * </pre>
 */
public final class ScalingBenchmark {
    private static final String REGIONS = "[\"09\", \"10\", \"11\", \"12\"]";

    /**
     * Timed runs of each size ({@code -Dalke.bench.runs=n}, default 5), each stage's best counted: with three, the
     * stages of 50–150 ms (the form import, the XLSX form) still went ×2.3–2.5 from one size to the next in one
     * run and ×1.7–2.0 in the next, where 25 runs give ×1.6–2.1.
     */
    private static final int RUNS = Math.max(1, Integer.getInteger("alke.bench.runs", 5));

    /**
     * Seconds spent first on every chosen input at the smallest size, untimed ({@code -Dalke.bench.warmup=s},
     * default 20; 0 for none): without it the small sizes were timed while the JIT was still compiling, and a
     * stage looked to grow less than linearly, then more.
     */
    private static final int WARMUP = Math.max(0, Integer.getInteger("alke.bench.warmup", 20));

    /** The generated inputs, as {@code -Dalke.bench.inputs=follow-up,letter} chooses among them (all by default). */
    private static final List<String> INPUTS = List.of("follow-up", "action-table", "letter", "long-paragraph", "long-cell");
    /** The stages of one render from the YAML text to both formats. */
    private static final List<String> BOTH_FORMATS = List.of("read", "template", "parse", "docx", "pdf");
    private static final List<String> TITLES = List.of("follow-up (actions)", "action table (actions)",
            "guidance letter (paragraphs)", "one long paragraph (n × 100 characters)",
            "one long table cell (n × 100 characters)");

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = java.util.Arrays.stream(System.getProperty("alke.bench.sizes", "1000,2000,4000,8000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        // One paragraph or cell of up to 8,000 × 100 characters: more than Limits.paragraphLength allows by default.
        AlkeDocuments alke = AlkeDocuments.builder()
                .limits(fi.alke.documents.Limits.DEFAULT.withParagraphLength(Integer.MAX_VALUE)).build();
        System.out.printf("ALKE scaling benchmark: %s, %d cores, max heap %d MB, %d s warm-up, best of %d runs%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, WARMUP, RUNS);
        List<String> kinds = List.of(System.getProperty("alke.bench.inputs", String.join(",", INPUTS)).split(","));
        for (String kind : kinds) {
            if (!INPUTS.contains(kind)) {
                throw new IllegalArgumentException("alke.bench.inputs: no input " + kind + "; there are " + INPUTS);
            }
        }
        warmUp(alke, kinds, sizes[0]);
        for (String kind : INPUTS) {
            if (kinds.contains(kind)) {
                run(alke, TITLES.get(INPUTS.indexOf(kind)), sizes, input(kind), kind.equals("follow-up"));
            }
        }
    }

    private static void warmUp(AlkeDocuments alke, List<String> kinds, int n) throws Exception {
        long end = System.nanoTime() + WARMUP * 1_000_000_000L;
        Map<String, Double> ignored = new LinkedHashMap<>();
        while (System.nanoTime() < end) {
            for (String kind : kinds) {
                once(alke, n, input(kind), kind.equals("follow-up"), ignored);
            }
        }
    }

    private static IntFunction<String> input(String kind) {
        return switch (kind) {
            case "follow-up" -> ScalingBenchmark::followUp;
            case "action-table" -> ScalingBenchmark::actionTable;
            case "letter" -> ScalingBenchmark::letter;
            case "long-paragraph" -> ScalingBenchmark::longParagraph;
            default -> ScalingBenchmark::longCell;
        };
    }

    private static void run(AlkeDocuments alke, String what, int[] sizes, IntFunction<String> input, boolean forms)
            throws Exception {
        System.out.printf("%n%s%n", what);
        Map<String, Double> before = null;
        for (int n : sizes) {
            // each stage's best of RUNS: the machine's noise (a neighbour, a collection, the compiler still at
            // work) only ever adds time, and one slow run of one size made a linear stage look quadratic
            Map<String, Double> ms = new LinkedHashMap<>();
            int pages = 0;
            for (int run = 0; run < RUNS; run++) {
                pages = once(alke, n, input, forms, ms);
            }
            StringBuilder line = new StringBuilder(String.format("  n=%-6d pages=%-5d", n, pages));
            for (Map.Entry<String, Double> stage : ms.entrySet()) {
                line.append(String.format(" %s %.0f ms", stage.getKey(), stage.getValue()));
                if (before != null && before.get(stage.getKey()) > 0) {
                    line.append(String.format(" (×%.2f)", stage.getValue() / before.get(stage.getKey())));
                }
                line.append(';');
            }
            // the document from its YAML text to both formats: what one render of it costs
            double both = BOTH_FORMATS.stream().mapToDouble(ms::get).sum();
            line.append(String.format(" YAML to both formats %.0f ms", both));
            if (before != null) {
                line.append(String.format(" (×%.2f)", both / BOTH_FORMATS.stream().mapToDouble(before::get).sum()));
            }
            System.out.println(line);
            before = ms;
        }
    }

    /** One pass of every stage over the input of size n, each stage's time merged into {@code ms} as its best; the PDF's pages. */
    private static int once(AlkeDocuments alke, int n, IntFunction<String> input, boolean forms, Map<String, Double> ms)
            throws Exception {
        String yaml = input.apply(n);
        long t = System.nanoTime();
        AlkeDocument document = alke.read("scaling-" + n + ".yaml", yaml);
        t = lap(ms, "read", t);
        String markup = alke.markup(document);
        t = lap(ms, "template", t);
        Document tree = alke.parse("scaling-" + n + ".xml", markup);
        t = lap(ms, "parse", t);
        byte[] docx = alke.renderer(Format.DOCX).render(tree);
        t = lap(ms, "docx", t);
        byte[] pdf = alke.renderer(Format.PDF).render(tree);
        t = lap(ms, "pdf", t);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();
        if (forms && document instanceof FollowUp followUp) {
            t = System.nanoTime();
            FormKey key = FormKey.of(new byte[FormKey.BYTES]);
            FollowUpForms maker = alke.forms();
            Party region = FollowUpForms.parties(followUp).stream().filter(p -> !p.stateSide()).findFirst()
                    .orElseThrow();
            String round = followUp.rounds().get(followUp.rounds().size() - 1).name();
            byte[] xlsx = maker.xlsx(followUp, round, region, key);
            t = lap(ms, "xlsx form", t);
            byte[] docxForm = maker.docx(followUp, round, region, key);
            t = lap(ms, "docx form", t);
            new FormImport(key).apply(followUp, round, List.of(new NamedForm("region.xlsx", xlsx)));
            t = lap(ms, "xlsx import", t);
            new FormImport(key).apply(followUp, round, List.of(new NamedForm("region.docx", docxForm)));
            lap(ms, "docx import", t);
        }
        if (docx.length == 0) {
            throw new IllegalStateException("empty DOCX");
        }
        return pages;
    }

    private static long lap(Map<String, Double> ms, String stage, long since) {
        long now = System.nanoTime();
        ms.merge(stage, (now - since) / 1e6, Math::min);
        return now;
    }

    private static String head(String kind, String title) {
        return """
                kind: %s
                meta:
                  title: %s
                  date: 2024-03-22
                  identifiers:
                    - VN/18234/2023
                  recipients:
                    - Jakelun mukaan
                sender: tem
                """.formatted(kind, title);
    }

    private static List<String> actions(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add("  - id: K" + i);
            lines.add("    description: Toimenpide " + i + ", jonka kuvaus jatkuu toiselle riville asti, koska se kertoo "
                    + "mitä tehdään, kuka tekee ja milloin.");
            lines.add("    ministries: [TEM" + (i % 3 == 0 ? ", VM" : "") + "]");
            lines.add("    regions: " + REGIONS);
        }
        return lines;
    }

    static String followUp(int n) {
        StringBuilder yaml = new StringBuilder(head("follow-up", "Seuranta " + n));
        yaml.append("rounds:\n  - name: syksy 2023\n    date: 2023-11-30\n  - name: helmikuu 2024\n    date: 2024-03-08\n");
        yaml.append("actions:\n").append(String.join("\n", actions(n))).append("\nprogress:\n");
        for (int i = 1; i <= n; i++) {
            for (String round : List.of("syksy 2023", "helmikuu 2024")) {
                yaml.append("  - actionId: K").append(i).append("\n    round: ").append(round)
                        .append("\n    state: in-progress\n    regions: done\n    note: Edistynyt suunnitellusti; ")
                        .append("seuraava vaihe alkaa keväällä.\n");
            }
        }
        return yaml.toString();
    }

    static String actionTable(int n) {
        return head("action-table", "Toimenpiteet " + n) + "ongoing:\n" + String.join("\n", actions(n)) + "\n";
    }

    /** About {@code n} × 100 characters of words, no line break. */
    private static String longText(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < n * 100; i++) {
            text.append("Aluekehittämisen keskustelut kokoavat maakuntien ja ministeriöiden näkemykset ").append(i)
                    .append(". ");
        }
        return text.toString();
    }

    /** A guidance letter whose one section is one paragraph of about n × 100 characters. */
    static String longParagraph(int n) {
        return head("guidance-letter", "Pitkä kappale " + n) + "introduction: Johdanto.\nsections:\n"
                + "  - heading: Luku 1\n    body: " + longText(n) + "\n";
    }

    /** An action table of three actions, the second described in about n × 100 characters. */
    static String longCell(int n) {
        List<String> lines = actions(3);
        lines.set(5, "    description: " + longText(n));
        return head("action-table", "Pitkä solu " + n) + "ongoing:\n" + String.join("\n", lines) + "\n";
    }

    static String letter(int n) {
        StringBuilder yaml = new StringBuilder(head("guidance-letter", "Ohje " + n));
        yaml.append("introduction: Johdanto.\nsections:\n");
        for (int s = 0; s < Math.max(1, n / 50); s++) {
            yaml.append("  - heading: Luku ").append(s + 1).append("\n    body: |\n");
            for (int p = 0; p < Math.min(50, n - s * 50); p++) {
                yaml.append("      Kappale ").append(s * 50 + p + 1).append(": aluekehittämisen keskustelut kokoavat ")
                        .append("maakuntien ja ministeriöiden näkemykset yhteisistä tavoitteista, joiden toteutumista ")
                        .append("seurataan vuosittain.\n\n");
            }
        }
        return yaml.toString();
    }
}
