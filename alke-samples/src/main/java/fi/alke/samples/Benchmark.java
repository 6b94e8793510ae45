package fi.alke.samples;

import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.api.Format;
import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures rendering speed for the seed-001 sample: after a warm-up of 60 s (on one core the JIT needs
 * about that long to settle; {@code -Dalke.bench.warmup=N} sets N seconds), milliseconds per document
 * (markup parsed, then rendered to memory) for markup→tree (parsing alone), markup→DOCX, markup→PDF
 * and both, as the median of five two-second rounds; then the cold start of a fresh JVM rendering one
 * document in both formats; and the PDF's size. {@code -Dalke.bench.sample=STEM} measures another sample. Run it with
 * {@code taskset -c 0 java -cp alke-samples/target/alke.jar fi.alke.samples.Benchmark} to hold it to
 * one core. The figures go to docs/performance.md.
 *
 * <p>To compare two builds on the same document (the cost of tagging: {@code alke-samples/bench/tagging-cost.sh}),
 * {@code --write-markup FILE} writes the sample's markup, {@code -Dalke.bench.markup=FILE} measures that
 * markup instead of the sample's own (its images still load as the sample's do), and
 * {@code -Dalke.bench.only=pdf} measures the PDF renderer alone (tree→PDF).
 *
 * <p>After the markup's modes, the sample end to end as a library user runs it: from the model object and from
 * the input's YAML text (read and checked each time) through the template, the parser and both renderers.
 * {@code -Dalke.bench.only=kinds} measures that for every sample, each a round of its own after a warm-up
 * of all of them in turn.
 */
