package fi.alke.samples;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Whether the command line writes colour codes: only to a terminal, and never when {@code NO_COLOR} is set to
 * anything but the empty string (https://no-color.org). Pipes, files and CI logs get plain text.
 */
final class Colour {
    private Colour() {
    }

    /** For this process: its environment, and whether it runs on a terminal. */
    static boolean on() {
        return on(System.getenv(), System.console() != null);
    }

    static boolean on(Map<String, String> environment, boolean terminal) {
        String noColour = environment.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }

    /** picocli's setting: its own detection on a terminal that may have colour, off otherwise. */
    static Ansi ansi() {
        return on() ? Ansi.AUTO : Ansi.OFF;
    }
}
