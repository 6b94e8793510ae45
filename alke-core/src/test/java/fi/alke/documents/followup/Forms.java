package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** The test follow-up and a person filling in a form. */
final class Forms {
    static final String AUTUMN = "syksy 2023";
    static final String FEBRUARY = "helmikuu 2024";

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

    static Cell cell(XSSFSheet sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }
}
