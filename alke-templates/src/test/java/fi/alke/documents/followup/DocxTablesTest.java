package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.FEBRUARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.followup.DocxTables.Row;
import fi.alke.documents.followup.DocxTables.Table;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * {@link DocxTables}, the stream reading of a DOCX form's tables, against POI's object model of the same
 * document (the reading it replaced) as the oracle: for what a person types into a cell in a word processor, both
 * give the same text; where this one reads differently (tracked changes, content controls), on purpose.
 */
class DocxTablesTest {
    private final FollowUp original = Forms.followUp();

    private byte[] form() {
        return Forms.docx(original, FEBRUARY, Party.of(Ministry.TEM));
    }

    /** The note cell (last column) of the first action row, emptied, for a test to type into. */
    private static XWPFTableCell note(XWPFDocument document) {
        XWPFTable table = Forms.formTable(document);
        XWPFTableCell cell = table.getRow(2).getCell(FormLayout.NOTE_COLUMN);
        cell.getParagraphs().get(0).getRuns().get(0).setText("", 0);
        return cell;
    }

    @Test
    void everyTableRowAndCellReadsAsPoiReadsIt() throws Exception {
        XWPFDocument document = Forms.openDocx(form()); // Forms.save closes it
        XWPFTableCell cell = note(document);
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFRun run = first.getRuns().get(0);
        run.setText("Hanke\u00a0käynnissä", 0);
        run.addTab();
        run.setText("sarake", 1);
        run.addBreak();
        run.setText("rivi", 2);
        run.addCarriageReturn();
        CTR hyphen = first.getCTP().addNewR();
        hyphen.addNewT().setStringValue("Etelä");
        hyphen.addNewNoBreakHyphen();
        hyphen.addNewT().setStringValue("Savo ");
        first.createHyperlinkRun("https://example.fi/hanke").setText("linkki");
        CTSimpleField field = first.getCTP().addNewFldSimple();
        field.setInstr(" DATE \\@ \"d.M.yyyy\" ");
        field.addNewR().addNewT().setStringValue(" 1.2.2026");
        // a complex field: its code is left out, its result read
        CTP p = first.getCTP();
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.addNewR().addNewInstrText().setStringValue(" PAGE ");
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.addNewR().addNewT().setStringValue(" 3");
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        // tracked changes: the insertion is text, the deletion is not
        p.addNewIns().addNewR().addNewT().setStringValue(" lisätty");
        p.addNewDel().addNewR().addNewDelText().setStringValue(" poistettu");
        // a person pressed Enter twice: an empty line, then more (the cell is stripped, not its lines)
        cell.addParagraph();
        cell.addParagraph().createRun().setText("  Toinen kappale.  ");
        byte[] edited = Forms.save(document);

        List<Table> tables = DocxTables.read(documentXml(edited));
        try (XWPFDocument oracle = Forms.openDocx(edited)) {
            assertEquals(oracle.getTables().size(), tables.size(), "top-level tables");
            for (int t = 0; t < tables.size(); t++) {
                XWPFTable table = oracle.getTables().get(t);
                assertEquals(table.getCTTbl().xmlText().contains("permStart"), tables.get(t).editable(), "table " + t);
                assertEquals(table.getRows().size(), tables.get(t).rows().size(), "rows of table " + t);
                for (int r = 0; r < table.getRows().size(); r++) {
                    Row row = tables.get(t).rows().get(r);
                    assertEquals(table.getRow(r).isRepeatHeader(), row.header(), "header, table " + t + " row " + r);
                    List<String> poi = table.getRow(r).getTableCells().stream().map(c -> String.join("\n",
                            c.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip()).toList();
                    assertEquals(poi, row.cells(), "table " + t + " row " + r);
                }
            }
        }
        assertEquals("Hanke\u00a0käynnissä\tsarake\nrivi\nEtelä\u2011Savo linkki 1.2.2026 3 lisätty\n\n  Toinen kappale.",
                tables.stream().filter(Table::editable).findFirst().orElseThrow().rows().get(2)
                        .cells().get(FormLayout.NOTE_COLUMN));
    }

    /**
     * What POI leaves out or reads twice: rows, cells and paragraphs inside content controls are read; text moved
     * away with tracked changes on is read once, where it went; pictures' and text boxes' text is not the cell's.
     */
    @Test
    void contentControlsAreLookedThroughAndMovedTextIsReadWhereItWent() throws Exception {
        String xml = """
                <w:document xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
                <w:body><w:sdt><w:sdtPr><w:alias w:val="ohjaus"/></w:sdtPr><w:sdtContent>
                <w:tbl><w:tblPr/><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Otsikko</w:t></w:r></w:p></w:tc></w:tr>
                <w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:p><w:permStart w:id="1"/>
                  <w:moveFrom><w:r><w:t>siirretty </w:t></w:r></w:moveFrom><w:r><w:t>alku</w:t></w:r>
                  <w:moveTo><w:r><w:t> siirretty</w:t></w:r></w:moveTo>
                  <w:r><mc:AlternateContent><mc:Choice><w:drawing><w:t>kuva</w:t></w:drawing></mc:Choice>
                  <mc:Fallback><w:pict><w:t>kuva</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r>
                  <w:r><w:drawing><w:t>kuva</w:t></w:drawing><w:pict><w:t>kuva</w:t></w:pict><w:ptab/><w:t>x</w:t><w:cr/></w:r>
                  <w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w:t>?</w:t></mc:Choice>
                  <mc:Fallback><w:t>🙂</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:tc>
                  <w:sdt><w:sdtContent><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>ohjattu</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:sdtContent></w:sdt>
                  <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>sisätaulukko</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>
                <w:sdt><w:sdtContent><w:tr><w:trPr><w:tblHeader w:val="off"/></w:trPr><w:tc><w:p><w:r><w:t>rivi ohjauksessa</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt>
                <w:r><w:t>taulukossa solujen ulkopuolella</w:t></w:r><w:tc><w:p><w:r><w:t>rivin ulkopuolella</w:t></w:r></w:p></w:tc>
                </w:tbl></w:sdtContent></w:sdt>
                <w:p><w:r><w:t>kappale</w:t></w:r></w:p><w:t>kappaleen ulkopuolella</w:t>
                <w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>
                """.formatted(DocxTables.W);
        List<Table> tables = DocxTables.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(
                new Table(true, List.of(new Row(true, List.of("Otsikko")),
                        new Row(false, List.of("alku siirretty\tx\n\uD83D\uDE42", "ohjattu", "")),
                        new Row(false, List.of("rivi ohjauksessa")))),
                new Table(false, List.of(new Row(false, List.of(""))))), tables);
    }

