package fi.alke.documents.followup;

import static fi.alke.documents.followup.FormLayout.FIRST_ACTION_ROW;
import static fi.alke.documents.followup.FormLayout.FIRST_ID_ROW;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;

import fi.alke.documents.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a filled form says, whatever its format: the matching data written with it and the text of its action
 * rows. {@link FormImport} checks only this, so an XLSX and a DOCX form are checked alike and their problems
 * read alike.
 *
 * @param format   the form's format, which names its columns in problems
 * @param data     the matching data, as found (a hand edit is found by {@link MatchingData#verifies})
 * @param firstRow the 1-based row number, as the form shows it, of the first action row
 * @param rows     the action rows in the order shown, up to the last row with anything in it
 */
record FormContent(Format format, MatchingData data, int firstRow, List<FormRow> rows) {

    /**
     * The round, party, status labels and action ids a form was written for, with the seal over them and the id of
     * the key that made the seal.
     *
     * @param statusLabels the labels the form offered, in the order of {@link fi.alke.documents.model.FollowUp.Status}
     */
    record MatchingData(String format, String round, String partyCode, String seal, String keyId,
                        List<String> statusLabels, List<String> actionIds) {
        /** Whether the seal is the key's over the data, as written: nothing of it has changed since. */
        boolean verifies(FormKey key) {
            return key.verifies(seal, format, round, partyCode, statusLabels, actionIds);
        }
    }

    /** One action row's cells as text, stripped; an empty cell is an empty string. */
    record FormRow(String id, String status, String note) {
    }

    /** The columns a problem can be about. */
    enum Column { ID, STATUS, NOTE }

    /**
     * A form format and how it names a column for a person looking at the form: a spreadsheet's column letter,
     * a document table's column number (its headings are in the form's language and may span columns).
     */
    enum Format {
        XLSX("A", "D", "E"),
        DOCX("1", "4", "5");

        private final List<String> columns;

        Format(String id, String status, String note) {
            this.columns = List.of(id, status, note);
        }

        /** The column's name as the form shows it. */
        String column(Column column) {
            return columns.get(column.ordinal());
        }
    }

    /** The 1-based row number, as the form shows it, of the action row of a 0-based index. */
    int row(int index) {
        return firstRow + index;
    }

    /** The file is not a follow-up form; the message says why, for a person. */
    static final class NotAForm extends Exception {
        NotAForm(String message) {
            super(message);
        }
    }

    /**
     * Reads a form, telling the format from the content (an OOXML package holding {@code word/document.xml} or
     * {@code xl/workbook.xml}) rather than from the file name, which a person may have changed.
     *
     * @throws NotAForm   if the file is readable but not a follow-up form
     * @throws Exception  whatever POI throws for a file it cannot read
     */
    static FormContent read(byte[] bytes, Limits limits) throws Exception {
        return switch (detect(bytes, limits.formSize())) {
            case XLSX -> readXlsx(bytes);
            case DOCX -> DocxForm.read(bytes);
        };
    }

    /**
     * Whether the file is a workbook or a Word document, after unpacking all of it once to count its size:
     * a form is read whole into memory, so one that unpacks to more than {@link Limits#formSize()} (rows
     * added by the hundred thousand, or a ZIP bomb) is refused before it is read.
     */
    private static Format detect(byte[] bytes, long formSize) throws IOException, NotAForm {
        Format format = null;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    format = Format.DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    format = Format.XLSX;
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > formSize) {
                        throw new NotAForm("the file unpacks to more than " + String.format(java.util.Locale.ROOT,
                                "%,d", formSize) + " bytes, the limit for a form (Limits.formSize; a form of 8,000 "
                                + "actions unpacks to under 4 MB): not a form as alke followup forms made it, or one "
                                + "with rows added by the thousand");
                    }
                }
            }
        }
        if (format == null) {
            throw new NotAForm("not a readable XLSX or DOCX file: neither a workbook nor a Word document");
        }
        return format;
    }

    private static final DataFormatter TEXT = new DataFormatter();

    private static FormContent readXlsx(byte[] bytes) throws IOException, NotAForm {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet data = workbook.getSheet(FormLayout.DATA_SHEET);
            Sheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            if (data == null || sheet == null) {
                // the form's sheet or its hidden data sheet is missing: a workbook no alke followup forms made
                throw new NotAForm("not an ALKE follow-up form: forms are made with alke followup forms");
            }
            List<String> labels = new ArrayList<>();
            for (int row = FormLayout.FIRST_STATUS_ROW; row < FIRST_ID_ROW; row++) {
                labels.add(text(data, row, 1));
            }
            List<String> ids = new ArrayList<>();
            for (int row = FIRST_ID_ROW; !text(data, row, 1).isEmpty(); row++) {
                ids.add(text(data, row, 1));
            }
            MatchingData matching = new MatchingData(text(data, FormLayout.FORMAT_ROW, 1),
                    text(data, FormLayout.ROUND_ROW, 1), text(data, FormLayout.PARTY_ROW, 1),
                    text(data, FormLayout.SEAL_ROW, 1), text(data, FormLayout.KEY_ROW, 1), labels, ids);
            List<FormRow> rows = new ArrayList<>();
            for (int row = FIRST_ACTION_ROW; row <= sheet.getLastRowNum(); row++) {
                rows.add(new FormRow(text(sheet, row, ID_COLUMN), text(sheet, row, STATUS_COLUMN),
                        text(sheet, row, NOTE_COLUMN)));
            }
            return new FormContent(Format.XLSX, matching, FIRST_ACTION_ROW + 1, rows);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row found = sheet.getRow(row);
        Cell cell = found == null ? null : found.getCell(column);
        return cell == null ? "" : TEXT.formatCellValue(cell).strip();
    }
}
