package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.FollowUp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    static final String STATUSES = "the allowed values are not-started, in-progress, done, cancelled";
    static final String ROWS = "rows must not be deleted, inserted or reordered";

    private Forms() {
    }

    /** The follow-up of {@code follow-up.yaml}: K1 (TEM, VM; 09–12), U1 (TEM; 12), T3 (VM; 11). */
    static FollowUp followUp() {
        try (InputStream in = Forms.class.getResourceAsStream("follow-up.yaml")) {
            return (FollowUp) new InputReader().read("follow-up.yaml",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
        return cell.getColor() != null
                && xml.matches("(?s).*<w:permStart [^>]*w:edGrp=\"everyone\"[^>]*/>\\s*<w:r\\b.*<w:permEnd .*");
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
            table = document.getTables().get(0);
        }

        /** Types into the cell of a 1-based table row (the header is row 1) and 0-based column; fails if locked. */
        DocxFilling type(int row, int column, String value) {
            XWPFTableCell cell = table.getRow(row - 1).getCell(column);
            assertTrue(fillIn(cell), "row " + row + ", column " + column + " is not editable");
            cell.getParagraphs().get(0).getRuns().get(0).setText(value, 0);
            return this;
        }

        /** Types a status into the column Tila of a row. */
        DocxFilling status(int row, String value) {
            return type(row, FormLayout.STATUS_COLUMN, value);
        }

        /** Types a note into the column Huomio of a row. */
        DocxFilling note(int row, String value) {
            return type(row, FormLayout.NOTE_COLUMN, value);
        }

        byte[] bytes() {
            try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Cell cell(XSSFSheet sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }
}
