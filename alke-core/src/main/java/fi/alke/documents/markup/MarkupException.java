package fi.alke.documents.markup;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import java.util.List;

/** The markup could not be read. Names the source and the line:column of every problem found, in document order. */
public final class MarkupException extends AlkeException {
    private static final long serialVersionUID = 1L;

    MarkupException(List<Problem> problems) {
        super(problems, null);
    }

    /**
     * The same problems placed elsewhere, e.g. at the template lines that wrote the markup
     * ({@code fi.alke.documents.template.MarkupOrigins#place}).
     */
    public MarkupException placed(java.util.function.UnaryOperator<Problem> where) {
        MarkupException placed = new MarkupException(problems().stream().map(where).toList());
        placed.setStackTrace(getStackTrace());
        return placed;
    }
}
