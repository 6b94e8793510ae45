package fi.alke.documents.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.fuzz.Fuzz.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;

/**
 * The fuzz suite's seed corpus: the hostile cases of issue 14, each through the same oracle as the
 * generated ones ({@link Fuzz}): it renders to files POI and PDFBox read, or is refused with the library's
 * error at a line.
 */
class FuzzSeedsTest {
    private static final String SEEDS = "seed";

    private static Outcome markup(String body) {
        return Fuzz.markup(SEEDS, "hostile.xml", FuzzMarkupTest.skeleton(body));
    }

    private static String sample(String name) {
        return Fuzz.read(Fuzz.SAMPLES.resolve(name));
    }

    private static Outcome input(String name, String text) {
        return Fuzz.input(SEEDS, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A decision whose decision: is this Markdown. */
    private static Outcome decisionWith(String markdown) {
        String indented = markdown.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
        return input("markdown.yaml", sample("seed-000-paatos-2026.yaml")
                .replaceFirst("(?s)decision: >\n.*?\nthemes:", "decision: |\n" + indented.replace("$", "\\$") + "\nthemes:"));
    }

    // ---- nesting

    @Example
    void lists1000Deep() {
        assertEquals(Outcome.REFUSED, markup("<ul><li>".repeat(1000) + "x" + "</li></ul>".repeat(1000)));
    }

    @Example
    void inline10000Deep() {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String tag = "biu".substring(i % 3, i % 3 + 1);
            open.append('<').append(tag).append('>');
            close.insert(0, "</" + tag + ">");
        }
        assertEquals(Outcome.REFUSED, markup("<p>" + open + "x" + close + "</p>"));
    }

    @Example
    void emptyListItems() {
        // found by the 20,000-try run: "The structure has kids" from the PDF renderer
        assertEquals(Outcome.RENDERED, markup("<labelled label=\"Liitteet\"><ul><li></li></ul></labelled>"));
        assertEquals(Outcome.RENDERED, markup("<table><tbody><tr><td><ol><li></li></ol></td></tr></tbody></table>"));
        assertEquals(Outcome.RENDERED, decisionWith("- \n- \n\n1. \n"));
        // and 1e309 where the schema has an enum (a region's code)
        assertEquals(Outcome.REFUSED, input("paatos.yaml", sample("seed-000-paatos-2026.yaml")
                .replace("regions: [\"10\", \"11\", \"13\", \"05\"]", "regions: [1e309, \"11\"]")));
    }

    @Example
    void markdownNested25LevelsDeepRenders() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            list.append("  ".repeat(i)).append("- taso ").append(i + 1).append('\n');
        }
        assertEquals(Outcome.RENDERED, decisionWith(list.toString()));
    }

    @Example
    void markdownEmphasisAndQuotes25Deep() {
        decisionWith("*".repeat(25) + "sana" + "*".repeat(25) + "\n\n" + "> ".repeat(25) + "lainaus\n\n"
                + "1. ".repeat(25) + "luku\n");
    }

    // ---- sizes and numbers

    @Example
    void hugeColspans() {
        for (String span : List.of("64", "1000000", "2147483648", "99999999999999999999")) {
            assertEquals(Outcome.REFUSED, markup("<table><tbody><tr><td colspan=\"" + span + "\">x</td></tr></tbody></table>"));
            markup("<table><tbody><tr><td rowspan=\"" + span + "\">x</td></tr></tbody></table>");
        }
    }

    @Example
    void numbersPast1e309() {
        markup("<table><col width=\"1e309\"/><tbody><tr><td>x</td></tr></tbody></table>");
        markup("<table><col width=\"99999999999999999999\"/><col width=\"1\"/><tbody><tr><td>x</td><td>y</td></tr>"
                + "</tbody></table>");
        markup("<img src=\"logo.png\" alt=\"Logo\" width=\"1e309cm\"/>");
        markup("<img src=\"logo.png\" alt=\"Logo\" width=\"99999999999999999999cm\"/>");
        for (String value : List.of("1e309", "-1e309", ".inf", ".nan", "99999999999999999999", "-0")) {
            input("selvitystarve.yaml", sample("seed-004-selvitystarve.yaml").replace("budgetCap: 150000",
                    "budgetCap: " + value));
            input("paatos.yaml", sample("seed-000-paatos-2026.yaml").replace("date: 2026-02-10", "date: " + value));
        }
    }

    @Example
    void aMegabyteMetadataProperty() {
        String big = "x".repeat(1 << 20);
        Fuzz.markup(SEEDS, "hostile.xml", FuzzMarkupTest.skeleton("<p>x</p>").replace("<author>Testiorganisaatio</author>",
                "<author>Testiorganisaatio</author><property name=\"big\" value=\"" + big + "\"/>"));
        Fuzz.markup(SEEDS, "hostile.xml", FuzzMarkupTest.skeleton("<p>x</p>").replace("<title>Fuzz</title>",
                "<title>" + big + "</title>"));
    }

    // ---- characters and encodings

    @Example
    void controlCharactersThatOnlyXml11Allows() {
        String xml11 = FuzzMarkupTest.skeleton("<p>a&#x1;b</p>").replace("version=\"1.0\"", "version=\"1.1\"");
        assertEquals(Outcome.REFUSED, Fuzz.markup(SEEDS, "xml11.xml", xml11));
        assertEquals(Outcome.REFUSED, Fuzz.markup(SEEDS, "xml11.xml", FuzzMarkupTest.skeleton(
                "<labelled label=\"a&#x1F;\"><p>b</p></labelled>").replace("version=\"1.0\"", "version=\"1.1\"")));
        assertEquals(Outcome.REFUSED, markup("<p>a&#x1;b</p>"));
        assertEquals(Outcome.RENDERED, Fuzz.markup(SEEDS, "xml11.xml", FuzzMarkupTest.skeleton("<p>a\u0085b\u2028c</p>")
                .replace("version=\"1.0\"", "version=\"1.1\"")));
    }

    @Example
    void brokenUtf8() {
        byte[] text = sample("seed-000-paatos-2026.yaml").getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED,
                (byte) 0xA0, (byte) 0x80})) {
            byte[] broken = new byte[text.length + bad.length];
            System.arraycopy(text, 0, broken, 0, 700);
            System.arraycopy(bad, 0, broken, 700, bad.length);
            System.arraycopy(text, 700, broken, 700 + bad.length, text.length - 700);
            assertEquals(Outcome.REFUSED, Fuzz.input(SEEDS, "paatos.yaml", broken));
        }
        assertEquals(Outcome.REFUSED, Fuzz.input(SEEDS, "paatos.yaml",
                sample("seed-000-paatos-2026.yaml").getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Example
    void byteOrderMarks() {
        byte[] text = sample("seed-000-paatos-2026.yaml").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertEquals(Outcome.RENDERED, Fuzz.input(SEEDS, "paatos.yaml", bom));
        assertEquals(Outcome.RENDERED, Fuzz.inputText(SEEDS, "paatos.yaml", "\uFEFF" + sample("seed-000-paatos-2026.yaml")));
        assertEquals(Outcome.REFUSED, Fuzz.input(SEEDS, "paatos.yaml",
                ("\uFEFF" + sample("seed-000-paatos-2026.yaml")).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(Outcome.RENDERED, Fuzz.markup(SEEDS, "bom.xml", "\uFEFF" + FuzzMarkupTest.skeleton("<p>x</p>")));
    }

    @Example
    void emptyFiles() {
        // "<?xml" alone and YAML's !!binary: found by the 20,000-try run
        assertEquals(Outcome.REFUSED, Fuzz.markup(SEEDS, "lyhyt.xml", "<?xml"));
        assertEquals(Outcome.REFUSED, input("paatos.yaml", sample("seed-000-paatos-2026.yaml")
                .replace("date: 2026-02-10", "date: !!binary AA==")));
        for (String empty : List.of("", " ", "\n", "\uFEFF", "---\n", "# kind: decision\n")) {
            assertEquals(Outcome.REFUSED, input("tyhja.yaml", empty));
            assertEquals(Outcome.REFUSED, input("tyhja.json", empty));
            assertEquals(Outcome.REFUSED, Fuzz.markup(SEEDS, "tyhja.xml", empty));
        }
    }

    // ---- names and links

    @Example
    void unknownElementsAndFields() {
        assertEquals(Outcome.REFUSED, markup("<blink>x</blink>"));
        assertEquals(Outcome.REFUSED, markup("<p>a<marquee/>b</p>"));
        assertEquals(Outcome.REFUSED, markup("<p xmlns:x=\"urn:x\">a<x:p/>b</p>"));
        assertEquals(Outcome.REFUSED, input("paatos.yaml", sample("seed-000-paatos-2026.yaml") + "colour: red\n"));
    }

    @Example
    void javascriptLinksNeverReachTheFiles() {
        for (String href : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "java&#x9;script:alert(1)", "vbscript:x", "data:text/html,x", "file:///etc/passwd")) {
            Fuzz.markup(SEEDS, "links.xml", FuzzMarkupTest.skeleton("<p><a href=\"" + href + "\">linkki</a></p>"),
                    FuzzSeedsTest::noScriptLinks);
        }
        decisionWith("[linkki](javascript:alert(1)) ja <javascript:alert(1)>\n");
    }

    private static void noScriptLinks(byte[] docx, byte[] pdf) {
        List<String> targets = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             PDDocument read = Loader.loadPDF(pdf)) {
            for (XWPFHyperlink link : word.getHyperlinks()) {
                targets.add(link.getURL());
            }
            for (PDPage page : read.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String target : targets) {
            String scheme = target.strip().toLowerCase(java.util.Locale.ROOT);
            assertFalse(scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:")
                    || scheme.startsWith("file:"), "a link to " + target + " in the files");
        }
    }

    // ---- files

    @Example
    void symlinks() throws IOException {
        Path folder = Fuzz.FOLDER;
        Path outside = Files.createTempDirectory("alke-fuzz-outside");
        try {
            // the input itself through a link: read as the file it names
            Path target = outside.resolve("paatos-kohde.yaml");
            Files.writeString(target, sample("seed-000-paatos-2026.yaml"));
            Path link = folder.resolve("paatos-linkki.yaml");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
            assertEquals(Outcome.RENDERED, Fuzz.outcome(() -> Fuzz.ALKE.read(link), SEEDS));
            Files.delete(link);

            // an organisations file that is a link: to a file outside the folder, to nothing, to itself, to a folder
            String table = sample("toimenpiteet-itasuomi-2026.yaml");
            Files.copy(Fuzz.SAMPLES.resolve("organisaatiot-2026.yaml"), outside.resolve("organisaatiot.yaml"));
            for (String to : List.of("organisaatiot.yaml", "puuttuu.yaml", "linkki.yaml", "")) {
                Path named = folder.resolve("linkki.yaml");
                Files.deleteIfExists(named);
                Files.createSymbolicLink(named, to.equals("linkki.yaml") ? named : outside.resolve(to));
                Fuzz.input(SEEDS, "toimenpiteet.yaml", table.replace("organisations: organisaatiot-2026.yaml",
                        "organisations: linkki.yaml").getBytes(StandardCharsets.UTF_8));
                Files.delete(named);
            }
            for (String reference : List.of("../../../../../../etc/passwd.yaml", "/etc/passwd.yaml", "kansio/",
                    "C:\\\\x.yaml", "\\u0000.yaml")) {
                Outcome outcome = Fuzz.input(SEEDS, "toimenpiteet.yaml", table.replace(
                        "organisations: organisaatiot-2026.yaml", "organisations: \"" + reference + "\"")
                        .getBytes(StandardCharsets.UTF_8));
                assertEquals(Outcome.REFUSED, outcome, reference);
            }
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @AfterContainer
    static void summary() {
        System.out.println("fuzz: seed corpus\n" + Fuzz.summary(SEEDS));
        assertTrue(true);
    }
}
