package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.testing.PdfLines;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's promise, checked (issue 13 §3): LibreOffice lays each DOCX of the corpus ({@link ParityCorpus})
 * out on as many pages as our PDF has, with the same words on the same line of the same page. Both PDFs are
 * read by glyph position ({@link PdfLines}); the summary and each document's first differing lines are printed
 * and written to {@code target/parity-report.txt}, with both layouts of each document in {@code target/parity/}
 * ({@code <name>.pdf} ours, {@code <name>.docx.pdf} LibreOffice's).
 *
 * <p>A ratchet for now, not "no difference": today about one line in twelve differs (widow control, row-span
 * heights and line-break opportunities that the PDF renderer does not yet do as a word processor does; issue
 * 13 §2), and a check that fails until all of that is fixed would be switched off and checked by no one. So
 * {@code parity-baseline.txt} records, per document, how many lines differ and by how many pages the page
 * counts differ; the test fails when a document does worse, and also when it does better, so that the baseline
 * is always exact and a fix lowers it for good ({@code target/parity-baseline.txt} is the current one to copy).
 * When every count is 0 the ratchet is the check the issue asks for.
 */
class ParityTest {
    private static final Path TARGET = Path.of("target");
    /** The baseline's comment naming the LibreOffice it was recorded with. */
    private static final String RECORDED = "# recorded with";

    @Test
    void libreOfficeLaysEveryDocxOutAsOurPdfLineForLineAsTheBaselineRecords(@TempDir Path work) throws Exception {
        long start = System.nanoTime();
        Map<String, Rendered> corpus = ParityCorpus.all();
        Map<String, byte[]> docx = new LinkedHashMap<>();
        corpus.forEach((name, rendered) -> docx.put(name, rendered.docx()));
        Map<String, byte[]> theirs = LibreOffice.pdfs(docx, work);
        List<Parity> results = new ArrayList<>();
        for (Map.Entry<String, Rendered> document : corpus.entrySet()) {
            results.add(Parity.of(document.getKey(), PdfLines.pages(document.getValue().pdf()),
                    PdfLines.pages(theirs.get(document.getKey()))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // both layouts of each document beside the report, to open side by side where lines differ
        Path files = Files.createDirectories(TARGET.resolve("parity"));
        for (Map.Entry<String, Rendered> document : corpus.entrySet()) {
            Files.write(files.resolve(document.getKey() + ".pdf"), document.getValue().pdf());
            Files.write(files.resolve(document.getKey() + ".docx"), document.getValue().docx());
            Files.write(files.resolve(document.getKey() + ".docx.pdf"), theirs.get(document.getKey()));
        }

        String version = LibreOffice.version();
        String report = version + "\n" + report(results, seconds);
        System.out.println(report);
        Files.createDirectories(TARGET);
        Files.writeString(TARGET.resolve("parity-report.txt"), report, StandardCharsets.UTF_8);
        Files.writeString(TARGET.resolve("parity-baseline.txt"), baseline(results, version), StandardCharsets.UTF_8);

        assertTrue(results.stream().mapToInt(Parity::lines).sum() > 1000, "the corpus has lines to compare");
        String recorded = baselineText().lines().filter(line -> line.startsWith(RECORDED)).findFirst().orElse("");
        assertEquals(List.of(), problems(results, readBaseline()),
                "the layouts differ otherwise than parity-baseline.txt records (see target/parity-report.txt); "
                        + "where a document does better, copy its line from target/parity-baseline.txt. This is "
                        + version + "; the baseline says " + recorded
                        + " (another release of LibreOffice may break lines otherwise)");
    }

    /** Each document whose figures are not the baseline's, and what to do about it. */
    static List<String> problems(List<Parity> results, Map<String, int[]> baseline) {
        List<String> problems = new ArrayList<>();
        for (Parity result : results) {
            int[] expected = baseline.get(result.name());
            int pages = result.ourPages() - result.theirPages();
            if (expected == null) {
                problems.add(result.name() + ": not in the baseline; add \"" + line(result) + "\"");
            } else if (result.differing() > expected[0] || Math.abs(pages) > Math.abs(expected[1])) {
                problems.add(result.name() + ": worse than the baseline (" + expected[0] + " lines, pages "
                        + expected[1] + "): " + result.differing() + " lines differ, pages " + pages
                        + (result.differences().isEmpty() ? "" : "; " + String.join("; ", result.differences())));
            } else if (result.differing() != expected[0] || pages != expected[1]) {
                problems.add(result.name() + ": better than the baseline (" + expected[0] + " lines, pages "
                        + expected[1] + "): lower it to \"" + line(result) + "\"");
            }
        }
        List<String> names = results.stream().map(Parity::name).toList();
        baseline.keySet().stream().filter(name -> !names.contains(name))
                .forEach(name -> problems.add(name + ": in the baseline but not in the corpus; remove it"));
        return problems;
    }

    /** The baseline: document → {differing lines, our pages − LibreOffice's}. */
    private static Map<String, int[]> readBaseline() throws Exception {
        Map<String, int[]> baseline = new LinkedHashMap<>();
        for (String line : baselineText().lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.strip().split("\\s+");
                baseline.put(fields[0], new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[2])});
            }
        }
        return baseline;
    }

    private static String baselineText() throws Exception {
        try (InputStream in = ParityTest.class.getResourceAsStream("/parity-baseline.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String line(Parity result) {
        return result.name() + " " + result.differing() + " " + (result.ourPages() - result.theirPages());
    }

    private static String baseline(List<Parity> results, String version) {
        StringBuilder text = new StringBuilder("""
                # The parity ratchet (ParityTest): per document, the lines of our PDF and LibreOffice's layout of our
                # DOCX that differ, and our pages minus LibreOffice's. The test fails when a document does worse or
                # better than this; lower a figure when a fix improves it (target/parity-baseline.txt after a run).
                # document differing-lines page-difference
                """).append(RECORDED).append(' ').append(version).append('\n');
        results.forEach(result -> text.append(line(result)).append('\n'));
        return text.toString();
    }

    private static String report(List<Parity> results, double seconds) {
        int pages = results.stream().mapToInt(r -> Math.max(r.ourPages(), r.theirPages())).sum();
        int lines = results.stream().mapToInt(Parity::lines).sum();
        int differing = results.stream().mapToInt(Parity::differing).sum();
        long pageCounts = results.stream().filter(r -> !r.samePages()).count();
        StringBuilder text = new StringBuilder();
        text.append(String.format(java.util.Locale.ROOT,
                "Parity of PDF and DOCX (LibreOffice): %d documents, %d pages, %d lines compared, %d differ "
                        + "(%.1f %%), %d page counts differ; %.0f s%n",
                results.size(), pages, lines, differing, 100.0 * differing / Math.max(lines, 1), pageCounts,
                seconds));
        for (Parity result : results) {
            text.append(String.format(java.util.Locale.ROOT, "  %-40s pages %d/%d, lines %4d, differ %3d%n",
                    result.name(), result.ourPages(), result.theirPages(), result.lines(), result.differing()));
            result.differences().forEach(difference -> text.append("      ").append(difference).append('\n'));
        }
        return text.toString();
    }
}
