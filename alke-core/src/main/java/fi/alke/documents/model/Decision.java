package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A decision (päätös) with its explanation (selostus), e.g. the decision to hold a joint discussion:
 * its theme, the participating regions, when it is held, the partner organisations and the questions
 * the discussion focuses on.
 *
 * @param meta            metadata
 * @param sender          the sender's letterhead profile
 * @param decision        the decision itself
 * @param explanation     the explanation and grounds (selostus)
 * @param themes          the discussion's theme; the process allows one (a rule of the round checks)
 * @param regions         the participating regions; at least one
 * @param start           when the discussion starts
 * @param end             when it ends, or {@code null}
 * @param partners        partner organisations invited; may be empty
 * @param focusQuestions  the questions the discussion focuses on; may be empty
 * @param sections        free sections after the explanation, in the author's order; may be empty
 * @param closing         contacts, signatures and lists
 */
@RecordBuilder
public record Decision(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                       @JsonProperty(required = true) Markdown decision, Markdown explanation,
                       @JsonProperty(required = true) List<String> themes,
                       @JsonProperty(required = true) List<Region> regions,
                       @JsonProperty(required = true) LocalDateTime start, LocalDateTime end, List<String> partners,
                       List<String> focusQuestions, List<Section> sections, Closing closing) implements AlkeDocument {
    /** The {@code kind:} of decisions in input files. */
    public static final String KIND = "decision";

    /** Checks the required fields; missing lists become empty. */
    public Decision {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(decision, "decision");
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("themes: at least one is needed");
        }
        regions = regions == null ? List.of() : List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("regions: at least one is needed");
        }
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        partners = partners == null ? List.of() : List.copyOf(partners);
        focusQuestions = focusQuestions == null ? List.of() : List.copyOf(focusQuestions);
        sections = sections == null ? List.of() : List.copyOf(sections);
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static DecisionBuilder builder() {
        return DecisionBuilder.builder();
    }
}
