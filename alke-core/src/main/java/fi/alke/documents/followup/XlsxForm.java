package fi.alke.documents.followup;

import static fi.alke.documents.followup.FollowUpForms.label;
import static fi.alke.documents.followup.FollowUpForms.plainText;
import static fi.alke.documents.followup.FormLayout.DATA_SHEET;
import static fi.alke.documents.followup.FormLayout.FIRST_ACTION_ROW;
import static fi.alke.documents.followup.FormLayout.FIRST_ID_ROW;
import static fi.alke.documents.followup.FormLayout.FORM_SHEET;
import static fi.alke.documents.followup.FormLayout.HEADER_ROW;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.PREVIOUS_COLUMN;
import static fi.alke.documents.followup.FormLayout.PROTECTION_PASSWORD;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;

import fi.alke.documents.followup.FollowUpForms.Contents;
import fi.alke.documents.followup.FollowUpForms.FormAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX form of {@link FollowUpForms#xlsx} through Apache POI. Kept apart from
 * {@link FollowUpForms}, whose class must load without POI (an optional dependency) to say that it is missing.
 */
final class XlsxForm {
    private XlsxForm() {
    }

    /**
     * The ZIP again with every entry dated 12:00 on {@code date} in whatever time zone the JVM is in (a
     * ZIP's times are local: the stored fields are the same everywhere, as the DOCX's StableZip does), in
     * the same order and with the same data.
     */
    private static byte[] fixedTimes(byte[] zip, java.time.LocalDate date) throws IOException {
        long noon = date.atTime(java.time.LocalTime.NOON).atZone(java.time.ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream fixed = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                copy.setTime(noon);
                fixed.putNextEntry(copy);
                in.transferTo(fixed);
                fixed.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] write(Contents contents) {
        Map<String, String> msg = contents.messages();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(FORM_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(contents.title());
            sheet.getRow(0).getCell(0).setCellStyle(styles.title);
            sheet.createRow(1).createCell(0).setCellValue(label(msg, "form.due", contents.due()) + " "
                    + label(msg, "form.sheetInstructions", String.join(", ", contents.statusLabels())));
            sheet.getRow(1).getCell(0).setCellStyle(styles.text);

            List<String> headings = contents.headings();
            Row header = sheet.createRow(HEADER_ROW);
            for (int column = 0; column < headings.size(); column++) {
                header.createCell(column).setCellValue(headings.get(column));
                header.getCell(column).setCellStyle(styles.header);
            }

            List<FormAction> actions = contents.actions();
            for (int index = 0; index < actions.size(); index++) {
                FormAction action = actions.get(index);
                Row row = sheet.createRow(FIRST_ACTION_ROW + index);
                List<String> shown = List.of(action.id(), plainText(action.description().source()),
                        action.previous());
                for (int column = ID_COLUMN; column <= PREVIOUS_COLUMN; column++) {
                    row.createCell(column).setCellValue(shown.get(column));
                    row.getCell(column).setCellStyle(styles.cell);
                }
                row.createCell(STATUS_COLUMN).setCellStyle(styles.fillIn);
                row.createCell(NOTE_COLUMN).setCellStyle(styles.fillIn);
            }
            if (!actions.isEmpty()) {
                addStatusDropDown(sheet, actions.size(), contents.statusLabels(), headings.get(STATUS_COLUMN));
            }
            int[] widths = {12, 60, 22, 22, 50};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            sheet.createFreezePane(0, FIRST_ACTION_ROW);
            sheet.protectSheet(PROTECTION_PASSWORD);
            // widening a column or a row to read a long text must not need the protection lifted
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);

            writeData(workbook, contents);
            // Same input, same bytes: POI would stamp the time of writing into core.xml and the ZIP's entries.
            java.util.Date date = java.util.Date.from(contents.round().date().atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant());
            workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(date));
            workbook.getProperties().getCoreProperties().setModified(java.util.Optional.of(date));
            workbook.write(out);
            return fixedTimes(out.toByteArray(), contents.round().date());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    private static void addStatusDropDown(XSSFSheet sheet, int rows, List<String> labels, String heading) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(labels.toArray(String[]::new)),
                new CellRangeAddressList(FIRST_ACTION_ROW, FIRST_ACTION_ROW + rows - 1, STATUS_COLUMN, STATUS_COLUMN));
        validation.setShowErrorBox(true);
        validation.createErrorBox(heading, String.join(", ", labels));
        // for XSSF, true means the arrow is shown (POI keeps the inverted meaning of the binary format)
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /**
     * The matching data goes to a very hidden sheet (Excel's user interface cannot unhide it) and the workbook's
     * structure is locked, so a person filling in the form can neither see it nor delete it by accident.
     */
    private static void writeData(XSSFWorkbook workbook, Contents contents) {
        XSSFSheet data = workbook.createSheet(DATA_SHEET);
        pair(data, FormLayout.FORMAT_ROW, "format", FormLayout.FORMAT);
        pair(data, FormLayout.ROUND_ROW, "round", contents.round().name());
        pair(data, FormLayout.PARTY_ROW, "party", contents.partyCode());
        pair(data, FormLayout.SEAL_ROW, "seal", contents.seal());
        pair(data, FormLayout.KEY_ROW, "key", contents.key().id());
        for (int index = 0; index < contents.statusLabels().size(); index++) {
            pair(data, FormLayout.FIRST_STATUS_ROW + index, "status", contents.statusLabels().get(index));
        }
        List<String> actionIds = contents.actionIds();
        for (int index = 0; index < actionIds.size(); index++) {
            pair(data, FIRST_ID_ROW + index, "action", actionIds.get(index));
        }
        data.protectSheet(PROTECTION_PASSWORD);
        workbook.setSheetVisibility(workbook.getSheetIndex(data), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
        workbook.lockStructure();
    }

    private static void pair(XSSFSheet sheet, int row, String label, String value) {
        Row created = sheet.createRow(row);
        created.createCell(0).setCellValue(label);
        created.createCell(1).setCellValue(value);
    }

    /** The cell styles; every style is locked unless said otherwise, which the sheet protection enforces. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle text;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle fillIn;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);

            title = workbook.createCellStyle();
            title.setFont(large);
            text = workbook.createCellStyle();
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cell = bordered(workbook);
            fillIn = bordered(workbook);
            fillIn.setLocked(false);
            fillIn.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fillIn.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(true);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