    /**
     * Nesting: as deep as {@link DocxTables#MAX_DEPTH} reads (with no call stack for the depth), deeper is an
     * error, on every Java (from 24 the JDK's own limit would be 100); XML that is not well-formed is an error.
     */
    @Test
    void deepNestingReadsToTheLimitAndBrokenXmlIsAnError() throws Exception {
        assertEquals(List.of("syvällä"), nested(DocxTables.MAX_DEPTH - 10).get(0).rows().get(0).cells());
        assertThrows(XMLStreamException.class, () -> nested(DocxTables.MAX_DEPTH));
        assertEquals(List.of(), DocxTables.read(new ByteArrayInputStream(
                "<document xmlns=\"urn:other\"><body><tbl><tr><tc><p><t>x</t></p></tc></tr></tbl></body></document>"
                        .getBytes(StandardCharsets.UTF_8))), "another vocabulary has no tables of Word's");
        assertThrows(XMLStreamException.class, () -> DocxTables.read(new ByteArrayInputStream(
                ("<w:document xmlns:w=\"" + DocxTables.W + "\"><w:body><w:tbl></w:body>").getBytes(StandardCharsets.UTF_8))));
    }

    /** A table in content controls nested {@code controls} deep: controls + 7 elements. */
    private static List<Table> nested(int controls) throws XMLStreamException {
        String xml = "<w:document xmlns:w=\"" + DocxTables.W + "\"><w:body>" + "<w:sdt><w:sdtContent>".repeat(controls / 2)
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>syvällä</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "</w:sdtContent></w:sdt>".repeat(controls / 2) + "</w:body></w:document>";
        return DocxTables.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A form nested past the limit is refused in the file's terms. */
    @Test
    void aFormNestedPastTheLimitIsRefused() throws Exception {
        String xml = new String(documentXml(form()).readAllBytes(), StandardCharsets.UTF_8);
        byte[] deep = replaceDocumentXml(form(), xml.replaceFirst("<w:body>", "<w:body>"
                + "<w:customXml w:element=\"x\">".repeat(DocxTables.MAX_DEPTH)).replaceFirst("</w:body>",
                "</w:customXml>".repeat(DocxTables.MAX_DEPTH) + "</w:body>"));
        String problem = assertThrows(FormImportException.class, () -> Forms.formImport().apply(original, FEBRUARY,
                List.of(new NamedForm("tem.docx", deep)))).cells().get(0).toString();
        assertTrue(problem.contains("word/document.xml, line ") && problem.contains("nests more than 1000 elements deep"),
                problem);
        assertFalse(problem.contains("JAXP"), problem);
    }

    /** A form whose document part is broken is refused with the part, its line and column, not POI's internals. */
    @Test
    void aFormWithBrokenXmlIsRefusedAtItsLine() throws Exception {
        byte[] broken = replaceDocumentXml(form(), "<w:document xmlns:w=\"" + DocxTables.W + "\">\n<w:body><w:tbl>\n</w:body>");
        List<FormImportException.Cell> problems = assertThrows(FormImportException.class,
                () -> Forms.formImport().apply(original, FEBRUARY, List.of(new NamedForm("tem.docx", broken)))).cells();
        assertEquals(1, problems.size());
        String problem = problems.get(0).toString();
        assertTrue(problem.contains("tem.docx") && problem.contains("word/document.xml, line 3, column"), problem);
        assertFalse(problem.contains("Exception") || problem.contains("ParseError"), problem);
    }

    /** A part that unpacks to hundreds of times its size is refused in the file's terms, not with POI's advice. */
    @Test
    void aZipBombIsRefusedInTheFilesTerms() throws Exception {
        String xml = new String(documentXml(form()).readAllBytes(), StandardCharsets.UTF_8);
        byte[] bomb = replaceDocumentXml(form(), xml.replaceFirst("<w:body>", "<w:body><!--" + "a".repeat(2_000_000) + "-->"));
        List<FormImportException.Cell> problems = assertThrows(FormImportException.class,
                () -> Forms.formImport().apply(original, FEBRUARY, List.of(new NamedForm("tem.docx", bomb)))).cells();
        String problem = problems.get(0).toString();
        assertTrue(problem.contains("word/document.xml unpacks to more than 100 times its packed size"), problem);
        assertFalse(problem.contains("ZipSecureFile") || problem.contains("setMinInflateRatio"), problem);
    }

    static InputStream documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new ByteArrayInputStream(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static byte[] replaceDocumentXml(byte[] docx, String xml) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("word/document.xml") ? xml.getBytes(StandardCharsets.UTF_8)
                        : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
