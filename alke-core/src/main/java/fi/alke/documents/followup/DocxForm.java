package fi.alke.documents.followup;

import static fi.alke.documents.followup.FormLayout.ACTION_PROPERTY;
import static fi.alke.documents.followup.FormLayout.FORMAT_PROPERTY;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.KEY_PROPERTY;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.PARTY_PROPERTY;
import static fi.alke.documents.followup.FormLayout.ROUND_PROPERTY;
import static fi.alke.documents.followup.FormLayout.SEAL_PROPERTY;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;
import static fi.alke.documents.followup.FormLayout.STATUS_PROPERTY;

import fi.alke.documents.followup.FollowUpForms.Contents;
import fi.alke.documents.followup.FormContent.FormRow;
import fi.alke.documents.followup.FormContent.MatchingData;
import fi.alke.documents.model.FollowUp.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import fi.alke.documents.followup.DocxTables.Row;
import fi.alke.documents.followup.DocxTables.Table;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The DOCX form's matching data (for {@link FollowUpForms#docx}, which renders the form through the template)
 * and reading a filled form back (for {@link FormContent}).
 */
final class DocxForm {

    private DocxForm() {
    }

    /**
     * The matching data as stored properties, in a fixed order. Custom properties are not part of the text:
     * editing, copying rows or retyping the table cannot change them, and word processors keep them on save.
     * One property per action id and per status, since an id or a label may contain any character.
     */
    static Map<String, String> properties(Contents contents) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(FORMAT_PROPERTY, FormLayout.FORMAT);
        properties.put(ROUND_PROPERTY, contents.round().name());
        properties.put(PARTY_PROPERTY, contents.partyCode());
        properties.put(SEAL_PROPERTY, contents.seal());
        properties.put(KEY_PROPERTY, contents.key().id());
        for (Status status : Status.values()) {
            properties.put(STATUS_PROPERTY + status.code(), contents.statusLabels().get(status.ordinal()));
        }
        List<String> ids = contents.actionIds();
        for (int index = 0; index < ids.size(); index++) {
            properties.put(ACTION_PROPERTY + (index + 1), ids.get(index));
        }
        return properties;
    }

    /**
     * Reads a filled form: its custom properties and the action rows of its table, the one whose cells are
     * editable ranges, after the header rows (those marked to repeat on every page). The document's XML is read
     * as a stream of its tables' text ({@link DocxTables}), not as POI's object model of the whole document.
     */
    static FormContent read(byte[] bytes) throws IOException, FormContent.NotAForm {
        try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            // Read once into a map: POI looks each custom property up by walking them all, and a form has
            // one per action, which made reading a form of n actions cost n² XML lookups.
            Map<String, String> properties = new HashMap<>();
            for (CTProperty property : new POIXMLProperties(docx).getCustomProperties().getUnderlyingProperties()
                    .getPropertyArray()) {
                properties.putIfAbsent(property.getName(), property.isSetLpwstr() ? property.getLpwstr() : "");
            }
            if (!properties.containsKey(FORMAT_PROPERTY)) {
                // no custom property alke-format: a document no alke followup forms made
                throw new FormContent.NotAForm("not an ALKE follow-up form: forms are made with alke followup forms");
            }
            List<String> labels = new ArrayList<>();
            for (Status status : Status.values()) {
                labels.add(properties.getOrDefault(STATUS_PROPERTY + status.code(), ""));
            }
            List<String> ids = new ArrayList<>();
            for (int number = 1; properties.containsKey(ACTION_PROPERTY + number); number++) {
                ids.add(properties.get(ACTION_PROPERTY + number));
            }
            MatchingData data = new MatchingData(properties.getOrDefault(FORMAT_PROPERTY, ""),
                    properties.getOrDefault(ROUND_PROPERTY, ""), properties.getOrDefault(PARTY_PROPERTY, ""),
                    properties.getOrDefault(SEAL_PROPERTY, ""), properties.getOrDefault(KEY_PROPERTY, ""), labels, ids);
            Optional<Table> table = formTable(tables(docx));
            if (table.isEmpty()) {
                if (!ids.isEmpty()) {
                    throw new FormContent.NotAForm("not a follow-up form: the table of actions with its fill-in "
                            + "cells is missing");
                }
                return new FormContent(FormContent.Format.DOCX, data, 1, List.of()); // a form with nothing to fill
            }
            List<Row> tableRows = table.get().rows();
            int headerRows = 0;
            while (headerRows < tableRows.size() && tableRows.get(headerRows).header()) {
                headerRows++;
            }
            List<FormRow> rows = new ArrayList<>();
            for (Row row : tableRows.subList(headerRows, tableRows.size())) {
                rows.add(new FormRow(text(row, ID_COLUMN), text(row, STATUS_COLUMN), text(row, NOTE_COLUMN)));
            }
            // the table's own row numbers: the header rows count
            return new FormContent(FormContent.Format.DOCX, data, headerRows + 1, rows);
        } catch (OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            // a package or properties part POI cannot read: FormImport says the file cannot be read
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The tables of the package's main document, the part its officeDocument relationship names. */
    private static List<Table> tables(OPCPackage docx) throws IOException, InvalidFormatException,
            FormContent.NotAForm {
        PackageRelationshipCollection main = docx.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.isEmpty() ? null : docx.getPart(main.getRelationship(0));
        if (part == null) {
            throw new FormContent.NotAForm("not a Word document: the package has no main document");
        }
        try (InputStream xml = part.getInputStream()) {
            return DocxTables.read(xml);
        } catch (XMLStreamException e) {
            // said in the file's terms: the parser's own message is in the JVM's language and names its internals
            String message = String.valueOf(e.getMessage()).contains("JAXP00010006")
                    ? "the XML nests more than " + DocxTables.MAX_DEPTH + " elements deep, as no form does"
                    : "not well-formed XML (an element not closed, closed twice or misnamed, or a character XML "
                    + "cannot hold), which a word processor does not save";
            String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new IOException(part.getPartName().getName().substring(1) + where + ": " + message, e);
        }
    }

    /**
     * The form's table: the first top-level table with an editable range (the memo head is a table too), else,
     * for a form saved by a word processor that dropped the ranges, the first with repeating header rows.
     */
    private static Optional<Table> formTable(List<Table> tables) {
        return tables.stream().filter(Table::editable).findFirst()
                .or(() -> tables.stream().filter(table -> !table.rows().isEmpty() && table.rows().get(0).header())
                        .findFirst());
    }

    /** A cell's text; a row with cells merged or deleted has fewer cells, and the missing ones read as empty. */
    private static String text(Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
    }
}
