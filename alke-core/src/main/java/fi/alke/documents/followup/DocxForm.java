package fi.alke.documents.followup;

import static fi.alke.documents.followup.FormLayout.ACTION_PROPERTY;
import static fi.alke.documents.followup.FormLayout.FINGERPRINT_PROPERTY;
import static fi.alke.documents.followup.FormLayout.FORMAT_PROPERTY;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.PARTY_PROPERTY;
import static fi.alke.documents.followup.FormLayout.PREVIOUS_COLUMN;
import static fi.alke.documents.followup.FormLayout.ROUND_PROPERTY;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;

import fi.alke.documents.followup.FollowUpForms.Contents;
import fi.alke.documents.followup.FormContent.FormRow;
import fi.alke.documents.followup.FormContent.MatchingData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPermStart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STEdGrp;

/**
 * The DOCX form: writing it (for {@link FollowUpForms#docx}) and reading a filled one (for {@link FormContent}).
 *
 * <p>The document is protected read-only ({@code w:documentProtection w:edit="readOnly"}) and each fill-in cell
 * holds an editable range ({@code w:permStart}/{@code w:permEnd} for everyone) around an empty run. Word
 * enforces this: only the ranges can be typed into, and it highlights them. Read-only with ranges was chosen
 * over "filling in forms" protection because the latter makes only legacy form fields or content controls
 * editable, which POI reads back less directly (a cell's text through {@code w:sdt}); with ranges, a filled
 * cell is plain cell text. How LibreOffice treats the protection and the ranges has not been checked here; if
 * it will not let a person type into the ranges, the protection can be lifted (password
 * {@value FormLayout#PROTECTION_PASSWORD}), and the import's checks catch what that allows to go wrong.
 */
final class DocxForm {
    private static final String FILL_IN = "FFF2CC";
    private static final String HEADER = "D9D9D9";
    /** Column widths in twentieths of a point, for A4 portrait with 2 cm margins (17 cm). */
    private static final int[] WIDTHS = {1100, 3700, 1600, 1600, 1638};

    private DocxForm() {
    }

    static byte[] write(Contents contents) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setText(contents.title());
            title.setBold(true);
            title.setFontSize(14);
            document.createParagraph().createRun().setText("Kirjoita vain varjostettuihin soluihin. Tilaksi "
                    + "kirjoitetaan jokin näistä: " + String.join(", ", FormLayout.statusCodes())
                    + ". Älä lisää, poista tai järjestä rivejä.");

            List<List<String>> rows = contents.rows();
            XWPFTable table = document.createTable(1 + rows.size(), contents.headings().size());
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int column = 0; column < contents.headings().size(); column++) {
                XWPFTableCell cell = header.getCell(column);
                cell.setColor(HEADER);
                XWPFRun run = cell.getParagraphs().get(0).createRun();
                run.setBold(true);
                run.setText(contents.headings().get(column));
            }
            int range = 0;
            for (int index = 0; index < rows.size(); index++) {
                XWPFTableRow row = table.getRow(1 + index);
                for (int column = ID_COLUMN; column <= PREVIOUS_COLUMN; column++) {
                    row.getCell(column).getParagraphs().get(0).createRun().setText(rows.get(index).get(column));
                }
                editableRange(row.getCell(STATUS_COLUMN), STATUS_COLUMN, range++);
                editableRange(row.getCell(NOTE_COLUMN), NOTE_COLUMN, range++);
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int column = 0; column < WIDTHS.length; column++) {
                    row.getCell(column).setWidth(Integer.toString(WIDTHS[column]));
                }
            }

            writeData(document, contents);
            document.enforceReadonlyProtection(FormLayout.PROTECTION_PASSWORD, HashAlgorithm.sha512);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * Shades the cell and makes its paragraph an editable range for everyone, around an empty run to type into;
     * {@code colFirst}/{@code colLast} name the cell's column as Word does for a range in a table.
     */
    private static void editableRange(XWPFTableCell cell, int column, int id) {
        cell.setColor(FILL_IN);
        CTP paragraph = cell.getParagraphs().get(0).getCTP();
        CTPermStart start = paragraph.addNewPermStart();
        start.setId("alke-" + id);
        start.setEdGrp(STEdGrp.EVERYONE);
        start.setColFirst(BigInteger.valueOf(column));
        start.setColLast(BigInteger.valueOf(column));
        cell.getParagraphs().get(0).createRun();
        paragraph.addNewPermEnd().setId("alke-" + id);
    }

    /**
     * Custom properties are not part of the text: editing, copying rows or retyping the table cannot change
     * them, and Word keeps them when the document is saved.
     */
    private static void writeData(XWPFDocument document, Contents contents) {
        CustomProperties properties = document.getProperties().getCustomProperties();
        properties.addProperty(FORMAT_PROPERTY, FormLayout.FORMAT);
        properties.addProperty(ROUND_PROPERTY, contents.round());
        properties.addProperty(PARTY_PROPERTY, contents.party().code());
        properties.addProperty(FINGERPRINT_PROPERTY, contents.fingerprint());
        for (int index = 0; index < contents.actionIds().size(); index++) {
            properties.addProperty(ACTION_PROPERTY + (index + 1), contents.actionIds().get(index));
        }
    }

    /** Reads a filled form: its custom properties and the rows of its (only) table after the header. */
    static FormContent read(byte[] bytes) throws IOException, FormContent.NotAForm {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            CustomProperties properties = document.getProperties().getCustomProperties();
            if (!properties.contains(FORMAT_PROPERTY)) {
                throw new FormContent.NotAForm("not a follow-up form: the document has no custom property '"
                        + FORMAT_PROPERTY + "'");
            }
            if (document.getTables().isEmpty()) {
                throw new FormContent.NotAForm("not a follow-up form: the table of actions is missing");
            }
            List<String> ids = new ArrayList<>();
            for (int number = 1; properties.contains(ACTION_PROPERTY + number); number++) {
                ids.add(property(properties, ACTION_PROPERTY + number));
            }
            MatchingData data = new MatchingData(property(properties, FORMAT_PROPERTY),
                    property(properties, ROUND_PROPERTY), property(properties, PARTY_PROPERTY),
                    property(properties, FINGERPRINT_PROPERTY), ids);
            List<FormRow> rows = new ArrayList<>();
            List<XWPFTableRow> tableRows = document.getTables().get(0).getRows();
            for (XWPFTableRow row : tableRows.subList(1, tableRows.size())) {
                rows.add(new FormRow(text(row, ID_COLUMN), text(row, STATUS_COLUMN), text(row, NOTE_COLUMN)));
            }
            return new FormContent(FormContent.Format.DOCX, data, rows);
        }
    }

    private static String property(CustomProperties properties, String name) {
        CTProperty property = properties.getProperty(name);
        return property == null || !property.isSetLpwstr() ? "" : property.getLpwstr();
    }

    /** A cell's text; a row with cells merged or deleted has fewer cells, and the missing ones read as empty. */
    private static String text(XWPFTableRow row, int column) {
        XWPFTableCell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        // a person may press Enter in a note: its paragraphs become lines
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip();
    }
}
