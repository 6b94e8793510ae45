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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The DOCX form's matching data (for {@link FollowUpForms#docx}, which renders the form through the template)
 * and reading a filled form back (for {@link FormContent}).
 */
final class DocxForm {
    private static final String PERMISSION_START = "declare namespace w="
            + "'http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:permStart";

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
     * editable ranges, after the header rows (those marked to repeat on every page).
     */
    static FormContent read(byte[] bytes) throws IOException, FormContent.NotAForm {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            // Read once into a map: POI looks each custom property up by walking them all, and a form has
            // one per action, which made reading a form of n actions cost n² XML lookups.
            Map<String, String> properties = new HashMap<>();
            for (CTProperty property : document.getProperties().getCustomProperties().getUnderlyingProperties()
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
            Optional<XWPFTable> table = formTable(document);
            if (table.isEmpty()) {
                if (!ids.isEmpty()) {
                    throw new FormContent.NotAForm("not a follow-up form: the table of actions with its fill-in "
                            + "cells is missing");
                }
                return new FormContent(FormContent.Format.DOCX, data, 1, List.of()); // a form with nothing to fill
            }
            List<XWPFTableRow> tableRows = table.get().getRows();
            int headerRows = 0;
            while (headerRows < tableRows.size() && tableRows.get(headerRows).isRepeatHeader()) {
                headerRows++;
            }
            List<FormRow> rows = new ArrayList<>();
            for (XWPFTableRow row : tableRows.subList(headerRows, tableRows.size())) {
                rows.add(new FormRow(text(row, ID_COLUMN), text(row, STATUS_COLUMN), text(row, NOTE_COLUMN)));
            }
            // the table's own row numbers: the header rows count
            return new FormContent(FormContent.Format.DOCX, data, headerRows + 1, rows);
        }
    }

    /**
     * The form's table: the first top-level table with an editable range (the memo head is a table too), else,
     * for a form saved by a word processor that dropped the ranges, the first with repeating header rows.
     */
    private static Optional<XWPFTable> formTable(XWPFDocument document) {
        List<XWPFTable> tables = document.getBodyElements().stream().filter(XWPFTable.class::isInstance)
                .map(XWPFTable.class::cast).toList();
        return tables.stream().filter(table -> table.getCTTbl().selectPath(PERMISSION_START).length > 0).findFirst()
                .or(() -> tables.stream().filter(table -> table.getRows().get(0).isRepeatHeader()).findFirst());
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
