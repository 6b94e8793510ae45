package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The description of a discussion's theme and its conclusions (keskusteluteema ja johtopäätökset), as
 * regions write them from their presentations: the theme, the situation at hand, the development
 * spearheads (kehittämiskärjet), the challenges (haasteet) and the opportunities (mahdollisuudet) as two
 * lists of their own, the goals (tavoitteet), the core questions (keskeiset kysymykset) and free
 * sections. Only the theme is required; a part left empty is not printed.
 *
 * @param meta          metadata
 * @param sender        the sender's letterhead profile
 * @param theme         the discussion's theme; required, not blank
 * @param situation     the description of the situation at hand, or {@code null}
 * @param spearheads    development spearheads, one an item; may be empty
 * @param challenges    challenges, one an item; may be empty
 * @param opportunities opportunities, one an item; may be empty
 * @param goals         the goals, one an item; may be empty
 * @param coreQuestions the core questions of the discussion, one an item; may be empty
 * @param sections      free sections after the named parts, in the author's order; may be empty
 * @param closing       contacts, signatures and lists
 */
@RecordBuilder
public record ThemeDescription(@JsonProperty(required = true) Meta meta,
                               @JsonProperty(required = true) String sender,
                               @JsonProperty(required = true) String theme, Markdown situation,
                               List<Markdown> spearheads, List<Markdown> challenges, List<Markdown> opportunities,
                               List<Markdown> goals, List<Markdown> coreQuestions, List<Section> sections,
                               Closing closing)
        implements AlkeDocument {
    /** The {@code kind:} of theme descriptions in input files. */
    public static final String KIND = "theme-description";

    /** Checks the required fields; missing lists become empty. */
    public ThemeDescription {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        checks.notBlank(theme, "theme");
        checks.done();
        spearheads = spearheads == null ? List.of() : List.copyOf(spearheads);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
        goals = goals == null ? List.of() : List.copyOf(goals);
        coreQuestions = coreQuestions == null ? List.of() : List.copyOf(coreQuestions);
        sections = sections == null ? List.of() : List.copyOf(sections);
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static ThemeDescriptionBuilder builder() {
        return ThemeDescriptionBuilder.builder();
    }
}
