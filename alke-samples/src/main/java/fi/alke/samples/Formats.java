package fi.alke.samples;

import fi.alke.documents.api.Format;
import fi.alke.documents.internal.StartUp;
import java.util.Comparator;
import java.util.List;

/** The output formats of the command line ({@code --format docx,pdf}), in the order they are rendered. */
final class Formats {
    private Formats() {
    }

    /**
     * The formats, each once, the PDF first. When a DOCX is wanted, docx4j's one-time set-up (about a
     * second) starts at once in the background while the PDF renders, so that a short-lived process pays
     * for the set-up only once, in parallel.
     */
    static List<Format> order(List<Format> formats) {
        if (formats.contains(Format.DOCX)) {
            StartUp.prepareDocxInBackground();
        }
        return formats.stream().distinct().sorted(Comparator.comparing((Format f) -> f != Format.PDF)).toList();
    }
}
