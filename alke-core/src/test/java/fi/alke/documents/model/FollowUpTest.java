package fi.alke.documents.model;

import static fi.alke.documents.model.GuidanceLetterTest.assertRejected;
import static fi.alke.documents.model.GuidanceLetterTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {
    private static final ObjectMapper YAML = new YAMLMapper().findAndRegisterModules();
    static final String AUTUMN = "syksy 2023";
    static final String FEBRUARY = "helmikuu 2024";

    static FollowUp built() {
        return FollowUp.builder()
                .meta(Meta.builder()
                        .title("Seuranta toimenpiteistä – Itäinen Suomi")
                        .date(LocalDate.of(2024, 3, 8))
                        .identifiers(List.of("VN/18234/2023"))
                        .build())
                .sender("tem")
                .rounds(List.of(new Round(AUTUMN, LocalDate.of(2023, 10, 15)),
                        new Round(FEBRUARY, LocalDate.of(2024, 2, 29))))
                .actions(List.of(
                        new Action("K1", Markdown.of("Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta"),
                                List.of(Ministry.TEM, Ministry.VM), ActionTableTest.EAST),
                        new Action("U1", Markdown.of("Sähkönsiirtoverkon kapasiteettitarpeiden selvitys"),
                                List.of(Ministry.TEM), List.of(Region.POHJOIS_KARJALA))))
                .progress(List.of(
                        new Progress("K1", AUTUMN, Status.IN_PROGRESS, Status.IN_PROGRESS,
                                Markdown.of("Ohjelman toimeenpanosuunnitelma hyväksytty syyskuussa.")),
                        new Progress("K1", FEBRUARY, Status.IN_PROGRESS, Status.DONE, null),
                        new Progress("U1", AUTUMN, Status.NOT_STARTED, Status.NOT_STARTED, null),
                        new Progress("U1", FEBRUARY, Status.CANCELLED, Status.CANCELLED,
                                Markdown.of("Selvitys tehdään osana Fingridin kantaverkon kehittämissuunnitelmaa."))))
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        FollowUp followUp = assertInstanceOf(FollowUp.class, read("follow-up.yaml"));
        assertEquals("Seuranta toimenpiteistä – Itäinen Suomi", followUp.meta().title());
        assertEquals(List.of(new Round(AUTUMN, LocalDate.of(2023, 10, 15)),
                new Round(FEBRUARY, LocalDate.of(2024, 2, 29))), followUp.rounds());
        assertEquals(List.of("K1", "U1"), followUp.actions().stream().map(Action::id).toList());
        assertEquals(List.of(Ministry.TEM, Ministry.VM), followUp.actions().get(0).ministries());
        assertEquals(4, followUp.progress().size());
        Progress k1February = followUp.progressOf("K1", FEBRUARY).orElseThrow();
        assertEquals(Status.IN_PROGRESS, k1February.state());
        assertEquals(Status.DONE, k1February.regions());
        assertNull(k1February.note());
        assertEquals(Status.CANCELLED, followUp.progressOf("U1", FEBRUARY).orElseThrow().state());
        assertTrue(followUp.progressOf("U1", "kevät 2024").isEmpty());
    }

    @Test
    void theBuilderMakesTheSameFollowUp() throws Exception {
        assertEquals(read("follow-up.yaml"), built());
    }

    @Test
    void statusesAreWrittenInKebabCase() throws Exception {
        assertEquals("[\"not-started\",\"cancelled\"]",
                new JsonMapper().writeValueAsString(List.of(Status.NOT_STARTED, Status.CANCELLED)));
        assertEquals(Status.IN_PROGRESS, Status.ofCode("in-progress"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Status.ofCode("IN_PROGRESS"));
        assertEquals("no status is called 'IN_PROGRESS'; write one of not-started, in-progress, done, "
                + "cancelled", e.getMessage());
    }

    @Test
    void aBadStatusInAFileListsTheAllowedOnes() {
        Exception e = assertThrows(Exception.class, () -> YAML.readValue("""
                kind: follow-up
                meta: {title: Seuranta, date: 2024-03-08}
                sender: tem
                rounds: [{name: syksy 2023, date: 2023-10-15}]
                actions: [{id: K1, description: Ohjelman toimeenpano}]
                progress:
                  - {actionId: K1, round: syksy 2023, state: started, regions: done}
                """, AlkeDocument.class));
        assertTrue(e.getMessage().contains("'started'")
                && e.getMessage().contains("not-started, in-progress, done, cancelled"), e.getMessage());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        FollowUp valid = built();
        assertRejected("meta", () -> FollowUpBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> FollowUpBuilder.builder(valid).sender(null).build());
        assertRejected("rounds", () -> FollowUpBuilder.builder(valid).rounds(List.of()).build());
        assertRejected("actions", () -> FollowUpBuilder.builder(valid).actions(null).build());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> FollowUpBuilder
                .builder(valid).rounds(List.of(new Round(AUTUMN, LocalDate.of(2023, 10, 15)),
                        new Round(AUTUMN, LocalDate.of(2023, 11, 1)))).progress(null).build());
        assertEquals("rounds[1].name: the name 'syksy 2023' is already used by another round", twice.getMessage());

        IllegalArgumentException sameId = assertThrows(IllegalArgumentException.class, () -> FollowUpBuilder
                .builder(valid).actions(List.of(new Action("K1", Markdown.of("a"), null, null),
                        new Action("K1", Markdown.of("b"), null, null))).progress(null).build());
        assertEquals("actions[1].id: the id 'K1' is already used by actions[0].id; each action needs an id of its own", sameId.getMessage());

        IllegalArgumentException noAction = assertThrows(IllegalArgumentException.class, () -> withProgress(valid,
                new Progress("K9", AUTUMN, Status.DONE, Status.DONE, null)));
        assertEquals("progress[4].actionId: no action has the id 'K9'; the actions are K1, U1", noAction.getMessage());

        IllegalArgumentException noRound = assertThrows(IllegalArgumentException.class, () -> withProgress(valid,
                new Progress("K1", "kevät 2024", Status.DONE, Status.DONE, null)));
        assertEquals("progress[4].round: no round is named 'kevät 2024'; the rounds are syksy 2023, helmikuu 2024",
                noRound.getMessage());

        assertRejected("progress", () -> withProgress(valid,
                new Progress("K1", AUTUMN, Status.DONE, Status.DONE, null)));
    }

    @Test
    void rejectsBadRoundsAndEntries() {
        assertRejected("name", () -> new Round(null, LocalDate.of(2023, 10, 15)));
        assertRejected("name", () -> new Round("", LocalDate.of(2023, 10, 15)));
        assertRejected("date", () -> new Round(AUTUMN, null));
        assertRejected("actionId", () -> new Progress(null, AUTUMN, Status.DONE, Status.DONE, null));
        assertRejected("round", () -> new Progress("K1", null, Status.DONE, Status.DONE, null));
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
                () -> new Progress("K1", AUTUMN, null, null, null));
        assertTrue(neither.getMessage().contains("state") && neither.getMessage().contains("regions"),
                neither.getMessage());
    }

    @Test
    void aSideNotReportedIsNull() {
        Progress stateOnly = new Progress("K1", AUTUMN, Status.DONE, null, null);
        assertEquals(Status.DONE, stateOnly.state());
        assertNull(stateOnly.regions());
        Progress regionsOnly = new Progress("K1", AUTUMN, null, Status.IN_PROGRESS, null);
        assertNull(regionsOnly.state());
        assertEquals(Status.IN_PROGRESS, regionsOnly.regions());
    }

    /**
     * A side on which the action has no responsible party has nothing to report: a status there is refused at
     * the entry's field, every such status at once, while leaving that side out (or reporting the other) is fine.
     */
    @Test
    void aStatusForASideWithNoResponsiblePartyIsRefused() {
        Action allRegionsOnly = new Action("K4", Markdown.of("Maakuntien yhteinen ennakointi"), List.of(), List.of(),
                List.of(Party.allRegions()));
        Action stateOnly = new Action("K5", Markdown.of("Ministeriön selvitys"), List.of(Ministry.TEM), List.of());
        FollowUp valid = FollowUpBuilder.builder(built()).actions(List.of(allRegionsOnly, stateOnly))
                .progress(List.of(new Progress("K4", AUTUMN, null, Status.IN_PROGRESS, null),
                        new Progress("K5", AUTUMN, Status.DONE, null, null)))
                .build();
        assertEquals(2, valid.progress().size());

        ModelException e = assertThrows(ModelException.class, () -> FollowUpBuilder.builder(valid)
                .progress(List.of(new Progress("K4", AUTUMN, Status.DONE, Status.IN_PROGRESS, null),
                        new Progress("K5", AUTUMN, Status.DONE, Status.NOT_STARTED, null),
                        new Progress("K4", FEBRUARY, Status.DONE, null, null)))
                .build());
        assertEquals(List.of(
                new ModelException.Problem("progress[0].state", "action 'K4' has no responsible party on the state's "
                        + "side (VN), so it has no state: leave state out, or name a state-side party for the action"),
                new ModelException.Problem("progress[1].regions", "action 'K5' has no responsible party on the "
                        + "regions' side (maakunnat), so it has no regions: leave regions out, or name a regions-side "
                        + "party for the action"),
                new ModelException.Problem("progress[2].state", "action 'K4' has no responsible party on the state's "
                        + "side (VN), so it has no state: leave state out, or name a state-side party for the action")),
                e.problems());
    }

    @Test
    void allRegionsAreTheRegionsTheFollowUpNamesElseEveryRegionWithACouncil() {
        // the actions of built() name Etelä-Karjala, Etelä-Savo, Pohjois-Savo and Pohjois-Karjala
        assertEquals(List.of("09", "10", "11", "12"), built().allRegions().stream().map(Party::code).toList());
        FollowUp national = FollowUpBuilder.builder(built()).actions(List.of(new Action("K1", Markdown.of("a"),
                null, null, List.of(Party.government(), Party.allRegions())))).progress(null).build();
        List<Party> every = national.allRegions();
        assertEquals(18, every.size());
        assertEquals(Arrays.stream(Region.values()).filter(Region::hasRegionalCouncil).map(Party::of).toList(), every);
        FollowUp withAland = FollowUpBuilder.builder(built()).actions(List.of(new Action("K1", Markdown.of("a"),
                null, List.of(Region.AHVENANMAA, Region.LAPPI), List.of(Party.allRegions())))).progress(null).build();
        assertEquals(List.of(Party.of(Region.LAPPI)), withAland.allRegions(), "never Åland");
    }

    @Test
    void theProgressByRoundHoldsEveryEntryUnderItsRoundAndAction() {
        FollowUp followUp = built();
        java.util.Map<String, java.util.Map<String, Progress>> byRound = followUp.progressByRound();
        assertEquals(List.of(AUTUMN, FEBRUARY), List.copyOf(byRound.keySet()), "every round, in the order listed");
        for (Progress entry : followUp.progress()) {
            assertEquals(entry, byRound.get(entry.round()).get(entry.actionId()));
            assertEquals(java.util.Optional.of(entry), followUp.progressOf(entry.actionId(), entry.round()));
        }
        assertEquals(2, byRound.get(AUTUMN).size());
        FollowUp none = FollowUpBuilder.builder(followUp).progress(List.of()).build();
        assertEquals(java.util.Map.of(), none.progressByRound().get(FEBRUARY), "a round without entries has an empty map");
        assertThrows(UnsupportedOperationException.class, () -> byRound.get(AUTUMN).clear());
    }

    @Test
    void theLatestRoundIsTheOneWithTheLatestDateTheLastListedOfEqualDates() {
        assertEquals(FEBRUARY, built().latestRound().name());
        FollowUp reversed = FollowUpBuilder.builder(built()).rounds(List.of(new Round(FEBRUARY, LocalDate.of(2024, 2, 29)),
                new Round(AUTUMN, LocalDate.of(2023, 10, 15)))).build();
        assertEquals(FEBRUARY, reversed.latestRound().name(), "by date, not by place");
        FollowUp same = FollowUpBuilder.builder(built()).rounds(List.of(new Round(AUTUMN, LocalDate.of(2024, 2, 29)),
                new Round(FEBRUARY, LocalDate.of(2024, 2, 29)))).build();
        assertEquals(FEBRUARY, same.latestRound().name());
    }

    @Test
    void theTallyCountsTheLatestRoundBySideAndByPartyOnItsOwnSide() {
        // K5 (first): TEM and Lappi, done on the state's side in February, its regions' side not reported;
        // K1: TEM, VM and the four eastern regions; U1: TEM and Pohjois-Karjala; K4: all regions only, no state's
        // side. In February K1 is in progress (state) and done (regions), U1 cancelled on both, K4 unreported.
        FollowUp followUp = FollowUpBuilder.builder(built()).actions(List.of(
                new Action("K5", Markdown.of("e"), List.of(Ministry.TEM), List.of(Region.LAPPI)),
                built().actions().get(0), built().actions().get(1),
                new Action("K4", Markdown.of("c"), null, null, List.of(Party.allRegions())))).build();
        followUp = withProgress(followUp, new Progress("K5", FEBRUARY, Status.DONE, null, null));
        FollowUp.Tally tally = followUp.tally();
        assertEquals(FEBRUARY, tally.round().name());
        assertEquals(1, tally.count("state", "in-progress"));
        assertEquals(1, tally.count("state", "cancelled"));
        assertEquals(1, tally.count("state", "done"));
        assertEquals(0, tally.count("state", "unreported"), "K4 has nothing to report on the state's side");
        assertEquals(3, tally.total("state"));
        assertEquals(1, tally.count("regions", "done"));
        assertEquals(1, tally.count("regions", "cancelled"));
        assertEquals(2, tally.count("regions", FollowUp.Tally.UNREPORTED), "K4 without an entry, K5 without a side");
        assertEquals(4, tally.total("regions"));
        assertEquals(0, tally.count("regions", "not-started"));
        Party tem = Party.of(Ministry.TEM);
        assertEquals(1, tally.countFor(tem, "in-progress"), "TEM counts K1 on the state's side");
        assertEquals(1, tally.countFor(tem, "cancelled"));
        assertEquals(1, tally.countFor(tem, "done"));
        assertEquals(3, tally.totalFor(tem));
        Party karelia = Party.of(Region.POHJOIS_KARJALA);
        assertEquals(1, tally.countFor(karelia, "done"), "a region counts K1 on the regions' side");
        assertEquals(1, tally.countFor(karelia, "cancelled"));
        assertEquals(1, tally.countFor(Party.of(Region.LAPPI), "unreported"), "K5's regions' side is missing");
        assertEquals(0, tally.countFor(Party.of(Region.LAPPI), "done"), "K5's state's side is not Lappi's");
        assertEquals(1, tally.countFor(Party.allRegions(), "unreported"));
        assertEquals(0, tally.totalFor(Party.of(Region.KAINUU)), "a party no action names");
        // first named TEM, 19, VM, 09, ...: the rows come in the order of the code lists
        assertEquals(List.of("TEM", "VM", "09", "10", "11", "12", "19", "all-regions"),
                tally.parties().stream().map(Party::code).toList());
        assertThrows(IllegalArgumentException.class, () -> tally.count("valtio", "done"));
        IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class,
                () -> tally.countFor(tem, "don"));
        assertTrue(misspelt.getMessage().contains("done") && misspelt.getMessage().contains("unreported"),
                misspelt.getMessage());
    }

    private static FollowUp withProgress(FollowUp followUp, Progress entry) {
        List<Progress> progress = new ArrayList<>(followUp.progress());
        progress.add(entry);
        return FollowUpBuilder.builder(followUp).progress(progress).build();
    }
}
