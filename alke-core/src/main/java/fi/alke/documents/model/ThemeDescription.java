package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
@JsonClassDescription("The description of a discussion's theme and its conclusions (keskusteluteema ja "
        + "johtopäätökset): the situation, the development spearheads, challenges, opportunities, goals and core "
        + "questions. Only the theme is required; a part left empty is not printed.")
public record ThemeDescription(
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.META) Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"regional-council", "tem"}) String sender,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The discussion's theme, printed after the title: Keskusteluteema: … Required, "
                + "not blank.")
        @Example("Vihreän siirtymän investoinnit") String theme,
        @JsonPropertyDescription("The description of the situation at hand (käsillä olevan tilanteen kuvaus), "
                + "printed under its own heading (Markdown). Optional.")
        @Example("Alueelle on suunnitteilla teollisia investointeja yli kahden miljardin euron arvosta.")
        Markdown situation,
        @JsonPropertyDescription("The development spearheads (kehittämiskärjet), one a list item (Markdown), "
                + "printed as a bulleted list under their own heading. Optional.")
        @Example("Vetyklusterin rakentaminen") List<Markdown> spearheads,
        @JsonPropertyDescription("The challenges (haasteet), one a list item (Markdown), printed as a list of "
                + "their own. Optional.")
        @Example("Osaavan työvoiman saatavuus") List<Markdown> challenges,
        @JsonPropertyDescription("The opportunities (mahdollisuudet), one a list item (Markdown), printed as a "
                + "list of their own. Optional.")
        @Example("Uusiutuvan energian tuotanto") List<Markdown> opportunities,
        @JsonPropertyDescription("The goals (tavoitteet), one a list item (Markdown), printed as a numbered list "
                + "under their own heading. Optional.")
        @Example("Investointien lupaprosessit nopeutuvat.") List<Markdown> goals,
        @JsonPropertyDescription("The core questions of the discussion (keskeiset kysymykset), one a list item "
                + "(Markdown), printed as a list under their own heading. Optional.")
        @Example("Miten alueen koulutustarjonta vastaa investointien tarpeisiin?") List<Markdown> coreQuestions,
        @JsonPropertyDescription(Descriptions.SECTIONS + ", after the named parts. Optional.")
        List<Section> sections,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing)
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
        spearheads = Checks.list(spearheads);
        challenges = Checks.list(challenges);
        opportunities = Checks.list(opportunities);
        goals = Checks.list(goals);
        coreQuestions = Checks.list(coreQuestions);
        sections = Checks.list(sections);
        closing = closing == null ? Closing.NONE : closing;
    }

    @Override
    public ThemeDescription withMeta(Meta meta) {
        return ThemeDescriptionBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static ThemeDescriptionBuilder builder() {
        return ThemeDescriptionBuilder.builder();
    }
}
