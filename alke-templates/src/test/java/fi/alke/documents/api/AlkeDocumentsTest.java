package fi.alke.documents.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import fi.alke.documents.input.InputException;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.RuleSet;
import fi.alke.documents.model.Rules;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.testing.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: reading, author's folders, the default language, rules, errors as data, atomic files. */
class AlkeDocumentsTest {
    private static final AlkeDocuments STOCK = AlkeDocuments.create();
    private static final String TITLE = "Päätös yhteisestä keskustelusta";
    private static final int THREADS = 4;

    /** A decision of four regions, from {@code sender}, with these lines after {@code meta:}'s title. */
    private static String decision(String sender, String meta) {
        return "kind: decision\n"
                + "meta:\n"
                + "  title: " + TITLE + "\n"
                + "  date: 2026-01-15\n"
                + meta
                + "sender: " + sender + "\n"
                + "decision: Ministeriö päättää järjestää keskustelun.\n"
                + "themes: [Puolustusteollisuus]\n"
                + "regions: [\"10\", \"11\", \"13\", \"05\"]\n"
                + "start: 2026-03-20T09:00\n";
    }

    @Test
    void anInputRendersToStreamsAndFilesAlikeAndTheFilesAreWholeWithNothingBeside(@TempDir Path dir)
            throws Exception {
        AlkeDocument document = STOCK.read("paatos.yaml", decision("tem", ""));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        STOCK.render(document, Format.DOCX, docx);
        byte[] pdf = STOCK.render(document, Format.PDF);

        Path docxFile = dir.resolve("out/paatos.docx");
        Path pdfFile = dir.resolve("out/paatos.pdf");
        STOCK.render(document, pdfFile, docxFile);

        assertArrayEquals(docx.toByteArray(), Files.readAllBytes(docxFile), "the same bytes to a stream and a file");
        assertArrayEquals(pdf, Files.readAllBytes(pdfFile));
        assertTrue(Texts.docx(docx.toByteArray()).contains("Työ- ja elinkeinoministeriö"), "the stock letterhead");
        assertTrue(Texts.pdf(pdf).contains("Keski-Suomi"), "the regions");
        assertEquals(List.of("paatos.docx", "paatos.pdf"), names(dir.resolve("out")), "no temporary file is left");
    }

    @Test
    void aBadInputIsAnInputExceptionWithItsProblemsAsDataAndWritesNothing(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("paatos.pdf"), "the old file");
        String broken = decision("tem", "").replace("2026-01-15", "2026-02-30").replace("\"11\"", "\"03\"");

        InputException e = assertThrows(InputException.class, () -> STOCK.read("paatos.yaml", broken));

