package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A simple table: an optional header row that repeats on every page, rows of plain-text cells and
 * optional relative column widths (as the markup's {@code <col width>}).
 *
 * @param header       the header cells, or empty for a table without a header row
 * @param rows         the rows of cells; at least one, each with as many cells as the table has
 *                     columns; a missing cell is empty
 * @param columnWidths relative widths, one a column, each at least 1; empty for equal columns
 */
@JsonClassDescription("A simple table: an optional header row that repeats on every page, rows of plain-text "
        + "cells and optional relative column widths.")
public record Table(
        @JsonPropertyDescription("The header cells, printed as the header row, which repeats at the top "
                + "of every page the table runs onto. Optional; leave it out for a table without a header row.")
        @Example({"Maakunnat", "Ajankohta"}) List<String> header,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The rows, each a list of cells of plain text, e.g. [\"Itäinen Suomi\", "
                + "\"20.3.2026\"]. Every row has as many cells as the table has columns (as the header "
                + "has, if there is one). At least one row. Required.") List<List<String>> rows,
        @JsonPropertyDescription("Relative column widths, a whole number of at least 1 for each column: [2, 1] "
                + "makes the first column twice as wide as the second. Optional; equal columns when left out.")
        @Example({"2", "1"}) List<Integer> columnWidths) {
    /** Checks that the rows, the header and the widths agree on the number of columns. */
    public Table {
        Checks checks = new Checks();
        header = header == null ? List.of() : cells(header);
        rows = rows == null ? List.of() : rows.stream().map(row -> cells(row == null ? List.of() : row)).toList();
        columnWidths = Checks.list(columnWidths);
        if (checks.check(!rows.isEmpty(), "rows", "at least one row is needed")) {
            int columns = header.isEmpty() ? rows.get(0).size() : header.size();
            if (checks.check(columns > 0, header.isEmpty() ? "rows[0]" : "header", "a row needs at least one cell")) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).size() != columns) {
                        checks.fail("rows[" + i + "]", "row " + (i + 1) + " has " + Checks.count(rows.get(i).size(),
                                "cell") + ", the table has " + Checks.count(columns, "column"));
                    }
                }
                checks.check(columnWidths.isEmpty() || columnWidths.size() == columns, "columnWidths",
                        Checks.count(columnWidths.size(), "width") + " for " + Checks.count(columns, "column"));
            }
        }
        for (int i = 0; i < columnWidths.size(); i++) {
            checks.check(columnWidths.get(i) >= 1, "columnWidths[" + i + "]", "each width must be at least 1, was "
                    + columnWidths.get(i));
        }
        checks.done();
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
