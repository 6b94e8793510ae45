package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A name in the languages of the documents. Finnish is required; a document in Swedish or English uses
 * the name in its language when there is one, else the Finnish name.
 *
 * @param fi the Finnish name; required
 * @param sv the Swedish name, or {@code null}
 * @param en the English name, or {@code null}
 */
public record Names(@JsonProperty(required = true) String fi, String sv, String en) {
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
