package fi.alke.documents.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.AlkeException;
import fi.alke.documents.model.FollowUp;
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
     * The office's form key of the tests: fixed, so that the forms of a test run are the same bytes in every run.
     * Made with {@link FormKey#of} rather than read from a key file, as a system with a secret store of its own does.
     */
    static final FormKey KEY = FormKey.of(bytes(1));
    /** Another office's key, or this office's before it was rotated. */
    static final FormKey OTHER_KEY = FormKey.of(bytes(2));

    private static byte[] bytes(int seed) {
        byte[] bytes = new byte[FormKey.BYTES];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = (byte) (seed * 31 + index * 7);
        }
        return bytes;
    }

    /** The import of the tests, with {@link #KEY}. */
    static FormImport formImport() {
        return new FormImport(KEY);
    }

    /**
     * The XLSX form with its party stored as another code and sealed again with {@link #KEY}, as only the office,
     * which holds the key, can: the party checks behind the seal see that code. {@code ministry:<abbreviation>}
     * or {@code region:<code>} as a version before organisations could be parties stored them.
     */
    static byte[] xlsxStoredAs(byte[] xlsx, String code) {
        return xlsxWithParty(xlsx, code, data -> KEY.seal(data.format(), data.round(), code, data.statusLabels(),
                data.actionIds()));
    }

    /** The DOCX form with its party stored as another code and sealed again with {@link #KEY}, as {@link #xlsxStoredAs}. */
    static byte[] docxStoredAs(byte[] docx, String code) {
        return docxWithParty(docx, code, data -> KEY.seal(data.format(), data.round(), code, data.statusLabels(),
                data.actionIds()));
    }

    /**
     * A forgery, as a party holding its own XLSX form and no key can make one: the party in the very hidden sheet
     * changed to another's, and the seal replaced by the unkeyed fingerprint earlier versions checked, recomputed
     * over the changed data ({@link #unkeyedFingerprint}).
     */
    static byte[] xlsxForgedFor(byte[] xlsx, String code) {
        return xlsxWithParty(xlsx, code, data -> unkeyedFingerprint(data.round(), code, data.statusLabels(),
                data.actionIds()));
    }

    /** A forgery of a DOCX form, in its custom properties, as {@link #xlsxForgedFor}. */
    static byte[] docxForgedFor(byte[] docx, String code) {
        return docxWithParty(docx, code, data -> unkeyedFingerprint(data.round(), code, data.statusLabels(),
                data.actionIds()));
    }

    /**
     * The fingerprint forms of format 2 carried: a plain SHA-256 over the matching data, which anyone holding a
     * form could recompute after changing it — the flaw the keyed seal closes.
     */
    static String unkeyedFingerprint(String round, String partyCode, List<String> statusLabels,
                                     List<String> actionIds) {
        String text = "alke-follow-up-form/2" + "\n" + round + "\n" + partyCode + "\n" + String.join("\n", statusLabels)
                + "\n\n" + String.join("\n", actionIds);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The matching data of a form as its reader finds it. */
    static FormContent.MatchingData matchingData(byte[] form) {
        try {
            return FormContent.read(form, fi.alke.documents.Limits.DEFAULT).data();
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static byte[] xlsxWithParty(byte[] xlsx, String code,
                                        java.util.function.Function<FormContent.MatchingData, String> seal) {
        String newSeal = seal.apply(matchingData(xlsx));
        XSSFWorkbook workbook = open(xlsx);
        XSSFSheet data = workbook.getSheet(FormLayout.DATA_SHEET);
        data.getRow(FormLayout.PARTY_ROW).getCell(1).setCellValue(code);
        data.getRow(FormLayout.SEAL_ROW).getCell(1).setCellValue(newSeal);
        return save(workbook);
    }

    private static byte[] docxWithParty(byte[] docx, String code,
                                        java.util.function.Function<FormContent.MatchingData, String> seal) {
        String newSeal = seal.apply(matchingData(docx));
        XWPFDocument document = openDocx(docx);
        CustomProperties properties = document.getProperties().getCustomProperties();
        properties.getProperty(FormLayout.PARTY_PROPERTY).setLpwstr(code);
        properties.getProperty(FormLayout.SEAL_PROPERTY).setLpwstr(newSeal);
        return save(document);
    }

    private static final FollowUpForms FORMS = new FollowUpForms();

    /** The XLSX form from the stock bundles; a test's input never lacks labels, so a failure is a bug. */
    static byte[] xlsx(FollowUp followUp, String round, Party party) {
        try {
            return FORMS.xlsx(followUp, round, party, KEY);
        } catch (TemplateRenderException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The DOCX form from the stock template. */
    static byte[] docx(FollowUp followUp, String round, Party party) {
        try {
            return FORMS.docx(followUp, round, party, KEY);
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
