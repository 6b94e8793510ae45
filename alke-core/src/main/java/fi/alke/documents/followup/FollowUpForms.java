package fi.alke.documents.followup;

import static fi.alke.documents.followup.FormLayout.DATA_SHEET;
import static fi.alke.documents.followup.FormLayout.DESCRIPTION_COLUMN;
import static fi.alke.documents.followup.FormLayout.FIRST_ACTION_ROW;
import static fi.alke.documents.followup.FormLayout.FIRST_ID_ROW;
import static fi.alke.documents.followup.FormLayout.FORM_SHEET;
import static fi.alke.documents.followup.FormLayout.HEADER_ROW;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.PREVIOUS_COLUMN;
import static fi.alke.documents.followup.FormLayout.PROTECTION_PASSWORD;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
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
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Writes the fill-in forms of a follow-up round: one XLSX workbook or DOCX document per responsible party,
 * listing the actions it shares responsibility for with the status of its side in the previous round and empty
 * cells for this round's status and note. In the workbook only those cells are unlocked (and shaded); the sheet
 * is protected, the status cell offers the allowed values as a drop-down, and what {@link FormImport} needs to
 * match the form back (round, party, action ids and their fingerprint) is kept in a very hidden, protected
 * sheet. The document is described at {@link #docx}.
 *
 * <pre>{@code
 * byte[] form = new FollowUpForms().xlsx(followUp, "helmikuu 2024", Party.of(Ministry.TEM));
 * byte[] document = new FollowUpForms().docx(followUp, "helmikuu 2024", Party.of(Region.POHJOIS_KARJALA));
 * }</pre>
 */
public final class FollowUpForms {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    /**
     * The XLSX form of a party for a round.
     *
     * @param followUp the follow-up
     * @param round    the name of the round being reported
     * @param party    the party filling in the form; a party responsible for no action gets a form with no rows
     * @throws IllegalArgumentException if the follow-up has no such round
     */
    public byte[] xlsx(FollowUp followUp, String round, Party party) {
        Contents contents = Contents.of(followUp, round, party);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(FORM_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(contents.title());
            sheet.getRow(0).getCell(0).setCellStyle(styles.title);
            sheet.createRow(1).createCell(0).setCellValue("Täytä vain varjostetut solut. Tila valitaan luettelosta: "
                    + String.join(", ", FormLayout.statusCodes()) + ".");
            sheet.getRow(1).getCell(0).setCellStyle(styles.text);

            Row header = sheet.createRow(HEADER_ROW);
            for (int column = 0; column < contents.headings().size(); column++) {
                header.createCell(column).setCellValue(contents.headings().get(column));
                header.getCell(column).setCellStyle(styles.header);
            }

            List<List<String>> actions = contents.rows();
            for (int index = 0; index < actions.size(); index++) {
                Row row = sheet.createRow(FIRST_ACTION_ROW + index);
                for (int column = ID_COLUMN; column <= PREVIOUS_COLUMN; column++) {
                    row.createCell(column).setCellValue(actions.get(index).get(column));
                    row.getCell(column).setCellStyle(styles.cell);
                }
                row.createCell(STATUS_COLUMN).setCellStyle(styles.fillIn);
                row.createCell(NOTE_COLUMN).setCellStyle(styles.fillIn);
            }
            if (!actions.isEmpty()) {
                addStatusDropDown(sheet, actions.size());
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

            writeData(workbook, contents.round(), contents.party(), contents.actionIds());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * The DOCX form of a party for a round: the table users know from the follow-up form of seed 001, with the
     * cells to fill shaded and made the only editable ranges of a read-only protected document. What
     * {@link FormImport} needs to match the form back is kept in the document's custom properties, which a
     * person editing the text does not see.
     *
     * @param followUp the follow-up
     * @param round    the name of the round being reported
     * @param party    the party filling in the form; a party responsible for no action gets a table with only
     *                 its header
     * @throws IllegalArgumentException if the follow-up has no such round
     */
    public byte[] docx(FollowUp followUp, String round, Party party) {
        return DocxForm.write(Contents.of(followUp, round, party));
    }

    /**
     * What a form shows and carries, whatever its format, so that the XLSX and DOCX forms of a party say the same.
     *
     * @param title     the title line
     * @param headings  the table's column headings, in the columns of {@link FormLayout}
     * @param rows      per action: id, description as plain text, the party's side's status in the previous round
     *                  (or empty)
     * @param round     the round's name
     * @param party     the party filling in the form
     * @param actionIds the actions' ids, in the order of the rows
     */
    record Contents(String title, List<String> headings, List<List<String>> rows, String round, Party party,
                    List<String> actionIds) {
        static Contents of(FollowUp followUp, String round, Party party) {
            Round current = FormLayout.round(followUp, round);
            Optional<Round> previous = FormLayout.previousRound(followUp, current);
            List<Action> actions = followUp.actions().stream().filter(party::responsibleFor).toList();
            String side = party.stateSide() ? "VN" : "maakunnat";
            List<String> headings = List.of("Toimenpide", "Kuvaus",
                    "Tila (" + side + ") " + previous.map(Round::name).orElse("edellisellä kierroksella"),
                    "Tila (" + side + ") " + current.name(), "Huomio " + current.name());
            List<List<String>> rows = actions.stream().map(action -> List.of(action.id(),
                    plainText(action.description().source()),
                    previous.flatMap(p -> FormLayout.status(followUp, action.id(), p.name(), party.stateSide()))
                            .map(Status::code).orElse(""))).toList();
            return new Contents("Seuranta: " + current.name() + " – " + party.name(followUp.meta().language()),
                    headings, rows, current.name(), party, actions.stream().map(Action::id).toList());
        }

        /** The fingerprint of the matching data. */
        String fingerprint() {
            return FormLayout.fingerprint(round, party.code(), actionIds);
        }
    }

    private static void addStatusDropDown(XSSFSheet sheet, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(FormLayout.statusCodes()),
                new CellRangeAddressList(FIRST_ACTION_ROW, FIRST_ACTION_ROW + rows - 1, STATUS_COLUMN, STATUS_COLUMN));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Tila", "Valitse tila luettelosta: " + String.join(", ", FormLayout.statusCodes()));
        // for XSSF, true means the arrow is shown (POI keeps the inverted meaning of the binary format)
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /**
     * The matching data goes to a very hidden sheet (Excel's user interface cannot unhide it) and the workbook's
     * structure is locked, so a person filling in the form can neither see it nor delete it by accident.
     */
    private static void writeData(XSSFWorkbook workbook, String round, Party party, List<String> actionIds) {
        XSSFSheet data = workbook.createSheet(DATA_SHEET);
        pair(data, FormLayout.FORMAT_ROW, "format", FormLayout.FORMAT);
        pair(data, FormLayout.ROUND_ROW, "round", round);
        pair(data, FormLayout.PARTY_ROW, "party", party.code());
        pair(data, FormLayout.FINGERPRINT_ROW, "fingerprint", FormLayout.fingerprint(round, party.code(), actionIds));
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

    /** Descriptions are Markdown; a form's cell shows them as plain text. */
    static String plainText(String markdown) {
        return PLAIN_TEXT.render(MARKDOWN.parse(markdown)).strip();
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
