package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.AUTUMN;
import static fi.alke.documents.followup.Forms.FEBRUARY;
import static fi.alke.documents.followup.Forms.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.followup.FormImportException.Cell;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormImportTest {

    private final FollowUp original = Forms.followUp();
    private final FormImport formImport = Forms.formImport();

    private Filling form(Party party) {
        return new Filling(Forms.xlsx(original, FEBRUARY, party));
    }

    /** TEM (K1, U1): K1 done with a note, U1 in progress, chosen from the drop-down. */
    private NamedForm tem() {
        return new NamedForm("tem.xlsx", form(Party.of(Ministry.TEM))
                .type("D4", "Valmis").type("E4", "Ohjelma toteutettu.").type("D5", "Käynnissä").bytes());
    }

    /** Pohjois-Karjala (K1, U1): K1 in progress with a note (typed as a program would, as a code), U1 left blank. */
    private NamedForm northKarelia() {
        return new NamedForm("12.xlsx", form(Party.of(Region.POHJOIS_KARJALA))
                .type("D4", "in-progress").type("E4", "Hankehaku auki.").bytes());
    }

    private List<Cell> problems(List<NamedForm> forms) {
        return assertThrows(FormImportException.class, () -> formImport.apply(original, FEBRUARY, forms)).cells();
    }

    /** The TEM form with {@code added} rows of made-up actions appended to its sheet, as a hand edit could. */
    private byte[] grown(int added) throws Exception {
        byte[] form = Forms.xlsx(original, FEBRUARY, Party.of(Ministry.TEM));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(form));
             java.util.zip.ZipOutputStream grown = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                grown.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                String part = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    int end = part.indexOf("</sheetData>");
                    grown.write(part.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (int row = 100; row < 100 + added; row++) {
                        grown.write(("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>K" + row
                                + "</t></is></c><c r=\"D" + row + "\" t=\"inlineStr\"><is><t>Valmis</t></is></c></row>")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    grown.write(part.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    grown.write(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                grown.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A returned form with 300,000 rows added to its sheet (the probe's case, which ran the import out of
     * memory at -Xmx512m) is refused, naming the file, before POI reads it into memory.
     */
    @Test
    void aFormWithRowsAddedByTheHundredThousandIsRefusedBeforeItIsRead() throws Exception {
        byte[] form = grown(300_000);
        FormImportException e = assertThrows(FormImportException.class, () -> formImport.apply(original, FEBRUARY,
                List.of(new NamedForm("tem-grown.xlsx", form))));
        assertTrue(e.getMessage().contains("tem-grown.xlsx") && e.getMessage().contains("unpacks to more than 25,165,824 bytes, the limit for a form (Limits.formSize"),
                e.getMessage());
    }

    /**
     * Under the size limit, a workbook is read as a stream of its cells: 100,000 added rows (11 MB of sheet) are
     * read, and refused for what they say, naming the file and a row.
     */
    @Test
    void aFormWithManyAddedRowsUnderTheLimitIsReadAsAStreamAndRefusedForItsRows() throws Exception {
        byte[] form = grown(100_000);
        FormImportException e = assertThrows(FormImportException.class, () -> formImport.apply(original, FEBRUARY,
                List.of(new NamedForm("tem-grown.xlsx", form))));
        assertTrue(e.getMessage().startsWith("tem-grown.xlsx:A100: a row that was not in the form"),
                e.getMessage().substring(0, Math.min(2000, e.getMessage().length())));
    }

    /** The caller sets the bound: under a bound smaller than the form, an ordinary form is refused. */
    @Test
    void theFormSizeLimitIsTheCallers() throws Exception {
        byte[] form = Forms.xlsx(original, FEBRUARY, Party.of(Ministry.TEM));
        FormImport strict = new FormImport(Forms.KEY, fi.alke.documents.Limits.DEFAULT.withFormSize(10_000));
        FormImportException e = assertThrows(FormImportException.class, () -> strict.apply(original, FEBRUARY,
                List.of(new NamedForm("tem.xlsx", form))));
        assertTrue(e.getMessage().contains("tem.xlsx") && e.getMessage().contains("unpacks to more than 10,000 bytes"),
                e.getMessage());
        List<NamedForm> forms = List.of(new NamedForm("tem.xlsx", form));
        assertEquals(formImport.apply(original, FEBRUARY, forms),
                new FormImport(Forms.KEY, fi.alke.documents.Limits.DEFAULT.withFormSize(10_000_000))
                        .apply(original, FEBRUARY, forms));
    }

    @Test
    void theTypedStatusesAndNotesBecomeTheRoundsProgress() throws Exception {
        FollowUp imported = formImport.apply(original, FEBRUARY, List.of(tem(), northKarelia()));

        assertEquals(new Progress("K1", FEBRUARY, Status.DONE, Status.IN_PROGRESS,
                        Markdown.of("TEM: Ohjelma toteutettu.\n\nPohjois-Karjala: Hankehaku auki.")),
                imported.progressOf("K1", FEBRUARY).orElseThrow());
        // the regions have not reported U1 yet: their side is not reported, not the previous round's done
        assertEquals(new Progress("U1", FEBRUARY, Status.IN_PROGRESS, null, null),
                imported.progressOf("U1", FEBRUARY).orElseThrow());
        assertEquals(original.progress(), imported.progress().subList(0, 2));
        assertEquals(4, imported.progress().size());
        assertEquals(original.actions(), imported.actions());
    }

    @Test
    void aMinistrysFormCreatesEntriesWithTheRegionsSideNotReported() throws Exception {
        FollowUp imported = formImport.apply(original, FEBRUARY, List.of(tem()));

        // K1 and U1 had both sides in the autumn (in progress; done): nothing of the regions' is carried over
        Progress k1 = imported.progressOf("K1", FEBRUARY).orElseThrow();
        assertEquals(Status.DONE, k1.state());
        assertNull(k1.regions());
        assertEquals(new Progress("U1", FEBRUARY, Status.IN_PROGRESS, null, null),
                imported.progressOf("U1", FEBRUARY).orElseThrow());
        assertEquals(original.progress().size() + 2, imported.progress().size());
    }

    @Test
    void theOriginalIsUnchanged() throws Exception {
        formImport.apply(original, FEBRUARY, List.of(tem(), northKarelia()));
        assertEquals(Forms.followUp(), original);
    }

    @Test
    void importingTheSameFormTwiceIsImportingItOnce() throws Exception {
        NamedForm tem = tem();
        FollowUp once = formImport.apply(original, FEBRUARY, List.of(tem));
        assertEquals(once, formImport.apply(original, FEBRUARY, List.of(tem, tem)));
        assertEquals(once, formImport.apply(once, FEBRUARY, List.of(tem)));
    }

    @Test
    void aLaterImportSetsTheOtherSideOfAnExistingEntry() throws Exception {
        FollowUp first = formImport.apply(original, FEBRUARY, List.of(tem()));
        FollowUp second = formImport.apply(first, FEBRUARY, List.of(new NamedForm("12.xlsx",
                form(Party.of(Region.POHJOIS_KARJALA)).type("D5", "cancelled").bytes())));
        assertEquals(new Progress("U1", FEBRUARY, Status.IN_PROGRESS, Status.CANCELLED, null),
                second.progressOf("U1", FEBRUARY).orElseThrow());
        assertEquals(first.progressOf("K1", FEBRUARY), second.progressOf("K1", FEBRUARY));
        assertEquals(first.progress().size(), second.progress().size());
    }

    @Test
    void aFormOfAnotherRoundIsRefused() {
        NamedForm autumn = new NamedForm("tem-syksy.xlsx", new Filling(
                Forms.xlsx(original, AUTUMN, Party.of(Ministry.TEM))).type("D4", "done").bytes());
        List<Cell> problems = problems(List.of(autumn));
        assertEquals(List.of(new Cell("tem-syksy.xlsx", -1, "",
                "the form is for the round 'syksy 2023', not for 'helmikuu 2024'")), problems);
        assertEquals("tem-syksy.xlsx: the form is for the round 'syksy 2023', not for 'helmikuu 2024'",
                problems.get(0).toString());
    }

    @Test
    void anActionThatDoesNotExistIsRefused() {
        // a form made from a follow-up that had one more action for TEM
        List<Action> actions = new ArrayList<>(original.actions());
        actions.add(new Action("X9", Markdown.of("Poistettu toimenpide"), List.of(Ministry.TEM), List.of()));
        FollowUp other = new FollowUp(original.meta(), original.sender(), original.rounds(), actions,
                original.progress(), original.closing());
        NamedForm form = new NamedForm("tem.xlsx", new Filling(
                Forms.xlsx(other, FEBRUARY, Party.of(Ministry.TEM))).type("D6", "done").bytes());
        assertEquals(List.of(new Cell("tem.xlsx", 6, "A", "the follow-up has no action with the id 'X9'")),
                problems(List.of(form)));
    }

    @Test
    void aDeletedRowIsRefused() {
        Filling filling = form(Party.of(Ministry.TEM)).type("D5", "done");
        // the person lifts the protection and deletes the row of K1: U1 moves up
        filling.sheet.removeRow(filling.sheet.getRow(3));
        filling.sheet.shiftRows(4, 4, -1);
        assertEquals(List.of(
                new Cell("tem.xlsx", 4, "A", "expected the action 'K1' here but found 'U1': " + Forms.ROWS),
                new Cell("tem.xlsx", 5, "A", "expected the action 'U1' here but found nothing: " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.xlsx", filling.bytes()))));
    }

    @Test
    void reorderedRowsAreRefused() {
        Filling filling = form(Party.of(Ministry.TEM)).type("D4", "done").type("D5", "in-progress");
        // the person lifts the protection and sorts the rows the other way round
        cell(filling.sheet, "A4").setCellValue("U1");
        cell(filling.sheet, "A5").setCellValue("K1");
        assertEquals(List.of(
                new Cell("tem.xlsx", 4, "A", "expected the action 'K1' here but found 'U1': " + Forms.ROWS),
                new Cell("tem.xlsx", 5, "A", "expected the action 'U1' here but found 'K1': " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.xlsx", filling.bytes()))));
    }

    @Test
    void anInsertedRowIsRefused() {
        Filling filling = form(Party.of(Ministry.TEM)).type("D4", "done");
        cell(filling.sheet, "A6").setCellValue("K9");
        assertEquals(List.of(new Cell("tem.xlsx", 6, "A", "a row that was not in the form: " + Forms.ROWS)),
                problems(List.of(new NamedForm("tem.xlsx", filling.bytes()))));
    }

    @Test
    void aStatusOutsideTheAllowedValuesIsRefusedWithEveryOtherProblemOfTheForm() {
        NamedForm form = new NamedForm("tem.xlsx", form(Party.of(Ministry.TEM))
                .type("D4", "tehty").type("E5", "Kesken.").bytes());
        List<Cell> problems = problems(List.of(form));
        assertEquals(List.of(
                new Cell("tem.xlsx", 4, "D", "'tehty' is not an allowed status; " + Forms.STATUSES),
                new Cell("tem.xlsx", 5, "D", "a note is given but no status")), problems);
        assertEquals("tem.xlsx:D4: 'tehty' is not an allowed status; " + Forms.STATUSES, problems.get(0).toString());
    }

    @Test
    void aStatusIsReadWhateverItsCaseAndAsTheLabelTheFormOffered() throws Exception {
        // the form of a Swedish follow-up offers Swedish labels; one typed in lower case is still that status
        FollowUp swedish = Forms.followUpIn("sv");
        NamedForm form = new NamedForm("12.xlsx", new Filling(Forms.xlsx(swedish, FEBRUARY,
                Party.of(Region.POHJOIS_KARJALA))).type("D4", "klar").type("D5", "INSTÄLLD").bytes());
        FollowUp imported = formImport.apply(swedish, FEBRUARY, List.of(form));
        assertEquals(Status.DONE, imported.progressOf("K1", FEBRUARY).orElseThrow().regions());
        assertEquals(Status.CANCELLED, imported.progressOf("U1", FEBRUARY).orElseThrow().regions());
        // a Finnish label is not one the Swedish form offered
        NamedForm finnish = new NamedForm("12.xlsx", new Filling(Forms.xlsx(swedish, FEBRUARY,
                Party.of(Region.POHJOIS_KARJALA))).type("D4", "Valmis").bytes());
        assertEquals(List.of(new Cell("12.xlsx", 4, "D", "'Valmis' is not an allowed status; the allowed values "
                + "are Inte påbörjad, Pågår, Klar, Inställd")), problems(List.of(finnish)));
    }

    @Test
    void formsThatDisagreeAboutACellAreBothRefused() {
        NamedForm tem = tem(); // K1 done on the state's side
        NamedForm vm = new NamedForm("vm.xlsx", form(Party.of(Ministry.VM)).type("D4", "in-progress").bytes());
        FormImportException e = assertThrows(FormImportException.class,
                () -> formImport.apply(original, FEBRUARY, List.of(tem, vm, northKarelia())));
        String side = "the status of 'K1' on the state's side is ";
        assertEquals(List.of(
                new Cell("tem.xlsx", 4, "D", side + "'done' here but 'in-progress' in vm.xlsx:D4"),
                new Cell("vm.xlsx", 4, "D", side + "'in-progress' here but 'done' in tem.xlsx:D4")),
                e.cells());
        assertEquals("tem.xlsx:D4: " + side + "'done' here but 'in-progress' in vm.xlsx:D4"
                + System.lineSeparator() + "vm.xlsx:D4: " + side + "'in-progress' here but 'done' in tem.xlsx:D4",
                e.getMessage());
    }

    @Test
    void aChangedHiddenSheetIsRefused() {
        Filling filling = form(Party.of(Ministry.TEM)).type("D4", "done");
        XSSFWorkbook workbook = filling.workbook;
        XSSFSheet data = workbook.getSheet(FormLayout.DATA_SHEET);
        data.getRow(FormLayout.PARTY_ROW).getCell(1).setCellValue("ministry:VM");
        assertEquals(List.of(new Cell("tem.xlsx", -1, "", "the form's seal does not verify with the form key: its "
                        + "hidden matching data (round, party, status labels or actions) was changed after the form was "
                        + "made; nothing of it is imported, make a new form")),
                problems(List.of(new NamedForm("tem.xlsx", filling.bytes()))));
    }

    @Test
    void aWorkbookThatIsNoFormIsRefused() throws Exception {
        byte[] other;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); java.io.ByteArrayOutputStream out =
                new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Budjetti").createRow(0).createCell(0).setCellValue("Kulut");
            workbook.write(out);
            other = out.toByteArray();
        }
        assertEquals(List.of(new Cell("budjetti.xlsx", -1, "",
                        "not an ALKE follow-up form: forms are made with alke followup forms")),
                problems(List.of(new NamedForm("budjetti.xlsx", other))));
    }

    @Test
    void aFileThatIsNoFormIsRefused() {
        List<Cell> problems = problems(List.of(new NamedForm("notes.txt", "hello".getBytes())));
        assertEquals(1, problems.size());
        assertEquals("notes.txt", problems.get(0).file());
        assertEquals(true, problems.get(0).message().startsWith("not a readable XLSX or DOCX file: "),
                problems.get(0).message());
    }
}
