package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.AlkeException;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Party;
import fi.alke.documents.template.TemplateRenderException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The test follow-up and a person filling in a form, XLSX or DOCX. */
final class Forms {
    static final String AUTUMN = "syksy 2023";
    static final String FEBRUARY = "helmikuu 2024";
    /** Parts of the import's messages that both formats' tests assert. */
    static final String STATUSES = "the allowed values are Ei aloitettu, Käynnissä, Valmis, Peruttu";
    static final String ROWS = "rows must not be deleted, inserted or reordered";

    private Forms() {
    }

    /** The follow-up of {@code follow-up.yaml}: K1 (TEM, VM; 09–12), U1 (TEM; 12), T3 (VM; 11). */
    static FollowUp followUp() {
        return followUpIn("fi");
    }

    /** The follow-up of {@code follow-up.yaml} written in another language. */
    static FollowUp followUpIn(String language) {
        return read("follow-up.yaml", language);
    }

    /**
     * The follow-up of {@code follow-up-parties.yaml}, whose parties are not only ministries and regions:
     * M1 (OKM; all regions), E1 (TEM, {@link #ELY}; 13, {@link #UNIVERSITY}), Y1 ({@link #UNIVERSITY}, 12) and
     * V1 (VN). The ELY centre is on the state's side, the university on the regions'.
     */
    static FollowUp partiesFollowUp() {
        return read("follow-up-parties.yaml", "fi");
    }

    /** The code of the ELY centre of {@link #partiesFollowUp}, on the state's side. */
    static final String ELY = "ely-keski-suomi";
    /** The code of the university of {@link #partiesFollowUp}, on the regions' side. */
    static final String UNIVERSITY = "jyu";

    /** The party of a code among those of the follow-up that fill in forms. */
    static Party party(FollowUp followUp, String code) {
        return FollowUpForms.parties(followUp).stream().filter(party -> party.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("the follow-up has no party " + code));
    }

