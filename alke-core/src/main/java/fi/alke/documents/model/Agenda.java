package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The agenda of one discussion: theme, time and place, the participating regions and organisers, the
 * topic areas with their questions, the openings by the regions and by the state, and the participants
 * by organisation. The process's limits (topic areas, lead time, participants) are rules of the round,
 * checked by {@code Rules}, not here.
 *
 * @param meta              metadata; its date is the day the agenda is ready
 * @param sender            the sender's letterhead profile
 * @param themes            the discussion's theme (the process allows one)
 * @param start             when the discussion starts
 * @param end               when it ends, or {@code null}
 * @param place             where it is held, or {@code null} for an online meeting only
 * @param onlineMeeting     the online meeting's address or name, or {@code null}
 * @param regions           the participating regions; at least one
 * @param organisers        the organising organisations; may be empty
 * @param topicAreas        the topic areas; at least one
 * @param openingByRegions  the regions' opening statement, or {@code null}
 * @param openingByState    the state's opening statement, or {@code null}
 * @param participants      participants by organisation; may be empty
 * @param sections          free sections after the topic areas and before the participants (e.g. practical
 *                          arrangements), in the author's order; may be empty
 * @param closing           contacts, signatures and lists
 * @param organisations     organisations the participant groups name as their party, declared inline (or,
 *                          in input files, the name of an organisations file); may be empty
 */
@RecordBuilder
public record Agenda(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                     @JsonProperty(required = true) List<String> themes,
                     @JsonProperty(required = true) LocalDateTime start, LocalDateTime end,
                     String place, String onlineMeeting, @JsonProperty(required = true) List<Region> regions,
                     List<String> organisers, @JsonProperty(required = true) List<TopicArea> topicAreas, Markdown openingByRegions, Markdown openingByState,
                     List<ParticipantGroup> participants, List<Section> sections, Closing closing,
                     @FileReference List<Organisation> organisations) implements AlkeDocument {
    /** The {@code kind:} of agendas in input files. */
    public static final String KIND = "agenda";

    /** Checks the required fields; missing lists become empty. */
    public Agenda {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("themes: at least one is needed");
        }
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        if (place == null && onlineMeeting == null) {
            throw new IllegalArgumentException("place or onlineMeeting: one is needed");
        }
        regions = regions == null ? List.of() : List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("regions: at least one is needed");
        }
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        topicAreas = topicAreas == null ? List.of() : List.copyOf(topicAreas);
        if (topicAreas.isEmpty()) {
            throw new IllegalArgumentException("topicAreas: at least one is needed");
        }
        participants = participants == null ? List.of() : List.copyOf(participants);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        sections = sections == null ? List.of() : List.copyOf(sections);
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static AgendaBuilder builder() {
        return AgendaBuilder.builder();
    }

    /**
     * One topic area (asiakokonaisuus) of the agenda.
     *
     * @param title       its title
     * @param description what it is about
     * @param questions   the questions posed; may be empty
     */
    public record TopicArea(@JsonProperty(required = true) String title, Markdown description, List<String> questions) {
        /** Checks the title; missing questions become empty. */
        public TopicArea {
            Objects.requireNonNull(title, "title");
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /**
     * The participants from one organisation. A group names the party it is: its region, its ministry,
     * or any party by code ({@code party}: a declared organisation, {@code VN}, a ministry or a region);
     * the participant limits of the round count by regions and ministries.
     *
     * @param organisation the organisation's name as printed, or {@code null} for the party's name
     * @param region       the region it represents, or {@code null}
     * @param ministry     the ministry it is, or {@code null}
     * @param people       the participants; at least one
     * @param party        the party it is, or {@code null}; at most one of region, ministry and party
     */
    public record ParticipantGroup(String organisation, Region region, Ministry ministry,
                                   @JsonProperty(required = true) List<Person> people, Party party) {
        /** Checks that the group is named and that someone takes part. */
        public ParticipantGroup {
            Checks checks = new Checks();
            checks.check(organisation != null || party != null, "organisation",
                    "name the organisation, or give its party");
            int named = (region != null ? 1 : 0) + (ministry != null ? 1 : 0) + (party != null ? 1 : 0);
            checks.check(named <= 1, "", "a participant group is one region's, one ministry's or one party's: give "
                    + "only one of region, ministry and party");
            people = people == null ? List.of() : List.copyOf(people);
            checks.check(!people.isEmpty(), "people", "at least one participant is needed");
            checks.done();
            if (party != null && region == null && ministry == null) {
                region = party.region().orElse(null);
                ministry = party.ministry().orElse(null);
                party = region != null || ministry != null ? null : party;
            }
        }

        /** A group of a region or a ministry (or neither). */
        public ParticipantGroup(String organisation, Region region, Ministry ministry, List<Person> people) {
            this(organisation, region, ministry, people, null);
        }

        /** The name printed for the group: the organisation, else the party's name in the language. */
        public String name(String language) {
            if (organisation != null) {
                return organisation;
            }
            return region != null ? region.name(language) : ministry != null ? ministry.name(language)
                    : party.name(language);
        }
    }
}
