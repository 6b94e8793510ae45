package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * The shape of an organisations file: {@code organisations:} with a list of {@link Organisation}s. An
 * input file names one ({@code organisations: organisations.yaml}) or an author's folder holds one as
 * {@code organisations.yaml}.
 *
 * @param organisations the organisations declared; at least one
 */
@JsonClassDescription("An organisations file: organisations: with a list of organisations, each with its code, "
        + "name and side.")
public record OrganisationsFile(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The organisations declared. At least one; no code twice. Required.")
        List<Organisation> organisations) {
    /** The file's name in an author's folder. */
    public static final String FILE_NAME = "organisations.yaml";

    /** Checks that something is declared and that no code is used twice. */
    public OrganisationsFile {
        Checks checks = new Checks();
        organisations = Checks.list(organisations);
        checks.check(!organisations.isEmpty(), "organisations", "declare at least one organisation");
        try {
            Parties.stock().with(organisations);
        } catch (ModelException e) {
            checks.nested("organisations", e);
        }
        checks.done();
    }
}
