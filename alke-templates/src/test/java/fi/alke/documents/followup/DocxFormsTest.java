package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.fillIn;
import static fi.alke.documents.followup.Forms.formTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The DOCX form, made through the template {@code follow-up-form.ftlx} and read here with POI; the same content
 * as the XLSX form of {@link FollowUpFormsTest}.
 */
class DocxFormsTest {
    private final FollowUp followUp = Forms.followUp();

    private XWPFDocument form(Party party) {
        return Forms.openDocx(Forms.docx(followUp, FEBRUARY, party));
    }

    /** The document's text; the extractor is not closed, since that would close the document it was given. */
    @SuppressWarnings("resource")
    private static String text(XWPFDocument document) {
        return new XWPFWordExtractor(document).getText();
    }

    @Test
    void aMinistryGetsAMemoWithTheTableOfItsActionsAndTheStateSideOfThePreviousRound() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.TEM))) {
            String text = text(document);
            for (String expected : List.of("Seurantalomake", "Seuranta toimenpiteistä: helmikuu 2024 – TEM",
                    "Palauta täytetty lomake viimeistään 29.2.2024.",
                    "Tilaksi kirjoitetaan jokin näistä: Ei aloitettu, Käynnissä, Valmis, Peruttu.",
                    "VN/18234/2023")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertEquals("Seuranta toimenpiteistä: helmikuu 2024 – TEM",
                    document.getProperties().getCoreProperties().getTitle());
            XWPFTable table = formTable(document);
            assertEquals(List.of(
                    // the header of the seed's form: progress over two columns, the others over two rows
                    List.of("Tunnus", "Toimenpide", "Etenemisen tilanne (VN)", "Lisätiedot helmikuu 2024"),
                    List.of("", "", "syksy 2023", "helmikuu 2024", ""),
                    List.of("K1", "Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta", "Käynnissä", "", ""),
                    List.of("U1", "Sähkönsiirtoverkon kapasiteettitarpeiden selvitys", "Ei aloitettu", "", "")),
                    Forms.rows(table));
            assertTrue(table.getRow(0).isRepeatHeader() && table.getRow(1).isRepeatHeader());
            assertFalse(table.getRow(2).isRepeatHeader());
        }
    }

    @Test
    void aRegionGetsTheRegionsSideOfThePreviousRound() throws Exception {
        try (XWPFDocument document = form(Party.of(Region.POHJOIS_SAVO))) {
            List<List<String>> rows = Forms.rows(formTable(document));
            assertEquals("Etenemisen tilanne (Maakunnat)", rows.get(0).get(2));
            // T3 has no progress in the previous round: the cell stays empty
            assertEquals(List.of(List.of("K1", "Käynnissä"), List.of("T3", "")),
                    rows.subList(2, 4).stream().map(row -> List.of(row.get(0), row.get(2))).toList());
        }
    }

    @Test
    void theDocumentIsProtectedAndOnlyTheFillInCellsAreEditableRanges() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.TEM))) {
            assertTrue(document.isEnforcedReadonlyProtection());
            XWPFTable table = formTable(document);
            for (XWPFTableRow row : table.getRows().subList(2, 4)) {
                assertTrue(fillIn(row.getCell(FormLayout.STATUS_COLUMN)));
                assertTrue(fillIn(row.getCell(FormLayout.NOTE_COLUMN)));
                for (int column = FormLayout.ID_COLUMN; column <= FormLayout.PREVIOUS_COLUMN; column++) {
                    assertFalse(fillIn(row.getCell(column)), "column " + column);
                }
            }
            for (XWPFTableRow header : table.getRows().subList(0, 2)) {
                header.getTableCells().forEach(cell -> assertFalse(fillIn(cell), cell.getText()));
            }
            // four ranges, all in the form's table
            String body = document.getDocument().getBody().xmlText();
            assertEquals(4, body.split("<w:permStart ", -1).length - 1);
            String tableXml = table.getCTTbl().xmlText();
            assertEquals(4, tableXml.split("<w:permStart ", -1).length - 1);
        }
    }

    @Test
    void theMatchingDataIsInCustomPropertiesAndNotInTheText() throws Exception {
        try (XWPFDocument document = form(Party.of(Ministry.VM))) {
            CustomProperties properties = document.getProperties().getCustomProperties();
            List<String> labels = List.of("Ei aloitettu", "Käynnissä", "Valmis", "Peruttu");
            String seal = Forms.KEY.seal(FormLayout.FORMAT, FEBRUARY, "party:VM", labels, List.of("K1", "T3"));
            assertEquals(List.of(FormLayout.FORMAT, FEBRUARY, "party:VM", seal, Forms.KEY.id(), "Ei aloitettu",
                            "Peruttu", "K1", "T3"),
                    List.of("alke-format", "alke-round", "alke-party", "alke-seal", "alke-key",
                            "alke-status-not-started", "alke-status-cancelled", "alke-action-1", "alke-action-2")
                            .stream().map(name -> properties.getProperty(name).getLpwstr()).toList());
            assertFalse(properties.contains("alke-action-3"));
            String text = text(document);
            assertFalse(text.contains(seal) || text.contains("party:VM"));
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertTrue(java.util.Arrays.equals(Forms.docx(followUp, FEBRUARY, Party.of(Ministry.TEM)),
                Forms.docx(followUp, FEBRUARY, Party.of(Ministry.TEM))));
    }

    @Test
    void aPartyWithNoActionsIsToldSoAndItsFormIsNotImported() throws Exception {
        byte[] form = Forms.docx(followUp, FEBRUARY, Party.of(Ministry.OKM));
        try (XWPFDocument document = Forms.openDocx(form)) {
            assertTrue(text(document).contains("OKM ei ole vastuutahona yhdessäkään toimenpiteessä"));
            assertFalse(document.getDocument().getBody().xmlText().contains("permStart"));
        }
        // no action names OKM: the follow-up's parties are the only ones whose forms it takes
        FormImportException e = assertThrows(FormImportException.class, () -> Forms.formImport().apply(followUp,
                FEBRUARY, List.of(new NamedForm("okm.docx", form))));
        assertEquals(List.of(new FormImportException.Cell("okm.docx", -1, "", "the form is for the party 'OKM' "
                + "(Opetus- ja kulttuuriministeriö), which no action of the follow-up names; the follow-up's "
                + "parties are TEM, VM, 09, 10, 11, 12")), e.cells());
    }

    @Test
    void aSwedishFollowUpGetsASwedishForm() throws Exception {
        try (XWPFDocument document = Forms.openDocx(Forms.docx(Forms.followUpIn("sv"), FEBRUARY,
                Party.of(Region.POHJOIS_KARJALA)))) {
            assertTrue(text(document).contains("Uppföljning av åtgärderna: helmikuu 2024 – Norra Karelen"));
            assertEquals(List.of("Beteckning", "Åtgärd", "Läge (Landskapen)", "Tilläggsuppgifter helmikuu 2024"),
                    Forms.rows(formTable(document)).get(0));
        }
    }
}
