package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
@JsonClassDescription("What every document carries in its metadata block and stored properties.")
public record Meta(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The document's title (its subject), printed as the title above the text and "
                + "stored as the file's title. In a board decision extract it is the item's title, in a study "
                + "call the section's heading. Required.")
        @Example("Vuoden 2026 aluekehittämisen keskustelujen järjestelyt") String title,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The document date, printed in the metadata block (15.1.2026). For an agenda, "
                + "the day it is ready, which the round's rules check against the discussion. Required.")
        @Example("2026-01-15") LocalDate date,
        @JsonPropertyDescription("Diary numbers and other identifiers, printed in the metadata block under the "
                + "date, one a line. Optional.")
        @Example({"VN/18234/2023", "VN/18234/2023-TEM-15"}) List<String> identifiers,
        @JsonPropertyDescription("The document's language: fi, sv or en. It chooses the labels (Liitteet, "
                + "Bilagor, Attachments), how dates and times are written and which name of the sender is "
                + "printed; the text you write is printed as written. Optional; fi when left out.")
        @Example({"fi", "sv"}) String language,
        @JsonPropertyDescription("A confidentiality marking, printed in the metadata block. Optional; leave it "
                + "out for a public document.")
        @Example("Salassa pidettävä") String confidentiality,
        @JsonPropertyDescription("The document type printed at the top of the metadata block. Optional; "
                + "when left out, the kind's own name in the document's language (Päätös, Asialista, Ohje, …).")
        @Example({"Ohje", "Muistio"}) String type,
        @JsonPropertyDescription("The recipient lines, printed under the letterhead, one a line. Optional.")
        @Example({"Jakelun mukaan", "Maakuntien liitot"}) List<String> recipients,
        @JsonPropertyDescription("How the document's dates are printed: plain 17.3.2025 (as SFS 2487 writes "
                + "them) or padded 17.03.2025 (as many meeting systems print them). Optional; plain when left "
                + "out.")
        @Example({"plain", "padded"}) DateStyle dateStyle) {
    /** The languages a document can be in: the stock templates have labels and date formats for these. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** Checks the required fields and the language; missing lists become empty. */
    public Meta {
        Checks checks = new Checks();
        checks.notBlank(title, "title");
        checks.required(date, "date");
        identifiers = Checks.list(identifiers);
        language = language == null ? "fi" : language;
        checks.check(LANGUAGES.contains(language), "language", "no language is called '" + language
                + "'; write fi, sv or en");
        recipients = Checks.list(recipients);
        checks.done();
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
    @JsonClassDescription("How dates are printed: plain (17.3.2025) or padded (17.03.2025).")
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
            return Codes.of(values(), DateStyle::code, code, "date style");
        }
    }

    /** A builder, for documents built in Java. */
    public static MetaBuilder builder() {
        return MetaBuilder.builder();
    }
}
