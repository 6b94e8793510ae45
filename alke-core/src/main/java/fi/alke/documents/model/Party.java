package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A responsible party or participant: the government as a whole (VN), a ministry, a region, all regions
 * together, or any other organisation declared as data ({@link Organisation}). Each is on one
 * {@link Side}. Input files write a party as its code: {@code VN}, a ministry's abbreviation
 * ({@code TEM}), a region's code ({@code "13"}), {@code all-regions}, or an organisation's code; which
 * codes exist is the {@link Parties} the reader was given.
 *
 * @param code         the code input files write
 * @param type         what kind of party it is
 * @param side         its side of the discussions
 * @param name         its name in the document languages
 * @param abbreviation its short form for narrow columns, or {@code null} to print the name
 */
@JsonDeserialize(using = Party.Reader.class)
@JsonClassDescription("A party's code: VN for the government as a whole, a ministry's abbreviation (TEM), a "
        + "region's code (\"13\"), all-regions, or the code of a declared organisation.")
public record Party(String code, Type type, Side side, Names name, String abbreviation) {
    /** The code of the government as a whole. */
    public static final String GOVERNMENT_CODE = "VN";
    /** The code of all regions together. */
    public static final String ALL_REGIONS_CODE = "all-regions";

    private static final Party GOVERNMENT = new Party(GOVERNMENT_CODE, Type.GOVERNMENT, Side.STATE,
            new Names("Valtioneuvosto", "Statsrådet", "Finnish Government"), "VN");
    private static final Party ALL_REGIONS = new Party(ALL_REGIONS_CODE, Type.ALL_REGIONS, Side.REGIONS,
            new Names("Kaikki maakunnat", "Alla landskap", "All regions"), null);

    /** Checks that every part but the abbreviation is given. */
    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(name, "name");
    }

    /** What kind of party it is. */
    public enum Type {
        /** The government as a whole (valtioneuvosto, VN). */
        GOVERNMENT,
        /** One ministry ({@link Ministry}). */
        MINISTRY,
        /** One region ({@link Region}). */
        REGION,
        /** All regions together, printed as such rather than as every region's name. */
        ALL_REGIONS,
        /** An organisation declared as data. */
        ORGANISATION
    }

    /** The government as a whole (VN), on the state's side. */
    public static Party government() {
        return GOVERNMENT;
    }

    /** All regions together, on the regions' side. */
    public static Party allRegions() {
        return ALL_REGIONS;
    }

    /** A ministry, on the state's side; its code is its abbreviation. */
    public static Party of(Ministry ministry) {
        return new Party(ministry.abbreviation(), Type.MINISTRY, Side.STATE,
                new Names(ministry.name("fi"), ministry.name("sv"), ministry.name("en")), ministry.abbreviation());
    }

    /** A region, on the regions' side; its code is its statistical code. */
    public static Party of(Region region) {
        return new Party(region.code(), Type.REGION, Side.REGIONS,
                new Names(region.name("fi"), region.name("sv"), region.name("en")), null);
    }

    /** A declared organisation, on the side it declares. */
    public static Party of(Organisation organisation) {
        return new Party(organisation.code(), Type.ORGANISATION, organisation.side(), organisation.name(),
                organisation.abbreviation());
    }

    /** Input files write a party as its code. */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** The full name in a language ({@code fi}, {@code sv}, {@code en}). */
    public String name(String language) {
        return name.in(language);
    }

    /**
     * How tables of responsible parties print it: a ministry and VN by abbreviation (the ministries call
     * themselves so in the tables, and a legend spells them out), an organisation by its abbreviation if it
     * has one, everyone else by name.
     */
    public String label(String language) {
        return abbreviation != null && !abbreviation.isBlank() ? abbreviation : name(language);
    }

    /** Whether the label is an abbreviation that a legend under the table should spell out. */
    public boolean abbreviated() {
        return abbreviation != null && !abbreviation.isBlank() && !abbreviation.equals(name.fi());
    }

    /** Whether it acts on the state's side. */
    public boolean stateSide() {
        return side == Side.STATE;
    }

    /** The ministry it is, if it is one. */
    public Optional<Ministry> ministry() {
        return type == Type.MINISTRY ? Optional.of(Ministry.ofAbbreviation(code)) : Optional.empty();
    }

    /** The region it is, if it is one. */
    public Optional<Region> region() {
        return type == Type.REGION ? Optional.of(Region.ofCode(code)) : Optional.empty();
    }

    /**
     * Whether a party named for an action covers this one: the same party, or all regions for any
     * region. A region's follow-up form therefore lists the actions of all regions too.
     */
    public boolean coveredBy(Party named) {
        return named.code.equalsIgnoreCase(code) || (named.type == Type.ALL_REGIONS && type == Type.REGION);
    }

    /** Every party of the code lists: VN, the ministries, the regions and all regions. */
    static List<Party> codeLists() {
        List<Party> all = new java.util.ArrayList<>();
        all.add(GOVERNMENT);
        for (Ministry ministry : Ministry.values()) {
            all.add(of(ministry));
        }
        for (Region region : Region.values()) {
            all.add(of(region));
        }
        all.add(ALL_REGIONS);
        return List.copyOf(all);
    }

    /**
     * Reads a party from its code with the {@link Parties} the input reader passes as the attribute
     * {@code Parties.class} (the code lists alone when there is none).
     */
    static final class Reader extends JsonDeserializer<Party> {
        @Override
        public Party deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING && parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Party) context.handleUnexpectedToken(Party.class, parser);
            }
            Object attribute = context.getAttribute(Parties.class);
            Parties parties = attribute instanceof Parties given ? given : Parties.stock();
            try {
                return parties.resolve(parser.getText());
            } catch (ModelException e) {
                // as a mapping problem, so that the reader learns where in the file the code stands
                throw com.fasterxml.jackson.databind.JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
