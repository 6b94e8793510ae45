package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * @param dateStyle       how dates are printed: {@code plain} 17.3.2025 (SFS 2487, the default) or
 *                        {@code padded} 17.03.2025 as many meeting systems print them; {@code null} for plain
 */
@RecordBuilder
public record Meta(@JsonProperty(required = true) String title,
                   @JsonProperty(required = true) LocalDate date, List<String> identifiers, String language,
                   String confidentiality, String type, List<String> recipients, DateStyle dateStyle) {
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

    /** Metadata with plain dates. */
    public Meta(String title, LocalDate date, List<String> identifiers, String language, String confidentiality,
                String type, List<String> recipients) {
        this(title, date, identifiers, language, confidentiality, type, recipients, null);
    }

    /** Whether dates are printed with leading zeros (17.03.2025). */
    public boolean paddedDates() {
        return dateStyle == DateStyle.PADDED;
    }

    /** How dates are printed. In input files {@code plain} or {@code padded}. */
    public enum DateStyle {
        /** 17.3.2025, without leading zeros (SFS 2487). */
        PLAIN("plain"),
        /** 17.03.2025, as many meeting systems print dates. */
        PADDED("padded");

        private final String code;

        DateStyle(String code) {
            this.code = code;
        }

        /** The value written in input files. */
        @JsonValue
        public String code() {
            return code;
        }

        /**
         * The style of a value written in input files.
         *
         * @throws IllegalArgumentException naming the values when there is no such style
         */
        @JsonCreator
        public static DateStyle ofCode(String code) {
            for (DateStyle style : values()) {
                if (style.code.equals(code)) {
                    return style;
                }
            }
            throw new IllegalArgumentException("no date style is called '" + code + "'; write plain or padded");
        }
    }

    /** A builder, for documents built in Java. */
    public static MetaBuilder builder() {
        return MetaBuilder.builder();
    }
}
