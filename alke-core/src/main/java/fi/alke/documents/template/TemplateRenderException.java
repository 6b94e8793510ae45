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

    /**
     * @param source the template as its author knows it: the path of their own file, or
     *               {@code stock:<name>} ({@link TemplateEngine#source})
     */
    TemplateRenderException(String templateName, String source, int line, int column, String message,
            Throwable cause) {
        super(source + ":" + line + ":" + column + ": " + message,
                List.of(new Problem(source, line, column, "", message)), cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /**
     * The template the problem is in by the engine's name, e.g. {@code lib/alke.ftlx} (may be a library
     * the rendered template imports); the problem's source names it as its author knows it.
     */
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