    private static FollowUp read(String resource, String language) {
        try (InputStream in = Forms.class.getResourceAsStream(resource)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (FollowUp) new InputReader().read(resource,
                    yaml.replace("meta:\n", "meta:\n  language: " + language + "\n"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The XLSX form as a version before organisations could be parties wrote it: the same layout, with the party
     * stored as {@code ministry:<abbreviation>} or {@code region:<code>} and the fingerprint over that code.
     */
    static byte[] xlsxStoredAs(byte[] xlsx, String oldCode) {
        XSSFWorkbook workbook = open(xlsx);
        XSSFSheet data = workbook.getSheet(FormLayout.DATA_SHEET);
        List<String> labels = new ArrayList<>();
        for (int row = FormLayout.FIRST_STATUS_ROW; row < FormLayout.FIRST_ID_ROW; row++) {
            labels.add(data.getRow(row).getCell(1).getStringCellValue());
        }
        List<String> ids = new ArrayList<>();
        for (int row = FormLayout.FIRST_ID_ROW; data.getRow(row) != null; row++) {
            ids.add(data.getRow(row).getCell(1).getStringCellValue());
        }
        String round = data.getRow(FormLayout.ROUND_ROW).getCell(1).getStringCellValue();
        data.getRow(FormLayout.PARTY_ROW).getCell(1).setCellValue(oldCode);
        data.getRow(FormLayout.FINGERPRINT_ROW).getCell(1)
                .setCellValue(FormLayout.fingerprint(round, oldCode, labels, ids));
        return save(workbook);
    }

    /** The DOCX form as a version before organisations could be parties wrote it, as {@link #xlsxStoredAs}. */
    static byte[] docxStoredAs(byte[] docx, String oldCode) {
        XWPFDocument document = openDocx(docx);
        CustomProperties properties = document.getProperties().getCustomProperties();
        List<String> labels = new ArrayList<>();
        for (Status status : Status.values()) {
            labels.add(properties.getProperty(FormLayout.STATUS_PROPERTY + status.code()).getLpwstr());
        }
        List<String> ids = new ArrayList<>();
        for (int number = 1; properties.contains(FormLayout.ACTION_PROPERTY + number); number++) {
            ids.add(properties.getProperty(FormLayout.ACTION_PROPERTY + number).getLpwstr());
        }
        String round = properties.getProperty(FormLayout.ROUND_PROPERTY).getLpwstr();
        properties.getProperty(FormLayout.PARTY_PROPERTY).setLpwstr(oldCode);
        properties.getProperty(FormLayout.FINGERPRINT_PROPERTY)
                .setLpwstr(FormLayout.fingerprint(round, oldCode, labels, ids));
        return save(document);
    }

    private static final FollowUpForms FORMS = new FollowUpForms();

    /** The XLSX form from the stock bundles; a test's input never lacks labels, so a failure is a bug. */
    static byte[] xlsx(FollowUp followUp, String round, Party party) {
        try {
            return FORMS.xlsx(followUp, round, party);
        } catch (TemplateRenderException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The DOCX form from the stock template. */
    static byte[] docx(FollowUp followUp, String round, Party party) {
        try {
            return FORMS.docx(followUp, round, party);
        } catch (AlkeException | IOException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form being filled in as a person would: only the unlocked cells can be typed into. */
    static final class Filling {
        final XSSFWorkbook workbook;
        final XSSFSheet sheet;

        Filling(byte[] form) {
            workbook = open(form);
            sheet = workbook.getSheet(FormLayout.FORM_SHEET);
        }

        /** Types a value into a cell such as {@code D4}; fails if the cell is locked. */
        Filling type(String reference, String value) {
            Cell cell = cell(sheet, reference);
            assertFalse(cell.getCellStyle().getLocked(), reference + " is locked");
            cell.setCellValue(value);
            return this;
        }

        byte[] bytes() {
            return save(workbook);
        }
    }

    static XWPFDocument openDocx(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a table cell is a fill-in cell: shaded, with an editable range for everyone around its run. */
    static boolean fillIn(XWPFTableCell cell) {
        String xml = cell.getParagraphs().get(0).getCTP().xmlText();
        return "FFF2CC".equals(cell.getColor())
                && xml.matches("(?s).*<w:permStart [^>]*w:edGrp=\"everyone\"[^>]*/>\\s*<w:r\\b.*<w:permEnd .*");
    }

    /** The form's table: the one with fill-in cells (the memo head and the contact details are tables too). */
    static XWPFTable formTable(XWPFDocument document) {
        return document.getTables().stream().filter(table -> table.getRows().stream()
                .anyMatch(row -> row.getTableCells().stream().anyMatch(Forms::fillIn))).findFirst()
                .orElseThrow(() -> new AssertionError("no table with fill-in cells"));
    }

    /**
     * A DOCX form being filled in as a person in Word would: only the editable ranges can be typed into, and what
     * is typed goes into the run inside the range.
     */
    static final class DocxFilling {
        final XWPFDocument document;
        final XWPFTable table;

        DocxFilling(byte[] form) {
            document = openDocx(form);
            table = formTable(document);
        }

        /**
         * Types into the cell of a 1-based table row (the two header rows are rows 1 and 2) and 0-based column;
         * fails if the cell is not editable.
         */
        DocxFilling type(int row, int column, String value) {
            XWPFTableCell cell = table.getRow(row - 1).getCell(column);
            assertTrue(fillIn(cell), "row " + row + ", column " + column + " is not editable");
            cell.getParagraphs().get(0).getRuns().get(0).setText(value, 0);
            return this;
        }

        /** Types a status into the status column of a row. */
        DocxFilling status(int row, String value) {
            return type(row, FormLayout.STATUS_COLUMN, value);
        }

        /** Types a note into the notes column of a row. */
        DocxFilling note(int row, String value) {
            return type(row, FormLayout.NOTE_COLUMN, value);
        }

        byte[] bytes() {
            return save(document);
        }
    }

    /** The first rows of actions of an XLSX form's sheet, each as the text of its five cells. */
    static List<List<String>> rows(XSSFSheet sheet, int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = FormLayout.FIRST_ACTION_ROW; row < FormLayout.FIRST_ACTION_ROW + count; row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column <= FormLayout.NOTE_COLUMN; column++) {
                cells.add(sheet.getRow(row).getCell(column).getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every row of a DOCX form's table, the header rows too, each as the text of its cells. */
    static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    static Cell cell(XSSFSheet sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }
}
