package fi.alke.documents.markup;

import fi.alke.documents.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schema validator's messages in the markup's own terms. The JDK's validator speaks of "cvc-complex-type.2.4.a",
 * "information items" and "facets"; a template author wants to know which element or attribute is wrong and what
 * would be right. Each message the markup can provoke is recognised by its code and rewritten; a value's reason
 * (a facet or datatype message) and the attribute or element it belongs to, which the validator reports as two
 * problems at one place, become one. A message not recognised keeps its text, without the code.
 */
final class MarkupMessages {
    /** What a value of each of the markup's types must look like, for "… is not …" messages. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("NonEmpty", "text that is not only white space"),
            Map.entry("Length", "a length in centimetres or millimetres, e.g. 4.5cm or 30mm"),
            Map.entry("date", "a date as yyyy-mm-dd, e.g. 2024-02-14"),
            Map.entry("dateTime", "a date and time such as 2024-02-14T09:00:00Z"),
            Map.entry("boolean", "true or false"),
            Map.entry("positiveInteger", "a whole number from 1 up"),
            Map.entry("language", "a language tag such as fi, sv or sv-FI"),
            Map.entry("anyURI", "a web or e-mail address"));

    private static final Pattern CODE = Pattern.compile("^(cvc-[\\w.-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern REQUIRED_ATTRIBUTE = Pattern.compile("Attribute '(.+?)' must appear on element '(.+?)'\\.");
    private static final Pattern UNKNOWN_ATTRIBUTE =
            Pattern.compile("Attribute '(.+?)' is not allowed to appear in element '(.+?)'\\.");
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Invalid content was found starting with element '(?:\\{[^}]*\\}:)?(.+?)'\\. One of '\\{(.+)\\}' is expected\\.");
    private static final Pattern NOTHING_MORE = Pattern.compile(
            "Invalid content was found starting with element '(?:\\{[^}]*\\}:)?(.+?)'\\. No child element is expected at this point\\.");
    private static final Pattern INCOMPLETE =
            Pattern.compile("The content of element '(.+?)' is not complete\\. One of '\\{(.+)\\}' is expected\\.");
    private static final Pattern UNDECLARED = Pattern.compile("Cannot find the declaration of element '(.+?)'\\.");
    private static final Pattern NO_TEXT = Pattern.compile("Element '(.+?)' cannot have character \\[children\\].*",
            Pattern.DOTALL);
    private static final Pattern EMPTY_ONLY = Pattern.compile("Element '(.+?)' must have no character or element.*",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "The value '(.*)' of attribute '(.+?)' on element '(.+?)' is not valid with respect to its type, '(.+?)'\\.",
            Pattern.DOTALL);
    private static final Pattern ELEMENT_VALUE = Pattern.compile("The value '(.*)' of element '(.+?)' is not valid\\.",
            Pattern.DOTALL);
    private static final Pattern MIN_LENGTH = Pattern.compile(
            "Value '(.*)' with length = '0' is not facet-valid with respect to minLength '1' for type '(.+?)'\\.",
            Pattern.DOTALL);
    private static final Pattern PATTERN = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to pattern '.*' for type '(.+?)'\\.", Pattern.DOTALL);
    private static final Pattern BOUND = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to (?:min|max)(?:In|Ex)clusive '.*' for type '(.+?)'\\.",
            Pattern.DOTALL);
    private static final Pattern ENUMERATION = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\..*", Pattern.DOTALL);
    private static final Pattern DATATYPE = Pattern.compile("'(.*)' is not a valid value for '(.+?)'\\.", Pattern.DOTALL);

    private MarkupMessages() {
    }

    /** The problems in the markup's terms, a value's reason joined to the attribute or element it belongs to. */
    static List<Problem> plain(List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        String reason = null;
        Problem reasonAt = null;
        for (Problem problem : problems) {
            Matcher coded = CODE.matcher(problem.message());
            if (!coded.matches()) {
                out.add(problem);
                continue;
            }
            String text = coded.group(2);
            String why = reason(text);
            if (why != null) {
                if (reasonAt != null) {
                    out.add(with(reasonAt, "the value " + reason));
                }
                reason = why;
                reasonAt = problem;
                continue;
            }
            String joined = reasonAt != null && samePlace(reasonAt, problem) ? reason : null;
            if (reasonAt != null && joined == null) {
                out.add(with(reasonAt, "the value " + reason));
            }
            reason = null;
            reasonAt = null;
            out.add(with(problem, message(text, joined)));
        }
        if (reasonAt != null) {
            out.add(with(reasonAt, "the value " + reason));
        }
        return out;
    }

