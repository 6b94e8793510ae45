package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.model.Violation;
import fi.alke.documents.template.TemplateRenderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the command line words a problem: {@code file:line:column: field: message}, counts in words, and
 * messages of the libraries underneath rid of Java's names (class names, exception names, wrapper types),
 * which mean nothing to the people who write inputs and templates.
 */
final class Problems {
    /** A backticked Java type in Jackson's messages, e.g. {@code `java.lang.Integer`}. */
    private static final Pattern JAVA_TYPE = Pattern.compile("`((?:[a-z_$][\\w$]*\\.)*([A-Z][\\w$]*))(<[^`]*>)?`");
    private static final Pattern CANNOT_DESERIALIZE_TOKEN = Pattern.compile(
            "Cannot deserialize value of type (`[^`]+`) from (\\w+) value.*", Pattern.DOTALL);
    private static final Pattern CANNOT_DESERIALIZE_STRING = Pattern.compile(
            "Cannot deserialize value of type (`[^`]+`) from String (\"[^\"]*\").*", Pattern.DOTALL);
    private static final Pattern JACKSON_NOISE = Pattern.compile(
            "\\s*\\((?:token `[^`]*`|class [\\w.$]+|through reference chain: [^)]*)\\)|\\s*at \\[Source: .*", Pattern.DOTALL);
    /** FreeMarker's note on the wrapper of a value, e.g. {@code (wrapper: f.t.SimpleSequence)}. */
    private static final Pattern TEMPLATE_WRAPPER = Pattern.compile(
            "\\s*\\([^()\\n]*\\bf\\.[a-z](?:\\.[a-z]+)*\\.[A-Z][\\w$]*[^()\\n]*\\)");
    private static final Pattern TEMPLATE_LOADER = Pattern.compile("\\s*The name was interpreted by this TemplateLoader:[^\\n]*");
    private static final Pattern JAVA_METHOD = Pattern.compile(
            "Java method \"(?:[\\w$]+\\.)*([\\w$]+)\\([^\"]*\\)\" threw an exception when invoked on [^\\n]*?"
                    + "; see cause exception in the Java stack trace\\.");
    /** Any fully qualified Java name left, e.g. {@code java.lang.IllegalArgumentException}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)");

    private Problems() {
    }

    /** Prints a problem; one of several lines (a template's) goes on indented, so that each problem starts a line. */
    static void print(java.io.PrintWriter out, String problem) {
        List<String> lines = problem.lines().toList();
        out.println(lines.isEmpty() ? "" : lines.get(0));
        lines.stream().skip(1).forEach(line -> out.println(line.isBlank() ? "" : "    " + line));
    }

    /** One problem: {@code file:line:column: field: message}; the line and the field only where known. */
    static String at(String file, int line, int column, String field, String message) {
        return new Problem(file, line, column, field, String.valueOf(message)).toString();
    }

    /**
     * The problems of a file that could not be read, the file named as the user named it: the reader names
     * it by its file name only. Files it refers to keep the names they are referred to by.
     */
    static List<String> of(AlkeException e, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return e.problems().stream()
                .map(p -> at(p.source().equals(name) ? file.toString() : p.source(), p.line(), p.column(), p.field(),
                        p.message()))
                .toList();
    }

    /**
     * A broken rule of the round at the line and column of its field, e.g.
     * {@code in/asialista.yaml:32:1: topicAreas: 3 topic areas (…), at most 2 allowed (max-topic-areas)}.
     *
     * @param inputs the documents checked, by the names the violations carry
     */
    static String violation(Violation violation, Map<String, InputFile> inputs) {
        InputFile input = inputs.get(violation.document());
        int line = input == null ? -1 : input.line(violation.field());
        int column = input == null ? -1 : input.column(violation.field());
        return at(violation.document(), line, column, violation.field(),
                violation.message() + " (" + violation.rule() + ")");
    }

