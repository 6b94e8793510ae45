package fi.alke.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a party prints, which regions all regions are, and which parties an action's party covers. */
class PartyTest {
    private static Action action(String id, List<Region> regions, Party... others) {
        return new Action(id, Markdown.of(id), List.of(), regions, List.of(others));
    }

    @Test
    void theGovernmentsLabelFollowsTheLanguageAsTheStatesColumnDoes() {
        Party government = Party.government();
        assertEquals("VN", government.label("fi"));
        assertEquals("SR", government.label("sv"));
        assertEquals("Government", government.label("en"));
        // VN and SR are abbreviations a legend spells out; the English label is a word
        assertTrue(government.abbreviatedIn("fi") && government.abbreviatedIn("sv"));
        assertFalse(government.abbreviatedIn("en"));
        assertTrue(government.abbreviated());
        // the other parties as before, in every language
        assertEquals("TEM", Party.of(Ministry.TEM).label("sv"));
        assertTrue(Party.of(Ministry.TEM).abbreviatedIn("en"));
        assertEquals("Mellersta Finland", Party.of(Region.KESKI_SUOMI).label("sv"));
        assertFalse(Party.of(Region.KESKI_SUOMI).abbreviatedIn("sv"));
    }

    @Test
    void allRegionsAreTheRegionsTheActionsNameByCodeAndNeverAland() {
        List<Action> actions = List.of(action("K1", List.of(Region.KESKI_SUOMI, Region.POHJOIS_SAVO)),
                action("K2", List.of(Region.KANTA_HAME, Region.ETELA_SAVO, Region.KESKI_SUOMI), Party.allRegions()),
                action("K3", List.of(Region.AHVENANMAA)));
        assertEquals(List.of("05", "10", "11", "13"), Party.allRegionsOf(actions).stream().map(Party::code).toList());
        List<Party> every = Party.allRegionsOf(List.of(action("K1", List.of(), Party.allRegions())));
        assertEquals(18, every.size());
        assertFalse(every.contains(Party.of(Region.AHVENANMAA)));
        assertEquals(every, Party.allRegionsOf(List.of(action("K1", List.of(Region.AHVENANMAA), Party.allRegions()))));
    }

    @Test
    void allRegionsCoverOnlyTheDocumentsAllRegions() {
        List<Party> allRegions = List.of(Party.of(Region.ETELA_SAVO), Party.of(Region.KESKI_SUOMI));
        Party all = Party.allRegions();
        assertTrue(Party.of(Region.KESKI_SUOMI).coveredWithin(all, allRegions));
        assertFalse(Party.of(Region.LAPPI).coveredWithin(all, allRegions));
        assertTrue(Party.of(Region.LAPPI).coveredWithin(Party.of(Region.LAPPI), allRegions), "a party covers itself");
        assertFalse(Party.of(Ministry.TEM).coveredWithin(all, allRegions));
        // without a document: any region with a council, never Åland
        assertTrue(Party.of(Region.LAPPI).coveredBy(all));
        assertFalse(Party.of(Region.AHVENANMAA).coveredBy(all));
        assertTrue(Party.of(Region.AHVENANMAA).coveredBy(Party.of(Region.AHVENANMAA)));
    }

    private static Party organisation(String code, Side side) {
        return Party.of(new Organisation(code, new Names(code + " fi", code + " sv", code + " en"), code.toUpperCase(),
                side));
    }

    @Test
    void thePartiesNamedComeOnceEachInTheOrderFirstNamedOrInTheOrderOfTheCodeLists() {
        Party jyu = organisation("jyu", Side.REGIONS);
        Party ely = organisation("ely", Side.STATE);
        List<Action> actions = List.of(
                new Action("K1", Markdown.of("a"), List.of(Ministry.VM), List.of(Region.KESKI_SUOMI), List.of(jyu)),
                new Action("K2", Markdown.of("b"), List.of(Ministry.TEM, Ministry.VM), List.of(Region.POHJOIS_SAVO),
                        List.of(Party.allRegions(), ely, Party.government())),
                new Action("K3", Markdown.of("c"), List.of(), List.of(Region.KESKI_SUOMI), List.of(jyu)));
        assertEquals(List.of("VM", "13", "jyu", "TEM", "11", "all-regions", "ely", "VN"),
                Party.namedBy(actions).stream().map(Party::code).toList());
        // VN, the ministries as Ministry lists them (TEM before VM), the regions by code, all regions, then
        // the organisations as first named (jyu, a region's, before ely, the state's)
        assertEquals(List.of("VN", "TEM", "VM", "11", "13", "all-regions", "jyu", "ely"),
                Party.inCodeListOrder(Party.namedBy(actions)).stream().map(Party::code).toList());
        assertEquals(List.of(), Party.namedBy(List.of()));
    }
}
