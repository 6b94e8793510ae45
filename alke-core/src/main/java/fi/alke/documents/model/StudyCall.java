package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The description of a study or research need (selvitystarve) in a call for studies, as in the
 * government's plan for analysis, assessment and research: the section number and the theme it falls
 * under, the budget cap, the time span, the background and need (tietotarpeen tausta ja tarvekuvaus),
 * the research questions, the links to the government programme and other work, and the reporting. The
 * heading of the section (e.g. "Aluekehittämisen verkostoyhteistyön toimintamalli") is the {@link Meta}'s
 * title.
 *
 * @param meta              metadata; its title is the section's heading
 * @param sender            the sender's letterhead profile
 * @param section           the section number, e.g. {@code "5.5"}: numbers separated by dots
 * @param theme             the theme (main heading) the section falls under, e.g. "Kestävä alue- ja
 *                          kaupunkikehitys", or {@code null}
 * @param budgetCap         the upper limit of the available appropriation in euros (määrärahan yläraja);
 *                          more than zero
 * @param start             the first month of the time span (aikajänne)
 * @param end               the last month of the time span; not before {@code start}
 * @param background        the background and the need with its grounds; required
 * @param questionsIntro    text before the research questions, e.g. that they are indicative, or
 *                          {@code null}
 * @param researchQuestions the research questions (tutkimuskysymykset); at least one
 * @param links             links to the government programme, strategies and other studies and research,
 *                          as text or URLs; may be empty
 * @param reporting         what is reported and when (raportointi), or {@code null}
 * @param sections          free sections after the reporting, in the author's order; may be empty
 * @param closing           contacts, signatures and lists
 */
@RecordBuilder
@JsonClassDescription("The description of a study or research need (selvitystarve) in a call for studies: its "
        + "section number and theme, the budget cap, the time span, the background, the research questions, the "
        + "links to other work and the reporting.")
public record StudyCall(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The metadata block: the title, date, identifiers, language and the rest, "
                + "printed at the top of page 1 and as the page header from page 2 on. Its title is the section's "
                + "heading, printed after the section number. Required.") Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The section number, numbers separated by dots and written in quotes (\"5.5\"), "
                + "printed before the section's heading: 5.5 Aluekehittämisen verkostoyhteistyön toimintamalli. "
                + "Its first number numbers the theme's heading. Required.")
        @Example("5.5") String section,
        @JsonPropertyDescription("The theme (main heading) the section falls under, printed in capitals as a main "
                + "heading numbered with the section's first number: 5. KESTÄVÄ ALUE- JA KAUPUNKIKEHITYS. "
                + "Optional; without it the section's own heading is the main heading.")
        @Example("Kestävä alue- ja kaupunkikehitys") String theme,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The upper limit of the available appropriation in euros, a number more than "
                + "zero, printed as 150 000 € after Käytettävissä olevan määrärahan yläraja. Required.")
        @Example("150000") BigDecimal budgetCap,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The first month of the time span, printed as 05/2026 after Aikajänne. "
                + "Required.")
        @Example("2026-05") YearMonth start,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The last month of the time span, not before start, printed as 12/2027 after "
                + "the start. Required.")
        @Example("2027-12") YearMonth end,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The background and the need with its grounds, printed under the heading "
                + "Tietotarpeen tausta ja tarvekuvaus perusteluineen (Markdown). Required.")
        @Example("Aluekehittämisen verkostoyhteistyöstä ei ole koottua tietoa.") Markdown background,
        @JsonPropertyDescription("Text printed before the research questions, e.g. that they are indicative "
                + "(Markdown). Optional.")
        @Example("Tutkimuskysymykset ovat suuntaa antavia.") Markdown questionsIntro,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The research questions, printed as a bulleted list under the heading "
                + "Tutkimuskysymykset. At least one. Required.")
        @Example("Millaisia verkostoyhteistyön malleja alueilla on käytössä?") List<String> researchQuestions,
        @JsonPropertyDescription("Links to the government programme, strategies and other studies and research, "
                + "as text or web addresses (an address becomes a link), printed under their own heading. "
                + "Optional.")
        @Example({"Hallitusohjelman toimeenpanosuunnitelma", "https://tietokayttoon.fi"}) List<String> links,
        @JsonPropertyDescription("What is reported and when, printed under the heading Raportointi (Markdown). "
                + "Optional.")
        @Example("Loppuraportti julkaistaan valtioneuvoston julkaisusarjassa.") Markdown reporting,
        @JsonPropertyDescription(Descriptions.SECTIONS + ", after the reporting. Optional.") List<Section> sections,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing) implements AlkeDocument {
    /** The {@code kind:} of study calls in input files. */
    public static final String KIND = "study-call";

    /** Checks the required fields, the section number, the budget cap and the time span. */
    public StudyCall {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        if (checks.required(section, "section")) {
            checks.check(section.matches("[1-9][0-9]*(\\.[1-9][0-9]*)*"), "section", "write the section number "
                    + "as numbers separated by dots, e.g. 5.5; was '" + section + "'");
        }
        if (checks.required(budgetCap, "budgetCap")) {
            checks.check(budgetCap.signum() > 0, "budgetCap", "the budget cap must be more than zero, was "
                    + budgetCap.toPlainString());
        }
        checks.required(start, "start");
        checks.required(end, "end");
        checks.check(start == null || end == null || !end.isBefore(start), "end", "the time span ends (" + end
                + ") before it starts (" + start + ")");
        checks.required(background, "background");
        researchQuestions = Checks.list(researchQuestions);
        checks.check(!researchQuestions.isEmpty(), "researchQuestions", "at least one research question is needed");
        links = Checks.list(links);
        sections = Checks.list(sections);
        closing = closing == null ? Closing.NONE : closing;
        checks.done();
    }

    @Override
    public StudyCall withMeta(Meta meta) {
        return StudyCallBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static StudyCallBuilder builder() {
        return StudyCallBuilder.builder();
    }
}
