package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static fi.alke.samples.CommandLineTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alke validate} checks everything {@code render} needs (the sender's profile and logo, the template,
 * the markup and its images, the author's organisations), and {@code render --rules} checks the round's rules
 * first: run in-process, as a user runs them.
 */
class CliChecksTest {
    private static final String DECISION = "samples/seed-000-paatos-2026.yaml";
    private static final String AGENDA = "samples/asialista-2026.yaml";
    private static final String ACTIONS = "samples/toimenpiteet-2026.yaml";
    /** Java's names that must never reach a user: packages, exceptions, FreeMarker's wrappers. */
    private static final Pattern JAVA = Pattern.compile("java\\.|Exception|fi\\.alke\\.|f\\.t\\.|freemarker|Tip:");

    @TempDir
    Path dir;

    @Test
    void validateNamesASenderWithoutAProfileAtItsLine() throws IOException {
        Path input = withSender(copy(DECISION, dir.resolve("paatos.yaml")), "tme");

        Cli run = alke("validate", input);

        assertEquals(1, run.exit(), run.printed());
        assertEquals(List.of(input + ":" + line(input, "sender:") + ":1: sender: no letterhead profile 'tme'; "
                + "the profiles are regional-council, tem"), run.err().lines().toList());
        assertEquals("1 input, 1 problem", run.out().strip());

        Path templates = dir.resolve("my-templates");
        Files.createDirectories(templates.resolve("letterheads"));
        Files.writeString(templates.resolve("letterheads/oma.yaml"), "name: {fi: Oma virasto}\n");
        Cli withFolder = alke("validate", input, "--templates", templates);

        assertEquals(List.of(input + ":" + line(input, "sender:") + ":1: sender: no letterhead profile 'tme'; "
                        + "the profiles are regional-council, tem (and in " + templates.resolve("letterheads") + ": oma)"),
                withFolder.err().lines().toList(), withFolder.printed());
    }

    @Test
    void aLogoThatDoesNotLoadIsNamedAtTheProfileThatNamesIt() throws IOException {
        Path templates = dir.resolve("my-templates");
        Path profile = templates.resolve("letterheads/oma.yaml");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, "# our own letterhead\nname:\n  fi: Oma virasto\nlogo: letterheads/oma.png\n"
                + "logoAlt: Oman viraston tunnus\n");
        Path first = withSender(copy(DECISION, dir.resolve("in/paatos.yaml")), "oma");
        Path second = withSender(copy(AGENDA, dir.resolve("in/asialista.yaml")), "oma");

        Cli run = alke("validate", first, second, "--templates", templates);

        assertEquals(1, run.exit(), run.printed());
        // once, though two inputs use the profile, and not at the markup the template wrote
        assertEquals(List.of(profile + ":4:1: logo: cannot load image 'letterheads/oma.png': not in " + templates
                + " nor among the stock files"), run.err().lines().toList(), run.printed());
        assertEquals("2 inputs, 1 problem", run.out().strip());

        Files.writeString(templates.resolve("letterheads/oma.png"), "not an image");
        Cli notAnImage = alke("validate", first, "--templates", templates);
        assertEquals(List.of(profile + ":4:1: logo: image 'letterheads/oma.png': not a PNG or JPEG image"),
                notAnImage.err().lines().toList(), notAnImage.printed());

        // a PNG cut short: its size is in its first chunk, but the pixels are not all there
        byte[] logo = java.util.Objects.requireNonNull(CliChecksTest.class.getResourceAsStream(
                "/fi/alke/templates/letterheads/tem.png")).readAllBytes();
        Files.write(templates.resolve("letterheads/oma.png"), java.util.Arrays.copyOf(logo, logo.length / 2));
        Cli cutShort = alke("validate", first, "--templates", templates);
        assertEquals(List.of(profile + ":4:1: logo: image 'letterheads/oma.png': is cut short: the PNG ends before "
                + "its last chunk (a damaged or partly copied file; save or copy it again)"),
                cutShort.err().lines().toList(), cutShort.printed());

        Path out = dir.resolve("out");
        Cli render = alke("render", first, "--templates", templates, "--out", out);
        assertEquals(1, render.exit(), render.printed());
        assertTrue(render.err().contains("    " + profile + ":4:1: logo: image 'letterheads/oma.png'"), render.printed());
        assertFalse(Files.exists(out.resolve("paatos.pdf")));
    }

    @Test
    void anInvalidProfileIsNamedWithItsFieldAndLine() throws IOException {
        Path templates = dir.resolve("my-templates");
        Path profile = templates.resolve("letterheads/oma.yaml");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, "name:\n  fi: Oma virasto\nlogoWidth: 1.6 cm\n");
        Path input = withSender(copy(DECISION, dir.resolve("paatos.yaml")), "oma");

        Cli run = alke("validate", input, "--templates", templates);

        assertEquals(List.of(profile + ":3:1: logoWidth: must be a length such as 1.6cm or 16mm: '1.6 cm'"),
                run.err().lines().toList(), run.printed());
    }

    @Test
    void validateReportsATemplateErrorOfTheAuthorsFolderByItsFile() throws IOException {
        Path templates = export();
        Path template = templates.resolve("decision.ftlx");
        String misspelt = "  <h1>${meta.titel}</h1>";
        Files.writeString(template, Files.readString(template).replace("  <h1>${msg[\"decision.explanation\"]}</h1>",
                misspelt));
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));

        Cli run = alke("validate", input, "--templates", templates);

        assertEquals(1, run.exit(), run.printed());
        List<String> lines = run.err().lines().toList();
        int line = line(template, misspelt);
        assertTrue(lines.get(0).matches(Pattern.quote(template + ":" + line + ":") + "\\d+: The following has "
                + "evaluated to null or missing:"), run.printed());
        assertTrue(lines.get(1).startsWith("    ==> meta.titel "), run.printed());
        assertFalse(JAVA.matcher(run.err()).find(), run.printed());
        assertEquals("1 input, 1 problem", run.out().strip());
    }

    @Test
    void validateReportsInvalidMarkupAndAMissingImageFromAnOverrideTemplate() throws IOException {
        Path templates = export();
        Path template = templates.resolve("decision.ftlx");
        String stock = Files.readString(template);
        Files.writeString(template, stock.replace("<h1>", "<h1 class=\"big\">"));
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));

        Cli run = alke("validate", input, "--templates", templates);

        assertEquals(1, run.exit(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.printed()); // the template has two h1
        // Each at the template's own line, at the start tag's closing '>'; the generated markup's line kept.
        List<String> expected = startTagEnds(Files.readString(template), "<h1 class=\"big\">").stream()
                .map(at -> template + ":" + at + ": <h1> has no attribute 'class' (the elements and their "
                        + "attributes are listed in docs/templates.md) (" + input + " (markup from decision.ftlx), line ")
                .toList();
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.get(i).startsWith(expected.get(i)) && lines.get(i).matches(".*line \\d+:\\d+\\)"),
                    run.printed() + "\nexpected " + expected.get(i));
        }

        Files.writeString(template, stock.replaceFirst("<h1>", "<img src=\"kuvat/kaavio.png\" alt=\"Kaavio\" "
                + "width=\"8cm\"/><h1>"));
        Cli image = alke("validate", input, "--templates", templates);

        assertEquals(1, image.exit(), image.printed());
        String at = startTagEnds(Files.readString(template), "<img src=\"kuvat/kaavio.png\" alt=\"Kaavio\" width=\"8cm\"/>")
                .get(0);
        assertTrue(image.err().strip().startsWith(template + ":" + at + ": "
                + "cannot load image 'kuvat/kaavio.png': not in " + templates + " nor among the stock files"),
                image.printed());
    }

    /**
     * {@code alke markup} writes what the template produced, also when it is not valid, so that the
     * generated line a markup error ends with can be looked up.
     */
    @Test
    void markupWritesTheTemplatesOutputEvenWhenItIsNotValid() throws IOException {
        Path templates = export();
        Path template = templates.resolve("decision.ftlx");
        Files.writeString(template, Files.readString(template).replace("<h1>", "<h1 class=\"big\">"));
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));
        Path out = dir.resolve("paatos.xml");

        Cli run = alke("markup", input, "--templates", templates, "--out", out);

        assertEquals(0, run.exit(), run.printed());
        String markup = Files.readString(out);
        assertTrue(markup.contains("<document lang=\"fi\""), markup);
        assertTrue(markup.contains("<h1 class=\"big\">"), markup);
        Cli validate = alke("validate", input, "--templates", templates);
        String line = validate.err().lines().findFirst().orElseThrow().replaceAll(".*, line (\\d+):\\d+\\)$", "$1");
        assertTrue(markup.lines().toList().get(Integer.parseInt(line) - 1).contains("<h1 class=\"big\">"), validate.printed());

        Cli stdout = alke("markup", input);
        assertEquals(0, stdout.exit(), stdout.printed());
        assertTrue(stdout.out().contains("</document>"), stdout.printed());
        Cli broken = alke("markup", dir.resolve("puuttuu.yaml"));
        assertEquals(1, broken.exit(), broken.printed());
    }

    /**
     * {@code alke templates check}: a fresh export has nothing to report; each kind of slip an author makes
     * that would otherwise be ignored is found, at its file (and line), and render warns of the same.
     */
    @Test
    void templatesCheckFindsWhatWouldBeSilentlyIgnored() throws IOException {
        Path templates = export();
        Cli clean = alke("templates", "check", templates);
        assertEquals(0, clean.exit(), clean.printed());
        assertEquals("0 findings in " + templates, clean.out().strip());

        Files.copy(templates.resolve("decision.ftlx"), templates.resolve("decission.ftlx"));
        Path fi = templates.resolve("messages_fi.properties");
        Files.writeString(fi, Files.readString(fi) + "decision.decisoin=Päätös\nown.note=Huomio\n");
        Path decision = templates.resolve("decision.ftlx");
        Files.writeString(decision, Files.readString(decision)
                .replaceFirst("</h1>", " \\${msg[\"own.note\"]}</h1>"));
        Files.writeString(templates.resolve("muistiinpanot.txt"), "notes");
        Files.writeString(templates.resolve("guidance-letter.ftlx"), "<#if x>\n");
        Files.writeString(templates.resolve("letterheads/oma.yaml"), "name: {fi: Oma}\nlogo: letterheads/oma.png\n");
        int lines = (int) Files.readString(fi).lines().count();

        Cli run = alke("templates", "check", templates);

        assertEquals(1, run.exit(), run.printed());
        List<String> findings = run.err().lines().filter(line -> !line.startsWith("    ")).toList();
        assertEquals(List.of(
                templates.resolve("decission.ftlx") + ": matches no stock template (did you mean decision.ftlx?), and "
                        + "no template imports or includes it: it is never used",
                templates.resolve("guidance-letter.ftlx") + ":1:8: Syntax error in template \"guidance-letter.ftlx\" "
                        + "in line 1, column 8:",
                templates.resolve("letterheads/oma.yaml") + ": logoAlt: a text alternative is required when a logo is given",
                templates.resolve("muistiinpanot.txt") + ": matches no stock template, message bundle, letterhead profile "
                        + "or image: it is never used",
                fi + ":" + (lines - 1) + ":1: the key 'decision.decisoin' is no stock label and no template asks for "
                        + "it (did you mean 'decision.decision'?): it is never shown",
                fi + ":" + lines + ":1: the key 'own.note' has no value in messages_en.properties: a document in that "
                        + "language lacks it",
                fi + ":" + lines + ":1: the key 'own.note' has no value in messages_sv.properties: a document in that "
                        + "language lacks it"), findings);
        assertEquals("7 findings in " + templates, run.out().strip());

        Cli render = alke("render", copy(DECISION, dir.resolve("paatos.yaml")), "--templates", templates,
                "--out", dir.resolve("out"));
        assertTrue(render.err().lines().anyMatch(line -> line.equals("warning: " + findings.get(0))), render.printed());
    }

    /** {@code alke samples} reports as render does: a line per sample, a summary, and it keeps what exists. */
    @Test
    void samplesKeepsExistingOutputsWithoutForceAndSumsUpAsRenderDoes() throws IOException {
        Path out = dir.resolve("out");
        int samples = Samples.stems().size();

        Cli first = alke("samples", "--out", out, "--format", "pdf");
        assertEquals(0, first.exit(), first.printed());
        assertEquals(samples, first.out().lines().filter(line -> line.startsWith("wrote ")).count(), first.printed());
        assertTrue(first.out().strip().endsWith(samples + " of " + samples + " inputs rendered, " + samples
                + " files in " + out), first.printed());

        Path one = out.resolve(Samples.stems().get(0) + ".pdf");
        Files.write(one, new byte[] {1});
        Cli again = alke("samples", "--out", out, "--format", "pdf");
        assertEquals(1, again.exit(), again.printed());
        assertTrue(again.err().contains(one + " exists; --force overwrites"), again.printed());
        assertEquals(1, Files.size(one), "kept as it was");

        Cli forced = alke("samples", "--out", out, "--format", "pdf", "--force");
        assertEquals(0, forced.exit(), forced.printed());
        assertTrue(Files.size(one) > 1000);
    }

    /** The line:column of the last character of each occurrence of {@code tag} in {@code text}. */
    private static List<String> startTagEnds(String text, String tag) {
        List<String> at = new java.util.ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (int c = lines[i].indexOf(tag); c >= 0; c = lines[i].indexOf(tag, c + 1)) {
                at.add((i + 1) + ":" + (c + tag.length()));
            }
        }
        return at;
    }

    @Test
    void validatePassesForEverySampleWithAndWithoutTheExportedTemplates() throws IOException {
        Path in = dir.resolve("samples");
        for (String stem : Samples.stems()) {
            copy(Samples.FOLDER + stem + ".yaml", in.resolve(stem + ".yaml"));
        }
        for (String named : Samples.NAMED_FILES) {
            copy(Samples.FOLDER + named, in.resolve(named));
        }
        assertEquals(12, Samples.stems().size());

        Cli stock = alke("validate", in);
        Cli exported = alke("validate", in, "--templates", export());

        for (Cli run : List.of(stock, exported)) {
            assertEquals(0, run.exit(), run.printed());
            assertEquals("", run.err());
            assertEquals(Samples.stems().size() + " inputs, 0 problems", run.out().strip());
        }
    }

    @Test
    void anUnknownOrganisationIsAProblemAndTheAuthorsOrganisationsAreKnown() throws IOException {
        Path input = copy(ACTIONS, dir.resolve("toimenpiteet.yaml"));
        Files.writeString(input, Files.readString(input).replaceFirst("    ministries: \\[UM]\n",
                "    ministries: [UM]\n    responsible: [ely-keski-suomi]\n"));
        int at = line(input, "    responsible: [ely-keski-suomi]");

        Cli unknown = alke("validate", input);

        assertEquals(1, unknown.exit(), unknown.printed());
        assertTrue(unknown.err().matches("(?s)" + Pattern.quote(input + ":" + at + ":19: ") + "ongoing\\[\\d+]"
                + Pattern.quote(".responsible[0]: no party has the code 'ely-keski-suomi'") + ".*"), unknown.printed());
        assertEquals("1 input, 1 problem", unknown.out().strip());

        Path templates = dir.resolve("my-templates");
        Files.createDirectories(templates);
        Path organisations = templates.resolve("organisations.yaml");
        Files.writeString(organisations, "organisations:\n  - code: ely-keski-suomi\n"
                + "    name: {fi: Keski-Suomen ELY-keskus}\n    side: state\n");

        Cli known = alke("validate", input, "--templates", templates);
        assertEquals(0, known.exit(), known.printed());
        assertEquals("1 input, 0 problems", known.out().strip());

        Path out = dir.resolve("out");
        Cli rendered = alke("render", input, "--templates", templates, "--out", out, "--format", "pdf");
        assertEquals(0, rendered.exit(), rendered.printed());
        assertTrue(Files.size(out.resolve("toimenpiteet.pdf")) > 1000);
        Cli withoutThem = alke("render", input, "--out", dir.resolve("out2"), "--format", "pdf");
        assertEquals(1, withoutThem.exit(), withoutThem.printed());
        assertTrue(withoutThem.err().contains("no party has the code 'ely-keski-suomi'"), withoutThem.printed());
    }

    @Test
    void anOrganisationsFileNamedOnItsOwnIsCheckedAsOne() throws IOException {
        Path organisations = dir.resolve("organisaatiot.yaml");
        Files.writeString(organisations, "organisations:\n  - code: ely-lappi\n    name: {fi: Lapin ELY-keskus}\n"
                + "    side: valtio\n  - code: tem\n    name: {fi: Toinen}\n    side: state\n");

        Cli run = alke("validate", organisations);

        assertEquals(1, run.exit(), run.printed());
        assertEquals(List.of(
                organisations + ":4:5: organisations[0].side: 'valtio' is not allowed here; write one of state, regions",
                organisations + ":5:5: organisations[1].code: 'tem' is already the code of Työ- ja elinkeinoministeriö; "
                        + "choose another"), run.err().lines().toList(), run.printed());
    }

    @Test
    void aFolderOfInputsMayHoldTheOrganisationsAndRulesFilesBesideThem() throws IOException {
        Path in = dir.resolve("in");
        Path decision = copy(DECISION, in.resolve("paatos.yaml"));
        Files.writeString(in.resolve("organisaatiot.yaml"), "# the round's organisations\norganisations:\n"
                + "  - {code: ely-keski-suomi, name: {fi: Keski-Suomen ELY-keskus}, side: state}\n");
        Path rules = Files.writeString(in.resolve("round.yaml"), "# syksy 2026\n---\nrules: {maxThemesPerDiscussion: 1}\n");
        Files.writeString(in.resolve("round.json"), "{\"rules\": {\"maxTopicAreas\": 2}}\n");

        Cli run = alke("validate", in, "--rules", rules);

        assertEquals(0, run.exit(), run.printed());
        assertEquals("", run.err(), run.printed());
        assertEquals("1 input, 0 problems", run.out().strip());
        // a file that merely mentions rules further down is an input, and is checked as one
        Files.writeString(in.resolve("muistio.yaml"), "title: Muistio\nrules: {}\n");
        Cli memo = alke("validate", in, "--rules", rules);
        assertEquals(List.of(in.resolve("muistio.yaml") + ":1:1: title: the file must start with kind: ("
                + "decision, agenda, guidance-letter, board-decision-extract, theme-description, action-table, "
                + "follow-up, study-call)"), memo.err().lines().toList(), memo.printed());
        assertTrue(Files.exists(decision));
    }

    @Test
    void aBrokenOrganisationsFileIsNamedWithItsLineAndField() throws IOException {
        Path templates = dir.resolve("my-templates");
        Files.createDirectories(templates);
        Path organisations = templates.resolve("organisations.yaml");
        Files.writeString(organisations, "organisations:\n  - code: ely-keski-suomi\n"
                + "    name: {fi: Keski-Suomen ELY-keskus}\n    side: east\n");
        Path input = copy(DECISION, dir.resolve("paatos.yaml"));

        Cli validate = alke("validate", input, "--templates", templates);

        assertEquals(1, validate.exit(), validate.printed());
        assertEquals(List.of(organisations + ":4:5: organisations[0].side: 'east' is not allowed here; "
                + "write one of state, regions"), validate.err().lines().toList(), validate.printed());

        Path out = dir.resolve("out");
        Cli render = alke("render", input, "--templates", templates, "--out", out);

        assertEquals(1, render.exit(), render.printed());
        assertTrue(render.err().startsWith(organisations + ":4:5: organisations[0].side: "), render.printed());
        assertFalse(Files.exists(out.resolve("paatos.pdf")));
    }

    @Test
    void renderWarnsOfRuleViolationsAtTheirLineAndColumnAndRendersAnyway() throws IOException {
        Path agenda = copy(AGENDA, dir.resolve("in/asialista.yaml"));
        Path decision = copy(DECISION, dir.resolve("in/paatos.yaml"));
        Path rules = dir.resolve("round.yaml");
        Files.writeString(rules, "rules:\n  maxTopicAreas: 1\n");
        Path out = dir.resolve("out");

        Cli run = alke("render", agenda, decision, "--rules", rules, "--out", out, "--format", "pdf");

        assertEquals(0, run.exit(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.printed());
        assertTrue(lines.get(0).startsWith(agenda + ":" + line(agenda, "topicAreas:") + ":1: topicAreas: 2 topic areas ("),
                run.printed());
        assertTrue(lines.get(0).endsWith(", at most 1 allowed (max-topic-areas)"), run.printed());
        assertEquals("warning: 1 rule violation of " + rules + "; rendering anyway (--rules-block renders nothing then)",
                lines.get(1));
        assertTrue(Files.size(out.resolve("asialista.pdf")) > 1000);
        assertTrue(Files.size(out.resolve("paatos.pdf")) > 1000);
        assertTrue(run.out().contains("2 of 2 inputs rendered, 2 files in " + out), run.printed());
    }

    @Test
    void rulesBlockRendersNothingWhileARuleIsBroken() throws IOException {
        Path agenda = copy(AGENDA, dir.resolve("in/asialista.yaml"));
        Path decision = copy(DECISION, dir.resolve("in/paatos.yaml"));
        Path rules = dir.resolve("round.yaml");
        Files.writeString(rules, "rules:\n  maxTopicAreas: 1\n");
        Path out = dir.resolve("out");

        Cli blocked = alke("render", agenda, decision, "--rules", rules, "--rules-block", "--out", out);

        assertEquals(1, blocked.exit(), blocked.printed());
        assertTrue(blocked.err().startsWith(agenda + ":" + line(agenda, "topicAreas:") + ":1: topicAreas: "),
                blocked.printed());
        assertTrue(blocked.err().contains("1 rule violation of " + rules + "; --rules-block: nothing rendered"),
                blocked.printed());
        assertFalse(Files.exists(out) && list(out).count() > 0, "nothing rendered");

        Files.writeString(rules, "rules:\n  maxTopicAreas: 2\n");
        Cli kept = alke("render", agenda, decision, "--rules", rules, "--rules-block", "--out", out, "--format", "pdf");
        assertEquals(0, kept.exit(), kept.printed());
        assertEquals("", kept.err());
        assertTrue(Files.size(out.resolve("asialista.pdf")) > 1000);

        assertEquals(2, alke("render", agenda, "--rules-block", "--out", out).exit(), "--rules-block needs --rules");
    }

    /** The stock templates exported into an author's folder, as {@code alke templates export} writes them. */
    private Path export() {
        Path templates = dir.resolve("my-templates");
        assertEquals(0, alke("templates", "export", templates).exit());
        return templates;
    }

    private static Path withSender(Path input, String sender) throws IOException {
        String text = Files.readString(input);
        assertTrue(text.contains("\nsender: tem\n"), input.toString());
        Files.writeString(input, text.replace("\nsender: tem\n", "\nsender: " + sender + "\n"));
        return input;
    }

    private static Stream<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        }
    }
}
