package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action (toimenpide) of an action table or a follow-up, with its responsible parties
 * (vastuutahot). Each party stands on the state's side (VN) or the regions' side (maakunnat); tables
 * print the two sides in columns of their own.
 *
 * @param id          the action's identifier, e.g. {@code "T1"}; unique within its document and not blank
 * @param description what is done; required
 * @param ministries  responsible ministries by abbreviation (a shorter way to write them among
 *                    {@code responsible}); may be empty
 * @param regions     responsible regions by code (likewise); may be empty
 * @param responsible responsible parties by code: {@code VN}, ministries, regions, {@code all-regions}
 *                    and declared organisations; may be empty
 */
@RecordBuilder
@JsonClassDescription("One action (toimenpide) of an action table or a follow-up, with its responsible parties "
        + "(vastuutahot) on the state's side (VN) and the regions' side (maakunnat).")
public record Action(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The action's identifier, printed in bold before its description; a follow-up "
                + "and the filled-in follow-up forms refer to the action by it. Unique within the document, not "
                + "blank. Required.")
        @Example({"K1", "U2"}) String id,
        @JsonProperty(required = true)
        @JsonPropertyDescription("What is done, printed in the action's cell after its identifier (Markdown). "
                + "Required.")
        @Example("Perustetaan Itä-Suomen investointien yhteinen tilannekuvaryhmä.") Markdown description,
        @JsonPropertyDescription("Responsible ministries by abbreviation, printed in the VN column; a legend "
                + "under the table spells the abbreviations out. A shorter way to write ministries than under "
                + "responsible. Optional.")
        @Example({"TEM", "OKM"}) List<Ministry> ministries,
        @JsonPropertyDescription("Responsible regions by code, printed by name in the Maakunnat column. A "
                + "shorter way to write regions than under responsible; write each code in quotes (\"09\"). "
                + "Optional.")
        @Example({"09", "13"}) List<Region> regions,
        @JsonPropertyDescription("Responsible parties by code: VN, a ministry, a region, all-regions or an "
                + "organisation declared under organisations. Each is printed in the column of its side (VN or "
                + "Maakunnat). An action names a party only once, here or under ministries or regions. "
                + "Optional.")
        @Example({"VN", "all-regions", "ely-keski-suomi"}) List<Party> responsible) {
    /** Checks the identifier and the description; missing lists become empty. */
    public Action {
        Checks checks = new Checks();
        checks.notBlank(id, "id");
        checks.required(description, "description");
        ministries = Checks.list(ministries);
        regions = Checks.list(regions);
        responsible = Checks.list(responsible);
        Map<String, Integer> named = new HashMap<>();
        List<Party> all = parties(ministries, regions, responsible);
        for (int i = 0; i < all.size(); i++) {
            if (named.putIfAbsent(all.get(i).code().toLowerCase(java.util.Locale.ROOT), i) != null) {
                checks.fail(i < ministries.size() + regions.size() ? "" : "responsible["
                        + (i - ministries.size() - regions.size()) + "]", "the party '" + all.get(i).code()
                        + "' is named twice for the action");
            }
        }
        checks.done();
    }

    /** An action whose responsible parties are ministries and regions only. */
    public Action(String id, Markdown description, List<Ministry> ministries, List<Region> regions) {
        this(id, description, ministries, regions, null);
    }

    /** A builder, for documents built in Java. */
    public static ActionBuilder builder() {
        return ActionBuilder.builder();
    }

    /** Every responsible party: the ministries, the regions, then the others, as written. */
    public List<Party> parties() {
        return parties(ministries, regions, responsible);
    }

    /** The responsible parties on the state's side (VN). */
    public List<Party> stateParties() {
        return parties().stream().filter(Party::stateSide).toList();
    }

    /** The responsible parties on the regions' side (maakunnat). */
    public List<Party> regionParties() {
        return parties().stream().filter(party -> !party.stateSide()).toList();
    }

    private static List<Party> parties(List<Ministry> ministries, List<Region> regions, List<Party> responsible) {
        List<Party> all = new ArrayList<>(ministries.size() + regions.size() + responsible.size());
        ministries.forEach(ministry -> all.add(Party.of(ministry)));
        regions.forEach(region -> all.add(Party.of(region)));
        all.addAll(responsible);
        return all;
    }

    /**
     * Checks that no identifier is used twice among the actions of one document.
     *
     * @param checks  where a problem goes
     * @param field   the list the actions come from, e.g. {@code actions}
     * @param actions the actions
     * @param offset  the index of the first action in its list (for the second of two lists)
     * @param seen    the identifiers seen so far, with their fields; filled in
     */
    static void requireUniqueIds(Checks checks, String field, List<Action> actions, Map<String, String> seen) {
        for (int i = 0; i < actions.size(); i++) {
            String earlier = seen.putIfAbsent(actions.get(i).id(), field + "[" + i + "].id");
            if (earlier != null) {
                checks.fail(field + "[" + i + "].id", "the id '" + actions.get(i).id() + "' is already used by "
                        + earlier + "; each action needs an id of its own");
            }
        }
    }

    /** A new map for {@link #requireUniqueIds}. */
    static Map<String, String> ids() {
        return new LinkedHashMap<>();
    }
}
