package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The ministry's guidance letter (ohje / kirje) to the regions, e.g. how the year's discussions are
 * prepared: an introduction, then numbered or unnumbered sections of text, some with a table (such as
 * the schedule of the discussions). Contacts for further information, signatures, attachments,
 * distribution and for-information lists are in the {@link Closing}; the title, date, diary numbers and
 * recipients ("Jakelun mukaan") in the {@link Meta}.
 *
 * @param meta         metadata
 * @param sender       the sender's letterhead profile
 * @param introduction the text after the title and before the first section, or {@code null}
 * @param sections     the sections; at least one
 * @param closing      contacts, signatures and lists
 */
@RecordBuilder
public record GuidanceLetter(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                             Markdown introduction, @JsonProperty(required = true) List<Section> sections,
                             Closing closing) implements AlkeDocument {
    /** The {@code kind:} of guidance letters in input files. */
    public static final String KIND = "guidance-letter";

    /** The deepest level of headings SFS 2487 allows. */
    public static final int MAX_HEADING_LEVELS = 3;

    /** Checks the required fields; missing lists become empty. */
    public GuidanceLetter {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections: at least one is needed");
        }
        closing = closing == null ? Closing.NONE : closing;
    }

    /** A builder, for documents built in Java. */
    public static GuidanceLetterBuilder builder() {
        return GuidanceLetterBuilder.builder();
    }

    /**
     * One section of the letter: a heading, its text, optionally a table with more text after it, and
     * optionally subsections. Headings go at most {@value #MAX_HEADING_LEVELS} levels deep.
     *
     * @param heading     the heading; required, not blank
     * @param body        the text under the heading, or {@code null}
     * @param table       a table after the text, or {@code null}
     * @param afterTable  text after the table, or {@code null}; only with a table
     * @param subsections subsections, one heading level down; may be empty
     */
    public record Section(@JsonProperty(required = true) String heading, Markdown body, Table table,
                          Markdown afterTable, List<Section> subsections) {
        /** Checks the heading, that the section has content and the depth of its subsections. */
        public Section {
            Objects.requireNonNull(heading, "heading");
            if (heading.isBlank()) {
                throw new IllegalArgumentException("heading: must not be blank");
            }
            if (afterTable != null && table == null) {
                throw new IllegalArgumentException("afterTable: only a section with a table has text after it ('"
                        + heading + "')");
            }
            subsections = subsections == null ? List.of() : List.copyOf(subsections);
            if (body == null && table == null && subsections.isEmpty()) {
                throw new IllegalArgumentException("body, table or subsections: section '" + heading
                        + "' needs one");
            }
            if (levels(subsections) + 1 > MAX_HEADING_LEVELS) {
                throw new IllegalArgumentException("subsections: headings go at most " + MAX_HEADING_LEVELS
                        + " levels deep, section '" + heading + "' has " + (levels(subsections) + 1));
            }
        }

        /** Creates a section with a heading and text only. */
        public Section(String heading, Markdown body) {
            this(heading, body, null, null, null);
        }

        private static int levels(List<Section> sections) {
            int deepest = 0;
            for (Section section : sections) {
                deepest = Math.max(deepest, 1 + levels(section.subsections()));
            }
            return deepest;
        }
    }

    /**
     * A simple table: an optional header row that repeats on every page, rows of plain-text cells and
     * optional relative column widths (as the markup's {@code <col width>}).
     *
     * @param header       the header cells, or empty for a table without a header row
     * @param rows         the rows of cells; at least one, each with as many cells as the table has
     *                     columns; a missing cell is empty
     * @param columnWidths relative widths, one a column, each at least 1; empty for equal columns
     */
    public record Table(List<String> header, @JsonProperty(required = true) List<List<String>> rows,
                        List<Integer> columnWidths) {
        /** Checks that the rows, the header and the widths agree on the number of columns. */
        public Table {
            header = header == null ? List.of() : cells(header);
            rows = rows == null ? List.of() : rows.stream().map(row -> cells(row == null ? List.of() : row)).toList();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("rows: at least one is needed");
            }
            int columns = header.isEmpty() ? rows.get(0).size() : header.size();
            if (columns == 0) {
                throw new IllegalArgumentException("rows: a row needs at least one cell");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns) {
                    throw new IllegalArgumentException("rows: row " + (i + 1) + " has " + rows.get(i).size()
                            + " cells, the table has " + columns + " columns");
                }
            }
            columnWidths = columnWidths == null ? List.of() : List.copyOf(columnWidths);
            if (!columnWidths.isEmpty() && columnWidths.size() != columns) {
                throw new IllegalArgumentException("columnWidths: " + columnWidths.size() + " widths for "
                        + columns + " columns");
            }
            for (int width : columnWidths) {
                if (width < 1) {
                    throw new IllegalArgumentException("columnWidths: each must be at least 1, was " + width);
                }
            }
        }

        /** The number of columns. */
        public int columns() {
            return rows.get(0).size();
        }

        private static List<String> cells(List<String> cells) {
            List<String> copy = new ArrayList<>(cells.size());
            for (String cell : cells) {
                copy.add(cell == null ? "" : cell);
            }
            return Collections.unmodifiableList(copy);
        }
    }
}
