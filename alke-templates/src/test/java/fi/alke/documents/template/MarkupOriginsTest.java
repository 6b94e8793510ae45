package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A markup error found in the generated markup traces back to the template line that wrote the
 * offending element: the template's own text, a library macro with the line that called it, or an
 * interpolation of input.
 */
class MarkupOriginsTest {
    @TempDir
    Path folder;

    private static final String LIBRARY = """
            <#macro note text>
            <p>${text}</p>
            <h4>${text}</h4>
            </#macro>
            """;

    /**
     * Line 8 writes a wrong attribute itself, line 9 calls a macro that writes a wrong element, line 10
     * puts a wrong value in an attribute. Each is found at the end of its start tag (the {@code >}).
     */
    private static final String TEMPLATE = """
            <#import "/lib/own.ftlx" as own>
            <document lang="fi">
              <meta><type>Muistio</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
              <letterhead><name>Org</name></letterhead>
              <body>
                <p>Ensin kappale.</p>
                <#-- the errors: -->
                <h1 class="big">Otsikko</h1>
                <@own.note "Huomio"/>
                <img src="kuva.png" alt="kuva" width="${width}"/>
              </body>
            </document>
            """;

    @Test
    void eachMarkupErrorIsTracedToTheTemplateLineThatWroteIt() throws Exception {
        Files.createDirectories(folder.resolve("lib"));
        Files.writeString(folder.resolve("lib/own.ftlx"), LIBRARY);
        Files.writeString(folder.resolve("own.ftlx"), TEMPLATE);
        TemplateEngine engine = TemplateEngine.builder().overrides(folder).build();
        Map<String, Object> model = Map.of("width", "2 cm");
        String markup = engine.render("own.ftlx", model);
        MarkupException e = assertThrows(MarkupException.class,
                () -> new MarkupParser(ResourceLoader.directory(folder)).parse("own.xml", markup));
        MarkupOrigins origins = engine.origins("own.ftlx", model);

        String own = folder.resolve("own.ftlx").toString();
        String lib = folder.resolve("lib/own.ftlx").toString();
        List<String> traced = e.problems().stream()
                .map(p -> origins.at(p.line(), p.column()).map(Object::toString).orElse("?") + ": " + p.message())
                .map(line -> line.replace(lib, "lib/own.ftlx").replace(own, "own.ftlx"))
                .toList();
        assertEquals(List.of(
                "own.ftlx:8:20: <h1> has no attribute 'class' (the elements and their attributes are listed in "
                        + "docs/templates.md)",
                "own.ftlx:9 (in lib/own.ftlx:3:4): <h4> cannot stand here; <title>, <subject>, <h1>, <h2>, <h3>, "
                        + "<p>, <ul>, <ol>, <table>, <labelled>, <signatures>, <contact>, <img>, <pagebreak> or "
                        + "<landscape> can",
                "own.ftlx:10:53: <img> width: the value '2 cm' is not a length in centimetres "
                        + "or millimetres, e.g. 4.5cm or 30mm"), traced);
    }
}
