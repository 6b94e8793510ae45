package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.AUTUMN;
import static fi.alke.documents.followup.Forms.FEBRUARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.followup.FormImportException.Cell;
import fi.alke.documents.followup.Forms.DocxFilling;
import fi.alke.documents.followup.Forms.Filling;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** {@link FormImport} with DOCX forms: the cases of {@link FormImportTest}, with the table's rows and columns. */
class DocxImportTest {

    private final FollowUp original = Forms.followUp();
    private final FormImport formImport = Forms.formImport();

    private DocxFilling form(Party party) {
        return new DocxFilling(Forms.docx(original, FEBRUARY, party));
    }

    /**
     * TEM (K1 in table row 3, U1 in row 4, under the two header rows): K1 done with a note, U1 in progress — as
     * {@link FormImportTest}.
     */
    private NamedForm tem() {
        return new NamedForm("tem.docx", form(Party.of(Ministry.TEM))
                .status(3, "Valmis").note(3, "Ohjelma toteutettu.").status(4, "käynnissä").bytes());
    }

    /** Pohjois-Karjala (K1, U1): K1 in progress with a note, U1 left blank. */
    private NamedForm northKarelia() {
        return new NamedForm("12.docx", form(Party.of(Region.POHJOIS_KARJALA))
                .status(3, "in-progress").note(3, "Hankehaku auki.").bytes());
    }

    private List<Cell> problems(List<NamedForm> forms) {
        return assertThrows(FormImportException.class, () -> formImport.apply(original, FEBRUARY, forms)).cells();
    }

