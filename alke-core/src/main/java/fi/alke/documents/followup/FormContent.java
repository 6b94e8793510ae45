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
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

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
     * a form is unpacked into memory (its package, not an object model of it), so one that unpacks to more than
     * {@link Limits#formSize()} (rows added by the hundred thousand, or a ZIP bomb) is refused before it is read.
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
                                + "actions unpacks to under 11 MB): not a form as alke followup forms made it, or one "
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

    /**
     * Reads a workbook as a stream of its sheets' cells (POI's event API, SAX over the sheets' XML), keeping only
     * the cells a form has: the data sheet's values and the form sheet's id, status and note columns. A
     * workbook's object model would take some 50 times its size in memory.
     */
    private static FormContent readXlsx(byte[] bytes) throws Exception {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Cells data = null;
            Cells form = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.equals(FormLayout.DATA_SHEET) && data == null) {
                        data = read(sheet, styles, strings, new int[] {1});
                    } else if (name.equals(FormLayout.FORM_SHEET) && form == null) {
                        form = read(sheet, styles, strings, new int[] {ID_COLUMN, STATUS_COLUMN, NOTE_COLUMN});
                    }
                }
            }
            if (data == null || form == null) {
                // the form's sheet or its hidden data sheet is missing: a workbook no alke followup forms made
                throw new NotAForm("not an ALKE follow-up form: forms are made with alke followup forms");
            }
            List<String> labels = new ArrayList<>();
            for (int row = FormLayout.FIRST_STATUS_ROW; row < FIRST_ID_ROW; row++) {
                labels.add(data.text(row, 1));
            }
            List<String> ids = new ArrayList<>();
            for (int row = FIRST_ID_ROW; !data.text(row, 1).isEmpty(); row++) {
                ids.add(data.text(row, 1));
            }
            MatchingData matching = new MatchingData(data.text(FormLayout.FORMAT_ROW, 1),
                    data.text(FormLayout.ROUND_ROW, 1), data.text(FormLayout.PARTY_ROW, 1),
                    data.text(FormLayout.SEAL_ROW, 1), data.text(FormLayout.KEY_ROW, 1), labels, ids);
            List<FormRow> rows = new ArrayList<>();
            for (int row = FIRST_ACTION_ROW; row <= form.lastRow(); row++) {
                rows.add(new FormRow(form.text(row, ID_COLUMN), form.text(row, STATUS_COLUMN),
                        form.text(row, NOTE_COLUMN)));
            }
            return new FormContent(Format.XLSX, matching, FIRST_ACTION_ROW + 1, rows);
        }
    }

    /** A sheet's cells of some columns, as text, stripped, by 0-based row and column. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int[] columns;
        private final Map<Long, String> text = new HashMap<>();
        private int lastRow = -1;

        Cells(int[] columns) {
            this.columns = columns;
        }

        String text(int row, int column) {
            return text.getOrDefault(((long) row << 16) | column, "");
        }

        /** The last row the sheet has, with anything in it or not, as POI's {@code Sheet#getLastRowNum}. */
        int lastRow() {
            return lastRow;
        }

        @Override
        public void startRow(int rowNum) {
            lastRow = Math.max(lastRow, rowNum);
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference == null || formattedValue == null) {
                return;
            }
            CellReference at = new CellReference(reference);
            for (int column : columns) {
                if (at.getCol() == column) {
                    text.put(((long) at.getRow() << 16) | column, formattedValue.strip());
                }
            }
        }
    }

    private static Cells read(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings, int[] columns)
            throws Exception {
        Cells cells = new Cells(columns);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
        return cells;
    }
}
