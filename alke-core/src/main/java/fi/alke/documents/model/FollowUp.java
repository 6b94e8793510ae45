package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The follow-up (seuranta) of a discussion's actions, round after round (e.g. autumn and February): the
 * rounds, the actions followed and, for each action and round, how far it has got on the state's side
 * (VN) and on the regions' side (maakunnat). The responsible parties are those of the {@link Action}s.
 *
 * @param meta      metadata
 * @param sender    the sender's letterhead profile
 * @param rounds    the follow-up rounds, names unique; at least one
 * @param actions   the actions followed, identifiers unique; at least one
 * @param progress  the progress of an action in a round; each names an action and a round of this
 *                  document, at most one for each action and round; may be empty
 * @param closing   contacts, signatures and lists
 * @param actionTable the action table file the actions come from (input files write
 *                  {@code actionTable: toimenpiteet.yaml} instead of listing the actions), or {@code null}
 *                  when the actions are listed here
 * @param organisations organisations the actions name as responsible parties, declared inline (or, in
 *                  input files, the name of an organisations file); may be empty
 */
@RecordBuilder
public record FollowUp(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                       @JsonProperty(required = true) List<Round> rounds,
                       List<Action> actions, List<Progress> progress,
                       Closing closing, String actionTable, @FileReference List<Organisation> organisations)
        implements AlkeDocument {
    /** The {@code kind:} of follow-ups in input files. */
    public static final String KIND = "follow-up";

    /** Checks the required fields and that progress entries refer to actions and rounds that exist. */
    public FollowUp {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        checks.check(!rounds.isEmpty(), "rounds", "at least one round is needed");
        Set<String> roundNames = new HashSet<>();
        for (int i = 0; i < rounds.size(); i++) {
            checks.check(roundNames.add(rounds.get(i).name()), "rounds[" + i + "].name", "the name '"
                    + rounds.get(i).name() + "' is already used by another round");
        }
        actions = actions == null ? List.of() : List.copyOf(actions);
        String source = actionTable == null ? "" : " in " + actionTable;
        checks.check(!actions.isEmpty(), actionTable == null ? "actions" : "actionTable",
                actionTable == null ? "at least one action is needed (or actionTable: naming the action table file)"
                        : "the action table" + source + " has no actions");
        Action.requireUniqueIds(checks, "actions", actions, Action.ids());
        Set<String> actionIds = actions.stream().map(Action::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        progress = progress == null ? List.of() : List.copyOf(progress);
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < progress.size(); i++) {
            Progress entry = progress.get(i);
            String at = "progress[" + i + "]";
            checks.check(actionIds.contains(entry.actionId()), at + ".actionId", "no action has the id '"
                    + entry.actionId() + "'" + source + (actionIds.isEmpty() ? "; there are no actions"
                    : "; the actions are " + String.join(", ", actionIds)));
            checks.check(roundNames.contains(entry.round()), at + ".round", "no round is named '" + entry.round()
                    + "'; the rounds are " + rounds.stream().map(Round::name).collect(Collectors.joining(", ")));
            checks.check(reported.add(entry.actionId() + "\n" + entry.round()), at, "action '" + entry.actionId()
                    + "' already has an entry for round '" + entry.round() + "'");
        }
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        checks.done();
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A follow-up of actions listed in it, whose parties are all from the code lists. */
    public FollowUp(Meta meta, String sender, List<Round> rounds, List<Action> actions, List<Progress> progress,
                    Closing closing) {
        this(meta, sender, rounds, actions, progress, closing, null, null);
    }

    /** A builder, for documents built in Java. */
    public static FollowUpBuilder builder() {
        return FollowUpBuilder.builder();
    }

    /** The progress of an action in a round, if it was reported. */
    public Optional<Progress> progressOf(String actionId, String round) {
        return progress.stream()
                .filter(entry -> entry.actionId().equals(actionId) && entry.round().equals(round))
                .findFirst();
    }

    /**
     * One follow-up round (seurantakierros).
     *
     * @param name its name, e.g. "syksy 2023" or "helmikuu 2024"; required, not blank
     * @param date the date the progress was reported by, e.g. 2024-02-29; required
     */
    public record Round(@JsonProperty(required = true) String name,
                        @JsonProperty(required = true) LocalDate date) {
        /** Checks the name and the date. */
        public Round {
            Checks checks = new Checks();
            checks.notBlank(name, "name");
            checks.required(date, "date");
            checks.done();
        }
    }

    /**
     * How far one action has got in one round, on each side.
     *
     * @param actionId the action's identifier; required
     * @param round    the round's name; required
     * @param state    the progress on the state's side (VN), or {@code null} when that side has not reported
     *                 in this round; at least one of {@code state} and {@code regions} is required
     * @param regions  the progress on the regions' side (maakunnat), or {@code null} when that side has not
     *                 reported in this round; at least one of {@code state} and {@code regions} is required
     * @param note     a note on the progress, or {@code null}
     */
    public record Progress(@JsonProperty(required = true) String actionId,
                           @JsonProperty(required = true) String round,
                           Status state, Status regions, Markdown note) {
        /** Checks the required fields: the action, the round and at least one side. */
        public Progress {
            Checks checks = new Checks();
            checks.required(actionId, "actionId");
            checks.required(round, "round");
            checks.check(state != null || regions != null, "", "give the progress on at least one side: state, "
                    + "regions or both");
            checks.done();
        }
    }

    /**
     * The progress status (etenemisen tilanne) of an action. In input files written in lower case with
     * hyphens: {@code not-started}, {@code in-progress}, {@code done}, {@code cancelled}.
     */
    public enum Status {
        /** Not started (ei aloitettu). */
        NOT_STARTED("not-started"),
        /** In progress (käynnissä). */
        IN_PROGRESS("in-progress"),
        /** Done (valmis / toteutunut). */
        DONE("done"),
        /** Cancelled (peruttu / luovuttu). */
        CANCELLED("cancelled");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The value written in input files, e.g. {@code in-progress}. */
        @JsonValue
        public String code() {
            return code;
        }

        /**
         * The status of a value written in input files.
         *
         * @throws IllegalArgumentException naming the allowed values when there is no such status
         */
        @JsonCreator
        public static Status ofCode(String code) {
            for (Status status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("no status is called '" + code + "'; the allowed values are "
                    + Arrays.stream(values()).map(Status::code).collect(Collectors.joining(", ")));
        }
    }
}
