package fi.alke.samples;

import fi.alke.documents.markup.ResourceLoader;
import java.util.Objects;

/**
 * One sample document, rendered to markup and ready to parse:
 * {@code new MarkupParser(sample.resources()).parse(sample.stem() + ".xml", sample.markup())}.
 *
 * @param stem      the sample's name, e.g. {@code seed-001-ohje-2024}; also the stem of its template
 *                  and data files under {@code samples/}
 * @param markup    the ALKE markup the template produced from the data
 * @param resources loads the images the markup names (letterhead logos and the like)
 */
public record Sample(String stem, String markup, ResourceLoader resources) {
    public Sample {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(markup, "markup");
        Objects.requireNonNull(resources, "resources");
    }
}
