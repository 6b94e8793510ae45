package fi.alke.documents.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Spelling;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The problems of an input file in the terms of the person who wrote it: YAML's words (text, number,
 * true/false, list, mapping), the document's own fields, dates as they are written, region codes with
 * their names. The schema validator speaks of keywords and enumerations and the parsers of tokens and
 * character codes; a writer cannot act on either. Schema problems are translated by what was checked (the
 * keyword, its value in the schema and the value given), never by the validator's English; only a keyword
 * the schemas do not use falls back to the validator's wording. The parsers give no such structure, so
 * their messages are recognised by their wording, with a cleaned-up fallback for the rest.
 */
final class SchemaMessages {
    /**
     * The published schemas' pattern of a local date and time (the model's {@code LocalDateTime}); the
     * schema generator writes this very string, so that a problem with it is recognised as a date and time.
     */
    static final String DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$";
    /** The published schemas' pattern of a month (the model's {@code YearMonth}), shared likewise. */
    static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";

    private static final String DATE_FORM = "write the date as YYYY-MM-DD, e.g. 2025-03-17";
    private static final String DATE_TIME_FORM = "write the date and time as YYYY-MM-DDTHH:MM, e.g. 2026-03-20T09:00";
    private static final String MONTH_FORM = "write the month as YYYY-MM, e.g. 2026-05";
    /** A date of the right shape whose month or day does not exist deserves more than the shape again. */
    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** JSON Schema's type names in YAML's words, each as it reads in a sentence. */
    private static final Map<String, String> TYPES = Map.of(
            "string", "text",
            "number", "a number",
            "integer", "a whole number",
            "boolean", "true/false",
            "array", "a list",
            "object", "a mapping",
            "null", "nothing");

    /** Enumerations whose values are codes of something with a name: the reader sees the names too. */
    private static final List<Codes> CODES = List.of(
            new Codes(Arrays.stream(Region.values()).collect(names(Region::code, region -> region.name("fi"))),
                    "no region has the code %s; the regions are %s"),
            new Codes(Arrays.stream(Ministry.values())
                    .collect(names(Ministry::abbreviation, ministry -> ministry.name("fi"))),
                    "no ministry is abbreviated %s; the ministries are %s"));

    private SchemaMessages() {
    }

    /**
     * The validator's findings less those another finding at the same value says better: a number or
     * true/false where text is expected fails both the type and, when the text must be one of a list, the
     * list; when its quoted form is on the list, the list's problem says to quote it, and that is the one
     * problem ({@code regions: [17]} is {@code "17"} unquoted, not an unknown region).
     */
    static List<ValidationMessage> withoutRepeats(Collection<ValidationMessage> messages) {
        Set<String> quotable = new HashSet<>();
        for (ValidationMessage message : messages) {
            if (message.getType().equals("enum") && quoted(message.getInstanceNode(), message.getSchemaNode())
                    .isPresent()) {
                quotable.add(message.getInstanceLocation().toString());
            }
        }
        return messages.stream().filter(message -> !(message.getType().equals("type")
                && quotable.contains(message.getInstanceLocation().toString()))).toList();
    }

