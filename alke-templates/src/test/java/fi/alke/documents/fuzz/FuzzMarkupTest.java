package fi.alke.documents.fuzz;

import fi.alke.documents.AlkeException;
import fi.alke.documents.testing.Fixtures;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Markup fuzzed (issue 14, goal 7): the markup fixture using every element and the markup the stock
 * templates write for each sample, mutated (lines, odd attribute values, odd Unicode and character
 * references, elements of the schema's vocabulary inserted, an XML 1.1 declaration), and bodies made
 * of the schema's vocabulary at random. Every case renders to files POI and PDFBox read, or is refused
 * with a {@code MarkupException} naming the source and a line ({@link Fuzz}).
 */
@AddLifecycleHook(FuzzTries.class)
class FuzzMarkupTest {
    /** The seeds: name and markup. */
    static final List<Seed> SEEDS = loadSeeds();

    /** A markup seed, shown by its name in jqwik's reports. */
    record Seed(String name, String markup) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void mutatedMarkupRendersOrIsRefusedAtALine(@ForAll("seeds") Seed seed,
            @ForAll @Size(min = 1, max = 4) List<Long> mutations) {
        Fuzz.markup("markup mutated", seed.name(), Mutations.apply(seed.markup(), mutations, true));
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void markupOfTheSchemasVocabularyRendersOrIsRefusedAtALine(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int blocks, @ForAll @IntRange(min = 8, max = 400) int oddOneIn) {
        Fuzz.markup("markup generated", "generated.xml", skeleton(new Grammar(seed, oddOneIn).body(blocks)));
    }

    /** A valid document around the body's content. */
    static String skeleton(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <document lang="fi">
                  <meta>
                    <type>Muistio</type>
                    <date value="2026-02-14">14.2.2026</date>
                    <title>Fuzz</title>
                    <author>Testiorganisaatio</author>
                  </meta>
                  <letterhead>
                    <name>Testiorganisaatio</name>
                  </letterhead>
                  <body>
                """ + body + """
                  </body>
                </document>
                """;
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(SEEDS);
    }

    private static List<Seed> loadSeeds() {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("all-features.xml", Fixtures.markup("all-features.xml")));
        for (Path sample : Fuzz.inputs()) {
            try {
                String name = sample.getFileName().toString().replace(".yaml", ".xml");
                seeds.add(new Seed(name, Fuzz.ALKE.markup(Fuzz.ALKE.read(Fuzz.FOLDER.resolve(sample.getFileName())))));
            } catch (AlkeException e) {
                // the broken fixtures have no markup
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    @AfterContainer
    static void summary() {
        System.out.println("fuzz: markup (" + SEEDS.size() + " seeds)\n" + Fuzz.summary("markup"));
    }
}
