package fi.alke.documents.template;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import java.util.List;

/**
 * A template could not be turned into markup: it was not found, it does not parse, or it failed while
 * running (for example a missing variable). The message starts with {@code template:line:column} and
 * keeps FreeMarker's own explanation; its one problem is that place and explanation.
 */
public final class TemplateRenderException extends AlkeException {
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;

    TemplateRenderException(String templateName, int line, int column, String message, Throwable cause) {
        super(templateName + ":" + line + ":" + column + ": " + message,
                List.of(new Problem(templateName, line, column, "", message)), cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** The template file the problem is in (may be a library the rendered template imports). */
    public String templateName() {
        return templateName;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }
}