    /**
     * A template problem: the template (the author's file by its path when it is one of theirs), line and
     * column, then FreeMarker's explanation without the Java names it sometimes carries.
     *
     */
    static String template(TemplateRenderException e) {
        // the engine names the author's own file by its path, a stock one as stock:<name>
        String file = e.problems().get(0).source();
        return at(file, e.line(), e.column(), null, plainTemplate(e.problems().get(0).message(), e));
    }

    /** FreeMarker's explanation without wrapper classes, template loaders and the Java methods of fmt. */
    static String plainTemplate(String message, Throwable e) {
        String text = TEMPLATE_WRAPPER.matcher(message).replaceAll("");
        text = TEMPLATE_LOADER.matcher(text).replaceAll("");
        Matcher method = JAVA_METHOD.matcher(text);
        if (method.find()) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root.getMessage() == null ? "it failed" : root.getMessage();
            text = method.replaceFirst(Matcher.quoteReplacement(method.group(1) + " refused its argument: " + why));
        }
        text = QUALIFIED.matcher(text).replaceAll("$1");
        // FreeMarker's tips on its own syntax and its separators: the explanation and the stack trace stay
        StringBuilder kept = new StringBuilder();
        boolean tip = false;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (stripped.equals("----") || stripped.isEmpty()) {
                tip = false;
                continue;
            }
            tip = tip || stripped.startsWith("Tip:");
            if (!tip) {
                kept.append(kept.length() == 0 ? "" : "\n").append(line.replace("\t", "  ").stripTrailing());
            }
        }
        return kept.toString();
    }

    /**
     * A message of Jackson (reading YAML into a record) in the file's terms: {@code expected a whole number,
     * found "two"} rather than the Java type it could not make.
     */
    static String plain(String message) {
        if (message == null) {
            return "cannot be read";
        }
        if (message.contains("in 'reader'")) {
            return yaml(message);
        }
        Matcher string = CANNOT_DESERIALIZE_STRING.matcher(message);
        if (string.matches()) {
            return "expected " + word(string.group(1)) + ", found " + string.group(2);
        }
        Matcher token = CANNOT_DESERIALIZE_TOKEN.matcher(message);
        if (token.matches()) {
            return "expected " + word(token.group(1)) + ", found " + switch (token.group(2)) {
                case "Array" -> "a list";
                case "Object" -> "a mapping";
                case "String" -> "text";
                case "Integer", "Float", "Double", "BigInteger", "BigDecimal" -> "a number";
                case "Boolean" -> "true or false";
                default -> "something else";
            };
        }
        String text = JACKSON_NOISE.matcher(message).replaceAll("");
        text = JAVA_TYPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(word(m.group())));
        return QUALIFIED.matcher(text).replaceAll("$1");
    }

    /** A Java type of a YAML value in words. */
    private static String word(String backticked) {
        Matcher m = JAVA_TYPE.matcher(backticked);
        String simple = m.matches() ? m.group(2) : backticked.replace("`", "");
        return switch (simple) {
            case "Integer", "Long", "Short", "BigInteger", "int", "long", "short" -> "a whole number";
            case "Double", "Float", "BigDecimal", "Number", "double", "float" -> "a number";
            case "String", "Markdown" -> "text";
            case "Boolean", "boolean" -> "true or false";
            case "List", "ArrayList", "Collection", "Set" -> "a list";
            case "Map", "LinkedHashMap", "HashMap" -> "a mapping";
            case "LocalDate" -> "a date such as 2026-03-20";
            case "LocalDateTime" -> "a date and time such as 2026-03-20T09:00";
            default -> "a " + simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** SnakeYAML's message without its echo of the text and its own notes on where it is. */
    static String yaml(String message) {
        if (message == null) {
            return "cannot be parsed";
        }
        List<String> lines = message.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean echo = i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("^");
            if (echo) {
                i++; // the text and the caret under it
            } else if (!line.isEmpty() && !line.startsWith("in 'reader'")) {
                kept.add(line);
            }
        }
        return String.join("; ", kept);
    }
}
