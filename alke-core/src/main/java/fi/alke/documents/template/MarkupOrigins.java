package fi.alke.documents.template;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each stretch of generated markup came from: the template, line and column of the text or the
 * interpolation that wrote it, and, where that is a macro of another template (the library), the line of
 * the rendered template that called it. A markup error found in the generated markup at line:column is
 * then reported where the author can fix it.
 *
 * <p>Made by rendering the template once more through a writer that asks FreeMarker, at every write,
 * which instruction is running. FreeMarker has no public API for that; {@code _CoreAPI} is its
 * cross-package access, public but not promised to stay: the version is pinned in the parent pom, and the
 * tests fail if it changes. Only the error path pays for it.
 */
public final class MarkupOrigins {
    private final String markup;
    private final List<Stretch> stretches;
    private final int[] lineStarts;

    private MarkupOrigins(String markup, List<Stretch> stretches) {
        this.markup = markup;
        this.stretches = List.copyOf(stretches);
        this.lineStarts = lineStarts(markup);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where markup was written.
     *
     * @param template     the template's name as the engine knows it, e.g. {@code lib/alke.ftlx}
     * @param line         1-based line in that template
     * @param column       1-based column
     * @param what         what wrote it: {@code "text"} for the template's own text, else the
     *                     interpolation, e.g. {@code "${doc.meta.title}"}
     * @param caller       where it is a macro or function of another template: the rendered template,
     *                     which called it, else {@code null}
     * @param callerLine   the line in {@code caller} of that call, else -1
     */
    public record Origin(String template, int line, int column, String what, String caller, int callerLine) {
        /** "decision.ftlx:46:7", with "(in lib/alke.ftlx:50:3)" and what wrote it, when that says more. */
        @Override
        public String toString() {
            String at = template + ":" + line + ":" + column;
            String where = caller == null ? at : caller + ":" + callerLine + " (in " + at + ")";
            return what.equals("text") ? where : where + ", written by " + what;
        }
    }

    /**
     * The problem placed where the template wrote what it is about: at the template's line (a library
     * macro's problem at the line that called it, the macro's own line in the message), the generated
     * markup's place kept at the end of the message; unchanged where the origin is unknown.
     */
    public fi.alke.documents.Problem place(fi.alke.documents.Problem problem) {
        Optional<Origin> found = at(problem.line(), problem.column());
        if (found.isEmpty()) {
            return problem;
        }
        Origin o = found.get();
        String by = o.caller() != null ? "written by " + o.template() + ":" + o.line() + ":" + o.column()
                + (o.what().equals("text") ? "" : ", " + o.what()) + "; "
                : o.what().equals("text") ? "" : "written by " + o.what() + "; ";
        String message = problem.message() + " (" + by + problem.source() + ", line " + problem.line() + ":"
                + problem.column() + ")";
        return o.caller() != null
                ? new fi.alke.documents.Problem(o.caller(), o.callerLine(), -1, problem.field(), message)
                : new fi.alke.documents.Problem(o.template(), o.line(), o.column(), problem.field(), message);
    }

    /** A stretch of output from {@code offset} on, and its origin. */
    private record Stretch(int offset, Origin origin) {
    }

    /**
     * The origin of the markup just before a 1-based line and column of the generated markup: the XML
     * parser reports a wrong element or attribute after the start tag's {@code >}, so the character before
     * is the tag's. Within the template's own text the line and column are those of that character.
     */
    public Optional<Origin> at(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return Optional.empty();
        }
        int target = Math.max(0, Math.min(markup.length() - 1, lineStarts[line - 1] + column - 2));
        Stretch found = null;
        for (Stretch s : stretches) { // in output order
            if (s.offset() > target) {
                break;
            }
            found = s;
        }
        if (found == null) {
            return Optional.empty();
        }
        Origin origin = found.origin();
        if (!origin.what().equals("text")) {
            return Optional.of(origin);
        }
        // A text block is written as it stands in the template: walk from its start to the character.
        int l = origin.line();
        int c = origin.column();
        for (int i = found.offset(); i < target; i++) {
            if (markup.charAt(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return Optional.of(new Origin(origin.template(), l, c, origin.what(), origin.caller(), origin.callerLine()));
    }

    /** A writer that records, for each write, the running instruction; {@link #origins()} when done. */
    static final class Recorder extends Writer {
        private final StringBuilder out = new StringBuilder();
        private final List<Stretch> stretches = new ArrayList<>();
        private final String rendered;
        private final java.util.function.UnaryOperator<String> names;

        /**
         * @param rendered the name of the template being rendered, to tell its lines from a library's
         * @param names    a template's name as the author knows it, from the engine's name
         */
        Recorder(String rendered, java.util.function.UnaryOperator<String> names) {
            this.rendered = rendered;
            this.names = names;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (len == 0) {
                return;
            }
            Origin origin = origin();
            if (origin != null) {
                stretches.add(new Stretch(out.length(), origin));
            }
            out.append(chars, off, len);
        }

        private Origin origin() {
            Environment env = Environment.getCurrentEnvironment();
            if (env == null) {
                return null;
            }
            TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
            if (stack.length == 0) {
                return null;
            }
            TemplateElement top = stack[0]; // the innermost: the text block or interpolation writing
            String template = top.getTemplate().getSourceName();
            String what = top.getClass().getSimpleName().equals("TextBlock") ? "text" : top.getCanonicalForm();
            String caller = null;
            int callerLine = -1;
            if (!template.equals(rendered)) {
                for (TemplateElement e : stack) {
                    if (e.getTemplate().getSourceName().equals(rendered)) {
                        caller = rendered;
                        callerLine = e.getBeginLine();
                        break;
                    }
                }
            }
            return new Origin(names.apply(template), top.getBeginLine(), top.getBeginColumn(), what,
                    caller == null ? null : names.apply(caller), callerLine);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        MarkupOrigins origins() {
            return new MarkupOrigins(out.toString(), stretches);
        }
    }
}
