package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
@JsonClassDescription("A decision (päätös) with its explanation (selostus), e.g. the decision to hold a joint "
        + "discussion: its theme, the participating regions, when it is held, the partners and the questions.")
public record Decision(
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.META) Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The decision itself, printed under the heading Päätös, followed by what was "
                + "decided: theme, regions, time, partners and questions (Markdown). Required.")
        @Example("Työ- ja elinkeinoministeriö päättää järjestää maakuntien yhteisen aluekehittämisen keskustelun.")
        Markdown decision,
        @JsonPropertyDescription("The explanation and grounds (selostus), printed under the heading Selostus "
                + "(Markdown). Optional.")
        @Example("Keskustelut perustuvat lakiin alueiden kehittämisestä (756/2021).") Markdown explanation,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.THEMES)
        @Example("Puolustusteollisuuden ja kaksoiskäyttöteknologioiden TKI:n kehittäminen alueilla")
        List<String> themes,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The participating regions by code, printed by name under the label Maakunnat, "
                + "one a line; write each code in quotes (\"13\"). At least one. Required.")
        @Example({"10", "13"}) List<Region> regions,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.START)
        @Example("2026-03-20T09:00") LocalDateTime start,
        @JsonPropertyDescription(Descriptions.END) @Example("2026-03-20T11:00") LocalDateTime end,
        @JsonPropertyDescription("The partner organisations invited, printed as a bulleted list under the label "
                + "Kumppanit. Optional.")
        @Example("Business Finland") List<String> partners,
        @JsonPropertyDescription("The questions the discussion focuses on, printed as a bulleted list under the "
                + "label Kysymykset. Optional.")
        @Example("Miten alueiden TKI-osaamista hyödynnetään puolustusteollisuudessa?") List<String> focusQuestions,
        @JsonPropertyDescription(Descriptions.SECTIONS + ", after the explanation. Optional.")
        List<Section> sections,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing) implements AlkeDocument {
    /** The {@code kind:} of decisions in input files. */
    public static final String KIND = "decision";

    /** Checks the required fields; missing lists become empty. */
    public Decision {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        checks.required(decision, "decision");
        themes = Checks.list(themes);
        checks.check(!themes.isEmpty(), "themes", "at least one theme is needed");
        regions = Checks.list(regions);
        checks.check(!regions.isEmpty(), "regions", "at least one region is needed");
        checks.required(start, "start");
        checks.check(end == null || start == null || !end.isBefore(start), "end", "the discussion ends ("
                + end + ") before it starts (" + start + ")");
        partners = Checks.list(partners);
        focusQuestions = Checks.list(focusQuestions);
        sections = Checks.list(sections);
        closing = closing == null ? Closing.NONE : closing;
        checks.done();
    }

    @Override
    public Decision withMeta(Meta meta) {
        return DecisionBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static DecisionBuilder builder() {
        return DecisionBuilder.builder();
    }
}
