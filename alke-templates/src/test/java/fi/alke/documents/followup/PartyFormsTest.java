package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.ELY;
import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.UNIVERSITY;
import static fi.alke.documents.followup.Forms.cell;
import static fi.alke.documents.followup.Forms.formTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Forms for every kind of party ({@link Forms#partiesFollowUp}): an organisation on each side, the government,
 * and regions that report on the actions of all regions.
 */
class PartyFormsTest {
    private final FollowUp followUp = Forms.partiesFollowUp();

    /** A form's title, its progress heading, its rows (id and previous status) and its stored party code. */
    private record Seen(String title, String progress, List<List<String>> rows, String party) {
    }

    private Seen xlsx(Party party, int rows) throws Exception {
        try (XSSFWorkbook workbook = Forms.open(Forms.xlsx(followUp, FEBRUARY, party))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertEquals(null, sheet.getRow(FormLayout.FIRST_ACTION_ROW + rows), "no more rows than " + rows);
            // the XLSX form has one header row: the previous round's name follows the progress heading
            String heading = cell(sheet, "C3").getStringCellValue();
            assertTrue(heading.endsWith(" " + Forms.AUTUMN), heading);
            return new Seen(cell(sheet, "A1").getStringCellValue(),
                    heading.substring(0, heading.length() - Forms.AUTUMN.length() - 1),
                    Forms.rows(sheet, rows).stream().map(row -> List.of(row.get(0), row.get(2))).toList(),
                    workbook.getSheet(FormLayout.DATA_SHEET).getRow(FormLayout.PARTY_ROW).getCell(1)
                            .getStringCellValue());
        }
    }

    private Seen docx(Party party) throws Exception {
        try (XWPFDocument document = Forms.openDocx(Forms.docx(followUp, FEBRUARY, party))) {
            List<List<String>> rows = Forms.rows(formTable(document));
            return new Seen(document.getProperties().getCoreProperties().getTitle(), rows.get(0).get(2),
                    rows.subList(2, rows.size()).stream().map(row -> List.of(row.get(0), row.get(2))).toList(),
                    document.getProperties().getCustomProperties().getProperty(FormLayout.PARTY_PROPERTY)
                            .getLpwstr());
        }
    }

    /** The same form in both formats, checked alike. */
    private void assertForms(Party party, Seen expected) throws Exception {
        assertEquals(expected, xlsx(party, expected.rows().size()), "XLSX");
        assertEquals(expected, docx(party), "DOCX");
    }

    @Test
    void anOrganisationOnTheStatesSideReportsTheStatesSideOfItsActions() throws Exception {
        assertForms(Forms.party(followUp, ELY), new Seen(
                "Seuranta toimenpiteistä: helmikuu 2024 – Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus",
                "Etenemisen tilanne (VN)",
                List.of(List.of("E1", "Valmis")), "party:" + ELY));
    }

    @Test
    void anOrganisationOnTheRegionsSideReportsTheRegionsSideOfItsActions() throws Exception {
        // E1 was in progress on the regions' side in the autumn; Y1 has no progress yet
        assertForms(Forms.party(followUp, UNIVERSITY), new Seen("Seuranta toimenpiteistä: helmikuu 2024 – "
                + "Jyväskylän yliopisto", "Etenemisen tilanne (Maakunnat)",
                List.of(List.of("E1", "Käynnissä"), List.of("Y1", "")), "party:" + UNIVERSITY));
    }

    @Test
    void aRegionsFormListsTheActionsOfAllRegionsBesidesItsOwn() throws Exception {
        // M1 names all regions, which are the regions the follow-up names: 12 and 13 each report it, with the
        // regions' side of the autumn (not started)
        assertForms(Party.of(Region.KESKI_SUOMI), new Seen("Seuranta toimenpiteistä: helmikuu 2024 – Keski-Suomi",
                "Etenemisen tilanne (Maakunnat)", List.of(List.of("M1", "Ei aloitettu"), List.of("E1", "Käynnissä")),
                "party:13"));
        assertForms(Party.of(Region.POHJOIS_KARJALA), new Seen("Seuranta toimenpiteistä: helmikuu 2024 – "
                + "Pohjois-Karjala", "Etenemisen tilanne (Maakunnat)",
                List.of(List.of("M1", "Ei aloitettu"), List.of("Y1", "")), "party:12"));
        // a region the follow-up does not name is not one of its all regions: nothing to report
        assertEquals(new Seen("Seuranta toimenpiteistä: helmikuu 2024 – Lappi", "Etenemisen tilanne (Maakunnat)",
                List.of(), "party:19"), xlsx(Party.of(Region.LAPPI), 0));
        try (XWPFDocument document = Forms.openDocx(Forms.docx(followUp, FEBRUARY, Party.of(Region.LAPPI)))) {
            assertTrue(document.getParagraphs().stream().anyMatch(paragraph -> paragraph.getText().equals(
                    "Lappi ei ole vastuutahona yhdessäkään toimenpiteessä; täytettävää ei ole.")), "no actions");
        }
    }

    /** The follow-up's actions M1 (OKM; all regions) and V1 (VN) only: no action names a region. */
    private FollowUp withoutRegions() {
        return FollowUpBuilder.builder(followUp)
                .actions(followUp.actions().stream().filter(a -> List.of("M1", "V1").contains(a.id())).toList())
                .progress(followUp.progress().stream().filter(p -> p.actionId().equals("M1")).toList()).build();
    }

    @Test
    void whenTheFollowUpNamesNoRegionAllRegionsAreEveryRegionWithACouncilButNeverAland() throws Exception {
        FollowUp national = withoutRegions();
        List<String> councils = Stream.of(Region.values()).filter(Region::hasRegionalCouncil).map(Region::code)
                .toList();
        assertEquals(18, councils.size());
        assertEquals(Stream.of(List.of("VN", "OKM"), councils).flatMap(List::stream).toList(),
                FollowUpForms.parties(national).stream().map(Party::code).toList());
        assertEquals(councils, national.allRegions().stream().map(Party::code).toList());
        // so a region no action names, such as Lappi, reports on the action of all regions
        try (XSSFWorkbook workbook = Forms.open(Forms.xlsx(national, FEBRUARY, Party.of(Region.LAPPI)))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            List<String> row = Forms.rows(sheet, 1).get(0);
            assertEquals(List.of("M1", "Ei aloitettu"), List.of(row.get(0), row.get(2)));
            assertEquals(null, sheet.getRow(FormLayout.FIRST_ACTION_ROW + 1));
        }
        // Åland has no regional council: no form, and nothing of all regions on one made anyway
        assertFalse(FollowUpForms.parties(national).stream().anyMatch(party -> party.code().equals("21")));
        try (XSSFWorkbook workbook = Forms.open(Forms.xlsx(national, FEBRUARY, Party.of(Region.AHVENANMAA)))) {
            assertEquals(null, workbook.getSheet(FormLayout.FORM_SHEET).getRow(FormLayout.FIRST_ACTION_ROW));
        }
    }

    @Test
    void alandNamedForAnActionOfItsOwnReportsOnThatActionOnly() throws Exception {
        List<Action> actions = new ArrayList<>(followUp.actions());
        actions.add(new Action("A1", Markdown.of("Ahvenanmaan oma toimenpide"), List.of(), List.of(Region.AHVENANMAA)));
        FollowUp withAland = FollowUpBuilder.builder(followUp).actions(actions).build();
        // all regions stay the regions with a council that it names
        assertEquals(List.of("12", "13"), withAland.allRegions().stream().map(Party::code).toList());
        assertEquals(List.of("VN", "TEM", "OKM", "12", "13", "21", ELY, UNIVERSITY),
                FollowUpForms.parties(withAland).stream().map(Party::code).toList());
        try (XSSFWorkbook workbook = Forms.open(Forms.xlsx(withAland, FEBRUARY, Party.of(Region.AHVENANMAA)))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertEquals("A1", Forms.rows(sheet, 1).get(0).get(0));
            assertEquals(null, sheet.getRow(FormLayout.FIRST_ACTION_ROW + 1), "not M1, the action of all regions");
        }
    }

    @Test
    void theGovernmentIsAPartyOnTheStatesSide() throws Exception {
        assertForms(Party.government(), new Seen("Seuranta toimenpiteistä: helmikuu 2024 – Valtioneuvosto",
                "Etenemisen tilanne (VN)", List.of(List.of("V1", "")), "party:VN"));
    }

    @Test
    void allRegionsGetNoFormOfTheirOwn() {
        for (Executable form : List.<Executable>of(
                () -> Forms.xlsx(followUp, FEBRUARY, Party.allRegions()),
                () -> Forms.docx(followUp, FEBRUARY, Party.allRegions()))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, form);
            assertTrue(e.getMessage().startsWith("all regions get no form of their own: each region's form lists "
                    + "the actions of all regions"), e.getMessage());
        }
    }

    @Test
    void thePartiesThatGetFormsAreEveryNamedPartyAndTheFollowUpsRegionsForAllRegions() {
        // M1 names all regions: they are the regions the follow-up names (13 for E1, 12 for Y1), not all 19
        assertEquals(List.of("VN", "TEM", "OKM", "12", "13", ELY, UNIVERSITY),
                FollowUpForms.parties(followUp).stream().map(Party::code).toList());
        // without all regions: only the regions named, in the code list's order, and no organisation
        assertEquals(List.of("TEM", "VM", "09", "10", "11", "12"),
                FollowUpForms.parties(Forms.followUp()).stream().map(Party::code).toList());
    }
}
