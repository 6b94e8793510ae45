package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@JsonClassDescription("The follow-up (seuranta) of a discussion's actions, round after round: the rounds, the "
        + "actions followed and how far each action has got in each round on each side.")
public record FollowUp(
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.META) Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The follow-up rounds, printed in the list of rounds on page one and as one row "
                + "of each action in the table; the round with the latest date is the one the summaries count. At "
                + "least one, names unique. Required.") @Referenced List<Round> rounds,
        @JsonPropertyDescription("The actions followed, written as in an action table, identifiers unique; each "
                + "is printed with a row for every round. Required unless actionTable names the action table "
                + "file instead.") @Referenced List<Action> actions,
        @JsonPropertyDescription("How far the actions have got: at most one entry for each action and round. An "
                + "action without an entry for a round is printed as Ei raportoitu (– on a side where it has no "
                + "responsible party). Optional.")
        List<Progress> progress,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing,
        @JsonPropertyDescription("The name of the action table file the actions come from, relative to this file: "
                + "its ongoing and proposed actions are followed and its organisations are known. Optional; "
                + "write it instead of actions.")
        @Example("toimenpiteet-2026.yaml") String actionTable,
        @FileReference @JsonPropertyDescription(Descriptions.ORGANISATIONS) List<Organisation> organisations)
        implements AlkeDocument {
    /** The {@code kind:} of follow-ups in input files. */
    public static final String KIND = "follow-up";

    /**
     * Checks the required fields and that progress entries refer to actions and rounds that exist, and give a
     * status only for a side on which their action has a responsible party (an action naming only all regions
     * has no state's side to report).
     */
    public FollowUp {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        rounds = Checks.list(rounds);
        checks.check(!rounds.isEmpty(), "rounds", "at least one round is needed");
        Set<String> roundNames = new HashSet<>();
        for (int i = 0; i < rounds.size(); i++) {
            if (!roundNames.add(rounds.get(i).name())) {
                checks.fail("rounds[" + i + "].name", "the name '" + rounds.get(i).name()
                        + "' is already used by another round");
            }
        }
        actions = Checks.list(actions);
        String source = actionTable == null ? "" : " in " + actionTable;
        checks.check(!actions.isEmpty(), actionTable == null ? "actions" : "actionTable",
                actionTable == null ? "at least one action is needed (or actionTable: naming the action table file)"
                        : "the action table" + source + " has no actions");
        Action.requireUniqueIds(checks, "actions", actions, Action.ids());
        Map<String, Action> byId = new LinkedHashMap<>();
        actions.forEach(action -> byId.putIfAbsent(action.id(), action));
        Set<String> actionIds = byId.keySet();
        progress = Checks.list(progress);
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < progress.size(); i++) {
            Progress entry = progress.get(i);
            String at = "progress[" + i + "]";
            // messages are made only for a problem: a follow-up may have thousands of entries
            Action action = byId.get(entry.actionId());
            if (action == null) {
                checks.fail(at + ".actionId", "no action has the id '" + entry.actionId() + "'" + source
                        + (actionIds.isEmpty() ? "; there are no actions" : "; the actions are "
                        + String.join(", ", actionIds)));
            } else {
                // a side with no responsible party has nothing to report, so a status there is a slip
                if (entry.state() != null && action.stateParties().isEmpty()) {
                    checks.fail(at + ".state", noSide(action, source, "the state's side (VN)", "state",
                            "a state-side party"));
                }
                if (entry.regions() != null && action.regionParties().isEmpty()) {
                    checks.fail(at + ".regions", noSide(action, source, "the regions' side (maakunnat)",
                            "regions", "a regions-side party"));
                }
            }
            if (!roundNames.contains(entry.round())) {
                checks.fail(at + ".round", "no round is named '" + entry.round() + "'; the rounds are "
                        + rounds.stream().map(Round::name).collect(Collectors.joining(", ")));
            }
            if (!reported.add(entry.actionId() + "\n" + entry.round())) {
                checks.fail(at, "action '" + entry.actionId() + "' already has an entry for round '"
                        + entry.round() + "'");
            }
        }
        organisations = Checks.list(organisations);
        checks.done();
        closing = closing == null ? Closing.NONE : closing;
    }

    private static String noSide(Action action, String source, String side, String field, String party) {
        return "action '" + action.id() + "'" + source + " has no responsible party on " + side + ", so it has no "
                + field + ": leave " + field + " out, or name " + party + " for the action";
    }

    /** A follow-up of actions listed in it, whose parties are all from the code lists. */
    public FollowUp(Meta meta, String sender, List<Round> rounds, List<Action> actions, List<Progress> progress,
                    Closing closing) {
        this(meta, sender, rounds, actions, progress, closing, null, null);
    }

    @Override
    public FollowUp withMeta(Meta meta) {
        return FollowUpBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static FollowUpBuilder builder() {
        return FollowUpBuilder.builder();
    }

    /**
     * The regions that all regions ({@code all-regions}) are in this follow-up: the regions its actions name,
     * or every region with a regional council when they name none; never Åland ({@link Party#allRegionsOf}).
     * A region among them fills in a follow-up form for the actions of all regions; any other region does not.
     */
    public List<Party> allRegions() {
        return Party.allRegionsOf(actions);
    }

    /**
     * The progress reported in a round, by action id: for each action its first entry, as
     * {@link #progressOf} finds it; empty for a round that is not one of the follow-up's. For a caller that
     * looks every action up, in one pass over the entries. Unmodifiable.
     */
    public java.util.Map<String, Progress> progressIn(String round) {
        return progressByRound().getOrDefault(round, Map.of());
    }

    /**
     * Every round's progress by action id: {@code byRound.get(round).get(actionId)}, for each action its first
     * entry in the round (a round with no entries has an empty map). Made in one pass over the entries,
     * for a template that prints every action in every round: {@code <#assign entries = doc.progressByRound()>},
     * then {@code entries[round.name][action.id]!""}, where {@link #progressOf} in the loop would search the
     * entries once for each action and round.
     */
    public Map<String, Map<String, Progress>> progressByRound() {
        Map<String, Map<String, Progress>> byRound = new LinkedHashMap<>();
        rounds.forEach(round -> byRound.put(round.name(), new java.util.HashMap<>()));
        for (Progress entry : progress) {
            byRound.get(entry.round()).putIfAbsent(entry.actionId(), entry);
        }
        byRound.replaceAll((round, entries) -> java.util.Collections.unmodifiableMap(entries));
        return java.util.Collections.unmodifiableMap(byRound);
    }

    /**
     * The progress of an action in a round, if it was reported. It searches the entries: to look up every action,
     * use {@link #progressIn} or {@link #progressByRound}.
     */
    public Optional<Progress> progressOf(String actionId, String round) {
        return progress.stream()
                .filter(entry -> entry.actionId().equals(actionId) && entry.round().equals(round))
                .findFirst();
    }

    /** The latest round: the one with the latest date, the last listed of equal dates. The summaries count it. */
    public Round latestRound() {
        Round latest = rounds.get(0);
        for (Round round : rounds) {
            if (!round.date().isBefore(latest.date())) {
                latest = round;
            }
        }
        return latest;
    }

    /**
     * What the summaries of the latest round print ({@link #latestRound}): how many actions are in each status
     * on each side, in all and for each responsible party. Counted in one pass over the actions, so a template
     * looks the figures up instead of counting thousands of actions for each party and status.
     */
    public Tally tally() {
        Round round = latestRound();
        Map<String, Progress> reported = progressIn(round.name());
        Map<Side, Map<String, Integer>> sides = new java.util.EnumMap<>(Side.class);
        Map<String, Map<String, Integer>> byParty = new java.util.HashMap<>();
        for (Action action : actions) {
            Progress entry = reported.get(action.id());
            List<Party> parties = action.parties();
            for (Side side : Side.values()) {
                if (parties.stream().anyMatch(party -> party.side() == side)) {
                    sides.computeIfAbsent(side, key -> new java.util.HashMap<>())
                            .merge(Tally.status(entry, side), 1, Integer::sum);
                }
            }
            for (Party party : parties) {
                // a party counts the action on its own side, once (an action names a party once)
                byParty.computeIfAbsent(party.code(), key -> new java.util.HashMap<>())
                        .merge(Tally.status(entry, party.side()), 1, Integer::sum);
            }
        }
        return new Tally(round, sides, Party.inCodeListOrder(Party.namedBy(actions)), byParty);
    }

    /**
     * The figures of a follow-up's summaries for one round ({@link #tally()}). A status is its code
     * ({@link Status#code}: {@code not-started}, {@code in-progress}, {@code done}, {@code cancelled}) or
     * {@link #UNREPORTED}: the action has a party on the side, but no entry in the round or no status on that
     * side. An action with no party on a side has nothing to report there and is not counted on it.
     *
     * @param round   the round counted
     * @param sides   by side, the number of actions in each status
     * @param parties every party the actions name, in the order of the code lists
     *                ({@link Party#inCodeListOrder}): the rows of a summary by party
     * @param byParty by party code, the number of the actions naming the party in each status on the party's side
     */
    public record Tally(Round round, Map<Side, Map<String, Integer>> sides, List<Party> parties,
                        Map<String, Map<String, Integer>> byParty) {
        /** The status of an action that has not reported on a side where it has a party. */
        public static final String UNREPORTED = "unreported";

        /** Copies the figures, so that the tally never changes. */
        public Tally {
            java.util.Objects.requireNonNull(round, "round");
            sides = copy(sides);
            parties = List.copyOf(parties);
            byParty = copy(byParty);
        }

        private static <K> Map<K, Map<String, Integer>> copy(Map<K, Map<String, Integer>> counts) {
            Map<K, Map<String, Integer>> copied = new java.util.HashMap<>();
            counts.forEach((key, value) -> copied.put(key, Map.copyOf(value)));
            return Map.copyOf(copied);
        }

        /**
         * How many of the actions with a party on a side have a status there.
         *
         * @param side   {@code state} or {@code regions} ({@link Side#code})
         * @param status a status code or {@link #UNREPORTED}
         */
        public int count(String side, String status) {
            return sides.getOrDefault(Side.ofCode(side), Map.of()).getOrDefault(known(status), 0);
        }

        /** How many actions have a party on a side ({@code state} or {@code regions}): the side's total. */
        public int total(String side) {
            return sides.getOrDefault(Side.ofCode(side), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        /** How many of the actions naming the party have a status (or {@link #UNREPORTED}) on the party's side. */
        public int countFor(Party party, String status) {
            return byParty.getOrDefault(party.code(), Map.of()).getOrDefault(known(status), 0);
        }

        /** The status code, checked: a misspelt one would count nothing, and a template print 0 without a word. */
        private static String known(String status) {
            if (UNREPORTED.equals(status)) {
                return status;
            }
            try {
                return Status.ofCode(status).code();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + ", or " + UNREPORTED, e);
            }
        }

        /** How many actions name the party. */
        public int totalFor(Party party) {
            return byParty.getOrDefault(party.code(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String status(Progress entry, Side side) {
            Status status = entry == null ? null : side == Side.STATE ? entry.state() : entry.regions();
            return status == null ? UNREPORTED : status.code();
        }
    }

    /**
     * One follow-up round (seurantakierros).
     *
     * @param name its name, e.g. "syksy 2023" or "helmikuu 2024"; required, not blank
     * @param date the date the progress was reported by, e.g. 2024-02-29; required
     */
    @JsonClassDescription("One follow-up round (seurantakierros).")
    public record Round(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The round's name, printed in the list of rounds and in the table's Kierros "
                    + "column; progress entries and follow-up forms name the round by it. Unique, not blank. "
                    + "Required.")
            @Example({"syksy 2023", "helmikuu 2024"}) String name,
            @JsonProperty(required = true)
            @JsonPropertyDescription("The date the progress is reported by, printed after the name: syksy 2023 "
                    + "(30.11.2023). The round with the latest date is the latest round. Required.")
            @Example("2023-11-30") LocalDate date) {
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
     *                 in this round or the action has no party on that side (the follow-up refuses a status
     *                 there); at least one of {@code state} and {@code regions} is required
     * @param regions  the progress on the regions' side (maakunnat), or {@code null} when that side has not
     *                 reported in this round or the action has no party on that side (likewise); at least one
     *                 of {@code state} and {@code regions} is required
     * @param note     a note on the progress, or {@code null}
     */
    @JsonClassDescription("How far one action has got in one round, on each side.")
    public record Progress(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The identifier of the action reported on, as under actions (or in the action "
                    + "table). Required.")
            @Example("K1") String actionId,
            @JsonProperty(required = true)
            @JsonPropertyDescription("The name of the round reported in, as under rounds. Required.")
            @Example("syksy 2023") String round,
            @JsonPropertyDescription("The progress on the state's side (VN), printed in the VN column under "
                    + "Etenemisen tilanne. Optional: leave it out when that side has not reported (printed Ei "
                    + "raportoitu), but give state, regions or both. Only for an action with a state-side party: "
                    + "an action without one prints – in the VN column and takes no state.")
            @Example({"in-progress", "done"}) Status state,
            @JsonPropertyDescription("The progress on the regions' side (maakunnat), printed in the Maakunnat "
                    + "column under Etenemisen tilanne. Optional: leave it out when that side has not reported "
                    + "(printed Ei raportoitu), but give state, regions or both. Only for an action with a "
                    + "regions-side party: an action without one prints – in the Maakunnat column and takes no "
                    + "regions.")
            @Example({"not-started", "in-progress"}) Status regions,
            @JsonPropertyDescription("A note on the progress, printed in the Lisätiedot column (Markdown). "
                    + "Optional.")
            @Example("Ohjelmaluonnos lausunnoilla maaliskuussa 2024.") Markdown note) {
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
    @JsonClassDescription("The progress status of an action: not-started (Ei aloitettu), in-progress "
            + "(Käynnissä), done (Valmis) or cancelled (Peruttu).")
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
            return Codes.of(values(), Status::code, code, "status");
        }
    }
}
