package fi.alke.documents.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document of the model breaks one or more of its rules — the checks a schema cannot express, such as a
 * proposer's title without a proposal or a progress entry naming an action that does not exist. Every
 * problem the record found is listed, each with the path of its field relative to the record, so that a
 * reader of input files can point at the line of each one.
 */
public final class ModelException extends IllegalArgumentException {
    private final transient List<Problem> problems;

    ModelException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the record's fields. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param field   the field's path relative to the record, e.g. {@code section} or
     *                {@code progress[3].actionId}; empty for the record as a whole
     * @param message what is wrong and what is expected, in the reader's terms
     */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }
}
