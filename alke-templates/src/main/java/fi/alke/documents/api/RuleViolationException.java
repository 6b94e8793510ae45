package fi.alke.documents.api;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import fi.alke.documents.model.Violation;
import java.util.List;

/**
 * A document breaks the round's rules, and the {@link AlkeDocuments} it was given to lets violations block
 * rendering ({@link AlkeDocuments.Builder#violationsBlock(boolean)}). Each violation is a problem at its
 * field, the rule's id at the end of the message.
 */
public final class RuleViolationException extends AlkeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(RuleViolationException::problem).toList(), null);
        this.violations = List.copyOf(violations);
    }

    /** The rules broken, as {@link fi.alke.documents.model.Rules#check} found them. */
    public List<Violation> violations() {
        return violations;
    }

    private static Problem problem(Violation violation) {
        return new Problem(violation.document(), -1, -1, violation.field(),
                violation.message() + " (" + violation.rule() + ")");
    }
}
