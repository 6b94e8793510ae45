package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.ActionTable;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.GuidanceLetter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model-level problems — what a schema cannot check — come at the line and column of their field, with
 * list indices, all at once and together with the schema's problems; files an input names are read in
 * place and their problems name them.
 */
class ModelProblemsTest {
    private static final InputReader READER = new InputReader();

    static Path resource(String name) {
        try {
            return Path.of(ModelProblemsTest.class.getResource("/fi/alke/documents/input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> problems(Path file) {
        InputException e = assertThrows(InputException.class, () -> READER.read(file));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void modelProblemsComeAtTheirFieldsTogetherWithTheSchemas() {
        List<String> found = problems(resource("broken-extract.yaml"));
        assertEquals(4, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("broken-extract.yaml:4:3: meta.date: "), found.get(0)); // the schema's
        assertEquals(List.of(
                "broken-extract.yaml:8:1: section: the § number must be 1 or more, was 0",
                "broken-extract.yaml:9:1: proposerTitle: a proposer's title without a proposal: add the proposal, "
                        + "or leave proposerTitle out",
                "broken-extract.yaml:12:1: appeal: an item noted for information (notedForInformation: true) cannot "
                        + "be appealed, so it has no appeal instructions; leave appeal out or write none"),
                found.subList(1, 4));
    }

    /**
     * Files with several mistakes each, as a user makes them: every mistake comes in the first run, at its
     * field, and nothing is blamed on what the reader set aside (a part the schema refused or that failed).
     */
    @Test
    void everyMistakeComesInTheFirstRun() {
        // the place is missing: it is placed after the field it would follow (end), where it is to be written
        assertEquals(List.of(
                "agenda.yaml:2:44: meta.language: no language is called 'se'; write fi, sv or en",
                "agenda.yaml:6:1: end: the discussion ends (2026-03-26T08:00) before it starts (2026-03-26T09:00)",
                "agenda.yaml:6:1: place: say where the discussion is held: give the place or onlineMeeting (or both)"),
                problems(resource("at-once/agenda.yaml")).subList(0, 3));
        assertTrue(problems(resource("at-once/agenda.yaml")).get(3).startsWith("agenda.yaml:11:5: participants[0]"
                + ".party: no party has the code 'ouluyliopisto'; write VN"));
        assertEquals(4, problems(resource("at-once/agenda.yaml")).size());
        assertEquals(List.of(
                "study-call.yaml:4:1: section: write the section number as numbers separated by dots, e.g. 5.5; was "
                        + "'5.0.x'",
                "study-call.yaml:5:1: budgetCap: the budget cap must be more than zero, was 0",
                "study-call.yaml:7:1: end: the time span ends (2026-01) before it starts (2026-05)",
                "study-call.yaml:9:1: researchQuestions: at least one research question is needed"),
                problems(resource("at-once/study-call.yaml")));
        // the entry the schema refused is left out; the others are checked against the actions and rounds
        assertEquals(List.of(
                "follow-up.yaml:9:39: progress[0].state: 'valmis' is not allowed here; write one of not-started, "
                        + "in-progress, done, cancelled",
                "follow-up.yaml:10:6: progress[1].actionId: no action has the id 'K9'; the actions are K1",
                "follow-up.yaml:11:20: progress[2].round: no round is named 'syksy 2025'; the rounds are syksy 2026"),
                problems(resource("at-once/follow-up.yaml")));
        // a section whose table is wrong is not also told it has no table
        assertEquals(List.of(
                "section.yaml:8:22: sections[0].table.rows[1]: row 2 has 1 cell, the table has 2 columns",
                "section.yaml:9:7: sections[0].table.columnWidths: 3 widths for 2 columns"),
                problems(resource("at-once/section.yaml")));
    }

    @Test
    void anUnknownPartyNearAKnownOneSuggestsIt() {
        String text = """
                kind: action-table
                meta: {title: Toimenpiteet, date: 2026-03-27}
                sender: tem
                organisations:
                  - {code: ely-lappi, name: {fi: Lapin ELY-keskus}, side: state}
                ongoing:
                  - {id: T1, description: Toimenpide, responsible: [ely-lapi]}
                """;
        InputException e = assertThrows(InputException.class, () -> READER.read("lappi.yaml", text));
        assertTrue(e.getMessage().startsWith("lappi.yaml:7:53: ongoing[0].responsible[0]: no party has the code "
                + "'ely-lapi'; did you mean 'ely-lappi'? Otherwise write VN"), e.getMessage());
    }

    @Test
    void aProposalWithoutItsProposersTitleIsNamedAtTheProposal() {
        String text = """
                kind: board-decision-extract
                meta: {title: Asia, date: 2026-01-28}
                sender: regional-council
                meetingBody: Maakuntahallitus
                meetingDate: 2026-01-26
                section: 3
                proposal: Hyväksytään.
                decision: Ehdotus hyväksyttiin.
                appeal: municipal-appeal
                """;
        InputException e = assertThrows(InputException.class, () -> READER.read("ehdotus.yaml", text));
        assertEquals(List.of("ehdotus.yaml:7:1: proposal: a proposal needs its proposer's title: add proposerTitle, "
                + "e.g. Maakuntajohtaja"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void followUpProblemsNameTheirListIndices() {
        List<String> found = problems(resource("broken-follow-up.yaml"));
        assertEquals(3, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("broken-follow-up.yaml:11:24: actions[0].responsible[1]: no party has "
                + "the code 'ely-ks'; write VN for the government, a ministry (VNK, TEM, "), found.get(0));
        assertTrue(found.get(0).contains("13 Keski-Suomi") && found.get(0).contains("all-regions for all regions")
                && found.get(0).contains("no other organisations are declared"), found.get(0));
        assertEquals(List.of(
                "broken-follow-up.yaml:12:5: actions[1].id: the id 'T1' is already used by actions[0].id; each action "
                        + "needs an id of its own",
                "broken-follow-up.yaml:16:6: progress[1].actionId: no action has the id 'T9'; the actions are T1"),
                found.subList(1, 3));
    }

    @Test
    void aFollowUpReadsTheActionsOfTheActionTableItNames() throws Exception {
        assertEquals(List.of("seuranta.yaml:11:6: progress[1].actionId: no action has the id 'U2' in "
                + "toimenpiteet.yaml; the actions are T1, U1"), problems(resource("refs/seuranta.yaml")));
        String good = Files.readString(resource("refs/seuranta.yaml")).replace("U2", "U1");
        FollowUp followUp = assertInstanceOf(FollowUp.class, READER.read(
                resource("refs/seuranta.yaml").getParent().resolve("hyva-seuranta.yaml").toString(), good));
        assertEquals("toimenpiteet.yaml", followUp.actionTable());
        assertEquals(List.of("T1", "U1"), followUp.actions().stream().map(a -> a.id()).toList());
        assertEquals("jyu", followUp.actions().get(1).parties().get(1).code());
    }

    @Test
    void aFollowUpNamingItselfAsItsActionTableIsToldSo(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("itse.yaml");
        Files.writeString(file, "kind: follow-up\nmeta: {title: S, date: 2026-01-01}\nsender: tem\n"
                + "actionTable: itse.yaml\nrounds: [{name: a, date: 2026-01-01}]\n");
        assertEquals(List.of("itse.yaml:4:1: actionTable: itse.yaml is a follow-up, named as the action table of "
                + "another follow-up (or of itself); actionTable: names an action-table file"), problems(file));
    }

    @Test
    void aFollowUpTakesItsActionsFromOnePlace(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("toimenpiteet.yaml"), Files.readString(resource("refs/toimenpiteet.yaml")));
        Files.writeString(folder.resolve("organisations.yaml"), Files.readString(resource("refs/organisations.yaml")));
        String both = Files.readString(resource("refs/seuranta.yaml")).replace("progress:",
                "actions:\n  - {id: T1, description: Toinen}\nprogress:");
        Path file = folder.resolve("molemmat.yaml");
        Files.writeString(file, both);
        assertEquals(List.of("molemmat.yaml:9:1: actions: give the actions here or in the action table "
                + "toimenpiteet.yaml (actionTable), not both"), problems(file));
        Files.writeString(file, Files.readString(resource("refs/seuranta.yaml")).replace("toimenpiteet.yaml",
                "puuttuu.yaml"));
        List<String> missing = problems(file);
        assertEquals(1, missing.size(), String.join("\n", missing));
        // in the input's terms, not the machine's absolute path (issue 14)
        assertEquals("molemmat.yaml:6:1: actionTable: cannot read puuttuu.yaml (in the folder of molemmat.yaml): "
                + "no such file", missing.get(0));
    }

    @Test
    void anActionTableReadsTheOrganisationsFileItNames() throws Exception {
        ActionTable table = assertInstanceOf(ActionTable.class, READER.read(resource("refs/toimenpiteet.yaml")));
        List<Party> parties = table.proposed().get(0).parties();
        assertEquals(List.of("OKM", "jyu", "all-regions"), parties.stream().map(Party::code).toList());
        assertEquals("Jyväskylä universitet", parties.get(1).name("sv"));
        assertEquals(List.of("OKM"), table.proposed().get(0).stateParties().stream().map(Party::code).toList());
        assertEquals("KS-ELY", table.ongoing().get(0).stateParties().get(1).label("fi"));
    }

    @Test
    void anOrganisationsFileIsCheckedWithItsOwnLines() {
        InputException e = assertThrows(InputException.class,
                () -> InputReader.readOrganisations(resource("refs/broken-organisations.yaml")));
        List<String> found = e.problems().stream().map(Object::toString).toList();
        assertEquals(2, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("broken-organisations.yaml:4:5: organisations[0].side: "), found.get(0));
        assertEquals("broken-organisations.yaml:5:5: organisations[1].code: 'TEM' is already the code of Työ- ja "
                + "elinkeinoministeriö; choose another", found.get(1));
    }

    @Test
    void organisationsMayBeDeclaredInlineAndByAnAuthorsFolder() throws Exception {
        String inline = """
                kind: action-table
                meta: {title: Toimenpiteet, date: 2026-03-27}
                sender: tem
                organisations:
                  - {code: kunta-jkl, name: {fi: Jyväskylän kaupunki}, side: regions}
                ongoing:
                  - {id: T1, description: Kaupungin osuus, responsible: [kunta-jkl, ely-ks]}
                """;
        InputException unknown = assertThrows(InputException.class, () -> READER.read("inline.yaml", inline));
        assertTrue(unknown.getMessage().startsWith("inline.yaml:7:69: ongoing[0].responsible[1]: no party has the "
                + "code 'ely-ks'") && unknown.getMessage().endsWith("the organisations kunta-jkl (Jyväskylän kaupunki)"),
                unknown.getMessage());
        InputReader author = READER.withOrganisations(InputReader.readOrganisations(resource("refs/organisations.yaml")));
        ActionTable table = assertInstanceOf(ActionTable.class, author.read("inline.yaml", inline));
        assertEquals(List.of("ely-ks"), table.ongoing().get(0).stateParties().stream().map(Party::code).toList());
        assertEquals(List.of("kunta-jkl"), table.ongoing().get(0).regionParties().stream().map(Party::code).toList());
    }

    @Test
    void olderInputsCallSubsectionsSoStill() throws Exception {
        String old = """
                kind: guidance-letter
                meta: {title: Ohje, date: 2024-02-14}
                sender: tem
                sections:
                  - heading: Valmistelu
                    subsections:
                      - {heading: Aikataulu, body: Keskustelut käydään maaliskuussa.}
                """;
        GuidanceLetter letter = assertInstanceOf(GuidanceLetter.class, READER.read("vanha.yaml", old));
        assertEquals("Aikataulu", letter.sections().get(0).sections().get(0).heading());
    }
}