    /**
     * One problem the schema found, in words.
     *
     * @param message the validator's finding
     * @param schema  the schema of the file's kind, where the fields and descriptions around the failing
     *                keyword are looked up
     */
    static String describe(ValidationMessage message, JsonSchema schema) {
        JsonNode value = message.getInstanceNode() == null ? MissingNode.getInstance() : message.getInstanceNode();
        JsonNode keyword = message.getSchemaNode() == null ? MissingNode.getInstance() : message.getSchemaNode();
        return switch (message.getType()) {
            case "required" -> "the field '" + message.getProperty() + "' is missing (required)";
            case "additionalProperties" -> unknownField(message.getProperty(), enclosing(message, schema));
            case "type" -> wrongType(keyword, value);
            case "enum" -> notAllowed(value, keyword);
            case "const" -> "write " + given(keyword) + " here, not " + given(value);
            case "format" -> format(keyword.asText(), value);
            case "pattern" -> pattern(keyword.asText(), value, enclosing(message, schema));
            case "minItems" -> "the list needs at least " + count(keyword.asLong(), "item") + "; it has "
                    + value.size();
            case "maxItems" -> "the list may have at most " + count(keyword.asLong(), "item") + "; it has "
                    + value.size();
            case "minLength" -> keyword.asLong() == 1 ? "the text must not be empty"
                    : "the text needs at least " + count(keyword.asLong(), "character") + "; it has " + length(value);
            case "maxLength" -> "the text may have at most " + count(keyword.asLong(), "character") + "; it has "
                    + length(value);
            case "minimum" -> given(value) + " is too small; the smallest allowed is " + keyword.asText();
            case "exclusiveMinimum" -> given(value) + " is too small; it must be more than " + keyword.asText();
            case "maximum" -> given(value) + " is too large; the largest allowed is " + keyword.asText();
            case "exclusiveMaximum" -> given(value) + " is too large; it must be less than " + keyword.asText();
            case "multipleOf" -> given(value) + " is not a multiple of " + keyword.asText();
            case "uniqueItems" -> "the items of the list must all be different";
            case "minProperties" -> "the mapping needs at least " + count(keyword.asLong(), "field") + "; it has "
                    + value.size();
            case "maxProperties" -> "the mapping may have at most " + count(keyword.asLong(), "field") + "; it has "
                    + value.size();
            case "false" -> "nothing may be written here";
            default -> withoutClassNames(message.getError());
        };
    }

    /**
     * The schema object the failing keyword belongs to (its {@code properties}, {@code description}), or a
     * missing node when the keyword lies outside the kind's schema file.
     */
    private static JsonNode enclosing(ValidationMessage message, JsonSchema schema) {
        SchemaLocation location = message.getSchemaLocation();
        if (!Objects.equals(location.getAbsoluteIri(), schema.getSchemaLocation().getAbsoluteIri())) {
            return MissingNode.getInstance();
        }
        JsonNodePath keyword = location.getFragment();
        JsonPointer object = JsonPointer.empty();
        for (int i = 0; i < keyword.getNameCount() - 1; i++) {
            object = keyword.getElement(i) instanceof Integer index ? object.appendIndex(index)
                    : object.appendProperty(keyword.getName(i));
        }
        return schema.getSchemaNode().at(object);
    }

