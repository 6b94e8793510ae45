package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One action (toimenpide) of an action table or a follow-up, with its responsible parties
 * (vastuutahot) on the state's side (VN) and on the regions' side (maakunnat).
 *
 * @param id          the action's identifier, e.g. {@code "T1"}; unique within its document and not blank
 * @param description what is done; required
 * @param ministries  the responsible ministries on the state's side; may be empty
 * @param regions     the responsible regions on the regions' side; may be empty
 */
@RecordBuilder
public record Action(@JsonProperty(required = true) String id,
                     @JsonProperty(required = true) Markdown description, List<Ministry> ministries,
                     List<Region> regions) {
    /** Checks the identifier and the description; missing lists become empty. */
    public Action {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        Objects.requireNonNull(description, "description");
        ministries = ministries == null ? List.of() : List.copyOf(ministries);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** A builder, for documents built in Java. */
    public static ActionBuilder builder() {
        return ActionBuilder.builder();
    }

    /**
     * Checks that no identifier is used twice among the actions of one document.
     *
     * @param field   the field the actions come from, named in the message
     * @param actions the actions of the document
     * @throws IllegalArgumentException naming the identifier used twice
     */
    static void requireUniqueIds(String field, List<Action> actions) {
        Set<String> seen = new HashSet<>();
        for (Action action : actions) {
            if (!seen.add(action.id())) {
                throw new IllegalArgumentException(field + ": the id '" + action.id()
                        + "' is used by more than one action");
            }
        }
    }
}
