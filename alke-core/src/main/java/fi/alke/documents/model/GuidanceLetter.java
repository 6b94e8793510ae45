package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

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
@JsonClassDescription("The ministry's guidance letter (ohje / kirje) to the regions: an introduction, then "
        + "sections of text, some with a table.")
public record GuidanceLetter(
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.META) Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonPropertyDescription("The text after the title and before the first section (Markdown). Optional.")
        @Example("Työ- ja elinkeinoministeriö ohjeistaa maakuntien liittoja vuoden 2024 keskustelujen "
                + "valmistelussa.") Markdown introduction,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The letter's sections, each printed under a main heading with its text, table "
                + "and subsections, in the order written. At least one. Required.") List<Section> sections,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing) implements AlkeDocument {
    /** The {@code kind:} of guidance letters in input files. */
    public static final String KIND = "guidance-letter";

    /** The deepest level of headings SFS 2487 allows. */
    public static final int MAX_HEADING_LEVELS = Section.MAX_LEVELS;

    /** Checks the required fields; missing lists become empty. */
    public GuidanceLetter {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        sections = Checks.list(sections);
        checks.check(!sections.isEmpty(), "sections", "at least one section is needed");
        checks.done();
        closing = closing == null ? Closing.NONE : closing;
    }

    @Override
    public GuidanceLetter withMeta(Meta meta) {
        return GuidanceLetterBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static GuidanceLetterBuilder builder() {
        return GuidanceLetterBuilder.builder();
    }
}
