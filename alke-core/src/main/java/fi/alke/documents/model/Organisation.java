package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * An organisation that is neither a ministry nor a region — an agency, an ELY centre, a university, a
 * municipality, a company — declared once as data so that documents can name it as a responsible party
 * or a participant by its code. Organisations come from an organisations file ({@code organisations:}
 * with a list of these), which an input file names or lists inline, or which an author's folder holds
 * as {@code organisations.yaml}.
 *
 * @param code         the code documents write, e.g. {@code ely-keski-suomi}: letters, digits and
 *                     hyphens, not a ministry's abbreviation, a region's code, {@code VN} or
 *                     {@code all-regions}; required
 * @param name         the name in Finnish and optionally Swedish and English; required
 * @param abbreviation a short form printed in narrow table columns, e.g. "Keski-Suomen ELY", or
 *                     {@code null} for the name
 * @param side         the side of the discussions it acts on; required
 */
@RecordBuilder
@JsonClassDescription("An organisation that is neither a ministry nor a region (an agency, an ELY centre, a "
        + "university, a municipality, a company), declared once so that documents can name it by its code.")
public record Organisation(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The code documents write for it (under responsible, or as a participant "
                + "group's party): letters, digits and hyphens, matched in any letter case; not VN, all-regions, "
                + "a ministry's abbreviation or a region's code. Required.")
        @Example({"ely-keski-suomi", "jyu"}) String code,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Its name in Finnish and optionally Swedish and English; documents print the "
                + "name in their language. Required.") Names name,
        @JsonPropertyDescription("A short form printed in narrow table columns, e.g. in the responsible parties' "
                + "columns. Optional; the name is printed when left out.")
        @Example("Keski-Suomen ELY") String abbreviation,
        @JsonProperty(required = true)
        @JsonPropertyDescription("The side of the discussions it acts on, which decides its column in the tables: "
                + "state (the VN column: agencies, ELY centres) or regions (the Maakunnat column: "
                + "municipalities, universities, companies). Required.")
        @Example({"state", "regions"}) Side side) {
    /** The shape of a code. */
    static final String CODE_PATTERN = "[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö_-]*";

    /** Checks the code, the name and the side. */
    public Organisation {
        Checks checks = new Checks();
        if (checks.notBlank(code, "code")) {
            checks.check(code.matches(CODE_PATTERN), "code", "'" + code
                    + "' is not a code: use letters, digits and hyphens, e.g. ely-keski-suomi");
            checks.check(Parties.builtIn(code).isEmpty(), "code", "'" + code + "' is already the code of "
                    + Parties.builtIn(code).map(party -> party.name("fi")).orElse("") + "; choose another");
        }
        checks.required(name, "name");
        checks.required(side, "side");
        checks.done();
    }

    /** A builder, for organisations declared in Java. */
    public static OrganisationBuilder builder() {
        return OrganisationBuilder.builder();
    }
}
