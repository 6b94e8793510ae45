package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A section of free prose: a heading, its text, optionally a table with more text after it, and
 * optionally sections one heading level down, in the author's order. Every kind that carries prose
 * accepts a list of these besides its named fields (a guidance letter is made of them); headings go at
 * most {@value #MAX_LEVELS} levels deep, as SFS 2487 allows.
 *
 * @param heading    the heading; required, not blank
 * @param body       the text under the heading (Markdown; its own headings go one level down), or
 *                   {@code null}
 * @param table      a table after the text, or {@code null}
 * @param afterTable text after the table, or {@code null}; only with a table
 * @param sections   sections one heading level down; may be empty (older inputs call them
 *                   {@code subsections}, which is still read)
 */
@RecordBuilder
@JsonClassDescription("A section of free prose: a heading, its text, optionally a table with more text after it, "
        + "and optionally sections one heading level down.")
public record Section(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The section's heading: a main heading for a section of the document, one level "
                + "down for a section inside another, at most three levels deep. Required, not blank.")
        @Example("Keskustelujen aikataulu") String heading,
        @JsonPropertyDescription("The text under the heading (Markdown). A heading written in it comes out below "
                + "the section's heading: # one level below, ## two (at most heading level 3). Optional, but a section needs a body, a table or "
                + "sections.")
        @Example("Keskustelut käydään **maaliskuussa 2026** Teams-kokouksina.") Markdown body,
        @JsonPropertyDescription("A table printed after the text. Optional.") Table table,
        @JsonPropertyDescription("Text printed after the table (Markdown). Optional; only in a section with a "
                + "table.")
        @Example("Aikataulu tarkentuu helmikuun aikana.") Markdown afterTable,
        @JsonAlias("subsections")
        @JsonPropertyDescription("Sections one heading level down, printed after this section's text and table, "
                + "in the order written; headings go at most three levels deep. Optional. Older inputs call "
                + "them subsections, which is still read.") List<Section> sections) {
    /** The deepest level of headings SFS 2487 allows. */
    public static final int MAX_LEVELS = 3;

    /** Checks the heading, that the section has content and the depth of its sections. */
    public Section {
        Checks checks = new Checks();
        checks.notBlank(heading, "heading");
        checks.check(afterTable == null || table != null, "afterTable",
                "only a section with a table has text after it");
        sections = Checks.list(sections);
        checks.check(body != null || table != null || !sections.isEmpty(), "",
                "section '" + heading + "' needs a body, a table or sections");
        int depth = 1 + levels(sections);
        checks.check(depth <= MAX_LEVELS, "sections", "headings go at most " + MAX_LEVELS
                + " levels deep, section '" + heading + "' has " + depth);
        checks.done();
    }

    /** A section with a heading and text only. */
    public Section(String heading, Markdown body) {
        this(heading, body, null, null, null);
    }

    /** A builder, for documents built in Java. */
    public static SectionBuilder builder() {
        return SectionBuilder.builder();
    }

    /** The sections' own depth: 0 for none, 1 when none of them has sections, and so on. */
    static int levels(List<Section> sections) {
        int deepest = 0;
        for (Section section : sections) {
            deepest = Math.max(deepest, 1 + levels(section.sections()));
        }
        return deepest;
    }
}
