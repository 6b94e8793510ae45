package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
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
 */
@RecordBuilder
public record BoardDecisionExtract(@JsonProperty(required = true) Meta meta,
                                   @JsonProperty(required = true) String sender,
                                   @JsonProperty(required = true) String meetingBody, String meetingBodyAbbreviation,
                                   @JsonProperty(required = true) LocalDate meetingDate,
                                   @JsonProperty(required = true) int section, String diaryNumber,
                                   Markdown explanation, Person preparer, Person furtherInformation,
                                   Markdown proposal, String proposerTitle,
                                   @JsonProperty(required = true) Markdown decision, boolean notedForInformation,
                                   AppealInstructions appeal, Closing closing) implements AlkeDocument {
    /** The {@code kind:} of board decision extracts in input files. */
    public static final String KIND = "board-decision-extract";

    /** Checks the required fields and that the appeal instructions fit the item. */
    public BoardDecisionExtract {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(meetingBody, "meetingBody");
        Objects.requireNonNull(meetingDate, "meetingDate");
        if (section < 1) {
            throw new IllegalArgumentException("section: the § number must be at least 1, was " + section);
        }
        if (proposal != null && proposerTitle == null) {
            throw new IllegalArgumentException("proposerTitle: needed with a proposal");
        }
        Objects.requireNonNull(decision, "decision");
        if (notedForInformation) {
            appeal = appeal == null ? AppealInstructions.NONE : appeal;
            if (appeal != AppealInstructions.NONE) {
                throw new IllegalArgumentException("appeal: an item noted for information has no appeal "
                        + "instructions, was " + appeal.code());
            }
        } else if (appeal == null) {
            throw new IllegalArgumentException("appeal: needed unless the item is noted for information; one of "
                    + AppealInstructions.codes());
        }
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static BoardDecisionExtractBuilder builder() {
        return BoardDecisionExtractBuilder.builder();
    }

    /**
     * Which appeal instructions go with a decision. In input files written in lower case with hyphens:
     * {@code none}, {@code request-for-rectification}, {@code municipal-appeal}.
     */
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
            for (AppealInstructions appeal : values()) {
                if (appeal.code.equals(code)) {
                    return appeal;
                }
            }
            throw new IllegalArgumentException("no appeal instructions are called '" + code
                    + "'; the allowed values are " + codes());
        }

        static String codes() {
            return Arrays.stream(values()).map(AppealInstructions::code).collect(Collectors.joining(", "));
        }
    }
}
