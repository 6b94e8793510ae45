package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
@JsonClassDescription("The agenda (asialista) of one discussion: theme, time and place, the participating regions "
        + "and organisers, the openings, the topic areas with their questions and the participants by "
        + "organisation.")
public record Agenda(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The metadata block: the title, date, identifiers, language and the rest, "
                + "printed at the top of page 1 and as the page header from page 2 on. Its date is the day the "
                + "agenda is ready, which the round's rules check (at least 14 days before the discussion). "
                + "Required.") Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.THEMES)
        @Example("Vihreän siirtymän investoinnit ja osaavan työvoiman saatavuus") List<String> themes,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.START)
        @Example("2026-03-20T09:00") LocalDateTime start,
        @JsonPropertyDescription(Descriptions.END) @Example("2026-03-20T11:00") LocalDateTime end,
        @JsonPropertyDescription("Where the discussion is held, printed under the label Paikka. Optional, but "
                + "give a place, an online meeting or both.")
        @Example("Jyväskylä, Maakuntatalo, Sepänkatu 4") String place,
        @JsonPropertyDescription("The online meeting's name or web address, printed under the label Etäyhteys; "
                + "a web address becomes a link. Optional, but give a place, an online meeting or both.")
        @Example({"Teams", "https://teams.microsoft.com/l/meetup-join/…"}) String onlineMeeting,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The participating regions by code, printed by name under the label Maakunnat, "
                + "one a line; write each code in quotes (\"13\"). At least one. Required.")
        @Example({"10", "11"}) List<Region> regions,
        @JsonPropertyDescription("The organising organisations, printed under the label Järjestäjät, one a line. "
                + "Optional.")
        @Example("Etelä-Savon maakuntaliitto") List<String> organisers,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The topic areas (asiakokonaisuudet), each printed under its own numbered "
                + "heading (Asiakokonaisuus 1: …) with its description and questions. At least one; the round's "
                + "rules allow at most two. Required.") List<TopicArea> topicAreas,
        @JsonPropertyDescription("The regions' opening of the theme, printed under Teeman avaus, Maakuntien avaus "
                + "(Markdown). Optional.")
        @Example("Maakunnat esittelevät alueensa investointinäkymät.") Markdown openingByRegions,
        @JsonPropertyDescription("The state's opening of the theme, printed under Teeman avaus, Valtioneuvoston "
                + "avaus (Markdown). Optional.")
        @Example("Työ- ja elinkeinoministeriö esittelee kansallisen tilannekuvan.") Markdown openingByState,
        @JsonPropertyDescription("The participants by organisation, printed as a table under Osallistujat: the "
                + "regions' organisations first, then the ministries, then the others. Optional; the round's "
                + "rules limit the participants of each region and each ministry.")
        List<ParticipantGroup> participants,
        @JsonPropertyDescription(Descriptions.SECTIONS + ", after the topic areas and before the participants "
                + "(e.g. practical arrangements). Optional.") List<Section> sections,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing,
        @FileReference
        @JsonPropertyDescription("Organisations that are neither ministries nor regions, declared so that a "
                + "participant group can give one as its party: a list here, or the name of an organisations "
                + "file beside this one, e.g. organisations.yaml. Optional.") List<Organisation> organisations)
        implements AlkeDocument {
    /** The {@code kind:} of agendas in input files. */
    public static final String KIND = "agenda";

    /** Checks the required fields; missing lists become empty. */
    public Agenda {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        themes = Checks.list(themes);
        checks.check(!themes.isEmpty(), "themes", "at least one theme is needed");
        checks.required(start, "start");
        checks.check(end == null || start == null || !end.isBefore(start), "end", "the discussion ends ("
                + end + ") before it starts (" + start + ")");
        checks.check(place != null || onlineMeeting != null, "place", "say where the discussion is held: give the "
                + "place or onlineMeeting (or both)");
        regions = Checks.list(regions);
        checks.check(!regions.isEmpty(), "regions", "at least one region is needed");
        organisers = Checks.list(organisers);
        topicAreas = Checks.list(topicAreas);
        checks.check(!topicAreas.isEmpty(), "topicAreas", "at least one topic area is needed");
        participants = Checks.list(participants);
        organisations = Checks.list(organisations);
        sections = Checks.list(sections);
        closing = closing == null ? Closing.NONE : closing;
        checks.done();
    }

    @Override
    public Agenda withMeta(Meta meta) {
        return AgendaBuilder.from(this).withMeta(meta);
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
    @JsonClassDescription("One topic area (asiakokonaisuus) of the agenda: its title, what it is about and the "
            + "questions posed.")
    public record TopicArea(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The topic area's title, printed in its heading after the number: "
                    + "Asiakokonaisuus 1: Osaavan työvoiman saatavuus. Required.")
            @Example("Osaavan työvoiman saatavuus") String title,
            @JsonPropertyDescription("What the topic area is about, printed under its heading (Markdown). "
                    + "Optional.")
            @Example("Alueiden yritykset tarvitsevat osaajia investointien toteuttamiseen.") Markdown description,
            @JsonPropertyDescription("The questions posed, printed as a numbered list under Kysymykset. "
                    + "Optional.")
            @Example("Miten koulutustarjonta vastaa investointien osaamistarpeisiin?") List<String> questions) {
        /** Checks the title; missing questions become empty. */
        public TopicArea {
            Checks checks = new Checks();
            checks.notBlank(title, "title");
            questions = Checks.list(questions);
            checks.done();
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
    @JsonClassDescription("The participants from one organisation, and which party the organisation is.")
    public record ParticipantGroup(
            @JsonPropertyDescription("The organisation's name as printed in the participant table. Required "
                    + "unless party is given; then the party's name is printed when this is left out.")
            @Example("Pohjois-Savon liitto") String organisation,
            @JsonPropertyDescription("The region the group represents, by code: the group is listed among the "
                    + "regions' organisations and counts towards that region's participant limit. Optional; give "
                    + "at most one of region, ministry and party.")
            @Example("11") Region region,
            @JsonPropertyDescription("The ministry the group is, by abbreviation: the group is listed among the "
                    + "state's organisations and counts towards that ministry's participant limit. Optional; give "
                    + "at most one of region, ministry and party.")
            @Example("TEM") Ministry ministry,
            @JsonProperty(required = true)
            @JsonPropertyDescription("The participants, printed with their names and titles. At least one. "
                    + "Required.") List<Person> people,
            @JsonPropertyDescription("The party the group is, by code: a region, a ministry, VN or an organisation "
                    + "declared under organisations; a region's or a ministry's code counts as region or ministry "
                    + "above. Optional; give at most one of region, ministry and party.")
            @Example({"ely-pohjois-savo", "11", "TEM"}) Party party) {
        /** Checks that the group is named and that someone takes part. */
        public ParticipantGroup {
            Checks checks = new Checks();
            checks.check(organisation != null || party != null, "",
                    "name the organisation, or give its party");
            int named = (region != null ? 1 : 0) + (ministry != null ? 1 : 0) + (party != null ? 1 : 0);
            checks.check(named <= 1, "", "a participant group is one region's, one ministry's or one party's: give "
                    + "only one of region, ministry and party");
            people = Checks.list(people);
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
