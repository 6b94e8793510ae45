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
 */
@RecordBuilder
public record FollowUp(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                       @JsonProperty(required = true) List<Round> rounds,
                       @JsonProperty(required = true) List<Action> actions, List<Progress> progress,
                       Closing closing) implements AlkeDocument {
    /** The {@code kind:} of follow-ups in input files. */
    public static final String KIND = "follow-up";

    /** Checks the required fields and that progress entries refer to actions and rounds that exist. */
    public FollowUp {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("rounds: at least one is needed");
        }
        Set<String> roundNames = new HashSet<>();
        for (Round round : rounds) {
            if (!roundNames.add(round.name())) {
                throw new IllegalArgumentException("rounds: the name '" + round.name()
                        + "' is used by more than one round");
            }
        }
        actions = actions == null ? List.of() : List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("actions: at least one is needed");
        }
        Action.requireUniqueIds("actions", actions);
        Set<String> actionIds = actions.stream().map(Action::id).collect(Collectors.toSet());
        progress = progress == null ? List.of() : List.copyOf(progress);
        Set<String> reported = new HashSet<>();
        for (Progress entry : progress) {
            if (!actionIds.contains(entry.actionId())) {
                throw new IllegalArgumentException("actionId: no action has the id '" + entry.actionId()
                        + "'; the actions are " + actions.stream().map(Action::id).collect(Collectors.joining(", ")));
            }
            if (!roundNames.contains(entry.round())) {
                throw new IllegalArgumentException("round: no round is named '" + entry.round() + "'; the rounds are "
                        + rounds.stream().map(Round::name).collect(Collectors.joining(", ")));
            }
            if (!reported.add(entry.actionId() + "\n" + entry.round())) {
                throw new IllegalArgumentException("progress: action '" + entry.actionId() + "' has more than one "
                        + "entry for round '" + entry.round() + "'");
            }
        }
        closing = closing == null ? Closing.NONE : closing;
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
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name: must not be blank");
            }
            Objects.requireNonNull(date, "date");
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
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(round, "round");
            if (state == null && regions == null) {
                throw new IllegalArgumentException("state, regions: at least one of them is required");
            }
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
