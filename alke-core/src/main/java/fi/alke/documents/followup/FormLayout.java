package fi.alke.documents.followup;

import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where things are in a form, shared by the writers and the readers so that they cannot drift apart.
 *
 * <p>XLSX: the visible sheet {@value #FORM_SHEET}: a title (row 1), a line of instructions (row 2), the header
 * (row 3) and one row per action from row 4, with the columns below. The very hidden sheet
 * {@value #DATA_SHEET}: label/value pairs in columns A/B — format, round, party, fingerprint — and then one
 * {@code action} row per action id, in the order of the visible rows.
 *
 * <p>DOCX: a title, a paragraph of instructions and one table with the same columns, its header in table row 1
 * and one row per action from table row 2. The matching data is in the document's custom properties
 * {@value #FORMAT_PROPERTY}, {@value #ROUND_PROPERTY}, {@value #PARTY_PROPERTY}, {@value #FINGERPRINT_PROPERTY}
 * and {@value #ACTION_PROPERTY}1, {@value #ACTION_PROPERTY}2, … in the order of the table's rows.
 */
final class FormLayout {
    static final String FORM_SHEET = "Seuranta";
    static final String DATA_SHEET = "alke-form";
    /** Written to the hidden sheet; a later layout gets a new number, so old forms can be told apart. */
    static final String FORMAT = "alke-follow-up-form/1";

    /** 0-based index of the header row; the actions follow it. */
    static final int HEADER_ROW = 2;
    static final int FIRST_ACTION_ROW = HEADER_ROW + 1;

    static final int ID_COLUMN = 0;
    static final int DESCRIPTION_COLUMN = 1;
    static final int PREVIOUS_COLUMN = 2;
    static final int STATUS_COLUMN = 3;
    static final int NOTE_COLUMN = 4;

    /** 0-based rows of the hidden sheet; the action ids follow the fingerprint. */
    static final int FORMAT_ROW = 0;
    static final int ROUND_ROW = 1;
    static final int PARTY_ROW = 2;
    static final int FINGERPRINT_ROW = 3;
    static final int FIRST_ID_ROW = 4;

    /** The custom properties of a DOCX form; one property per action id, since an id may contain any character. */
    static final String FORMAT_PROPERTY = "alke-format";
    static final String ROUND_PROPERTY = "alke-round";
    static final String PARTY_PROPERTY = "alke-party";
    static final String FINGERPRINT_PROPERTY = "alke-fingerprint";
    static final String ACTION_PROPERTY = "alke-action-";

    /**
     * Not a secret: the protection is there against accidents, not against a person who means to change the
     * form (Excel's sheet passwords and Word's protection passwords are no security anyway). A password keeps
     * "Unprotect sheet" or "Stop protection" from being one click away.
     */
    static final String PROTECTION_PASSWORD = "alke";

    private FormLayout() {
    }

    /** The allowed status values, as typed into the form. */
    static String[] statusCodes() {
        return Arrays.stream(Status.values()).map(Status::code).toArray(String[]::new);
    }

    /**
     * A fingerprint of what the hidden sheet says, so that a hand edit of it (or a copy of rows from another
     * form) is found rather than trusted.
     */
    static String fingerprint(String round, String partyCode, List<String> actionIds) {
        String text = FORMAT + "\n" + round + "\n" + partyCode + "\n" + String.join("\n", actionIds);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The round of a name.
     *
     * @throws IllegalArgumentException naming the rounds when there is no such round
     */
    static Round round(FollowUp followUp, String name) {
        return followUp.rounds().stream().filter(round -> round.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no round is named '" + name + "'; the rounds are "
                        + String.join(", ", followUp.rounds().stream().map(Round::name).toList())));
    }

    /** The latest round dated before the given one, if any: its statuses are the ones shown as previous. */
    static Optional<Round> previousRound(FollowUp followUp, Round round) {
        return followUp.rounds().stream()
                .filter(other -> other.date().isBefore(round.date()))
                .max(Comparator.comparing(Round::date));
    }

    /** The status of one side of an action in a round, if it was reported. */
    static Optional<Status> status(FollowUp followUp, String actionId, String round, boolean stateSide) {
        return followUp.progressOf(actionId, round).map(entry -> stateSide ? entry.state() : entry.regions());
    }
}