    private static String unknownField(String field, JsonNode object) {
        List<String> fields = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return "unknown field '" + field + "'; this mapping has no fields";
        }
        String suggestion = Spelling.closest(field, fields).map(name -> "did you mean '" + name + "'? The").orElse("the");
        return "unknown field '" + field + "'; " + suggestion + " fields here are " + String.join(", ", fields);
    }

    private static String wrongType(JsonNode expected, JsonNode found) {
        List<String> types = expected.isArray() ? texts(expected) : List.of(expected.asText());
        String message = types.stream().map(SchemaMessages::typeInWords).collect(Collectors.joining(" or "))
                + " is expected here, found " + typeInWords(typeOf(found));
        // YAML reads 5, 01 or true as a number or true/false; quoted, they are text
        boolean quotable = found.isNumber() || found.isBoolean();
        return types.equals(List.of("string")) && quotable ? message + "; put it in quotes" : message;
    }

    /** The JSON Schema type of a value, whole numbers being numbers to the reader. */
    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "null";
        };
    }

    private static String typeInWords(String type) {
        return TYPES.getOrDefault(type, type);
    }

    private static String notAllowed(JsonNode value, JsonNode allowedValues) {
        List<String> allowed = texts(allowedValues);
        Optional<String> quoted = quoted(value, allowedValues);
        boolean codeList = CODES.stream().anyMatch(codes -> codes.names().keySet().containsAll(allowed));
        if (quoted.isPresent()) {
            // only its type is wrong: the value itself is on the list
            return "write the " + (codeList ? "code" : "value") + " in quotes: \"" + quoted.get() + "\"";
        }
        for (Codes codes : CODES) {
            if (codes.names().keySet().containsAll(allowed)) {
                String named = allowed.stream().map(code -> code + " " + codes.names().get(code))
                        .collect(Collectors.joining(", "));
                return codes.message().formatted(given(value), named);
            }
        }
        return given(value) + " is not allowed here; write one of " + String.join(", ", allowed);
    }

    /**
     * The allowed text a number or true/false stands for, if any: its text form ({@code 17} for
     * {@code "17"}), or for a whole number a code of digits of the same value, since YAML reads an unquoted
     * {@code 01} as the number 1.
     */
    private static Optional<String> quoted(JsonNode value, JsonNode allowedValues) {
        if (value == null || !(value.isNumber() || value.isBoolean()) || allowedValues == null) {
            return Optional.empty();
        }
        List<String> allowed = texts(allowedValues);
        if (allowed.contains(value.asText())) {
            return Optional.of(value.asText());
        }
        // the validator may hand over a whole number as a decimal: its text is the test
        String digits = value.asText();
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        BigInteger number = new BigInteger(digits);
        return allowed.stream().filter(code -> code.matches("\\d+") && new BigInteger(code).equals(number))
                .findFirst();
    }

    private static String format(String format, JsonNode value) {
        return format.equals("date") ? given(value) + " is not a date: " + whyNotADate(value.asText())
                : given(value) + " is not a valid " + format;
    }

    private static String whyNotADate(String text) {
        Matcher date = DATE_SHAPE.matcher(text);
        if (!date.matches()) {
            return DATE_FORM;
        }
        int month = Integer.parseInt(date.group(2));
        if (month < 1 || month > 12) {
            return "there is no month " + date.group(2);
        }
        int days = YearMonth.of(Integer.parseInt(date.group(1)), month).lengthOfMonth();
        int day = Integer.parseInt(date.group(3));
        if (day < 1 || day > days) {
            return "there is no day " + date.group(3) + " in " + date.group(1) + "-" + date.group(2) + ", which has "
                    + days + " days";
        }
        return DATE_FORM;
    }

    private static String pattern(String pattern, JsonNode value, JsonNode object) {
        if (pattern.equals(DATE_TIME_PATTERN)) {
            return given(value) + " is not a date and time: " + DATE_TIME_FORM;
        }
        if (pattern.equals(MONTH_PATTERN)) {
            return given(value) + " is not a month: " + MONTH_FORM;
        }
        String description = object.path("description").asText("");
        return given(value) + " is not in the expected form: "
                + (description.isEmpty() ? "it must match the pattern " + pattern : description);
    }

    /** A value as its writer knows it: text in quotes, a number or true/false as it is, anything else by kind. */
    private static String given(JsonNode value) {
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        return typeInWords(typeOf(value));
    }

    private static long length(JsonNode text) {
        String s = text.asText();
        return s.codePointCount(0, s.length());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    /** A qualified Java name such as {@code com.example.SomeType}, in a message meant for people. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:?");
    /** A Jackson configuration name in back quotes, such as {@code `JsonReadFeature.ALLOW_…`}. */
    private static final Pattern QUOTED_NAME = Pattern.compile("`[^`]*`");

    private static String withoutClassNames(String message) {
        return CLASS_NAME.matcher(message).replaceAll("").replaceAll(" {2,}", " ").strip();
    }

    /** Code to name, in the order of declaration, which is the order the reader knows. */
    private static <T> Collector<T, ?, Map<String, String>> names(Function<T, String> code,
            Function<T, String> name) {
        return Collectors.toMap(code, name, (a, b) -> a, LinkedHashMap::new);
    }

    /** Codes that have names, and how to say that a value is none of them. */
    private record Codes(Map<String, String> names, String message) {
    }

    // ---------------------------------------------------------------------------------------------------
    // Syntax: the file is not YAML or JSON at all

    /**
     * Where a file could not be parsed and why.
     *
     * @param at      the place, or {@code null} when the parser did not say
     * @param message what is wrong, in words
     */
    record Syntax(JsonLocation at, String message) {
    }

    /**
     * Why a file is not valid YAML or JSON, at the place that explains it best: an unclosed quote or
     * bracket is shown where it opens, not at the end of the file where the parser noticed it.
     *
     * @param format {@code YAML} or {@code JSON}, as the reader knows the file
     */
    static Syntax syntax(JacksonException e, String format) {
        Syntax syntax = e.getCause() instanceof MarkedYAMLException yaml ? yaml(yaml) : jackson(e.getOriginalMessage());
        return new Syntax(syntax.at() != null ? syntax.at() : e.getLocation(), "not valid " + format + ": "
                + syntax.message());
    }

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+)' that cannot start any token");
    private static final Pattern YAML_ESCAPE = Pattern.compile("found unknown escape character (.)\\(");

    /** SnakeYAML, under Jackson's YAML parser, tells what it was reading (the context) and what it found. */
    private static Syntax yaml(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark here = e.getProblemMark();
        Mark opening = e.getContextMark();
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new Syntax(location(opening), "the quoted text starting here has no closing quote");
        }
        boolean list = context.contains("flow sequence");
        if ((list || context.contains("flow mapping")) && problem.startsWith("expected ','")) {
            Bracket bracket = list ? Bracket.LIST : Bracket.MAPPING;
            return problem.contains("<stream end>") ? new Syntax(location(opening), bracket.notClosed())
                    : new Syntax(location(here), "a ',' or '" + bracket.close + "' is missing here, in the "
                            + bracket.what + " opened at " + position(opening));
        }
        if (problem.contains("(TAB)")) {
            return new Syntax(location(here), "a tab cannot indent a line; indent with spaces");
        }
        Matcher character = CANNOT_START.matcher(problem);
        if (character.find()) {
            return new Syntax(location(here), "a value cannot start with '" + character.group(1)
                    + "'; put it in quotes");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return new Syntax(location(here),
                    "a ':' cannot come here; put a text that contains ': ' in quotes, or check the indentation");
        }
        if (problem.startsWith("expected <block end>")) {
            // the context is merely the block that was open, often the whole file: no help in finding the line
            return new Syntax(location(here),
                    "this line is not indented like the fields or list items it belongs with");
        }
        Matcher escape = YAML_ESCAPE.matcher(problem);
        if (escape.find()) {
            return new Syntax(location(here), "'\\" + escape.group(1)
                    + "' is not an escape in double quotes; write \\\\ for a backslash, or use single quotes");
        }
        return new Syntax(location(here), yamlInWords(problem));
    }

    /** SnakeYAML's token names, for a problem with no better explanation. */
    private static final Map<String, String> YAML_TOKENS = yamlTokens();

    private static Map<String, String> yamlTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("<stream end>", "the end of the file");
        tokens.put("end of stream", "end of the file");
        tokens.put("<block end>", "the end of the indented lines");
        tokens.put("<block mapping start>", "a more indented field");
        tokens.put("<block sequence start>", "a more indented list");
        tokens.put("<scalar>", "a value");
        tokens.put("'?'", "a field");
        return tokens;
    }

    private static String yamlInWords(String problem) {
        String words = problem.replaceAll("\\s*\\(Do not use .* for indentation\\)", "");
        for (Map.Entry<String, String> token : YAML_TOKENS.entrySet()) {
            words = words.replace(token.getKey(), token.getValue());
        }
        return words.isEmpty() ? "the file cannot be read here" : words;
    }

    /** A mark's place as the reader counts (SnakeYAML counts from 0). */
    private static JsonLocation location(Mark mark) {
        return mark == null ? null : location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static JsonLocation location(int line, int column) {
        return new JsonLocation(ContentReference.unknown(), -1, line, column);
    }

    private static String position(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private enum Bracket {
        LIST("list", "[", "]"), MAPPING("mapping", "{", "}");

        final String what;
        final String open;
        final String close;

        Bracket(String what, String open, String close) {
            this.what = what;
            this.open = open;
            this.close = close;
        }

        static Bracket of(String jacksonName) {
            return jacksonName.equals("Array") ? LIST : MAPPING;
        }

        String notClosed() {
            return "the " + what + " opened here with '" + open + "' is not closed with '" + close + "'";
        }
    }

    /** One of Jackson's JSON parser messages, by its wording (Jackson gives no codes), in words. */
    private record Rule(Pattern pattern, Function<MatchResult, Syntax> meaning) {
        Rule(String regex, Function<MatchResult, Syntax> meaning) {
            this(Pattern.compile(regex), meaning);
        }
    }

    private static final String SOURCE = "\\[Source: [^\\]]*line: (\\d+), column: (\\d+)\\]";

    private static final List<Rule> JSON_RULES = List.of(
            new Rule("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): (.*)",
                    m -> here(unexpected(m.group(1), m.group(2)))),
            new Rule("^Unexpected character .* in numeric value",
                    m -> here("the number is not complete: a '-' or '.' must be followed by digits")),
            new Rule("^(?:Unrecognized|Non-standard) token '(.*?)'",
                    m -> here("'" + m.group(1) + "' is not a value; put text in double quotes (true, false and null "
                            + "are written in lower case)")),
            new Rule("^Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at " + SOURCE,
                    m -> new Syntax(location(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                            Bracket.of(m.group(1)).notClosed())),
            new Rule("^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at " + SOURCE,
                    m -> here("'" + m.group(1) + "' cannot close the " + Bracket.of(m.group(3)).what
                            + " opened at line " + m.group(4) + ", column " + m.group(5) + "; close it with '"
                            + m.group(2) + "'")),
            new Rule("^Unexpected end-of-input(?::.*closing quote| in field name)",
                    m -> here("the file ends inside a text in double quotes; close it with \"")),
            new Rule("^Unexpected end-of-input", m -> here("the file ends too early")),
            new Rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> here(controlCharacter(Integer.parseInt(m.group(1))))),
            new Rule("^Unrecognized character escape '(.)'",
                    m -> here("'\\" + m.group(1) + "' is not an escape in double quotes; write \\\\ for a backslash")),
            new Rule("^Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)",
                    m -> here("lists and mappings are nested more than " + m.group(1) + " deep here; a document "
                            + "needs only a few levels")),
            new Rule("^Invalid numeric value: Leading zeroes not allowed",
                    m -> here("a number cannot start with 0; write a code such as \"01\" in double quotes")));

    private static Syntax jackson(String message) {
        String text = message == null ? "" : message;
        for (Rule rule : JSON_RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                return rule.meaning().apply(matcher.toMatchResult());
            }
        }
        String words = withoutClassNames(QUOTED_NAME.matcher(text.replaceAll("\\s*\\(?\\[Source: [^\\]]*\\]\\)?", "")
                .replaceAll(" \\(code [^)]*\\)", "")).replaceAll(""));
        return here(words.isEmpty() ? "the file cannot be read here"
                : Character.toLowerCase(words.charAt(0)) + words.substring(1));
    }

    /** At the place the parser stopped. */
    private static Syntax here(String message) {
        return new Syntax(null, message);
    }

    private static String unexpected(String character, String expectation) {
        if (expectation.startsWith("was expecting double-quote to start field name")) {
            return switch (character) {
                case "}" -> "a ',' cannot come before '}'";
                case "'" -> "a field name must be in double quotes, not single";
                default -> "a field name in double quotes is expected here, found '" + character + "'";
            };
        }
        if (expectation.startsWith("was expecting comma to separate Object")) {
            return "a ',' is missing here, between two fields";
        }
        if (expectation.startsWith("was expecting comma to separate Array")) {
            return "a ',' is missing here, between two items of the list";
        }
        if (expectation.startsWith("was expecting a colon")) {
            return "a ':' is missing here, after the field name";
        }
        if (expectation.startsWith("expected a valid value")) {
            return switch (character) {
                case "]" -> "a ',' cannot come before ']'";
                case "}" -> "a value is missing before '}'";
                default -> "a value cannot start with '" + character + "'; put text in double quotes";
            };
        }
        return "'" + character + "' cannot come here";
    }

    private static String controlCharacter(int code) {
        return switch (code) {
            case '\n' -> "a line break cannot be inside double quotes; write it as \\n";
            case '\t' -> "a tab cannot be inside double quotes; write it as \\t";
            default -> "an invisible control character (U+%04X) cannot be inside double quotes".formatted(code);
        };
    }
}
