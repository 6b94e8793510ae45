package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.fillIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Region;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The DOCX form; the same content as the XLSX form of {@link FollowUpFormsTest}. */
class DocxFormsTest {
    private final FollowUp followUp = Forms.followUp();

    private XWPFDocument form(Party party) {
        return Forms.openDocx(new FollowUpForms().docx(followUp, FEBRUARY, party));
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList()).toList();
    }

    @Test
    void aMinistryGetsTheTableOfItsActionsWithTheStateSideOfThePreviousRound() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.TEM))) {
            assertEquals("Seuranta: helmikuu 2024 – TEM", document.getParagraphs().get(0).getText());
            assertTrue(document.getParagraphs().get(1).getText().contains("not-started, in-progress, done, cancelled"));
            assertEquals(1, document.getTables().size());
            assertEquals(List.of(
                    List.of("Toimenpide", "Kuvaus", "Tila (VN) syksy 2023", "Tila (VN) helmikuu 2024",
                            "Huomio helmikuu 2024"),
                    List.of("K1", "Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta", "in-progress", "", ""),
                    List.of("U1", "Sähkönsiirtoverkon kapasiteettitarpeiden selvitys", "not-started", "", "")),
                    rows(document.getTables().get(0)));
            assertTrue(document.getTables().get(0).getRow(0).isRepeatHeader());
        }
    }

    @Test
    void aRegionGetsTheRegionsSideOfThePreviousRound() throws Exception {
        try (XWPFDocument document = form(Party.of(Region.POHJOIS_SAVO))) {
            List<List<String>> rows = rows(document.getTables().get(0));
            assertEquals("Tila (maakunnat) syksy 2023", rows.get(0).get(2));
            // T3 has no progress in the previous round: the cell stays empty
            assertEquals(List.of(List.of("K1", "in-progress"), List.of("T3", "")),
                    rows.subList(1, 3).stream().map(row -> List.of(row.get(0), row.get(2))).toList());
        }
    }

    @Test
    void theDocumentIsProtectedAndOnlyTheFillInCellsAreEditableRanges() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.TEM))) {
            assertTrue(document.isEnforcedReadonlyProtection());
            assertTrue(document.validateProtectionPassword(FormLayout.PROTECTION_PASSWORD));
            XWPFTable table = document.getTables().get(0);
            for (XWPFTableRow row : table.getRows().subList(1, 3)) {
                assertTrue(fillIn(row.getCell(FormLayout.STATUS_COLUMN)));
                assertTrue(fillIn(row.getCell(FormLayout.NOTE_COLUMN)));
                for (int column = FormLayout.ID_COLUMN; column <= FormLayout.PREVIOUS_COLUMN; column++) {
                    assertFalse(fillIn(row.getCell(column)), "column " + column);
                }
            }
            for (int column = 0; column <= FormLayout.NOTE_COLUMN; column++) {
                assertFalse(fillIn(table.getRow(0).getCell(column)), "header " + column);
            }
            // outside the table there is nothing to edit
            assertFalse(document.getDocument().getBody().xmlText()
                    .replaceAll("(?s)<w:tbl>.*</w:tbl>", "").contains("permStart"));
        }
    }

    @Test
    void theMatchingDataIsInCustomPropertiesAndNotInTheText() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.VM))) {
            CustomProperties properties = document.getProperties().getCustomProperties();
            String fingerprint = FormLayout.fingerprint(FEBRUARY, "ministry:VM", List.of("K1", "T3"));
            assertEquals(List.of(FormLayout.FORMAT, FEBRUARY, "ministry:VM", fingerprint, "K1", "T3"),
                    List.of("alke-format", "alke-round", "alke-party", "alke-fingerprint", "alke-action-1",
                            "alke-action-2").stream().map(name -> properties.getProperty(name).getLpwstr()).toList());
            assertFalse(properties.contains("alke-action-3"));
            String text = String.join("\n", document.getParagraphs().stream().map(p -> p.getText()).toList());
            assertFalse(text.contains(fingerprint) || text.contains("ministry:VM"));
        }
    }

    @Test
    void aPartyWithNoActionsGetsAHeaderOnly() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.OKM))) {
            assertEquals(1, document.getTables().get(0).getNumberOfRows());
        }
    }
}
