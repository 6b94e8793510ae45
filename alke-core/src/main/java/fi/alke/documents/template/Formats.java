package fi.alke.documents.template;

import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
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
 *   <li>{@code fmt.markdown(text)} → markup blocks (paragraphs, lists, emphasis, links) for a long text
 *       field written in Markdown; inserted as markup, not escaped</li>
 * </ul>
 * {@code d} may be a {@link LocalDate}, any {@link TemporalAccessor} with a date, or ISO text.
 */
final class Formats implements TemplateHashModel {
    static final Formats INSTANCE = new Formats();

    private static final TemplateMethodModelEx DATE = args -> {
        arguments("fmt.date", args, 1, 2);
        LocalDate date = date("fmt.date", args.get(0));
        boolean padded = args.size() == 2 && flag("fmt.date", args.get(1));
        return padded
                ? String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    };

    private static final TemplateMethodModelEx ISO_DATE = args -> {
        arguments("fmt.isoDate", args, 1, 1);
        return date("fmt.isoDate", args.get(0)).toString();
    };

    private static final TemplateMethodModelEx MARKDOWN = args -> {
        arguments("fmt.markdown", args, 1, 1);
        Object value = args.get(0) instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : args.get(0);
        String source = value instanceof fi.alke.documents.model.Markdown markdown ? markdown.source()
                : value instanceof String text ? text : null;
        if (source == null) {
            throw new TemplateModelException("fmt.markdown takes Markdown text, got "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        return XMLOutputFormat.INSTANCE.fromMarkup(MarkdownMarkup.toMarkup(source));
    };

    private Formats() {
    }

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "date" -> DATE;
            case "isoDate" -> ISO_DATE;
            case "markdown" -> MARKDOWN;
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
                    + " argument(s), got " + args.size());
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

    private static boolean flag(String name, Object arg) throws TemplateModelException {
        if (arg instanceof TemplateBooleanModel bool) {
            return bool.getAsBoolean();
        }
        throw new TemplateModelException(name + ": the second argument (padded) must be true or false");
    }
}