    private static void setText(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).getRuns().get(0).setText(text, 0);
    }

    @Test
    void theTypedStatusesAndNotesBecomeTheRoundsProgress() throws Exception {
        FollowUp imported = formImport.apply(original, FEBRUARY, List.of(tem(), northKarelia()));
        assertEquals(new Progress("K1", FEBRUARY, Status.DONE, Status.IN_PROGRESS,
                        Markdown.of("TEM: Ohjelma toteutettu.\n\nPohjois-Karjala: Hankehaku auki.")),
                imported.progressOf("K1", FEBRUARY).orElseThrow());
        // the regions have not reported U1: their side is not reported (null), not the previous round's done
        assertEquals(new Progress("U1", FEBRUARY, Status.IN_PROGRESS, null, null),
                imported.progressOf("U1", FEBRUARY).orElseThrow());
        assertEquals(original.progress(), imported.progress().subList(0, 2));
        assertEquals(Forms.followUp(), original);
    }

    @Test
    void aDocxAndAnXlsxFormFilledAlikeImportAlike() throws Exception {
        NamedForm xlsx = new NamedForm("tem.xlsx", new Filling(Forms.xlsx(original, FEBRUARY,
                Party.of(Ministry.TEM))).type("D4", "done").type("E4", "Ohjelma toteutettu.")
                .type("D5", "in-progress").bytes());
        assertEquals(formImport.apply(original, FEBRUARY, List.of(xlsx)),
                formImport.apply(original, FEBRUARY, List.of(tem())));
        // agreeing forms of both formats are fine together
        assertEquals(formImport.apply(original, FEBRUARY, List.of(xlsx)),
                formImport.apply(original, FEBRUARY, List.of(xlsx, tem())));
    }

    @Test
    void importingTheSameFormTwiceIsImportingItOnce() throws Exception {
        NamedForm tem = tem();
        FollowUp once = formImport.apply(original, FEBRUARY, List.of(tem));
        assertEquals(once, formImport.apply(original, FEBRUARY, List.of(tem, tem)));
        assertEquals(once, formImport.apply(once, FEBRUARY, List.of(tem)));
    }

    @Test
    void aFormOfAnotherRoundIsRefused() {
        NamedForm autumn = new NamedForm("tem-syksy.docx", new DocxFilling(
                Forms.docx(original, AUTUMN, Party.of(Ministry.TEM))).status(3, "done").bytes());
        assertEquals(List.of(new Cell("tem-syksy.docx", -1, "",
                "the form is for the round 'syksy 2023', not for 'helmikuu 2024'")), problems(List.of(autumn)));
    }

    @Test
    void anActionThatDoesNotExistIsRefused() {
        List<Action> actions = new ArrayList<>(original.actions());
        actions.add(new Action("X9", Markdown.of("Poistettu toimenpide"), List.of(Ministry.TEM), List.of()));
        FollowUp other = new FollowUp(original.meta(), original.sender(), original.rounds(), actions,
                original.progress(), original.closing());
        NamedForm form = new NamedForm("tem.docx", new DocxFilling(
                Forms.docx(other, FEBRUARY, Party.of(Ministry.TEM))).status(5, "done").bytes());
        List<Cell> problems = problems(List.of(form));
        assertEquals(List.of(new Cell("tem.docx", 5, "1", "the follow-up has no action with the id 'X9'")),
                problems);
        assertEquals("tem.docx, row 5, column 1: the follow-up has no action with the id 'X9'",
                problems.get(0).toString());
    }

    @Test
    void aDeletedRowIsRefused() {
        DocxFilling filling = form(Party.of(Ministry.TEM)).status(4, "done");
        // the person lifts the protection and deletes the row of K1: U1 moves up
        filling.table.removeRow(2);
        assertEquals(List.of(
                new Cell("tem.docx", 3, "1", "expected the action 'K1' here but found 'U1': " + Forms.ROWS),
                new Cell("tem.docx", 4, "1", "expected the action 'U1' here but found nothing: " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.docx", filling.bytes()))));
    }

    @Test
    void reorderedRowsAreRefused() {
        DocxFilling filling = form(Party.of(Ministry.TEM)).status(3, "done").status(4, "in-progress");
        // the person lifts the protection and sorts the rows the other way round
        setText(filling.table.getRow(2).getCell(0), "U1");
        setText(filling.table.getRow(3).getCell(0), "K1");
        assertEquals(List.of(
                new Cell("tem.docx", 3, "1", "expected the action 'K1' here but found 'U1': " + Forms.ROWS),
                new Cell("tem.docx", 4, "1", "expected the action 'U1' here but found 'K1': " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.docx", filling.bytes()))));
    }

    @Test
    void anInsertedRowIsRefused() {
        DocxFilling filling = form(Party.of(Ministry.TEM)).status(3, "done");
        filling.table.createRow().getCell(0).setText("K9");
        assertEquals(List.of(new Cell("tem.docx", 5, "1", "a row that was not in the form: " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.docx", filling.bytes()))));
    }

    @Test
    void aStatusOutsideTheAllowedValuesIsRefusedWithEveryOtherProblemOfTheForm() {
        NamedForm form = new NamedForm("tem.docx", form(Party.of(Ministry.TEM))
                .status(3, "tehty").note(4, "Kesken.").bytes());
        List<Cell> problems = problems(List.of(form));
        assertEquals(List.of(
                new Cell("tem.docx", 3, "4", "'tehty' is not an allowed status; " + Forms.STATUSES),
                new Cell("tem.docx", 4, "4", "a note is given but no status")), problems);
        assertEquals("tem.docx, row 3, column 4: 'tehty' is not an allowed status; " + Forms.STATUSES,
                problems.get(0).toString());
    }

    @Test
    void docxFormsThatDisagreeAboutACellAreBothRefused() {
        NamedForm vm = new NamedForm("vm.docx", form(Party.of(Ministry.VM)).status(3, "in-progress").bytes());
        String side = "the status of 'K1' on the state's side is ";
        assertEquals(List.of(
                new Cell("tem.docx", 3, "4",
                        side + "'done' here but 'in-progress' in vm.docx, row 3, column 4"),
                new Cell("vm.docx", 3, "4",
                        side + "'in-progress' here but 'done' in tem.docx, row 3, column 4")),
                problems(List.of(tem(), vm, northKarelia())));
    }

    @Test
    void anXlsxAndADocxFormThatDisagreeAreBothRefused() {
        // the same party's note typed differently into its XLSX and its DOCX form
        NamedForm xlsx = new NamedForm("tem.xlsx", new Filling(Forms.xlsx(original, FEBRUARY,
                Party.of(Ministry.TEM))).type("D4", "done").type("E4", "Valmis.").bytes());
        String note = "the note of 'K1' by TEM is ";
        assertEquals(List.of(
                new Cell("tem.xlsx", 4, "E", note + "'Valmis.' here but 'Ohjelma toteutettu.' in tem.docx, "
                        + "row 3, column 5"),
                new Cell("tem.docx", 3, "5", note + "'Ohjelma toteutettu.' here but 'Valmis.' in "
                        + "tem.xlsx:E4")),
                problems(List.of(xlsx, tem())));
    }

    @Test
    void changedMatchingDataIsRefused() {
        DocxFilling filling = form(Party.of(Ministry.TEM)).status(3, "done");
        filling.document.getProperties().getCustomProperties().getProperty(FormLayout.PARTY_PROPERTY)
                .setLpwstr("ministry:VM");
        assertEquals(List.of(new Cell("tem.docx", -1, "", "the form's seal does not verify with the form key: its "
                        + "hidden matching data (round, party, status labels or actions) was changed after the form was "
                        + "made; nothing of it is imported, make a new form")),
                problems(List.of(new NamedForm("tem.docx", filling.bytes()))));
    }

    @Test
    void aWordDocumentThatIsNoFormIsRefused() {
        DocxFilling filling = form(Party.of(Ministry.TEM));
        filling.document.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList().clear();
        assertEquals(List.of(new Cell("other.docx", -1, "",
                        "not an ALKE follow-up form: forms are made with alke followup forms")),
                problems(List.of(new NamedForm("other.docx", filling.bytes()))));
    }
}
