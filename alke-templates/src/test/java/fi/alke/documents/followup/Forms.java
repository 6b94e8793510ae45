package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.template.TemplateRenderException;
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
        try (InputStream in = Forms.class.getResourceAsStream("follow-up.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (FollowUp) new InputReader().read("follow-up.yaml",
                    yaml.replace("meta:\n", "meta:\n  language: " + language + "\n"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        } catch (TemplateRenderException | MarkupException | IOException e) {
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
