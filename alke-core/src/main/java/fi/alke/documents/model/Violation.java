package fi.alke.documents.model;

import java.util.Objects;

/**
 * One broken rule of a round, as {@link Rules#check} reports it.
 *
 * @param rule     the rule's stable id, e.g. {@code max-discussions-per-region} (see the constants of
 *                 {@link Rules})
 * @param document the name the caller gave the document, e.g. its file name
 * @param field    the path of the field in the document, e.g. {@code regions[2]}, {@code topicAreas},
 *                 {@code participants[1].people} or {@code meta.date}
 * @param message  what is wrong, naming the values and the limit
 */
public record Violation(String rule, String document, String field, String message) {
    /** Checks that every part is given. */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line for people, e.g.
     * {@code agenda.yaml: topicAreas: 3 topic areas ('a', 'b', 'c'), at most 2 allowed (max-topic-areas)}.
     */
    @Override
    public String toString() {
        return document + ": " + field + ": " + message + " (" + rule + ")";
    }
}
