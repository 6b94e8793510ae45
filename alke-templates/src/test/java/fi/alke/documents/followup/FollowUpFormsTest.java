package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.cell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FollowUpFormsTest {
    private final FollowUp followUp = Forms.followUp();

    private XSSFWorkbook form(Party party) {
        return Forms.open(Forms.xlsx(followUp, FEBRUARY, party));
    }

    @Test
    void aMinistryGetsItsActionsWithTheStateSideOfThePreviousRound() throws Exception {
        try (XSSFWorkbook workbook = form(Party.of(Ministry.TEM))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertEquals("Seuranta toimenpiteistä: helmikuu 2024 – TEM", cell(sheet, "A1").getStringCellValue());
            assertEquals("Palauta täytetty lomake viimeistään 29.2.2024. Täytä vain varjostetut solut. Tila valitaan "
                    + "luettelosta: Ei aloitettu, Käynnissä, Valmis, Peruttu.", cell(sheet, "A2").getStringCellValue());
            assertEquals(List.of("Tunnus", "Toimenpide", "Etenemisen tilanne (VN) syksy 2023",
                    "Etenemisen tilanne (VN) helmikuu 2024", "Lisätiedot helmikuu 2024"),
                    List.of("A3", "B3", "C3", "D3", "E3").stream().map(ref -> cell(sheet, ref).getStringCellValue())
                            .toList());
            assertEquals(List.of(
                    // the Markdown emphasis becomes plain text
                    List.of("K1", "Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta", "Käynnissä", "", ""),
                    List.of("U1", "Sähkönsiirtoverkon kapasiteettitarpeiden selvitys", "Ei aloitettu", "", "")),
                    Forms.rows(sheet, 2));
            assertEquals(null, sheet.getRow(5));
        }
    }

    @Test
    void aRegionGetsItsActionsWithTheRegionsSideOfThePreviousRound() throws Exception {
        try (XSSFWorkbook workbook = form(Party.of(Region.POHJOIS_KARJALA))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertEquals("Seuranta toimenpiteistä: helmikuu 2024 – Pohjois-Karjala", cell(sheet, "A1").getStringCellValue());
            assertEquals("Etenemisen tilanne (Maakunnat) syksy 2023", cell(sheet, "C3").getStringCellValue());
            assertEquals(List.of("Käynnissä", "Valmis"), Forms.rows(sheet, 2).stream().map(row -> row.get(2)).toList());
        }
        try (XSSFWorkbook workbook = form(Party.of(Region.POHJOIS_SAVO))) {
            // T3 has no progress in the previous round: the cell stays empty
            assertEquals(List.of(List.of("K1", "Käynnissä"), List.of("T3", "")),
                    Forms.rows(workbook.getSheet(FormLayout.FORM_SHEET), 2).stream().map(row -> row.subList(0, 3))
                            .map(row -> List.of(row.get(0), row.get(2))).toList());
        }
    }

    @Test
    void onlyTheFillInCellsAreUnlockedAndTheSheetIsProtected() throws Exception {
        try (XSSFWorkbook workbook = form(Party.of(Ministry.TEM))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertTrue(sheet.getProtect());
            assertTrue(workbook.isStructureLocked());
            for (String locked : List.of("A3", "A4", "B4", "C4", "B5")) {
                assertTrue(cell(sheet, locked).getCellStyle().getLocked(), locked);
            }
            for (String open : List.of("D4", "E4", "D5", "E5")) {
                assertFalse(cell(sheet, open).getCellStyle().getLocked(), open);
                assertEquals(FillPatternType.SOLID_FOREGROUND, cell(sheet, open).getCellStyle().getFillPattern(), open);
            }
        }
    }

    @Test
    void theStatusCellsOfferTheAllowedValues() throws Exception {
        try (XSSFWorkbook workbook = form(Party.of(Ministry.TEM))) {
            List<? extends DataValidation> validations = workbook.getSheet(FormLayout.FORM_SHEET).getDataValidations();
            assertEquals(1, validations.size());
            DataValidation validation = validations.get(0);
            assertArrayEquals(new String[] {"Ei aloitettu", "Käynnissä", "Valmis", "Peruttu"},
                    validation.getValidationConstraint().getExplicitListValues());
            assertTrue(validation.getShowErrorBox());
            CellRangeAddress[] ranges = validation.getRegions().getCellRangeAddresses();
            assertEquals(1, ranges.length);
            assertEquals("D4:D5", ranges[0].formatAsString());
        }
    }

    @Test
    void theMatchingDataIsInAVeryHiddenProtectedSheet() throws Exception {
        try (XSSFWorkbook workbook = form(Party.of(Ministry.VM))) {
            XSSFSheet data = workbook.getSheet(FormLayout.DATA_SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(data)));
            assertTrue(data.getProtect());
            assertEquals(0, workbook.getActiveSheetIndex());
            List<String> labels = List.of("Ei aloitettu", "Käynnissä", "Valmis", "Peruttu");
            assertEquals(List.of(FormLayout.FORMAT, FEBRUARY, "party:VM",
                            Forms.KEY.seal(FormLayout.FORMAT, FEBRUARY, "party:VM", labels, List.of("K1", "T3")),
                            Forms.KEY.id(), "Ei aloitettu", "Käynnissä", "Valmis", "Peruttu", "K1", "T3"),
                    List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream()
                            .map(row -> data.getRow(row).getCell(1).getStringCellValue()).toList());
            assertEquals(List.of("format", "round", "party", "seal", "key"), List.of(0, 1, 2, 3, 4).stream()
                    .map(row -> data.getRow(row).getCell(0).getStringCellValue()).toList());
            assertEquals(null, data.getRow(11));
        }
    }

    @Test
    void aSwedishFollowUpGetsASwedishForm() throws Exception {
        try (XSSFWorkbook workbook = Forms.open(Forms.xlsx(Forms.followUpIn("sv"), FEBRUARY,
                Party.of(Region.POHJOIS_KARJALA)))) {
            XSSFSheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            assertEquals("Uppföljning av åtgärderna: helmikuu 2024 – Norra Karelen", cell(sheet, "A1").getStringCellValue());
            assertEquals("Läge (Landskapen) syksy 2023", cell(sheet, "C3").getStringCellValue());
            assertEquals("Pågår", cell(sheet, "C4").getStringCellValue());
            assertArrayEquals(new String[] {"Inte påbörjad", "Pågår", "Klar", "Inställd"}, workbook
                    .getSheet(FormLayout.FORM_SHEET).getDataValidations().get(0).getValidationConstraint()
                    .getExplicitListValues());
        }
    }

    @Test
    void anUnknownRoundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Forms.xlsx(followUp, "kevät 2025", Party.of(Ministry.TEM)));
        assertEquals("no round is named 'kevät 2025'; the rounds are syksy 2023, helmikuu 2024", e.getMessage());
    }
}
