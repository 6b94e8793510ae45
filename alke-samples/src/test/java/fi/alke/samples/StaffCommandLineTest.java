package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;

/** What staff expect of a command line: its version, a help command, no colour where colour does not belong. */
class StaffCommandLineTest {
    private static final String ESCAPE = "\u001b[";

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        Matcher pom = Pattern.compile("<artifactId>alke-documents</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "the parent's version in alke-samples/pom.xml");

        Cli run = alke("--version");

        assertEquals(0, run.exit(), run.printed());
        assertEquals("alke (ALKE documents) " + pom.group(1), run.out().lines().findFirst().orElseThrow());
        assertEquals(pom.group(1), Version.number());
        for (String command : List.of("render", "samples", "followup")) {
            assertEquals(run.out(), alke(command, "--version").out(), command);
        }
    }

    @Test
    void helpIsACommandToo() {
        Cli help = alke("help");
        assertEquals(0, help.exit(), help.printed());
        assertTrue(help.out().contains("Usage: alke "), help.printed());
        assertTrue(help.out().contains("  help "), help.printed());

        Cli render = alke("help", "render");
        assertEquals(0, render.exit(), render.printed());
        assertEquals(alke("render", "--help").out(), render.out());
    }

    @Test
    void noColourCodesOffATerminalNorWithNoColor() {
        assertFalse(Colour.on(Map.of(), false), "not a terminal");
        assertFalse(Colour.on(Map.of("NO_COLOR", "1"), true), "NO_COLOR");
        assertFalse(Colour.on(Map.of("NO_COLOR", "0"), true), "NO_COLOR of any value but empty");
        assertTrue(Colour.on(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR is as if unset");
        assertTrue(Colour.on(Map.of(), true), "a terminal");

        // the tests run without a terminal: help and errors come without escape codes
        for (Cli run : List.of(alke("--help"), alke("help", "render"), alke("render"), alke("nonsense"))) {
            assertFalse(run.out().contains(ESCAPE) || run.err().contains(ESCAPE), run.printed());
        }
    }

    @Test
    void shellCompletionKnowsTheCommandsAndTheirOptions() {
        String script = AutoComplete.bash("alke", AlkeCommand.commandLine());
        for (String word : List.of("render", "validate", "samples", "followup", "help", "--force", "--rules-block")) {
            assertTrue(script.contains(word), word);
        }
    }
}
