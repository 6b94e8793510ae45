package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The action table (toimenpiteet) of a discussion: the ongoing actions (käynnissä olevat toimenpiteet)
 * and the proposals for new ones (ehdotukset uusiksi toimenpiteiksi), each with its responsible parties
 * on the state's side (VN) and the regions' side (maakunnat). The follow-up ({@link FollowUp}) reports on
 * the same actions by their identifiers.
 *
 * @param meta      metadata
 * @param sender    the sender's letterhead profile
 * @param ongoing   the ongoing actions; may be empty
 * @param proposed  the proposed new actions; may be empty, but not both
 * @param closing   contacts, signatures and lists
 * @param organisations organisations the actions name as responsible parties, declared inline (or, in
 *                  input files, the name of an organisations file); may be empty
 */
@RecordBuilder
@JsonClassDescription("The action table (toimenpiteet) of a discussion: the ongoing actions and the proposals for "
        + "new ones, each with its responsible parties. Page one is a covering memo; the table follows on "
        + "landscape pages.")
public record ActionTable(
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.META) Meta meta,
        @JsonProperty(required = true) @JsonPropertyDescription(Descriptions.SENDER)
        @Example({"tem", "regional-council"}) String sender,
        @JsonPropertyDescription("The ongoing actions (käynnissä olevat toimenpiteet), printed in the left half "
                + "of the table, one a row. Optional, but the table needs at least one action here or under "
                + "proposed.") List<Action> ongoing,
        @JsonPropertyDescription("The proposals for new actions (ehdotukset uusiksi toimenpiteiksi), printed in "
                + "the right half of the table, the first beside the first ongoing action and so on. Optional, "
                + "but the table needs at least one action here or under ongoing.") List<Action> proposed,
        @JsonPropertyDescription(Descriptions.CLOSING) Closing closing,
        @FileReference @JsonPropertyDescription(Descriptions.ORGANISATIONS) List<Organisation> organisations)
        implements AlkeDocument {
    /** The {@code kind:} of action tables in input files. */
    public static final String KIND = "action-table";

    /** Checks the required fields and that identifiers are unique; missing lists become empty. */
    public ActionTable {
        Checks checks = new Checks();
        checks.required(meta, "meta");
        checks.required(sender, "sender");
        ongoing = Checks.list(ongoing);
        proposed = Checks.list(proposed);
        checks.check(!ongoing.isEmpty() || !proposed.isEmpty(), "", "an action table needs at least one action "
                + "under ongoing or proposed");
        Map<String, String> ids = Action.ids();
        Action.requireUniqueIds(checks, "ongoing", ongoing, ids);
        Action.requireUniqueIds(checks, "proposed", proposed, ids);
        organisations = Checks.list(organisations);
        checks.done();
        closing = closing == null ? Closing.NONE : closing;
    }

    /** An action table whose parties are all from the code lists. */
    public ActionTable(Meta meta, String sender, List<Action> ongoing, List<Action> proposed, Closing closing) {
        this(meta, sender, ongoing, proposed, closing, null);
    }

    @Override
    public ActionTable withMeta(Meta meta) {
        return ActionTableBuilder.from(this).withMeta(meta);
    }

    /** A builder, for documents built in Java. */
    public static ActionTableBuilder builder() {
        return ActionTableBuilder.builder();
    }

    /** All actions, the ongoing ones first. */
    public List<Action> actions() {
        return Stream.concat(ongoing.stream(), proposed.stream()).toList();
    }
}