        assertEquals(List.of(new Problem("paatos.yaml", 4, 3, "meta.date", "'2026-02-30' is not a date: there is no "
                        + "day 30 in 2026-02, which has 28 days"), "regions[1]"),
                List.of(e.problems().get(0), e.problems().get(1).field()));
        assertEquals(8, e.problems().get(1).line());
        assertTrue(e.getMessage().startsWith("paatos.yaml:4:3: meta.date: '2026-02-30' is not a date"), e.getMessage());
        assertEquals("the old file", Files.readString(target));
    }

    @Test
    void aFailingTemplateOfTheAuthorsFolderWritesNothingAndKeepsWhatWasThere(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("decision.ftlx"), "<document>\n${doc.noSuchField}\n</document>\n");
        AlkeDocuments authored = AlkeDocuments.builder().authorFolder(templates).build();
        AlkeDocument document = authored.read("paatos.yaml", decision("tem", ""));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path docx = Files.write(out.resolve("paatos.docx"), new byte[] {1, 2, 3});

        AlkeException e = assertThrows(AlkeException.class,
                () -> authored.render(document, docx, out.resolve("paatos.pdf")));

        assertTrue(e instanceof TemplateRenderException, e.getClass().getName());
        Problem problem = e.problems().get(0);
        assertEquals(List.of(templates.resolve("decision.ftlx").toString(), 2), List.of(problem.source(), problem.line()),
                problem.toString());
        assertTrue(problem.message().contains("noSuchField"), problem.message());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(docx), "the old file is as it was");
        assertEquals(List.of("paatos.docx"), names(out), "and nothing else is written");
    }

    @Test
    void theAuthorsLetterheadWinsAndAnUnknownSenderIsTheInputsProblem(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/letterheads"));
        Files.writeString(templates.resolve("tem.yaml"), "name: {fi: Oma ministeriö}\n");
        AlkeDocuments authored = AlkeDocuments.builder().authorFolder(templates.getParent()).build();
        AlkeDocument document = authored.read("paatos.yaml", decision("tem", ""));

        String text = Texts.pdf(authored.render(document, Format.PDF));
        assertTrue(text.contains("Oma ministeriö"), text);
        assertFalse(text.contains("Työ- ja elinkeinoministeriö"), text);

        // at the input's sender: line, when it is read (SenderTest)
        InputException e = assertThrows(InputException.class,
                () -> authored.read("paatos.yaml", decision("no-such-sender", "")));
        assertEquals("paatos.yaml", e.problems().get(0).source());
        assertEquals("sender", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().endsWith("(and in " + templates + ": tem)"), e.getMessage());
    }

    @Test
    void theDefaultLanguageIsThatOfInputsThatNameNone() throws Exception {
        AlkeDocuments swedish = AlkeDocuments.builder().language("sv").build();

        AlkeDocument unnamed = swedish.read("paatos.yaml", decision("tem", ""));
        AlkeDocument finnish = swedish.read("paatos.yaml", decision("tem", "  language: fi\n"));

        assertEquals("sv", unnamed.meta().language());
        assertEquals("fi", finnish.meta().language(), "an input's own language stays");
        String text = Texts.pdf(swedish.render(unnamed, Format.PDF));
        assertTrue(text.contains("Arbets- och näringsministeriet") && text.contains("Beslut"), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlkeDocuments.builder().language("de"));
        assertEquals("no language is called 'de'; the languages are fi, sv, en", e.getMessage());
    }

    @Test
    void brokenRulesBlockRenderingOnlyWhenTheyShould(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("round.yaml"), "rules:\n  minRegionsPerJointDiscussion: 5\n");
        AlkeDocuments blocking = AlkeDocuments.builder().rules(rules).violationsBlock(true).build();
        AlkeDocuments warning = AlkeDocuments.builder().rules(RuleSet.builder().minRegionsPerJointDiscussion(5)
                .build()).build();
        AlkeDocument document = STOCK.read("paatos.yaml", decision("tem", ""));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> blocking.render(document, dir.resolve("paatos.pdf")));

        assertEquals(List.of(Rules.MIN_REGIONS_PER_JOINT_DISCUSSION), e.violations().stream().map(v -> v.rule()).toList());
        Problem problem = e.problems().get(0);
        assertEquals(List.of("decision", "regions"), List.of(problem.source(), problem.field()));
        assertTrue(problem.message().endsWith("(" + Rules.MIN_REGIONS_PER_JOINT_DISCUSSION + ")"), problem.message());
        assertFalse(Files.exists(dir.resolve("paatos.pdf")));
        assertEquals(1, warning.check(Map.of("paatos.yaml", document)).size(), "not blocking: the caller is told");
        assertTrue(warning.render(document, Format.PDF).length > 0, "and it renders");
    }

    @Test
    void aRulesFileIsCheckedFieldByFieldAtItsLines(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("round.yaml"), "rules:\n  maxTopicArea: 2\n  agendaLeadDays: -1\n");

        InputException e = assertThrows(InputException.class, () -> AlkeDocuments.builder().rules(rules));

        assertEquals(List.of("round.yaml:2:3: rules.maxTopicArea: unknown rule; the rules are agendaLeadDays, "
                        + "maxDiscussionsPerRegion, maxParticipantsPerMinistryAndTheme, "
                        + "maxParticipantsPerRegionAndTheme, maxThemesPerDiscussion, maxTopicAreas, "
                        + "minRegionsPerJointDiscussion",
                "round.yaml:3:3: rules.agendaLeadDays: must not be negative, was -1"),
                e.problems().stream().map(Problem::toString).toList());
        Files.writeString(rules, "round: 2026\n");
        InputException none = assertThrows(InputException.class, () -> AlkeDocuments.builder().rules(rules));
        assertEquals("round.yaml:1:1: no rules: block; write e.g. rules: {agendaLeadDays: 14}", none.getMessage());
    }

    @Test
    void aTargetThatNamesNoFormatIsRefusedBeforeAnythingIsDone(@TempDir Path dir) throws Exception {
        AlkeDocument document = STOCK.read("paatos.yaml", decision("tem", ""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> STOCK.render(document, dir.resolve("paatos.pdf"), dir.resolve("paatos.odt")));

        assertTrue(e.getMessage().endsWith("paatos.odt: the file name does not end in .docx or .pdf, so it names no "
                + "format"), e.getMessage());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void theAuthorsOrganisationsAreKnownToItsInputs(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("organisations.yaml"), "organisations:\n"
                + "  - {code: jyu, name: {fi: Jyväskylän yliopisto}, side: regions}\n", StandardCharsets.UTF_8);
        String table = "kind: action-table\nmeta: {title: Toimenpiteet, date: 2026-04-20}\nsender: tem\n"
                + "ongoing:\n  - {id: K1, description: Tutkimus., responsible: [jyu]}\n";

        InputException stock = assertThrows(InputException.class, () -> STOCK.read("t.yaml", table));
        AlkeDocuments authored = AlkeDocuments.builder().authorFolder(templates).build();

        assertTrue(stock.getMessage().contains("jyu"), stock.getMessage());
        assertTrue(Texts.pdf(authored.render(authored.read("t.yaml", table), Format.PDF))
                .contains("Jyväskylän yliopisto"));
        Files.writeString(templates.resolve("organisations.yaml"), "organisations:\n  - {code: jyu}\n");
        InputException broken = assertThrows(InputException.class,
                () -> AlkeDocuments.builder().authorFolder(templates).build());
        assertEquals("organisations.yaml", broken.problems().get(0).source());
    }

    @Test
    void oneLibrarySharedByThreadsGivesEachTheSameBytes() throws Exception {
        AlkeDocument document = STOCK.read("paatos.yaml", decision("tem", ""));
        byte[] docx = STOCK.render(document, Format.DOCX);
        byte[] pdf = STOCK.render(document, Format.PDF);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<byte[]>>> renders = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                renders.add(pool.submit(() -> List.of(STOCK.render(document, Format.DOCX),
                        STOCK.render(STOCK.read("paatos.yaml", decision("tem", "")), Format.PDF))));
            }
            for (Future<List<byte[]>> render : renders) {
                assertArrayEquals(docx, render.get().get(0));
                assertArrayEquals(pdf, render.get().get(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
