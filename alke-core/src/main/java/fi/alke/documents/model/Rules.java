package fi.alke.documents.model;

import static java.util.stream.Collectors.joining;

import fi.alke.documents.model.Agenda.ParticipantGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks the decisions and agendas of one round against the round's {@link RuleSet}.
 *
 * <p>{@link #check} only reports: it returns every violation at once and blocks nothing. What a
 * violation means is the caller's choice — a command line may print the list as warnings and render
 * anyway, a case management system may refuse to render while the list is not empty.
 *
 * <p>A discussion is identified by its theme (the first, if a document has several) and the day it
 * starts, so a decision and the agenda of the same discussion are one discussion. Documents of other
 * kinds describe no discussion and are left out.
 */
public final class Rules {
    /** A region takes part in more discussions than {@link RuleSet#maxDiscussionsPerRegion()}. */
    public static final String MAX_DISCUSSIONS_PER_REGION = "max-discussions-per-region";
    /** A discussion has more themes than {@link RuleSet#maxThemesPerDiscussion()}. */
    public static final String MAX_THEMES_PER_DISCUSSION = "max-themes-per-discussion";
    /** A discussion has fewer regions than {@link RuleSet#minRegionsPerJointDiscussion()}. */
    public static final String MIN_REGIONS_PER_JOINT_DISCUSSION = "min-regions-per-joint-discussion";
    /** An agenda has more topic areas than {@link RuleSet#maxTopicAreas()}. */
    public static final String MAX_TOPIC_AREAS = "max-topic-areas";
    /** An agenda is ready later than {@link RuleSet#agendaLeadDays()} before the discussion. */
    public static final String AGENDA_LEAD_DAYS = "agenda-lead-days";
    /** A region sends more people than {@link RuleSet#maxParticipantsPerRegionAndTheme()}. */
    public static final String MAX_PARTICIPANTS_PER_REGION_AND_THEME = "max-participants-per-region-and-theme";
    /** A ministry sends more people than {@link RuleSet#maxParticipantsPerMinistryAndTheme()}. */
    public static final String MAX_PARTICIPANTS_PER_MINISTRY_AND_THEME = "max-participants-per-ministry-and-theme";

    /** Dates in messages as Finnish documents write them, without leading zeros. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Rules() {
    }

    /**
     * Checks a round's documents.
     *
     * @param rules            the round's rules; {@link RuleSet#NONE} checks nothing
     * @param documentsByName  the round's documents by the names violations should carry (e.g. file
     *                         names), in the order violations should follow: pass an ordered map such as a
     *                         {@link LinkedHashMap} or a {@link java.util.TreeMap}
     * @return every violation, by document in the map's order, then by rule in the order of
     *         {@link RuleSet}'s components, then by field; empty when all rules hold
     */
    public static List<Violation> check(RuleSet rules, Map<String, ? extends AlkeDocument> documentsByName) {
        Objects.requireNonNull(rules, "rules");
        Map<String, Discussion> discussions = new LinkedHashMap<>();
        documentsByName.forEach((name, document) -> {
            Discussion discussion = Discussion.of(document);
            if (discussion != null) {
                discussions.put(name, discussion);
            }
        });
        // the first rule counts over the whole round, so the count comes before any document is checked
        Map<Region, SortedSet<Key>> discussionsByRegion = new EnumMap<>(Region.class);
        for (Discussion discussion : discussions.values()) {
            for (Region region : discussion.regions()) {
                discussionsByRegion.computeIfAbsent(region, r -> new TreeSet<>(Key.ORDER)).add(discussion.key());
            }
        }

        List<Violation> violations = new ArrayList<>();
        discussions.forEach((name, discussion) -> {
            discussionsPerRegion(rules.maxDiscussionsPerRegion(), name, discussion, discussionsByRegion, violations);
            themes(rules.maxThemesPerDiscussion(), name, discussion, violations);
            regions(rules.minRegionsPerJointDiscussion(), name, discussion, violations);
            Agenda agenda = discussion.agenda();
            if (agenda != null) {
                topicAreas(rules.maxTopicAreas(), name, agenda, violations);
                leadDays(rules.agendaLeadDays(), name, agenda, violations);
                participants(MAX_PARTICIPANTS_PER_REGION_AND_THEME, rules.maxParticipantsPerRegionAndTheme(), name,
                        agenda, ParticipantGroup::region, region -> region.name("fi"), violations);
                participants(MAX_PARTICIPANTS_PER_MINISTRY_AND_THEME, rules.maxParticipantsPerMinistryAndTheme(),
                        name, agenda, ParticipantGroup::ministry, Ministry::abbreviation, violations);
            }
        });
        return List.copyOf(violations);
    }

    private static void discussionsPerRegion(Integer max, String name, Discussion discussion,
                                             Map<Region, SortedSet<Key>> discussionsByRegion, List<Violation> out) {
        if (max == null) {
            return;
        }
        // reported at every document that names the region: which of its discussions is the extra one
        // is for people to decide, and each document's list names all of them
        List<Region> regions = discussion.regions();
        for (int i = 0; i < regions.size(); i++) {
            SortedSet<Key> keys = discussionsByRegion.get(regions.get(i));
            if (keys.size() > max) {
                out.add(new Violation(MAX_DISCUSSIONS_PER_REGION, name, "regions[" + i + "]",
                        regions.get(i).name("fi") + " takes part in " + count(keys.size(), "discussion")
                                + " of the round (" + keys.stream().map(Key::toString).collect(joining(", "))
                                + "), at most " + max + " allowed"));
            }
        }
    }

    private static void themes(Integer max, String name, Discussion discussion, List<Violation> out) {
        List<String> themes = discussion.themes();
        if (max != null && themes.size() > max) {
            out.add(new Violation(MAX_THEMES_PER_DISCUSSION, name, "themes",
                    count(themes.size(), "theme") + " (" + quoted(themes) + "), at most " + max + " allowed"));
        }
    }

    private static void regions(Integer min, String name, Discussion discussion, List<Violation> out) {
        // a region written twice is still one region
        List<Region> regions = List.copyOf(new LinkedHashSet<>(discussion.regions()));
        if (min != null && regions.size() < min) {
            out.add(new Violation(MIN_REGIONS_PER_JOINT_DISCUSSION, name, "regions",
                    count(regions.size(), "region") + " ("
                            + regions.stream().map(region -> region.name("fi")).collect(joining(", "))
                            + "), a joint discussion needs at least " + min));
        }
    }

    private static void topicAreas(Integer max, String name, Agenda agenda, List<Violation> out) {
        List<String> titles = agenda.topicAreas().stream().map(Agenda.TopicArea::title).toList();
        if (max != null && titles.size() > max) {
            out.add(new Violation(MAX_TOPIC_AREAS, name, "topicAreas",
                    count(titles.size(), "topic area") + " (" + quoted(titles) + "), at most " + max + " allowed"));
        }
    }

    private static void leadDays(Integer min, String name, Agenda agenda, List<Violation> out) {
        LocalDate ready = agenda.meta().date();
        LocalDate day = agenda.start().toLocalDate();
        long days = ChronoUnit.DAYS.between(ready, day);
        if (min != null && days < min) {
            String when = days >= 0 ? count(days, "day") + " before" : count(-days, "day") + " after";
            out.add(new Violation(AGENDA_LEAD_DAYS, name, "meta.date",
                    "the agenda is dated " + DATE.format(ready) + ", " + when + " the discussion on "
                            + DATE.format(day) + "; it must be ready at least " + count(min, "day") + " before"));
        }
    }

    /**
     * Counts an agenda's participants by region or by ministry ({@code side}). A side's people may sit in
     * several groups (a regional council and a university of the same region), so the violation points at
     * the group that takes the side over the limit and the message lists all of its groups.
     */
    private static <T> void participants(String rule, Integer max, String name, Agenda agenda,
                                         Function<ParticipantGroup, T> side, Function<T, String> sideName,
                                         List<Violation> out) {
        if (max == null) {
            return;
        }
        Map<T, Integer> people = new LinkedHashMap<>();
        Map<T, List<String>> groups = new LinkedHashMap<>();
        Map<T, Integer> groupOverLimit = new LinkedHashMap<>(); // in the order the limit is crossed
        List<ParticipantGroup> participants = agenda.participants();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantGroup group = participants.get(i);
            T owner = side.apply(group);
            if (owner == null) {
                continue;
            }
            int total = people.merge(owner, group.people().size(), Integer::sum);
            groups.computeIfAbsent(owner, o -> new ArrayList<>())
                    .add(group.organisation() + " " + group.people().size());
            if (total > max) {
                groupOverLimit.putIfAbsent(owner, i);
            }
        }
        groupOverLimit.forEach((owner, i) -> out.add(new Violation(rule, name, "participants[" + i + "].people",
                count(people.get(owner), "participant") + " from " + sideName.apply(owner) + " for the theme '"
                        + agenda.themes().get(0) + "' (" + String.join(", ", groups.get(owner)) + "), at most "
                        + max + " allowed")));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(text -> "'" + text + "'").collect(joining(", "));
    }

    /** What the rules read of a decision or an agenda; {@code agenda} is {@code null} for a decision. */
    private record Discussion(List<String> themes, List<Region> regions, LocalDateTime start, Agenda agenda) {
        static Discussion of(AlkeDocument document) {
            if (document instanceof Decision decision) {
                return new Discussion(decision.themes(), decision.regions(), decision.start(), null);
            }
            if (document instanceof Agenda agenda) {
                return new Discussion(agenda.themes(), agenda.regions(), agenda.start(), agenda);
            }
            return null;
        }

        /**
         * The day, not the time: a decision at 9.00 and an agenda that moved the start to 9.30 are still
         * the same discussion. A document with more than one theme counts by its first; the extra
         * themes are a violation of their own.
         */
        Key key() {
            return new Key(themes.get(0).strip(), start.toLocalDate());
        }
    }

    /** One discussion of the round: its theme and the day it starts. */
    private record Key(String theme, LocalDate day) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::theme);

        @Override
        public String toString() {
            return "'" + theme + "' " + DATE.format(day);
        }
    }
}
