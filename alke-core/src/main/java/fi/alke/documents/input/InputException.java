package fi.alke.documents.input;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import java.util.List;

/**
 * An input file could not be read. Lists every problem found, each with its file, field and line; the
 * model's own rules broken ({@link fi.alke.documents.model.ModelException}) are among them.
 */
public final class InputException extends AlkeException {
    private static final long serialVersionUID = 1L;

    InputException(List<Problem> problems) {
        super(problems, null);
    }
}
