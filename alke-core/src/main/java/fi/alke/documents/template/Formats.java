package fi.alke.documents.template;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.Party;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The {@code fmt} hash templates see. FreeMarker 2.3 has no built-ins for {@code java.time}, and YAML
 * input gives dates as "2024-02-14" text, so dates are formatted here rather than with {@code ?string}.
 *
 * <ul>
 *   <li>{@code fmt.date(d)} → {@code 14.2.2024} (SFS 2487: no leading zeros)</li>
 *   <li>{@code fmt.date(d, true)} → {@code 14.02.2024} (for the meeting systems that pad)</li>
 *   <li>{@code fmt.isoDate(d)} → {@code 2024-02-14} (for {@code <date value="…">})</li>
 *   <li>{@code fmt.markdown(text, level)} → markup blocks (headings, paragraphs, lists, emphasis, links)
 *       for a long text field written in Markdown; inserted as markup, not escaped. {@code level} (0–3)
 *       is the heading level the field is printed under: a Markdown heading of level k becomes
 *       {@code <h(level + k)>}, a bold paragraph when that would be deeper than h3. Level 3 suits table
 *       cells and list items, where the markup allows no heading.</li>
 *   <li>{@code fmt.markdown(text)} → the same at level 1, for the common field under an {@code <h1>}:
 *       {@code #} becomes {@code <h2>}</li>
 *   <li>{@code fmt.parties(actions)} → every party the actions name, once each, in the order first named
 *       ({@link Party#namedBy}); {@code fmt.parties(actions, true)} in the order of the code lists
 *       ({@link Party#inCodeListOrder}). In Java because a template can only sort and search lists, which
 *       for thousands of actions took seconds.</li>
 * </ul>
 * {@code d} may be a {@link LocalDate}, any {@link TemporalAccessor} with a date, or ISO text.
 */
final class Formats implements TemplateHashModel {
    static final Formats INSTANCE = new Formats();

    private static final TemplateMethodModelEx DATE = args -> {
        arguments("fmt.date", args, 1, 2);
        LocalDate date = date("fmt.date", args.get(0));
        boolean padded = args.size() == 2 && flag("fmt.date", "padded", args.get(1));
        return padded
                ? String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    };

    private static final TemplateMethodModelEx ISO_DATE = args -> {
        arguments("fmt.isoDate", args, 1, 1);
        return date("fmt.isoDate", args.get(0)).toString();
    };

    /** The heading level of {@code fmt.markdown(text)}: most long fields are printed under an h1. */
    private static final int DEFAULT_MARKDOWN_LEVEL = 1;

    private static final TemplateMethodModelEx MARKDOWN = args -> {
        arguments("fmt.markdown", args, 1, 2);
        Object value = args.get(0) instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : args.get(0);
        String source = value instanceof fi.alke.documents.model.Markdown markdown ? markdown.source()
                : value instanceof String text ? text : null;
        if (source == null) {
            throw new TemplateModelException("fmt.markdown takes Markdown text, got "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        int level = args.size() == 2 ? headingLevel(args.get(1)) : DEFAULT_MARKDOWN_LEVEL;
        return XMLOutputFormat.INSTANCE.fromMarkup(MarkdownMarkup.toMarkup(source, level));
    };

    private static final TemplateMethodModelEx PARTIES = args -> {
        arguments("fmt.parties", args, 1, 2);
        Object value = args.get(0) instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : args.get(0);
        if (!(value instanceof java.util.Collection<?> items)) {
            throw new TemplateModelException("fmt.parties takes a list of actions, got " + describe(args.get(0)));
        }
        List<Action> actions = new java.util.ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Action action)) {
                throw new TemplateModelException("fmt.parties takes a list of actions; item " + (actions.size() + 1)
                        + " is " + (item == null ? "nothing" : item.getClass().getSimpleName()));
            }
            actions.add(action);
        }
        boolean codeListOrder = args.size() == 2 && flag("fmt.parties", "codeListOrder", args.get(1));
        List<Party> named = Party.namedBy(actions);
        return codeListOrder ? Party.inCodeListOrder(named) : named;
    };

    private Formats() {
    }

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "date" -> DATE;
            case "isoDate" -> ISO_DATE;
            case "markdown" -> MARKDOWN;
            case "parties" -> PARTIES;
            default -> null;
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private static void arguments(String name, List<?> args, int min, int max) throws TemplateModelException {
        if (args.size() < min || args.size() > max) {
            throw new TemplateModelException(name + " takes " + (min == max ? min : min + " or " + max)
                    + (max == 1 ? " argument" : " arguments") + ", got " + args.size());
        }
    }

    private static LocalDate date(String name, Object arg) throws TemplateModelException {
        Object value = arg instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : arg;
        try {
            if (value instanceof LocalDate date) {
                return date;
            }
            if (value instanceof TemporalAccessor temporal) {
                return LocalDate.from(temporal);
            }
            if (value instanceof java.sql.Date sqlDate) {
                return sqlDate.toLocalDate();
            }
            if (value instanceof String text) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeException e) {
            throw new TemplateModelException(name + ": not a date (expected yyyy-mm-dd): " + value, e);
        }
        throw new TemplateModelException(name + ": expected a LocalDate or yyyy-mm-dd text, got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** The second argument of fmt.markdown: a whole number 0–3, so that no template gets an h4 or an h0. */
    private static int headingLevel(Object arg) throws TemplateModelException {
        if (arg instanceof TemplateNumberModel number) {
            double level = number.getAsNumber().doubleValue();
            if (level == Math.rint(level) && level >= 0 && level <= MarkdownMarkup.MAX_HEADING_LEVEL) {
                return (int) level;
            }
        }
        throw new TemplateModelException("fmt.markdown: the second argument (the heading level the text sits"
                + " under) must be a whole number 0–" + MarkdownMarkup.MAX_HEADING_LEVEL + ", got "
                + describe(arg));
    }

    private static String describe(Object arg) throws TemplateModelException {
        if (arg instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        if (arg instanceof TemplateScalarModel text) {
            return "the text \"" + text.getAsString() + "\"";
        }
        return arg == null ? "nothing" : arg.getClass().getSimpleName();
    }

    private static boolean flag(String name, String what, Object arg) throws TemplateModelException {
        if (arg instanceof TemplateBooleanModel bool) {
            return bool.getAsBoolean();
        }
        throw new TemplateModelException(name + ": the second argument (" + what + ") must be true or false");
    }
}
