package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TemplateEngineTest {
    /** Public: FreeMarker, like any reflective caller, reads only public classes' members. */
    public record Person(String name, String title) {
    }

    @TempDir
    Path folder;

    /** An engine whose override folder holds one template with the given text. */
    private TemplateEngine engineWith(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return TemplateEngine.builder().overrides(folder).build();
    }

    @Test
    void readsRecordAccessorsAsProperties() throws Exception {
        TemplateEngine engine = engineWith("person.ftlx", "<p>${person.name}, ${person.title}</p>");
        String out = engine.render("person.ftlx", Map.of("person", new Person("Tiina Korhonen", "ylijohtaja")));
        assertEquals("<p>Tiina Korhonen, ylijohtaja</p>", out);
    }

    @Test
    void escapesTextForXml() throws Exception {
        TemplateEngine engine = engineWith("escape.ftlx", "<p title=\"${text}\">${text}</p>");
        String out = engine.render("escape.ftlx", Map.of("text", "A & B <c> \"d\""));
        assertEquals("<p title=\"A &amp; B &lt;c&gt; &quot;d&quot;\">A &amp; B &lt;c&gt; &quot;d&quot;</p>", out);
    }

    @Test
    void printsNumbersWithoutGrouping() throws Exception {
        // the Finnish locale would print "2 024"
        TemplateEngine engine = engineWith("year.ftlx", "${year}");
        assertEquals("2024", engine.render("year.ftlx", Map.of("year", 2024, "lang", "fi")));
    }

    @Test
    void overrideWinsAndOtherTemplatesStillComeFromStock() throws Exception {
        TemplateEngine stock = TemplateEngine.builder().build();
        assertEquals("<greeting>Stock greeting for Anna</greeting>",
                stock.render("test/greeting.ftlx", Map.of("name", "Anna")).strip());

        TemplateEngine engine = engineWith("test/greeting.ftlx", "<greeting>Own greeting for ${name}</greeting>");
        assertEquals("<greeting>Own greeting for Anna</greeting>",
                engine.render("test/greeting.ftlx", Map.of("name", "Anna")));
        assertEquals("<farewell>Stock farewell for Anna</farewell>",
                engine.render("test/farewell.ftlx", Map.of("name", "Anna")).strip());
    }

    @Test
    void extraClassPathRootComesBeforeStock() throws Exception {
        // "fi/alke/templates/test/" as an extra root: "greeting.ftlx" is found there, not in stock
        TemplateEngine engine = TemplateEngine.builder()
                .classpath(getClass().getClassLoader(), "fi/alke/templates/test/")
                .build();
        assertEquals("<greeting>Stock greeting for Bo</greeting>",
                engine.render("greeting.ftlx", Map.of("name", "Bo")).strip());
    }

    @Test
    void overrideFolderChangesSingleLabels() throws Exception {
        Files.writeString(folder.resolve("messages_fi.properties"), "attachments=Oheismateriaali\n");
        TemplateEngine engine = engineWith("labels.ftlx", "${msg.attachments}|${msg.distribution}");
        assertEquals("Oheismateriaali|Jakelu", engine.render("labels.ftlx", Map.of("lang", "fi")));
    }

    @Test
    void labelsFollowTheDocumentLanguage() throws Exception {
        TemplateEngine engine = engineWith("labels.ftlx",
                "${msg.attachments}|${msg.distribution}|${msg.forInformation}|${msg.furtherInformation}"
                        + "|${msg.electronicSignature}|${msg.postalAddress}|${msg.visitingAddress}"
                        + "|${msg.telephone}|${msg.email}|${msg.web}");
        assertEquals("Bilagor|Sändlista|För kännedom|Ytterligare information"
                + "|Detta dokument har undertecknats elektroniskt.|Postadress|Besöksadress|Telefon|E-post|Internet",
                engine.render("labels.ftlx", Map.of("lang", "sv")));
        assertEquals("Liitteet|Jakelu|Tiedoksi|Lisätietoja|Tämä asiakirja on sähköisesti allekirjoitettu."
                + "|Postiosoite|Käyntiosoite|Puhelin|Sähköposti|Internet",
                engine.render("labels.ftlx", Map.of()), "Finnish is the default");
        assertEquals("Attachments|Distribution|For information|Further information"
                + "|This document has been signed electronically.|Postal address|Visiting address|Telephone|Email|Web",
                engine.render("labels.ftlx", Map.of("lang", "en")));
    }

    @Test
    void defaultLanguageCanBeSet() throws Exception {
        Files.writeString(folder.resolve("label.ftlx"), "${lang} ${msg.attachments}");
        TemplateEngine engine = TemplateEngine.builder().overrides(folder).language("sv").build();
        assertEquals("sv Bilagor", engine.render("label.ftlx", Map.of()));
    }

    @Test
    void unknownLanguageIsAnError() throws Exception {
        TemplateEngine engine = engineWith("label.ftlx", "${msg.attachments}");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("label.ftlx", Map.of("lang", "de")));
        assertTrue(e.getMessage().contains("messages_de.properties"), e.getMessage());
    }

    @Test
    void datesHaveNoLeadingZerosUnlessPadded() throws Exception {
        TemplateEngine engine = engineWith("date.ftlx", "${fmt.date(d)}|${fmt.date(d, true)}|${fmt.isoDate(d)}");
        assertEquals("7.3.2024|07.03.2024|2024-03-07", engine.render("date.ftlx", Map.of("d", LocalDate.of(2024, 3, 7))));
        assertEquals("14.2.2024|14.02.2024|2024-02-14", engine.render("date.ftlx", Map.of("d", "2024-02-14")),
                "YAML gives dates as text");
    }

    @Test
    void aDateThatIsNotADateNamesTheTemplateLine() throws Exception {
        TemplateEngine engine = engineWith("date.ftlx", "<p>\n${fmt.date(d)}</p>");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("date.ftlx", Map.of("d", "14.2.2024")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("yyyy-mm-dd"), e.getMessage());
    }

    @Test
    void markdownHeadingsFollowTheLevelTheFieldSitsUnder() throws Exception {
        TemplateEngine engine = engineWith("markdown.ftlx",
                "${fmt.markdown(t)}|${fmt.markdown(t, 0)}|${fmt.markdown(t, 2)}|${fmt.markdown(t, 3)}|${fmt.markdown(t, 1 + 1)}");
        assertEquals("<h2>A</h2>|<h1>A</h1>|<h3>A</h3>|<p><b>A</b></p>|<h3>A</h3>",
                engine.render("markdown.ftlx", Map.of("t", Markdown.of("# A"))), "without a level, level 1");
        assertEquals("<h3>A</h3>|<h2>A</h2>|<p><b>A</b></p>|<p><b>A</b></p>|<p><b>A</b></p>",
                engine.render("markdown.ftlx", Map.of("t", "## A")), "YAML maps give Markdown as text");
    }

    @Test
    void markdownLevelMustBeAWholeNumberFromZeroToThree() throws Exception {
        for (String level : List.of("4", "-1", "1.5", "\"2\"", "true")) {
            TemplateEngine engine = engineWith("level.ftlx", "<p/>\n${fmt.markdown(t, " + level + ")}");
            TemplateRenderException e = assertThrows(TemplateRenderException.class,
                    () -> engine.render("level.ftlx", Map.of("t", "# A")), level);
            assertEquals(2, e.line(), level);
            assertTrue(e.getMessage().contains("fmt.markdown: the second argument (the heading level the text sits"
                    + " under) must be a whole number 0–3, got "), e.getMessage());
        }
        TemplateEngine engine = engineWith("level.ftlx", "${fmt.markdown(t, 1, 2)}");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("level.ftlx", Map.of("t", "# A")));
        assertTrue(e.getMessage().contains("fmt.markdown takes 1 or 2 arguments, got 3"), e.getMessage());
        TemplateEngine iso = engineWith("iso.ftlx", "<p/>\n${fmt.isoDate(d, 2)}");
        e = assertThrows(TemplateRenderException.class, () -> iso.render("iso.ftlx", Map.of("d", "2026-03-20")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("fmt.isoDate takes 1 argument, got 2"), e.getMessage());
    }

    @Test
    void partiesComeOnceEachAsNamedOrInTheOrderOfTheCodeLists() throws Exception {
        TemplateEngine engine = engineWith("parties.ftlx", "<#list fmt.parties(actions) as p>${p.code} </#list>|"
                + "<#list fmt.parties(actions?filter(a -> a.id != \"K1\"), true) as p>${p.code} </#list>|"
                + "${fmt.parties([])?size}");
        List<fi.alke.documents.model.Action> actions = List.of(
                new fi.alke.documents.model.Action("K1", Markdown.of("a"), List.of(fi.alke.documents.model.Ministry.VM),
                        List.of(fi.alke.documents.model.Region.LAPPI)),
                new fi.alke.documents.model.Action("K2", Markdown.of("b"), List.of(fi.alke.documents.model.Ministry.VM,
                        fi.alke.documents.model.Ministry.TEM), List.of(fi.alke.documents.model.Region.KAINUU)));
        assertEquals("VM 19 TEM 18 |TEM VM 18 |0", engine.render("parties.ftlx", Map.of("actions", actions)));
        for (String call : List.of("fmt.parties(\"K1\")", "fmt.parties([1])", "fmt.parties(actions, \"yes\")",
                "fmt.parties()")) {
            TemplateEngine bad = engineWith("bad.ftlx", "<p/>\n${fmt.parties(actions)?size}\n${" + call + "?size}");
            TemplateRenderException e = assertThrows(TemplateRenderException.class,
                    () -> bad.render("bad.ftlx", Map.of("actions", actions)), call);
            assertEquals(3, e.line(), call);
            assertTrue(e.getMessage().contains("fmt.parties"), e.getMessage());
        }
    }

    /** Public: FreeMarker calls only public classes' methods. */
    public record Counter(String name) {
        public int count(String status) {
            throw new IllegalArgumentException("no status is called '" + status + "'; write one of done, cancelled");
        }
    }

    @Test
    void aModelMethodThatRefusesItsArgumentsIsReportedInItsOwnWords() throws Exception {
        TemplateEngine engine = engineWith("count.ftlx", "<p/>\n<p>${counter.count(\"don\")}</p>");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("count.ftlx", Map.of("counter", new Counter("secret-internals"))));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no status is called 'don'; write one of done, cancelled"), e.getMessage());
        assertTrue(e.getMessage().contains("Failed at: ${counter.count(\"don\")}"), e.getMessage());
        assertFalse(e.getMessage().contains("Java method") || e.getMessage().contains("secret-internals"),
                "neither the Java call nor the object it was made on: " + e.getMessage());
    }

    @Test
    void syntaxErrorNamesTemplateAndLine() throws Exception {
        TemplateEngine engine = engineWith("broken.ftlx", "<p>one</p>\n<p>two</p>\n<#if x>\n<p>three</p>\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("broken.ftlx", Map.of("x", true)));
        assertEquals("broken.ftlx", e.templateName());
        assertTrue(e.line() >= 3, "line " + e.line());
        // named as the author knows it: their file's path
        assertTrue(e.getMessage().startsWith(folder.resolve("broken.ftlx") + ":" + e.line() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("#if"), "keeps FreeMarker's explanation: " + e.getMessage());
    }

    /** Templates see the model's values and methods, nothing of Java: no class, no hash code, no builder. */
    @Test
    void aTemplateSeesTheDataAndNotJava() throws Exception {
        fi.alke.documents.model.Person person = fi.alke.documents.model.Person.builder().name("Tiina Korhonen").build();
        TemplateEngine keys = engineWith("keys.ftlx", "<#list p?keys as k>${k} </#list>\n");
        String listed = keys.render("keys.ftlx", Map.of("p", person));
        assertTrue(listed.contains("name"), listed);
        for (String hidden : List.of("getClass", "hashCode", "builder", "class")) {
            assertFalse(java.util.Arrays.asList(listed.strip().split(" ")).contains(hidden), hidden + " in " + listed);
        }
        TemplateEngine klass = engineWith("class.ftlx", "${p.getClass()}\n");
        assertThrows(TemplateRenderException.class, () -> klass.render("class.ftlx", Map.of("p", person)));
        assertEquals("Tiina Korhonen 2026\n", engineWith("data.ftlx", "${p.name} ${d.year?c}\n")
                .render("data.ftlx", Map.of("p", person, "d", LocalDate.of(2026, 3, 20))));
    }

    /**
     * The clock is not data: a template that reads {@code .now}, in an interpolation, a directive or an
     * included template, is refused at its line; a hash key or text that only says "now" is not.
     */
    @Test
    void theTimeOfTheRunIsRefused() throws Exception {
        TemplateEngine engine = engineWith("clock.ftlx", "<p>a</p>\n<p>${.now?string.iso}</p>\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> engine.render("clock.ftlx", Map.of()));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("reads .now"), e.getMessage());
        TemplateEngine assigned = engineWith("assign.ftlx", "<#assign t = .now>\n${t?date}\n");
        assertThrows(TemplateRenderException.class, () -> assigned.render("assign.ftlx", Map.of()));
        Files.writeString(folder.resolve("inner.ftlx"), "<#if .now?long gt 0>x</#if>\n");
        TemplateEngine including = engineWith("outer.ftlx", "<#include \"inner.ftlx\">\n");
        TemplateRenderException included = assertThrows(TemplateRenderException.class,
                () -> including.render("outer.ftlx", Map.of()));
        assertTrue(included.getMessage().contains("reads .now"), included.getMessage());
        // Twice: FreeMarker caches the parsed template, the refusal holds.
        assertThrows(TemplateRenderException.class, () -> engine.render("clock.ftlx", Map.of()));
        assertEquals("later now. www.example.now\n", engineWith("text.ftlx", "${d.now} now. www.example.now\n")
                .render("text.ftlx", Map.of("d", Map.of("now", "later"))));
    }

    /** An include that is a symbolic link out of the folder is a template error, without absolute paths. */
    @Test
    void anIncludeLinkedOutOfTheFolderIsATemplateError(@TempDir Path outside) throws Exception {
        Path target = Files.writeString(outside.resolve("secret.ftlx"), "<p>secret</p>\n");
        Files.createSymbolicLink(folder.resolve("evil.ftlx"), target);
        TemplateEngine engine = engineWith("own.ftlx", "<p>a</p>\n<#include \"evil.ftlx\">\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> engine.render("own.ftlx", Map.of()));
        assertTrue(e.getMessage().contains("'evil.ftlx' of the author's folder is a symbolic link to a file outside it"),
                e.getMessage());
        assertFalse(e.getMessage().contains(outside.toString()), e.getMessage());
        TemplateRenderException direct = assertThrows(TemplateRenderException.class,
                () -> engine.render("evil.ftlx", Map.of()));
        assertTrue(direct.getMessage().contains("symbolic link"), direct.getMessage());
    }

    /** An endless loop is stopped at the time limit, with the library's error and nothing left interrupted. */
    @Test
    void aTemplateThatRunsForeverIsStoppedAtTheTimeLimit() throws Exception {
        Path file = folder.resolve("endless.ftlx");
        Files.writeString(file, "<#list 1.. as i><#if i < 0>${i}</#if></#list>\n");
        TemplateEngine engine = TemplateEngine.builder().overrides(folder)
                .limits(fi.alke.documents.Limits.DEFAULT.withTemplateTime(java.time.Duration.ofMillis(300))).build();
        long start = System.nanoTime();
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> engine.render("endless.ftlx", Map.of()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("longer than the limit of 300 ms"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(ms < 5_000, ms + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the caller's thread is not left interrupted");
        assertEquals("<p>ok</p>\n", engineWith("ok.ftlx", "<p>ok</p>\n").render("ok.ftlx", Map.of()));
    }

    /** Output past the limit stops the template; a recursive macro ends in the library's error, not StackOverflowError. */
    @Test
    void tooMuchOutputAndEndlessRecursionAreTheLibrarysErrors() throws Exception {
        Files.writeString(folder.resolve("big.ftlx"), "<#list 1..100000 as i>${i} </#list>\n");
        TemplateEngine engine = TemplateEngine.builder().overrides(folder)
                .limits(fi.alke.documents.Limits.DEFAULT.withTemplateOutput(10_000)).build();
        TemplateRenderException big = assertThrows(TemplateRenderException.class, () -> engine.render("big.ftlx", Map.of()));
        assertTrue(big.getMessage().contains("more than the limit of 10000 characters"), big.getMessage());

        Files.writeString(folder.resolve("deep.ftlx"), "<#macro m n><@m n + 1/></#macro><@m 0/>\n");
        TemplateRenderException deep = assertThrows(TemplateRenderException.class,
                () -> engine.render("deep.ftlx", Map.of()));
        assertTrue(deep.getMessage().contains("call each other too deeply"), deep.getMessage());
    }

    /** A stock template's or library's problem names it stock:<name>, the author's own file by its path. */
    @Test
    void aStockTemplatesProblemNamesItStock() throws Exception {
        TemplateEngine engine = engineWith("own.ftlx", "<#import \"/lib/alke.ftlx\" as alke>${alke.money(\"paljon\")}\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("own.ftlx", Map.of()));
        assertEquals("stock:lib/alke.ftlx", e.problems().get(0).source(), e.getMessage());
        assertEquals(folder.resolve("own.ftlx").toString(), engine.source("own.ftlx"));
        assertEquals("stock:decision.ftlx", engine.source("decision.ftlx"));
    }

    @Test
    void missingVariableNamesTemplateLineAndVariable() throws Exception {
        TemplateEngine engine = engineWith("missing.ftlx", "<p>${present}</p>\n<p>  ${absent}</p>\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("missing.ftlx", Map.of("present", "here")));
        assertEquals("missing.ftlx", e.templateName());
        assertEquals(2, e.line());
        assertEquals(8, e.column(), "the column of the expression inside ${}");
        assertTrue(e.getMessage().startsWith(folder.resolve("missing.ftlx") + ":2:8: "), e.getMessage());
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
    }

    @Test
    void errorInsideTheLibraryNamesTheLibrary() throws Exception {
        TemplateEngine engine = engineWith("lib-user.ftlx",
                "<#import \"/lib/alke.ftlx\" as alke>\n<@alke.signatures signers/>\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("lib-user.ftlx", Map.of("signers", List.of(Map.of("title", "no name")))));
        assertEquals("lib/alke.ftlx", e.templateName());
        assertTrue(e.line() > 0);
        assertTrue(e.getMessage().contains("lib-user.ftlx"), "the FTL stack shows the caller: " + e.getMessage());
    }

    @Test
    void missingTemplateIsAnError() {
        TemplateEngine engine = TemplateEngine.builder().build();
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("no-such.ftlx", Map.of()));
        assertEquals("no-such.ftlx", e.templateName());
        assertTrue(e.getMessage().contains("no-such.ftlx"), e.getMessage());
    }

    @Test
    void templatesCannotCreateJavaObjects() throws Exception {
        Path marker = folder.resolve("pwned");
        TemplateEngine engine = engineWith("hostile.ftlx",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("hostile.ftlx", Map.of()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        assertFalse(Files.exists(marker));
    }

    @Test
    void templatesCannotUseTheJavaApi() throws Exception {
        TemplateEngine engine = engineWith("api.ftlx", "${person?api.getClass().getName()}");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("api.ftlx", Map.of("person", new Person("A", "B"))));
        assertTrue(e.getMessage().contains("api_builtin_enabled"), e.getMessage());
    }

    @Test
    void templatesCannotReachClassLoaders() throws Exception {
        TemplateEngine engine = engineWith("loader.ftlx", "${person.getClass().getClassLoader()}");
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> engine.render("loader.ftlx", Map.of("person", new Person("A", "B"))));
        assertTrue(e.getMessage().contains("getClassLoader"), e.getMessage());
    }

    @Test
    void modelMayNotHideTheEnginesNames() throws Exception {
        TemplateEngine engine = engineWith("x.ftlx", "x");
        assertThrows(IllegalArgumentException.class, () -> engine.render("x.ftlx", Map.of("msg", "mine")));
    }

    @Test
    void overrideFolderMustExist() {
        assertThrows(IllegalArgumentException.class,
                () -> TemplateEngine.builder().overrides(folder.resolve("nowhere")).build());
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        TemplateEngine engine = engineWith("label.ftlx", "${lang}:${msg.attachments}:${n}");
        List<String> results = IntStream.range(0, 200).parallel().mapToObj(i -> {
            String lang = i % 2 == 0 ? "fi" : "sv";
            try {
                return engine.render("label.ftlx", Map.of("lang", lang, "n", i));
            } catch (TemplateRenderException e) {
                throw new AssertionError(e);
            }
        }).toList();
        for (int i = 0; i < results.size(); i++) {
            assertEquals(i % 2 == 0 ? "fi:Liitteet:" + i : "sv:Bilagor:" + i, results.get(i));
        }
    }
}
