package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Objects;
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
 */
@RecordBuilder
public record ActionTable(@JsonProperty(required = true) Meta meta, @JsonProperty(required = true) String sender,
                          List<Action> ongoing, List<Action> proposed, Closing closing)
        implements AlkeDocument {
    /** The {@code kind:} of action tables in input files. */
    public static final String KIND = "action-table";

    /** Checks the required fields and that identifiers are unique; missing lists become empty. */
    public ActionTable {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sender, "sender");
        ongoing = ongoing == null ? List.of() : List.copyOf(ongoing);
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
        if (ongoing.isEmpty() && proposed.isEmpty()) {
            throw new IllegalArgumentException("ongoing or proposed: at least one action is needed");
        }
        Action.requireUniqueIds("ongoing and proposed", Stream.concat(ongoing.stream(), proposed.stream()).toList());
        closing = closing == null ? Closing.NONE : closing;
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
