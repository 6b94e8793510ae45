package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What every document carries in its metadata block and stored properties.
 *
 * @param title           the document's title (subject); required
 * @param date            the document date; required
 * @param identifiers     diary numbers and other identifiers, e.g. "VN/18234/2023"; may be empty
 * @param language        {@code fi}, {@code sv} or {@code en}; defaults to {@code fi}
 * @param confidentiality a confidentiality marking, or {@code null} for a public document
 * @param type            the document type shown in the metadata block, e.g. "Ohje"; {@code null} for
 *                        the kind's own label in the document's language
 * @param recipients      recipient lines, e.g. "Jakelun mukaan"; may be empty
 */
@RecordBuilder
public record Meta(@JsonProperty(required = true) String title,
                   @JsonProperty(required = true) LocalDate date, List<String> identifiers, String language,
                   String confidentiality, String type, List<String> recipients) {
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** Checks the required fields and the language; missing lists become empty. */
    public Meta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        language = language == null ? "fi" : language;
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", was '" + language + "'");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A builder, for documents built in Java. */
    public static MetaBuilder builder() {
        return MetaBuilder.builder();
    }
}