public final class Benchmark {
    /** The sample measured; {@code -Dalke.bench.sample=seuranta-2024} measures another. */
    private static final String SAMPLE = System.getProperty("alke.bench.sample", "seed-001-ohje-2024");
    /** Warm-up length; {@code -Dalke.bench.warmup=15} for a shorter one. */
    private static final long WARMUP_NANOS = Long.getLong("alke.bench.warmup", 60) * 1_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 5;
    /** Markup to measure instead of the sample's, e.g. written by another build's {@code --write-markup}. */
    private static final String MARKUP = System.getProperty("alke.bench.markup");
    /**
     * {@code pdf} measures only the PDF renderer (tree→PDF, the markup parsed once) and the PDF's size;
     * {@code kinds} every sample from its model to both formats.
     */
    private static final String ONLY = System.getProperty("alke.bench.only", "");
    /** The tree rendered again and again in the PDF-only mode; {@code null} otherwise (each round parses). */
    private static Document parsed;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.stem().equals(SAMPLE)).findFirst().orElseThrow();
        if (args.length == 2 && args[0].equals("--write-markup")) {
            java.nio.file.Files.writeString(Path.of(args[1]), sample.markup());
            return;
        }
        if (MARKUP != null) {
            sample = new Sample(sample.stem(), java.nio.file.Files.readString(Path.of(MARKUP)), sample.resources());
        }
        if (args.length == 1 && args[0].equals("--cold")) {
            cold(sample);
            return;
        }
        MarkupParser parser = new MarkupParser(sample.resources());
        PageStyle style = PageStyle.sfs2487();
        List<DocumentRenderer> docx = List.of(new DocxRenderer(style));
        List<DocumentRenderer> pdf = List.of(new PdfRenderer(style));
        List<DocumentRenderer> both = List.of(docx.get(0), pdf.get(0));
        System.out.printf(Locale.ROOT, "ALKE documents benchmark: sample %s, %d available processors, %s%n",
                SAMPLE, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        if (ONLY.equals("pdf")) {
            // the renderer alone: the markup is parsed once, so that parsing's cost stays out of the figure
            parsed = parser.parse(SAMPLE + ".xml", sample.markup());
            run(fromMarkup(parser, sample, pdf), WARMUP_NANOS);
            report("tree→PDF", rounds(fromMarkup(parser, sample, pdf)));
            System.out.printf(Locale.ROOT, "  size  PDF                 %8d bytes%n", renderOnce(parser, sample, pdf));
            return;
        }
        AlkeDocuments documents = AlkeDocuments.create();
        if (ONLY.equals("kinds")) {
            kinds(documents);
            return;
        }
        Work model = endToEnd(documents, SAMPLE, false);
        Work yaml = endToEnd(documents, SAMPLE, true);
        run(yaml, WARMUP_NANOS); // from the text, both formats: all the code the other modes run
        report("markup→tree", rounds(fromMarkup(parser, sample, List.of())));
        report("markup→DOCX", rounds(fromMarkup(parser, sample, docx)));
        report("markup→PDF", rounds(fromMarkup(parser, sample, pdf)));
        System.out.printf(Locale.ROOT, "  size  PDF                 %8d bytes%n", renderOnce(parser, sample, pdf));
        report("markup→DOCX+PDF", rounds(fromMarkup(parser, sample, both)));
        report("model→DOCX+PDF", rounds(model));
        report("YAML→DOCX+PDF", rounds(yaml));
        coldStart();
    }

    /**
     * Every sample from its model to both formats, warm, one after the other in turn (so that the JIT sees
     * them all, as a batch does), then each alone for a round: the spread between the documents of a batch.
     */
    private static void kinds(AlkeDocuments documents) throws Exception {
        List<String> stems = Samples.stems();
        List<Work> works = new java.util.ArrayList<>();
        for (String stem : stems) {
            works.add(endToEnd(documents, stem, false));
        }
        Work all = () -> {
            long bytes = 0;
            for (Work work : works) {
                bytes += work.once();
            }
            return bytes;
        };
        run(all, WARMUP_NANOS);
        double sum = 0;
        for (int i = 0; i < stems.size(); i++) {
            double[][] ms = rounds(works.get(i));
            sum += ms[0][ROUNDS / 2];
            report(stems.get(i), ms);
        }
        System.out.printf(Locale.ROOT, "  mean  %-26s %8.2f ms/document (of the medians above)%n", "model→DOCX+PDF",
                sum / stems.size());
    }

    /**
     * Renders repeatedly for about {@code nanos}; returns milliseconds per document, of wall time and of
     * this thread's CPU time. On a shared machine the CPU time is the steadier of the two: other
     * processes' load stretches the wall time, hardly the work this thread does.
     */
    private static double[] run(Work work, long nanos) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int count = 0;
        long sink = 0;
        while (System.nanoTime() - start < nanos) {
            sink += work.once();
            count++;
        }
        double ms = (System.nanoTime() - start) / 1e6 / count;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count;
        if (sink == 42) {
            System.out.println(); // keeps the work observable to the JIT
        }
        return new double[] {ms, cpuMs};
    }

    /** One document's work, measured again and again; returns the bytes made, to keep the work observable. */
    private interface Work {
        long once() throws Exception;
    }

    /** From the sample's markup (parsed each time, unless {@link #parsed} is set) through the renderers. */
    private static Work fromMarkup(MarkupParser parser, Sample sample, List<DocumentRenderer> renderers) {
        return () -> renderOnce(parser, sample, renderers);
    }

    /** From the model object, or from the input's YAML text, through the template, the parser and both renderers. */
    private static Work endToEnd(AlkeDocuments documents, String stem, boolean fromText) throws Exception {
        String name = stem + ".yaml";
        String text = Samples.text(stem);
        fi.alke.documents.input.Sources sources = Samples.sources();
        AlkeDocument model = documents.read(name, text, sources);
        DocumentRenderer docx = documents.renderer(Format.DOCX);
        DocumentRenderer pdf = documents.renderer(Format.PDF);
        return () -> {
            Document tree = documents.tree(fromText ? documents.read(name, text, sources) : model);
            return docx.render(tree).length + (long) pdf.render(tree).length;
        };
    }

    private static long renderOnce(MarkupParser parser, Sample sample, List<DocumentRenderer> renderers)
            throws Exception {
        Document document = parsed != null ? parsed : parser.parse(SAMPLE + ".xml", sample.markup());
        long bytes = 0;
        for (DocumentRenderer renderer : renderers) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            renderer.render(document, out);
            bytes += out.size();
        }
        return bytes;
    }

    /** Milliseconds per document in each of {@link #ROUNDS} rounds, sorted: wall time, then CPU time. */
    private static double[][] rounds(Work work) throws Exception {
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            double[] ms = run(work, ROUND_NANOS);
            wall[i] = ms[0];
            cpu[i] = ms[1];
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void report(String what, double[][] ms) {
        double[] wall = ms[0];
        double[] cpu = ms[1];
        System.out.printf(Locale.ROOT, "  warm  %-26s %8.2f ms/document (median of %d rounds; best %.2f, worst %.2f)"
                + "; CPU %.2f ms (best %.2f, worst %.2f)%n", what, wall[wall.length / 2], wall.length, wall[0],
                wall[wall.length - 1], cpu[cpu.length / 2], cpu[0], cpu[cpu.length - 1]);
    }

    /** Starts a fresh JVM that renders one document in both formats, and times the whole process. */
    private static void coldStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Benchmark.class.getName(), "--cold").inheritIO();
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        System.out.printf(Locale.ROOT, "  cold  process wall time        %8.0f ms (exit %d)%n",
                (System.nanoTime() - start) / 1e6, exit);
    }

    private static void cold(Sample sample) throws Exception {
        long start = System.nanoTime();
        PageStyle style = PageStyle.sfs2487();
        renderOnce(new MarkupParser(sample.resources()), sample,
                List.of(new DocxRenderer(style), new PdfRenderer(style)));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "  cold  first document, both      %8.0f ms (%d ms since JVM start)%n",
                (System.nanoTime() - start) / 1e6, System.currentTimeMillis() - jvmStart);
    }
}
