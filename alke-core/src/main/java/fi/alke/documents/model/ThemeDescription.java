package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Objects;

/**
 * The description of a discussion's theme and its conclusions (keskusteluteema ja johtopäätökset), as
 * in the attachment form of the guidance letter: the theme, the situation at hand, the development
 * spearheads with their challenges and opportunities (kehittämiskärjet / haasteet ja mahdollisuudet)
 * and the goals (tavoitteet).
 *
 * @param meta        metadata
 * @param sender      the sender's letterhead profile
 * @param theme       the discussion's theme; required, not blank
 * @param situation   the description of the situation at hand; required
 * @param spearheads  development spearheads, challenges and opportunities, one an item; may be empty
 * @param goals       the goals, one an item; may be empty
 * @param closing     contacts, signatures and lists
 */
@RecordBuilder
public record ThemeDescription(@JsonProperty(required = true) Meta meta,
                               @JsonProperty(required = true) String sender,
                               @JsonProperty(required = true) String theme,
                               @JsonProperty(required = true) Markdown situation,
                               List<Markdown> spearheads, List<Markdown> goals, Closing closing)
        implements AlkeDocument {
    /** The {@code kind:} of theme descriptions in input files. */
    public static final String KIND = "theme-description";

    /** Checks the required fields; missing lists become empty. */
    public ThemeDescription {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(theme, "theme");
        if (theme.isBlank()) {
            throw new IllegalArgumentException("theme: must not be blank");
        }
        Objects.requireNonNull(situation, "situation");
        spearheads = spearheads == null ? List.of() : List.copyOf(spearheads);
        goals = goals == null ? List.of() : List.copyOf(goals);
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static ThemeDescriptionBuilder builder() {
        return ThemeDescriptionBuilder.builder();
    }
}
