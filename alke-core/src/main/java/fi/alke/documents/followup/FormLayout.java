package fi.alke.documents.followup;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Parties;
import fi.alke.documents.model.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where things are in a form, shared by the writers and the readers so that they cannot drift apart.
 *
 * <p>XLSX: the visible sheet {@value #FORM_SHEET}: a title (row 1), a line of instructions (row 2), the header
 * (row 3) and one row per action from row 4, with the columns below. The very hidden sheet
 * {@value #DATA_SHEET}: label/value pairs in columns A/B — format, round, party, seal, key id, one
 * {@code status} row per allowed status label (in the order of {@link Status}) — and then one {@code action}
 * row per action id, in the order of the visible rows.
 *
 * <p>DOCX: made by the template {@code follow-up-form.ftlx}: one table with fill-in cells (the only table that
 * has editable ranges), its header rows marked as repeating, then one row per action with the same columns.
 * The matching data is in the document's custom properties {@value #FORMAT_PROPERTY}, {@value #ROUND_PROPERTY},
 * {@value #PARTY_PROPERTY}, {@value #SEAL_PROPERTY}, {@value #KEY_PROPERTY}, {@value #STATUS_PROPERTY}{@code <code>}
 * per status and {@value #ACTION_PROPERTY}1, {@value #ACTION_PROPERTY}2, … in the order of the table's rows.
 *
 * <p>The seal is an HMAC-SHA-256 over the matching data with the issuing office's {@link FormKey}
 * ({@link FormKey#seal}); the key id names the key. Anyone can read and change the matching data, nobody without
 * the key can seal it again: a form changed to speak for another party, round or actions does not verify.
 *
 * <p>The status labels travel with the form, so a form is read back with the labels it offered even when an
 * author has changed them since.
 *
 * <p>The party is stored as {@value #PARTY_PREFIX}{@code <code>}, the code its input files write: {@code party:TEM},
 * {@code party:12}, {@code party:VN}, {@code party:ely-keski-suomi}. Forms written before organisations could be
 * parties stored {@code ministry:<abbreviation>} or {@code region:<code>}; those are read as the same parties.
 */
final class FormLayout {
    static final String FORM_SHEET = "Seuranta";
    static final String DATA_SHEET = "alke-form";
    /**
     * Written to the hidden sheet; a later layout gets a new number, so old forms can be told apart. Format 3 is
     * sealed with the office's {@link FormKey}; forms of formats 1 and 2 had an unkeyed fingerprint that anyone
     * could recompute, and are refused.
     */
    static final String FORMAT = "alke-follow-up-form/3";
    /** The formats before forms were sealed with a key: recognised, to say why such a form is refused. */
    static final List<String> UNSEALED_FORMATS = List.of("alke-follow-up-form/1", "alke-follow-up-form/2");

    /** 0-based index of the header row; the actions follow it. */
    static final int HEADER_ROW = 2;
    static final int FIRST_ACTION_ROW = HEADER_ROW + 1;

    static final int ID_COLUMN = 0;
    static final int DESCRIPTION_COLUMN = 1;
    static final int PREVIOUS_COLUMN = 2;
    static final int STATUS_COLUMN = 3;
    static final int NOTE_COLUMN = 4;

    /** 0-based rows of the hidden sheet; the status labels and then the action ids follow the key id. */
    static final int FORMAT_ROW = 0;
    static final int ROUND_ROW = 1;
    static final int PARTY_ROW = 2;
    static final int SEAL_ROW = 3;
    static final int KEY_ROW = 4;
    static final int FIRST_STATUS_ROW = 5;
    static final int FIRST_ID_ROW = FIRST_STATUS_ROW + Status.values().length;

    /** The custom properties of a DOCX form; one property per action id, since an id may contain any character. */
    static final String FORMAT_PROPERTY = "alke-format";
    static final String ROUND_PROPERTY = "alke-round";
    static final String PARTY_PROPERTY = "alke-party";
    static final String SEAL_PROPERTY = "alke-seal";
    static final String KEY_PROPERTY = "alke-key";
    static final String STATUS_PROPERTY = "alke-status-";
    static final String ACTION_PROPERTY = "alke-action-";

    /** What the stored party code starts with; {@link #LEGACY_PREFIXES} are read too. */
    static final String PARTY_PREFIX = "party:";
    /** The prefixes of forms written when only ministries and regions had forms. */
    static final List<String> LEGACY_PREFIXES = List.of("ministry:", "region:");

    /**
     * Not a secret: the protection is there against accidents, not against a person who means to change the
     * form (Excel's sheet passwords and Word's protection passwords are no security anyway). A password keeps
     * "Unprotect sheet" or "Stop protection" from being one click away.
     */
    static final String PROTECTION_PASSWORD = "alke";

    private FormLayout() {
    }

    /**
     * The status labels a form offers, in the order of {@link Status}: the labels {@code status.<code>} of the
     * form's language, or the code where a label is missing.
     */
    static List<String> statusLabels(Map<String, String> messages) {
        return Arrays.stream(Status.values()).map(status -> messages.getOrDefault("status." + status.code(),
                status.code())).toList();
    }

    /** The party as stored in a form's matching data: {@code party:<code>}. */
    static String partyCode(Party party) {
        return PARTY_PREFIX + party.code();
    }

    /**
     * The party's code in a stored party code — {@code party:<code>}, or {@code ministry:<abbreviation>} and
     * {@code region:<code>} as forms written before stored them — or empty if it is none of those.
     */
    static Optional<String> codeOf(String stored) {
        for (String prefix : Stream.concat(Stream.of(PARTY_PREFIX), LEGACY_PREFIXES.stream()).toList()) {
            if (stored.startsWith(prefix) && stored.length() > prefix.length()) {
                return Optional.of(stored.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * The party's name on its form (the title, the recipient, the {@code form.none} line) and before its notes
     * in the imported follow-up: a ministry by its abbreviation, as the ministries call themselves in the tables,
     * every other party by its name in the language.
     */
    static String partyName(Party party, String language) {
        return party.type() == Party.Type.MINISTRY ? party.code() : party.name(language);
    }

    /**
     * Whether a party reports on an action: the action names it, or names all regions and it is one of the
     * follow-up's all regions ({@link FollowUp#allRegions}, {@link Party#coveredWithin}).
     *
     * @param allRegions the follow-up's all regions, found once for all its actions
     */
    static boolean reports(Party party, Action action, List<Party> allRegions) {
        return action.parties().stream().anyMatch(named -> party.coveredWithin(named, allRegions));
    }

    /**
     * The parties of a follow-up that fill in forms: every party its actions name, except that all regions are
     * not one party that could fill in a form but each of the follow-up's all regions ({@link FollowUp#allRegions}:
     * the regions it names, or every region with a regional council when it names none; never Åland), each on a
     * form of its own. The order is stable: the code lists' (VN, the ministries, the regions by code), then the
     * organisations in the order the actions first name them.
     */
    static List<Party> formParties(FollowUp followUp) {
        Map<String, Party> named = new LinkedHashMap<>();
        boolean allRegions = false;
        for (Action action : followUp.actions()) {
            for (Party party : action.parties()) {
                if (party.type() == Party.Type.ALL_REGIONS) {
                    allRegions = true;
                } else {
                    named.putIfAbsent(key(party.code()), party);
                }
            }
        }
        if (allRegions) {
            followUp.allRegions().forEach(region -> named.putIfAbsent(key(region.code()), region));
        }
        List<Party> parties = new ArrayList<>();
        for (Party listed : Parties.stock().all()) {
            Party own = named.remove(key(listed.code()));
            if (own != null) {
                parties.add(own);
            }
        }
        parties.addAll(named.values()); // the organisations, in the order of first naming
        return List.copyOf(parties);
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
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

    /** The status of one side of an action in a round ({@link FollowUp#progressIn}), if it was reported. */
    static Optional<Status> status(Map<String, FollowUp.Progress> round, String actionId, boolean stateSide) {
        return Optional.ofNullable(round.get(actionId)).map(entry -> stateSide ? entry.state() : entry.regions());
    }
}
