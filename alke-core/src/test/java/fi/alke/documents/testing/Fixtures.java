package fi.alke.documents.testing;

import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.tree.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test fixtures and independent checks shared by the modules' tests. */
public final class Fixtures {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Fixtures() {
    }

    /** The markup fixture of the given name under fi/alke/documents/ on the test class path. */
    public static String markup(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fi/alke/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture parsed, with images from the same folder. */
    public static Document document(String name) throws MarkupException {
        return parser().parse(name, markup(name));
    }

    public static MarkupParser parser() {
        return new MarkupParser(ResourceLoader.classpath(Fixtures.class.getClassLoader(), "fi/alke/documents/"));
    }

    /** Asserts that every part occurs in {@code text}, each after the one before. */
    public static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            int after = from;
            org.junit.jupiter.api.Assertions.assertTrue(at >= 0,
                    () -> "'" + part + "' missing or out of order (looked after position " + after + ") in:\n" + text);
            from = at + part.length();
        }
    }

    /** veraPDF's failed PDF/A-2b rules, as "rule: message" lines; empty when the file is valid. */
    public static List<String> pdfa2bFailures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_B).stream()
                .map(a -> ruleId(a) + ": " + a.getMessage())
                .distinct()
                .toList();
    }

    /**
     * veraPDF's failed PDF/UA-1 rules with how often each failed, as "rule ×count" in rule order;
     * empty when the file is valid.
     */
    public static List<String> pdfua1Failures(byte[] pdf) throws Exception {
        Map<String, Long> counts = failures(pdf, PDFAFlavour.PDFUA_1).stream()
                .collect(Collectors.groupingBy(Fixtures::ruleId, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList();
    }

    /** veraPDF's failed PDF/A-2a rules with how often each failed, as for {@link #pdfua1Failures}. */
    public static List<String> pdfa2aFailures(byte[] pdf) throws Exception {
        Map<String, Long> counts = failures(pdf, PDFAFlavour.PDFA_2_A).stream()
                .collect(Collectors.groupingBy(Fixtures::ruleId, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList();
    }

    private static String ruleId(TestAssertion a) {
        return a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
    }

    private static List<TestAssertion> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .toList();
        }
    }
}
