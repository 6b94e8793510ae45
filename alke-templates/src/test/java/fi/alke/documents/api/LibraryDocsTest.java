package fi.alke.documents.api;

import static fi.alke.documents.testing.Pages.between;
import static fi.alke.documents.testing.Pages.fencedBlockAfter;
import static fi.alke.documents.testing.Pages.fencedBlocks;
import static fi.alke.documents.testing.Pages.read;
import static fi.alke.documents.testing.Pages.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Decision;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.testing.Texts;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/library.md and the README's library section honest: the Quick start examples are short and
 * use few of the project's types, and they and the embedding example compile, run and write the documents
 * they say, read back with Apache POI and PDFBox. The pages are read from the checkout (tests run with the
 * module folder as working directory).
 */
class LibraryDocsTest {
    private static final Path LIBRARY_PAGE = Path.of("../docs/library.md");
    private static final Path README = Path.of("../README.md");
    private static final String TITLE = "Päätös maakuntien yhteisen aluekehittämisen keskustelun järjestämisestä";
    /** What the issue asks of each Quick start example. */
    private static final int MOST_LINES = 10;
    private static final int MOST_TYPES = 4;

    @Test
    void theDependencyIsTheOneThePomsDeclare() throws Exception {
        String parent = read(Path.of("../pom.xml"));
        Matcher version = Pattern.compile("<artifactId>alke-documents</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(parent);
        assertTrue(version.find(), "the parent pom's version");
        String groupId = between(parent, "<groupId>", "</groupId>");
        String page = fencedBlocks(read(LIBRARY_PAGE), "xml").get(0).replaceAll("\\s+", "");
        for (String artifact : List.of("alke-core", "alke-templates")) {
            assertTrue(read(Path.of("../" + artifact + "/pom.xml")).contains("<artifactId>" + artifact + "</artifactId>"));
            String dependency = "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifact
                    + "</artifactId><version>" + version.group(1) + "</version></dependency>";
            assertTrue(page.contains(dependency), "docs/library.md declares " + dependency);
        }
    }

    @Test
    void theThreadsSectionNamesEveryClassSafeToShare() throws Exception {
        String section = section(read(LIBRARY_PAGE), "## ", "Threads");
        assertTrue(section != null, "docs/library.md has a section ## Threads");
        for (String type : List.of("AlkeDocuments", "DocxRenderer", "PdfRenderer", "MarkupParser", "TemplateEngine",
                "DocumentMarkup", "InputReader")) {
            assertTrue(section.contains("`" + type + "`"), "the Threads section names " + type);
        }
        assertTrue(section.contains("immutable and safe to share between threads"));
    }

    @Test
    void theQuickStartExamplesAreShortUseFewOfTheProjectsTypesAndAreTheReadmes() throws Exception {
        String page = read(LIBRARY_PAGE);
        String readme = read(README);
        for (String marker : List.of("<!-- example:input-file -->", "<!-- example:model -->")) {
            Example example = Example.of(fencedBlockAfter(page, marker, "java"));
            List<String> lines = example.members().lines().filter(line -> !line.isBlank()).toList();
            assertTrue(lines.size() <= MOST_LINES, marker + " has " + lines.size() + " lines:\n" + example.members());
            List<String> types = example.imports().stream().filter(i -> i.startsWith("import fi.alke.")).toList();
            assertTrue(types.size() <= MOST_TYPES, marker + " uses " + types);
            assertTrue(readme.contains(fencedBlockAfter(page, marker, "java")), "the README shows " + marker);
        }
    }

    @Test
    void theInputFileExampleWritesBothFormats(@TempDir Path temp) throws Exception {
        String page = read(LIBRARY_PAGE);
        Files.writeString(temp.resolve("paatos-2026.yaml"), fencedBlockAfter(page, "<!-- example:input -->", "yaml"));
        Example example = Example.of(fencedBlockAfter(page, "<!-- example:input-file -->", "java"));
        String members = inFolder(example.members());
        try (URLClassLoader loader = compile(temp, "InputFileExample", example.source("InputFileExample", members))) {
            Class<?> type = loader.loadClass("InputFileExample");
            type.getField("DIR").set(null, temp.toString());
            call(method(type, "render"));
        }
        assertDecision(Files.readAllBytes(temp.resolve("out/paatos-2026.docx")),
                Files.readAllBytes(temp.resolve("out/paatos-2026.pdf")));
    }

    @Test
    void theSettingsExampleBuildsALibraryOfThoseSettings(@TempDir Path temp) throws Exception {
        Path templates = Files.createDirectories(temp.resolve("my-templates"));
        Files.writeString(temp.resolve("round-2026.yaml"), "rules: {maxTopicAreas: 2}\n");
        Example example = Example.of(fencedBlockAfter(read(LIBRARY_PAGE), "<!-- example:settings -->", "java"));
        String members = inFolder("static AlkeDocuments settings() throws Exception {\n" + example.members()
                + "\nreturn alke;\n}");
        AlkeDocuments alke;
        try (URLClassLoader loader = compile(temp, "SettingsExample", example.source("SettingsExample", members))) {
            Class<?> type = loader.loadClass("SettingsExample");
            type.getField("DIR").set(null, temp.toString());
            alke = (AlkeDocuments) method(type, "settings").invoke(null);
        }
        AlkeDocuments.Settings settings = alke.settings();
        assertEquals(templates, settings.authorFolder());
        assertEquals(2, settings.rules().maxTopicAreas());
        assertEquals(List.of(true, "sv"), List.of(settings.violationsBlock(), settings.language()));
    }

    @Test
    void theModelExampleRendersBothFormatsToStreams(@TempDir Path temp) throws Exception {
        String page = read(LIBRARY_PAGE);
        Example example = Example.of(fencedBlockAfter(page, "<!-- example:model -->", "java"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (URLClassLoader loader = compile(temp, "ModelExample", example.source("ModelExample", example.members()))) {
            call(method(loader.loadClass("ModelExample"), "render"), embeddingExample(temp).decision(), docx, pdf);
        }
        assertDecision(docx.toByteArray(), pdf.toByteArray());
    }

    @Test
    void theEmbeddingExampleCompilesRunsAndRendersBothFormats(@TempDir Path temp) throws Exception {
        EmbeddingExample example = embeddingExample(temp);
        assertTrue(example.source().contains(".title(\"" + TITLE + "\")"), "the example's title");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        call(example.render(), example.decision(), docx, pdf);
        assertDecision(docx.toByteArray(), pdf.toByteArray());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A Quick start example: its imports, and the members of a class (methods) it declares.
     *
     * @param imports the {@code import} lines
     * @param members the rest
     */
    private record Example(List<String> imports, String members) {
        static Example of(String block) {
            List<String> imports = block.lines().filter(line -> line.startsWith("import ")).toList();
            String members = block.lines().filter(line -> !line.startsWith("import "))
                    .reduce("", (text, line) -> text + line + "\n").strip();
            return new Example(imports, members);
        }

        /** The example as a class of the name, its members static as they are written. */
        String source(String name, String members) {
            return String.join("\n", imports) + "\n\npublic class " + name + " {\n" + members + "\n}\n";
        }
    }

    /** Members whose paths, relative to where they run as the page writes them, are in the folder {@code DIR}. */
    private static String inFolder(String members) {
        return members.replace("Path.of(\"", "Path.of(DIR, \"") + "\npublic static String DIR;\n";
    }

    /**
     * The page's embedding example, compiled and loaded.
     *
     * @param source   its source
     * @param decision the decision it builds
     * @param render   its {@code render(Decision, OutputStream, OutputStream)}
     */
    private record EmbeddingExample(String source, Decision decision, Method render) {
    }

    private static EmbeddingExample embeddingExample(Path temp) throws Exception {
        String page = read(LIBRARY_PAGE);
        String block = between(page, "<!-- library-example:start -->", "<!-- library-example:end -->").strip();
        assertTrue(block.startsWith("```java\n") && block.endsWith("\n```"), "the example is one ```java block");
        String source = block.substring("```java\n".length(), block.length() - "```".length());
        Matcher className = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(className.find(), "the example declares a public class");
        Path folder = Files.createDirectories(temp.resolve("embedding"));
        URLClassLoader loader = compile(folder, className.group(1), source);
        Class<?> type = loader.loadClass(className.group(1));
        return new EmbeddingExample(source, (Decision) method(type, "decision").invoke(null), method(type, "render"));
    }

    /**
     * Compiles one class as an application would, against the test's class path (alke-core, alke-templates
     * and their dependencies), strictly ({@code -Xlint:all -Werror}), and loads it.
     */
    private static URLClassLoader compile(Path folder, String name, String source) throws Exception {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path classes = Files.createDirectories(folder.resolve("classes"));
        Path file = Files.writeString(sources.resolve(name + ".java"), source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                        "-encoding", "UTF-8", "-Xlint:all", "-Werror"),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file))
                .call();
        assertTrue(compiled, name + " compiles:\n" + diagnostics + "\n" + source);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, LibraryDocsTest.class.getClassLoader());
    }

    private static Method method(Class<?> type, String name) {
        Method method = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " has no method " + name));
        method.setAccessible(true); // the Quick start examples' methods are package-private, as written
        return method;
    }

    /** Calls a static method; what it throws is thrown as it is, not wrapped. */
    private static void call(Method method, Object... arguments) throws Exception {
        try {
            method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The decision of the examples, read back by POI and PDFBox: title, regions, metadata; the PDF is PDF/A. */
    private static void assertDecision(byte[] docx, byte[] pdf) throws Exception {
        assertEquals(TITLE, Texts.docxTitle(docx));
        String word = Texts.docx(docx);
        assertTrue(word.contains(TITLE), "the DOCX shows the title");
        assertTrue(word.contains("Keski-Suomi"), "the DOCX lists the regions: " + word);
        assertTrue(word.contains("Työ- ja elinkeinoministeriö"), "the DOCX has the letterhead: " + word);
        assertEquals(TITLE, Texts.pdfTitle(pdf));
        String text = Texts.pdf(pdf);
        assertTrue(text.contains(TITLE), "PDFBox finds the title in the PDF's text");
        assertTrue(text.contains("Keski-Suomi"), "the PDF lists the regions: " + text);
        assertEquals(List.of(), Fixtures.pdfa2bFailures(pdf), "the example's PDF is PDF/A-2b");
    }
}