    /** A value's reason, e.g. "'' is empty: … is expected", or {@code null} for a message of another kind. */
    private static String reason(String text) {
        Matcher m;
        if ((m = MIN_LENGTH.matcher(text)).matches()) {
            return "is empty: " + expected(m.group(2)) + " is expected";
        }
        if ((m = PATTERN.matcher(text)).matches() || (m = DATATYPE.matcher(text)).matches()
                || (m = BOUND.matcher(text)).matches()) {
            return "'" + m.group(1) + "' is not " + expected(m.group(2));
        }
        if ((m = ENUMERATION.matcher(text)).matches()) {
            return "'" + m.group(1) + "' is not one of " + Arrays.stream(m.group(2).split(",\\s*"))
                    .map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        }
        return null;
    }

    private static String message(String text, String reason) {
        Matcher m;
        if ((m = REQUIRED_ATTRIBUTE.matcher(text)).matches()) {
            return required(m.group(2), m.group(1));
        }
        if ((m = ATTRIBUTE_VALUE.matcher(text)).matches()) {
            if (m.group(3).equals("img") && m.group(2).equals("alt") && m.group(1).isBlank()) {
                return required("img", "alt");
            }
            return "<" + m.group(3) + "> " + m.group(2) + ": the value "
                    + (reason != null ? reason : "'" + m.group(1) + "' is not " + expected(m.group(4)));
        }
        if ((m = ELEMENT_VALUE.matcher(text)).matches()) {
            return "<" + m.group(2) + ">: the text " + (reason != null ? reason : "'" + m.group(1) + "' is not valid");
        }
        if ((m = UNKNOWN_ATTRIBUTE.matcher(text)).matches()) {
            return "<" + m.group(2) + "> has no attribute '" + m.group(1)
                    + "' (the elements and their attributes are listed in docs/templates.md)";
        }
        if ((m = UNEXPECTED.matcher(text)).matches()) {
            return "<" + m.group(1) + "> cannot stand here; " + oneOf(m.group(2)) + " can";
        }
        if ((m = NOTHING_MORE.matcher(text)).matches()) {
            return "<" + m.group(1) + "> cannot stand here: its parent holds nothing more at this point";
        }
        if ((m = INCOMPLETE.matcher(text)).matches()) {
            return "<" + m.group(1) + "> is incomplete: " + oneOf(m.group(2)) + " is missing";
        }
        if ((m = UNDECLARED.matcher(text)).matches()) {
            return "<" + m.group(1) + "> is not an element of ALKE markup; a document is one <document> element";
        }
        if ((m = NO_TEXT.matcher(text)).matches()) {
            return "<" + m.group(1) + "> holds elements only, not text of its own";
        }
        if ((m = EMPTY_ONLY.matcher(text)).matches()) {
            return "<" + m.group(1) + "> is empty: it holds neither text nor elements";
        }
        return text;
    }

    /** A missing attribute; the image's text alternative says why it is required. */
    private static String required(String element, String attribute) {
        if (element.equals("img") && attribute.equals("alt")) {
            return "<img> has no alt text: describe the image in alt=\"…\" for those who cannot see it "
                    + "(screen readers read it; PDF/UA and WCAG 1.1.1 require it)";
        }
        return "<" + element + "> needs the attribute '" + attribute + "'";
    }

    /** "<p>, <ul> or <ol>" from the validator's list {@code "":p, "":ul, "":ol} or {@code p, ul, ol}. */
    private static String oneOf(String list) {
        List<String> names = Arrays.stream(list.split(",\\s*"))
                .map(n -> "<" + n.replaceFirst("^\"[^\"]*\":", "") + ">").distinct().toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String expected(String type) {
        return TYPES.getOrDefault(type, "a valid " + type);
    }

    private static boolean samePlace(Problem a, Problem b) {
        return a.line() == b.line() && a.column() == b.column();
    }

    private static Problem with(Problem problem, String message) {
        return new Problem(problem.source(), problem.line(), problem.column(), problem.field(), message);
    }
}
