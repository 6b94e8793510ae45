package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.ELY;
import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.UNIVERSITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.followup.FormImportException.Cell;
import fi.alke.documents.followup.Forms.DocxFilling;
import fi.alke.documents.followup.Forms.Filling;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Names;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link FormImport} with the forms of every kind of party ({@link Forms#partiesFollowUp}), XLSX and DOCX mixed,
 * and the forms of a version that knew only ministries and regions.
 */
class PartyImportTest {
    private final FollowUp original = Forms.partiesFollowUp();
    private final FormImport formImport = Forms.formImport();

    private Filling xlsx(FollowUp followUp, Party party) {
        return new Filling(Forms.xlsx(followUp, FEBRUARY, party));
    }

    /** A DOCX form; its action rows start at table row 3, under the two header rows. */
    private DocxFilling docx(FollowUp followUp, Party party) {
        return new DocxFilling(Forms.docx(followUp, FEBRUARY, party));
    }

    /** The ELY centre (state's side): E1 done with a note. */
    private NamedForm ely() {
        return new NamedForm("ely.xlsx", xlsx(original, Forms.party(original, ELY))
                .type("D4", "Valmis").type("E4", "Tiekartta julkaistu.").bytes());
    }

    /** The university (regions' side), in Word: E1 in progress with a note, Y1 not started. */
    private NamedForm university() {
        return new NamedForm("jyu.docx", docx(original, Forms.party(original, UNIVERSITY))
                .status(3, "Käynnissä").note(3, "Mittaukset käynnissä.").status(4, "not-started").bytes());
    }

    /** Keski-Suomi: M1 (all regions) and E1, both in progress, as the university has E1. */
    private NamedForm centralFinland(String m1) {
        return new NamedForm("13.xlsx", xlsx(original, Party.of(Region.KESKI_SUOMI))
                .type("D4", m1).type("D5", "Käynnissä").bytes());
    }

    /** Pohjois-Karjala, one of all regions, in Word: M1 in progress with a note, Y1 left blank. */
    private NamedForm karelia() {
        return new NamedForm("12.docx", docx(original, Party.of(Region.POHJOIS_KARJALA))
                .status(3, "in-progress").note(3, "Ennakointi valmistuu syksyllä.").bytes());
    }

    private List<Cell> problems(FollowUp followUp, List<NamedForm> forms) {
        return assertThrows(FormImportException.class, () -> formImport.apply(followUp, FEBRUARY, forms)).cells();
    }

    @Test
    void eachPartysStatusGoesToItsSideAndItsNoteUnderItsName() throws Exception {
        FollowUp imported = formImport.apply(original, FEBRUARY,
                List.of(ely(), university(), centralFinland("Käynnissä"), karelia()));

        // the ELY centre reports the state's side, the university and Keski-Suomi (who agree) the regions'
        assertEquals(new Progress("E1", FEBRUARY, Status.DONE, Status.IN_PROGRESS, Markdown.of(
                        "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus: Tiekartta julkaistu.\n\n"
                                + "Jyväskylän yliopisto: Mittaukset käynnissä.")),
                imported.progressOf("E1", FEBRUARY).orElseThrow());
        // M1 names all regions: the regions that report it set its regions' side; OKM has not reported
        assertEquals(new Progress("M1", FEBRUARY, null, Status.IN_PROGRESS,
                        Markdown.of("Pohjois-Karjala: Ennakointi valmistuu syksyllä.")),
                imported.progressOf("M1", FEBRUARY).orElseThrow());
        assertEquals(new Progress("Y1", FEBRUARY, null, Status.NOT_STARTED, null),
                imported.progressOf("Y1", FEBRUARY).orElseThrow());
        assertEquals(original.progress(), imported.progress().subList(0, 2));
        assertEquals(5, imported.progress().size());
        // the organisations and the actions naming them stay as they were
        assertEquals(original.organisations(), imported.organisations());
        assertEquals(original.actions(), imported.actions());
        assertEquals(Forms.partiesFollowUp(), original);
    }

    @Test
    void regionsThatDisagreeOnAnActionOfAllRegionsAreBothRefused() {
        String side = "the status of 'M1' on the regions' side is ";
        assertEquals(List.of(
                new Cell("13.xlsx", 4, "D", side + "'done' here but 'in-progress' in 12.docx, row 3, column 4"),
                new Cell("12.docx", 3, "4", side + "'in-progress' here but 'done' in 13.xlsx:D4")),
                problems(original, List.of(centralFinland("Valmis"), karelia())));
    }

    @Test
    void formsWrittenBeforeOrganisationsCouldBePartiesAreImported() throws Exception {
        FollowUp followUp = Forms.followUp();
        byte[] tem = xlsx(followUp, Party.of(Ministry.TEM)).type("D4", "Valmis").type("E4", "Ohjelma toteutettu.")
                .bytes();
        byte[] karelia = docx(followUp, Party.of(Region.POHJOIS_KARJALA)).status(3, "in-progress")
                .note(3, "Hankehaku auki.").bytes();
        byte[] oldTem = Forms.xlsxStoredAs(tem, "ministry:TEM");
        byte[] oldKarelia = Forms.docxStoredAs(karelia, "region:12");
        assertEquals(List.of("party:TEM", "ministry:TEM", "party:12", "region:12"),
                List.of(tem, oldTem, karelia, oldKarelia).stream().map(PartyImportTest::storedParty).toList());

        FollowUp imported = formImport.apply(followUp, FEBRUARY,
                List.of(new NamedForm("tem.xlsx", oldTem), new NamedForm("12.docx", oldKarelia)));
        assertEquals(new Progress("K1", FEBRUARY, Status.DONE, Status.IN_PROGRESS,
                        Markdown.of("TEM: Ohjelma toteutettu.\n\nPohjois-Karjala: Hankehaku auki.")),
                imported.progressOf("K1", FEBRUARY).orElseThrow());
        // an old form and a new one of the same party are the same party's
        assertEquals(imported, formImport.apply(followUp, FEBRUARY, List.of(new NamedForm("tem.xlsx", oldTem),
                new NamedForm("tem-new.xlsx", tem), new NamedForm("12.docx", karelia))));
    }

    @Test
    void aFormOfAnOrganisationTheFollowUpDoesNotNameIsRefused() {
        Organisation other = new Organisation("ely-lappi", new Names("Lapin ELY-keskus", null, null), null,
                Side.STATE);
        List<Action> actions = new ArrayList<>(original.actions());
        actions.add(new Action("X1", Markdown.of("Toisen seurannan toimenpide"), List.of(), List.of(),
                List.of(Party.of(other))));
        FollowUp elsewhere = FollowUpBuilder.builder(original).actions(actions)
                .organisations(List.of(other)).build();
        NamedForm form = new NamedForm("lapin-ely.xlsx", xlsx(elsewhere, Party.of(other)).type("D4", "done").bytes());

        String parties = FollowUpForms.parties(original).stream().map(Party::code).collect(Collectors.joining(", "));
        assertEquals(List.of(new Cell("lapin-ely.xlsx", -1, "", "the form is for the party 'ely-lappi', which no "
                + "action of the follow-up names; the follow-up's parties are " + parties)),
                problems(original, List.of(form, ely())));
        assertEquals("lapin-ely.xlsx: the form is for the party 'ely-lappi', which no action of the follow-up "
                + "names; the follow-up's parties are VN, TEM, OKM, 12, 13, ely-keski-suomi, jyu",
                problems(original, List.of(form)).get(0).toString());
    }

    /** The follow-up's actions M1 (OKM; all regions) and V1 (VN) only: its all regions are every council's. */
    private FollowUp withoutRegions() {
        return FollowUpBuilder.builder(original)
                .actions(original.actions().stream().filter(a -> List.of("M1", "V1").contains(a.id())).toList())
                .progress(original.progress().stream().filter(p -> p.actionId().equals("M1")).toList()).build();
    }

    @Test
    void aFormOfARegionThatIsNotOneOfTheFollowUpsAllRegionsIsRefused() throws Exception {
        // made when no action named a region, so that Lappi was one of all regions and reported M1
        NamedForm lapland = new NamedForm("19.xlsx", xlsx(withoutRegions(), Party.of(Region.LAPPI))
                .type("D4", "Käynnissä").bytes());
        assertEquals(Status.IN_PROGRESS, formImport.apply(withoutRegions(), FEBRUARY, List.of(lapland))
                .progressOf("M1", FEBRUARY).orElseThrow().regions());
        assertEquals(List.of(new Cell("19.xlsx", -1, "", "the form is for the party '19' (Lappi), which no action "
                + "of the follow-up names and which is not one of its all regions (the regions it names: 12, 13); the "
                + "follow-up's parties are VN, TEM, OKM, 12, 13, ely-keski-suomi, jyu")),
                problems(original, List.of(lapland)));

        // Åland has no regional council: never one of all regions, whatever the follow-up names
        NamedForm aland = new NamedForm("21.xlsx", Forms.xlsxStoredAs(xlsx(withoutRegions(), Party.of(Region.LAPPI))
                .type("D4", "Käynnissä").bytes(), "party:21"));
        List<Cell> problems = problems(withoutRegions(), List.of(aland));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("21.xlsx: the form is for the party '21' (Ahvenanmaa), which "
                + "no action of the follow-up names and which has no regional council, so it is not one of all regions; "
                + "the follow-up's parties are VN, OKM, 01, 02, "), problems.get(0).toString());
        assertTrue(problems.get(0).toString().endsWith(", 18, 19"), problems.get(0).toString());
    }

    @Test
    void aFormOfAllRegionsIsRefused() {
        byte[] form = Forms.xlsxStoredAs(xlsx(original, Party.of(Region.KESKI_SUOMI)).type("D4", "done").bytes(),
                "party:all-regions");
        List<Cell> problems = problems(original, List.of(new NamedForm("kaikki.xlsx", form)));
        assertEquals(1, problems.size());
        String message = problems.get(0).toString();
        assertTrue(message.startsWith("kaikki.xlsx: the form is for the party all regions, which fill in no form of "
                + "their own (each region reports on its own form); the follow-up's parties are VN, TEM, OKM, 12, 13, "),
                message);
    }

    @Test
    void aRowOfAnActionThatDoesNotNameTheFormsPartyIsRefused() {
        // a form made when the university was responsible for V1 too
        List<Action> actions = original.actions().stream().map(action -> !action.id().equals("V1") ? action
                : new Action("V1", action.description(), List.of(), List.of(),
                List.of(Party.government(), Forms.party(original, UNIVERSITY)))).toList();
        FollowUp before = FollowUpBuilder.builder(original).actions(actions).build();
        NamedForm form = new NamedForm("jyu.docx", docx(before, Forms.party(original, UNIVERSITY))
                .status(3, "done").status(5, "done").bytes());
        assertEquals(List.of(new Cell("jyu.docx", 5, "1",
                        "the action 'V1' does not name jyu as responsible in the follow-up")),
                problems(original, List.of(form)));
    }

    @Test
    void aRowLeftBlankOnARegionsFormImportsNothing() throws Exception {
        NamedForm blank = new NamedForm("12.docx", docx(original, Party.of(Region.POHJOIS_KARJALA)).bytes());
        FollowUp imported = formImport.apply(original, FEBRUARY, List.of(blank));
        assertEquals(original, imported);
        assertNull(imported.progressOf("M1", FEBRUARY).orElse(null));
    }

    private static String storedParty(byte[] form) {
        try {
            return FormContent.read(form, fi.alke.documents.Limits.DEFAULT).data().partyCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
