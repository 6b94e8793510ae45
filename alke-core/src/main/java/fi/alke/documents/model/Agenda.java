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
 * @param closing           contacts, signatures and lists
 */
@RecordBuilder
public record Agenda(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                     @JsonProperty(required = true) List<String> themes,
                     @JsonProperty(required = true) LocalDateTime start, LocalDateTime end,
                     String place, String onlineMeeting, @JsonProperty(required = true) List<Region> regions,
                     List<String> organisers, @JsonProperty(required = true) List<TopicArea> topicAreas, Markdown openingByRegions, Markdown openingByState,
                     List<ParticipantGroup> participants, Closing closing) implements AlkeDocument {
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
     * The participants from one organisation. An organisation on the regions' side names its region,
     * a ministry names itself; the participant limits of the round count by these.
     *
     * @param organisation the organisation's name
     * @param region       the region it represents, or {@code null}
     * @param ministry     the ministry it is, or {@code null}
     * @param people       the participants; at least one
     */
    public record ParticipantGroup(@JsonProperty(required = true) String organisation, Region region,
                                   Ministry ministry, @JsonProperty(required = true) List<Person> people) {
        /** Checks the organisation and that someone takes part. */
        public ParticipantGroup {
            Objects.requireNonNull(organisation, "organisation");
            if (region != null && ministry != null) {
                throw new IllegalArgumentException("a participant group is a region's or a ministry's, not both");
            }
            people = people == null ? List.of() : List.copyOf(people);
            if (people.isEmpty()) {
                throw new IllegalArgumentException("people: at least one is needed");
            }
        }
    }
}
