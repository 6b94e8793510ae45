package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A name in the languages of the documents. Finnish is required; a document in Swedish or English uses
 * the name in its language when there is one, else the Finnish name.
 *
 * @param fi the Finnish name; required
 * @param sv the Swedish name, or {@code null}
 * @param en the English name, or {@code null}
 */
@JsonClassDescription("A name in Finnish and optionally in Swedish and English.")
public record Names(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The name in Finnish, printed in Finnish documents and wherever the name in the "
                + "document's language is missing. Required, not blank.")
        @Example("Keski-Suomen ELY-keskus") String fi,
        @JsonPropertyDescription("The name in Swedish, printed in Swedish documents. Optional; the Finnish name "
                + "when left out.")
        @Example("NTM-centralen i Mellersta Finland") String sv,
        @JsonPropertyDescription("The name in English, printed in English documents. Optional; the Finnish name "
                + "when left out.")
        @Example("Centre for Economic Development, Transport and the Environment for Central Finland")
        String en) {
    /** Checks the Finnish name. */
    public Names {
        Checks checks = new Checks();
        checks.notBlank(fi, "fi");
        checks.done();
    }

    /** The name in a language ({@code fi}, {@code sv}, {@code en}), else the Finnish one. */
    public String in(String language) {
        String name = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return name == null || name.isBlank() ? fi : name;
    }
}
