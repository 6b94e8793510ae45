package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An extract from the minutes (pöytäkirjanote) of a board's meeting, e.g. a regional council's board
 * (maakuntahallitus) noting the arrangements of a round of discussions for information: the meeting
 * body, date and section (§), the diary number, the explanation (selostus), who prepared it and whom to
 * ask for further information, the proposal (ehdotus) with its proposer's title, the decision
 * (päätös) and which appeal instructions (muutoksenhakuohje) go with it. The item's title is the
 * {@link Meta}'s title.
 *
 * @param meta                    metadata; its title is the item's title
 * @param sender                  the sender's letterhead profile
 * @param meetingBody             the meeting body, e.g. "Maakuntahallitus"; required
 * @param meetingBodyAbbreviation its abbreviation, e.g. "MH", or {@code null}
 * @param meetingDate             the date of the meeting; required
 * @param section                 the section number (§) in the minutes; at least 1
 * @param diaryNumber             the diary number (diaarinumero), e.g. "KSL/123/00.01.02/2025", or
 *                                {@code null}
 * @param explanation             the explanation and grounds (selostus), or {@code null}
 * @param preparer                who prepared the item (valmistelija), or {@code null}
 * @param furtherInformation      whom to ask for further information (lisätietoja), or {@code null}
 * @param proposal                the proposal (ehdotus / päätösehdotus), or {@code null}
 * @param proposerTitle           the proposer's title, e.g. "Maakuntajohtaja"; required with a proposal
 * @param decision                the decision (päätös); required
 * @param notedForInformation     {@code true} for an item only noted for information (merkitään
 *                                tiedoksi), which cannot be appealed
 * @param appeal                  the appeal instructions that go with the decision; required unless the
 *                                item is noted for information, when it is {@link AppealInstructions#NONE}
 *                                (the default)
 * @param closing                 contacts, signatures and lists
 * @param furtherInformationText  further information as free text (Markdown), printed under
 *                                Lisätietoja after the person, or {@code null}
 * @param sections                free sections after the explanation, in the author's order; may be empty
 * @param order                   the order of the head: {@code meeting-first} (the meeting line, then the
 *                                title; the default) or {@code title-first} (the title, then the meeting
 *                                line "MH 17.03.2025 § 45" with the body's abbreviation, as minutes systems
 *                                print extracts)
 * @param proposalHeading         the proposal's heading, or {@code null} for one derived from the proposer's
 *                                title ("Maakuntajohtajan ehdotus")
 * @param decisionHeading         the decision's heading, or {@code null} for one derived from the meeting
 *                                body ("Maakuntahallituksen päätös")
 * @param explanationHeading      the explanation's heading, or {@code null} for "Selostus"
 * @param printExplanationHeading {@code false} to print the explanation without a heading, as some
 *                                minutes do; {@code null} or {@code true} prints it
 */
@RecordBuilder
@JsonClassDescription("An extract from the minutes (pöytäkirjanote) of a board's meeting: the meeting line, the "
        + "item's title, the explanation, the proposal, the decision and its appeal instructions.")
public record BoardDecisionExtract(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The metadata block: the title, date, identifiers, language and the rest, "
                + "printed at the top of page 1 and as the page header from page 2 on. Its title is the item's "
                + "title. Required.") Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"regional-council", "tem"}) String sender,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The meeting body, printed in bold in the meeting line: Maakuntahallitus (MH) "
                + "26.1.2026 § 12. Required, not blank.")
        @Example({"Maakuntahallitus", "Maakuntavaltuusto"}) String meetingBody,
        @JsonPropertyDescription("The meeting body's abbreviation, printed in brackets after its name in the "
                + "meeting line, and in its place when order is title-first (MH 17.03.2025 § 45). Optional.")
        @Example("MH") String meetingBodyAbbreviation,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The date of the meeting, printed in the meeting line. Required.")
        @Example("2026-01-26") LocalDate meetingDate,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The item's section number (§) in the minutes, a whole number of at least 1, "
                + "printed in the meeting line as § 12. Required.")
        @Example("12") int section,
        @JsonPropertyDescription("The diary number (diaarinumero), printed under the meeting line and among the "
                + "identifiers of the metadata block. Optional.")
        @Example("KSL/123/00.01.02/2025") String diaryNumber,
        @JsonPropertyDescription("The explanation and grounds (selostus), printed under the heading Selostus "
                + "(see explanationHeading and printExplanationHeading) (Markdown). Optional.")
        @Example("Aluekehittämisen keskustelut ovat valtion ja alueiden välinen menettely.") Markdown explanation,
        @JsonPropertyDescription("Who prepared the item, printed under the label Valmistelija with the title, "
                + "e-mail and phone given. Optional.") Person preparer,
        @JsonPropertyDescription("Whom to ask for further information, printed under the label Lisätietoja "
                + "with the title, e-mail and phone given. Optional.") Person furtherInformation,
        @JsonPropertyDescription("The proposal (ehdotus), printed under a heading made from the proposer's "
                + "title, e.g. Maakuntajohtajan ehdotus (Markdown). Optional; a proposal needs proposerTitle.")
        @Example("Maakuntahallitus merkitsee järjestelyt tiedoksi.") Markdown proposal,
        @JsonPropertyDescription("The proposer's title, which makes the proposal's heading: Maakuntajohtaja "
                + "gives Maakuntajohtajan ehdotus. Required with a proposal, and only with one.")
        @Example("Maakuntajohtaja") String proposerTitle,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The decision (päätös), printed under the decision's heading (Markdown). "
                + "Required.")
        @Example("Ehdotus hyväksyttiin.") Markdown decision,
        @JsonPropertyDescription("true for an item only noted for information (merkitään tiedoksi): it cannot be "
                + "appealed, so no appeal instructions are printed and appeal is left out (or none). Optional; "
                + "false when left out.")
        @Example("true") boolean notedForInformation,
        @JsonPropertyDescription("Which appeal instructions are printed after the decision, each with its "
                + "standard text: none (Muutoksenhakukielto), request-for-rectification (Oikaisuvaatimusohje) "
                + "or municipal-appeal (Valitusosoitus). Required unless notedForInformation is true; then "
                + "leave it out or write none.")
        @Example({"request-for-rectification", "municipal-appeal", "none"}) AppealInstructions appeal,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing,
        @JsonPropertyDescription("Further information as free text (Markdown), printed under the label "
                + "Lisätietoja after the person in furtherInformation. Optional.")
        @Example("Lisätietoja antaa aluekehitysjohtaja.") Markdown furtherInformationText,
        @JsonPropertyDescription(Descriptions.SECTIONS + ", after the explanation. Optional.")
        List<Section> sections,
        @JsonPropertyDescription("The order of the extract's head: meeting-first prints the meeting line "
                + "(Maakuntahallitus (MH) 26.1.2026 § 12) and then the title; title-first prints the title and "
                + "then the meeting line with the body's abbreviation (MH 17.03.2025 § 45), as minutes systems "
                + "print extracts. Optional; meeting-first when left out.")
        @Example({"meeting-first", "title-first"}) Order order,
        @JsonPropertyDescription("The proposal's heading as printed. Optional; when left out, a heading made from "
                + "the proposer's title (Maakuntajohtajan ehdotus). Only with a proposal.")
        @Example("Päätösehdotus") String proposalHeading,
        @JsonPropertyDescription("The decision's heading as printed. Optional; when left out, a heading made from "
                + "the meeting body (Maakuntahallituksen päätös).")
        @Example("Päätös") String decisionHeading,
        @JsonPropertyDescription("The explanation's heading as printed. Optional; Selostus when left out. Only "
                + "with an explanation.")
        @Example("Asian tausta") String explanationHeading,
        @JsonPropertyDescription("false prints the explanation without a heading, as some minutes do. Optional; "
                + "the heading is printed when left out.")
        @Example("false") Boolean printExplanationHeading) implements AlkeDocument {
    /** The {@code kind:} of board decision extracts in input files. */
    public static final String KIND = "board-decision-extract";

    /** Checks the required fields and that the parts agree with each other. */
    public BoardDecisionExtract {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        checks.notBlank(meetingBody, "meetingBody");
        checks.required(meetingDate, "meetingDate");
        checks.check(section >= 1, "section", "the § number must be 1 or more, was " + section);
        checks.check(proposal == null || proposerTitle != null, "proposal",
                "a proposal needs its proposer's title: add proposerTitle, e.g. Maakuntajohtaja");
        checks.check(proposerTitle == null || proposal != null, "proposerTitle",
                "a proposer's title without a proposal: add the proposal, or leave proposerTitle out");
        checks.check(proposalHeading == null || proposal != null, "proposalHeading",
                "a heading for a proposal that is not there: add the proposal, or leave proposalHeading out");
        checks.check(explanationHeading == null || explanation != null, "explanationHeading",
                "a heading for an explanation that is not there: add the explanation, or leave "
                        + "explanationHeading out");
        checks.required(decision, "decision");
        if (notedForInformation) {
            appeal = appeal == null ? AppealInstructions.NONE : appeal;
            checks.check(appeal == AppealInstructions.NONE, "appeal", "an item noted for information "
                    + "(notedForInformation: true) cannot be appealed, so it has no appeal instructions; "
                    + "leave appeal out or write none");
        } else {
            checks.check(appeal != null, "appeal", "appeal instructions are needed unless the item is noted "
                    + "for information (notedForInformation: true); write one of " + AppealInstructions.codes());
        }
        checks.done();
        sections = Checks.list(sections);
        closing = closing == null ? Closing.NONE : closing;
    }

    /** An extract with the stock headings, the meeting line first and no free sections. */
    public BoardDecisionExtract(Meta meta, String sender, String meetingBody, String meetingBodyAbbreviation,
                                LocalDate meetingDate, int section, String diaryNumber, Markdown explanation,
                                Person preparer, Person furtherInformation, Markdown proposal, String proposerTitle,
                                Markdown decision, boolean notedForInformation, AppealInstructions appeal,
                                Closing closing) {
        this(meta, sender, meetingBody, meetingBodyAbbreviation, meetingDate, section, diaryNumber, explanation,
                preparer, furtherInformation, proposal, proposerTitle, decision, notedForInformation, appeal,
                closing, null, null, null, null, null, null, null);
    }

    /** Whether the explanation is printed under a heading. */
    public boolean explanationHeadingPrinted() {
        return printExplanationHeading == null || printExplanationHeading;
    }

    /** Whether the title comes before the meeting line. */
    public boolean titleFirst() {
        return order == Order.TITLE_FIRST;
    }

    /**
     * The order of an extract's head. In input files {@code meeting-first} or {@code title-first}.
     */
    @JsonClassDescription("The order of an extract's head: meeting-first or title-first.")
    public enum Order {
        /** The meeting line ("Maakuntahallitus (MH) 26.1.2026 § 12"), then the item's title. */
        MEETING_FIRST("meeting-first"),
        /** The item's title, then the meeting line with the body's abbreviation ("MH 17.03.2025 § 45"). */
        TITLE_FIRST("title-first");

        private final String code;

        Order(String code) {
            this.code = code;
        }

        /** The value written in input files. */
        @JsonValue
        public String code() {
            return code;
        }

        /**
         * The order of a value written in input files.
         *
         * @throws IllegalArgumentException naming the values when there is no such order
         */
        @JsonCreator
        public static Order ofCode(String code) {
            return Codes.of(values(), Order::code, code, "order");
        }
    }

    @Override
    public BoardDecisionExtract withMeta(Meta meta) {
        return BoardDecisionExtractBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static BoardDecisionExtractBuilder builder() {
        return BoardDecisionExtractBuilder.builder();
    }

    /**
     * Which appeal instructions go with a decision. In input files written in lower case with hyphens:
     * {@code none}, {@code request-for-rectification}, {@code municipal-appeal}.
     */
    @JsonClassDescription("Which appeal instructions go with a decision: none, request-for-rectification or "
            + "municipal-appeal.")
    public enum AppealInstructions {
        /** No appeal instructions: the decision cannot be appealed (e.g. an item noted for information). */
        NONE("none"),
        /** A request for rectification (oikaisuvaatimus) to the body itself. */
        REQUEST_FOR_RECTIFICATION("request-for-rectification"),
        /** A municipal appeal (kunnallisvalitus) to the administrative court. */
        MUNICIPAL_APPEAL("municipal-appeal");

        private final String code;

        AppealInstructions(String code) {
            this.code = code;
        }

        /** The value written in input files, e.g. {@code municipal-appeal}. */
        @JsonValue
        public String code() {
            return code;
        }

        /**
         * The appeal instructions of a value written in input files.
         *
         * @throws IllegalArgumentException naming the allowed values when there is no such kind
         */
        @JsonCreator
        public static AppealInstructions ofCode(String code) {
            return Codes.of(values(), AppealInstructions::code, code, "kind of appeal instructions");
        }

        static String codes() {
            return Arrays.stream(values()).map(AppealInstructions::code).collect(Collectors.joining(", "));
        }
    }
}
