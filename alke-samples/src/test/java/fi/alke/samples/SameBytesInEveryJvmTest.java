package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample gives the same DOCX and PDF bytes in fresh JVMs as in this one, whatever the entry point
 * (the library, {@code alke samples}, {@code alke render}), the document rendered first, class data
 * sharing ({@code -Xshare:off} or the default archive) and the JIT (C1 only or C2). The renderers' own
 * tests render twice in one JVM, which cannot see what depends on the order classes are loaded or
 * methods are listed by reflection: docx4j's JAXB once wrote its root namespace declarations in an
 * order that changed from JVM to JVM.
 *
 * <p>Three forks, each rendering every sample, run side by side, and between them each entry point,
 * a first document other than this JVM's, each kind of class data sharing and each compiler: about 5 s
 * of processor time each, rather than one fork per combination.
 */
class SameBytesInEveryJvmTest {
    private static final List<String> DEFAULT_JVM = List.of();
    private static final List<String> NO_SHARING = List.of("-Xshare:off");
    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");
    private static final List<String> FORMATS = List.of("docx", "pdf");

    @TempDir
    Path work;

    @Test
    void everySampleHasTheSameBytesInFreshJvmsAsInThisOne() throws Exception {
        List<String> stems = Samples.stems();
        List<String> lastFirst = new ArrayList<>(stems);
        Collections.reverse(lastFirst);
        List<String> shuffled = new ArrayList<>(stems);
        Collections.shuffle(shuffled, new Random(11)); // fixed: a failure must be repeatable
        Path inputs = work.resolve("inputs");
        for (String file : concat(stems.stream().map(stem -> stem + ".yaml").toList(), Samples.NAMED_FILES)) {
            Cli.copy(Samples.FOLDER + file, inputs.resolve(file));
        }

        List<Fork> forks = new ArrayList<>();
        try {
            forks.add(fork("library, last sample first, default class data sharing and C2", DEFAULT_JVM,
                    Library.class, out -> concat(List.of(out.toString()), lastFirst)));
            forks.add(fork("alke samples, -Xshare:off", NO_SHARING,
                    AlkeCommand.class, out -> List.of("samples", "--out", out.toString())));
            forks.add(fork("alke render, inputs shuffled, several at once, C1 only", C1_ONLY,
                    AlkeCommand.class, out -> concat(List.of("render", "--out", out.toString()),
                            shuffled.stream().map(stem -> inputs.resolve(stem + ".yaml").toString()).toList())));

            // Rendered while the forks run, in a JVM that has loaded whatever the tests before this one loaded.
            Map<String, byte[]> expected = new LinkedHashMap<>();
            for (Map.Entry<String, Rendered> sample : Rendered.samples(Set.copyOf(stems)).entrySet()) {
                expected.put(sample.getKey() + ".docx", sample.getValue().docx());
                expected.put(sample.getKey() + ".pdf", sample.getValue().pdf());
            }
            assertEquals(stems.size() * FORMATS.size(), expected.size(), "every sample in both formats here");

            List<String> differences = new ArrayList<>();
            for (Fork fork : forks) {
                fork.jvm().awaitSuccess();
                differences.addAll(fork.differencesFrom(expected));
            }
            assertEquals(List.of(), differences);
        } finally {
            forks.forEach(fork -> fork.jvm().process().destroyForcibly()); // those a failure left running
        }
    }

    /** A fresh JVM rendering into a folder of its own. */
    private record Fork(Jvm jvm, Path out) {
        /** How the files in {@link #out} differ from {@code expected}: none, or one line for the fork. */
        List<String> differencesFrom(Map<String, byte[]> expected) throws IOException {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(new TreeSet<>(expected.keySet()),
                        new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()),
                        jvm.name() + ": every sample in both formats, nothing else");
            }
            List<String> differing = new ArrayList<>();
            String first = null;
            for (Map.Entry<String, byte[]> file : expected.entrySet()) {
                byte[] forked = Files.readAllBytes(out.resolve(file.getKey()));
                if (!Arrays.equals(file.getValue(), forked)) {
                    differing.add(file.getKey());
                    first = first != null ? first : file.getKey() + " " + firstDifference(file.getValue(), forked);
                }
            }
            // Every file by name, but only where the first one parts: one cause usually spoils them all.
            return differing.isEmpty() ? List.of() : List.of(jvm.name() + ": " + differing.size() + " of "
                    + expected.size() + " files differ " + differing + "; the first " + first);
        }
    }

    private Fork fork(String name, List<String> options, Class<?> main, Function<Path, List<String>> args)
            throws IOException {
        String folder = name.replaceAll("[^A-Za-z0-9]+", "-");
        Path out = Files.createDirectories(work.resolve(folder));
        return new Fork(Jvm.start(name, options, main, args.apply(out), work.resolve(folder + ".log")), out);
    }

    private static List<String> concat(List<String> first, List<String> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    /**
     * Where two renders part: in a DOCX the first ZIP entry whose content differs and the text around
     * its first differing character, which names the XML at fault; otherwise the first differing byte.
     */
    private static String firstDifference(byte[] expected, byte[] actual) throws IOException {
        Map<String, byte[]> here = entries(expected);
        Map<String, byte[]> there = entries(actual);
        if (here.isEmpty() || there.isEmpty()) {
            int at = Arrays.mismatch(expected, actual);
            return "from byte " + at + ": " + around(expected, actual, at);
        }
        if (!here.keySet().equals(there.keySet())) {
            return "has the entries " + there.keySet() + " instead of " + here.keySet();
        }
        for (Map.Entry<String, byte[]> entry : here.entrySet()) {
            byte[] other = there.get(entry.getKey());
            int at = Arrays.mismatch(entry.getValue(), other);
            if (at >= 0) {
                return "in " + entry.getKey() + " from byte " + at + ": " + around(entry.getValue(), other, at);
            }
        }
        return "in the ZIP structure only (entry times, order or compression)";
    }

    private static String around(byte[] expected, byte[] actual, int at) {
        return "expected …" + slice(expected, at) + "… but was …" + slice(actual, at) + "…";
    }

    private static String slice(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        return new String(bytes, from, Math.min(bytes.length, at + 80) - from, StandardCharsets.ISO_8859_1);
    }

    /** A ZIP's entries by name in stored order; none for bytes that are not a ZIP (a PDF). */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * The library entry point in a fresh JVM: {@code <out folder> <stem>...} renders those samples in
     * that order through the renderers' API, as an embedding system would, into {@code <stem>.docx}
     * and {@code <stem>.pdf}.
     */
    static final class Library {
        public static void main(String[] args) throws Exception {
            Path out = Path.of(args[0]);
            for (String stem : List.of(args).subList(1, args.length)) {
                Sample sample = Samples.sample(stem, null);
                Rendered rendered = Rendered.of(sample, sample.markup());
                Files.write(out.resolve(stem + ".docx"), rendered.docx());
                Files.write(out.resolve(stem + ".pdf"), rendered.pdf());
            }
        }
    }
}
