package fi.alke.documents.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one record's constructor so that all of them are reported at once, not only
 * the first: {@code Checks checks = new Checks(); checks.require(...); ...; checks.done();}.
 */
final class Checks {
    private final List<ModelException.Problem> problems = new ArrayList<>();

    /** Records a problem unless the condition holds; returns the condition. */
    boolean check(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new ModelException.Problem(field, message));
        }
        return condition;
    }

    /** Records that a required field is missing. */
    boolean required(Object value, String field) {
        return check(value != null, field, "the field '" + last(field) + "' is missing (required)");
    }

    /** Records that a required text is missing or blank. */
    boolean notBlank(String value, String field) {
        return required(value, field) && check(!value.isBlank(), field, "must not be blank");
    }

    /** Records a problem. */
    void fail(String field, String message) {
        problems.add(new ModelException.Problem(field, message));
    }

    /** Records the problems of a nested record, under its field. */
    void nested(String field, ModelException e) {
        for (ModelException.Problem problem : e.problems()) {
            String inner = problem.field();
            problems.add(new ModelException.Problem(inner.isEmpty() ? field
                    : inner.startsWith("[") ? field + inner : field + "." + inner, problem.message()));
        }
    }

    /** Throws every problem recorded, if any. */
    void done() {
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }

    /** A record's list as given, unmodifiable, or empty when left out: every list field is read so. */
    static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : List.copyOf(given);
    }

    /** A count with its noun: "1 cell", "2 cells" (the nouns counted here are all regular). */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String last(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
