package fi.alke.documents.fuzz;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Input files fuzzed from the samples and the input fixtures (issue 14, goal 7): lines deleted, duplicated,
 * swapped, numbers and dates changed to odd values, odd Unicode inserted, the file cut short, written with a
 * BOM, broken UTF-8 or as UTF-16. Every case renders to files POI and PDFBox read, or is refused with the
 * library's error naming the file and a line ({@link Fuzz}).
 */
@AddLifecycleHook(FuzzTries.class)
class FuzzInputTest {
    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void mutatedInputFilesRenderOrAreRefusedAtALine(@ForAll("inputs") Path sample,
            @ForAll @Size(min = 1, max = 3) List<Long> mutations, @ForAll("encodings") int encoding,
            @ForAll long where) {
        String text = Mutations.apply(Fuzz.read(sample), mutations, false);
        String name = sample.getFileName().toString().replace(".yaml", "-fuzz.yaml");
        Fuzz.input("input", name, Mutations.bytes(text, encoding, where));
    }

    @Provide
    Arbitrary<Path> inputs() {
        return Arbitraries.of(Fuzz.inputs());
    }

    /** Mostly UTF-8; now and then a BOM, broken UTF-8, UTF-16. */
    @Provide
    Arbitrary<Integer> encodings() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(5)));
    }

    @AfterContainer
    static void summary() {
        System.out.println("fuzz: input files\n" + Fuzz.summary("input"));
    }
}
