package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
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
    /**
     * The code of all regions together. In a document, all regions are the regions it names
     * ({@link #allRegionsOf}), never Åland.
     */
    public static final String ALL_REGIONS_CODE = "all-regions";

    private static final Party GOVERNMENT = new Party(GOVERNMENT_CODE, Type.GOVERNMENT, Side.STATE,
            new Names("Valtioneuvosto", "Statsrådet", "Finnish Government"), "VN");
    /** The government's label by language, as the stock bundles head the state's column ({@code actions.state}). */
    private static final Names GOVERNMENT_LABELS = new Names("VN", "SR", "Government");
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

    /**
     * All regions together, on the regions' side. Which regions they are depends on the document that names
     * them: see {@link #allRegionsOf}.
     */
    public static Party allRegions() {
        return ALL_REGIONS;
    }

    /**
     * The regions that all regions ({@code all-regions}) stand for among a document's actions: the regions with
     * a regional council that the actions name anywhere (in any action's parties), as for the regions of one
     * discussion — so a four-region discussion's actions of all regions are those four regions'; and only when
     * the actions name no such region, every region with a regional council ({@link Region#hasRegionalCouncil}).
     * Never Åland (21), which has no regional council and so takes part in no discussion as a region: not even
     * when an action names it, in which case it is responsible for that action alone. The regions come in the
     * order of their codes. The follow-up forms ({@code FollowUpForms}, {@code FormImport}) and the stock
     * templates use this meaning.
     *
     * @param actions the document's actions
     * @return the regions, as parties, by code
     */
    public static List<Party> allRegionsOf(Collection<Action> actions) {
        EnumSet<Region> named = EnumSet.noneOf(Region.class);
        for (Action action : actions) {
            for (Party party : action.parties()) {
                party.region().filter(Region::hasRegionalCouncil).ifPresent(named::add);
            }
        }
        if (named.isEmpty()) {
            Arrays.stream(Region.values()).filter(Region::hasRegionalCouncil).forEach(named::add);
        }
        // EnumSet iterates in the order of declaration, which is the order of the codes
        return named.stream().map(Party::of).toList();
    }

    /**
     * Every party the actions name, once each (by code), in the order they are first named: each action's
     * parties as {@link Action#parties} gives them, the actions in turn. One pass, for thousands of actions.
     *
     * @param actions the actions
     * @return the parties, each as the first action naming it has it
     */
    public static List<Party> namedBy(Collection<Action> actions) {
        java.util.Map<String, Party> named = new java.util.LinkedHashMap<>();
        for (Action action : actions) {
            for (Party party : action.parties()) {
                named.putIfAbsent(party.code, party);
            }
        }
        return List.copyOf(named.values());
    }

    /**
     * The parties in the order of the code lists: VN, the ministries as {@link Ministry} lists them (VNK, TEM,
     * VM, ...), the regions by code, all regions; then the organisations in the order given. The order of
     * summaries by party, whose readers look a party up where the code lists have it.
     *
     * @param parties the parties, e.g. as {@link #namedBy} gives them
     * @return the same parties, sorted
     */
    public static List<Party> inCodeListOrder(Collection<Party> parties) {
        // stable: organisations, which have no place in the code lists, keep the order given
        return parties.stream().sorted(CODE_LIST_ORDER).toList();
    }

    /** {@link Type} is declared in the order of the code lists; within a type, the ministry's place or the code. */
    private static final java.util.Comparator<Party> CODE_LIST_ORDER = java.util.Comparator
            .comparingInt((Party party) -> party.type.ordinal())
            .thenComparingInt(party -> party.ministry().map(Enum::ordinal).orElse(0))
            .thenComparing(party -> party.type == Type.REGION ? party.code : "");

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
     * How tables of responsible parties print it: a ministry by abbreviation (the ministries call themselves
     * so in the tables, and a legend spells them out), the government as the state's column is headed in the
     * language (VN in Finnish, SR for statsrådet in Swedish, Government in English: the stock bundles'
     * {@code actions.state}), an organisation by its abbreviation if it has one, everyone else by name.
     */
    public String label(String language) {
        if (type == Type.GOVERNMENT) {
            return GOVERNMENT_LABELS.in(language);
        }
        return abbreviation != null && !abbreviation.isBlank() ? abbreviation : name(language);
    }

    /**
     * Whether the label is an abbreviation that a legend under the table should spell out, in Finnish (see
     * {@link #abbreviatedIn(String)}).
     */
    public boolean abbreviated() {
        return abbreviatedIn("fi");
    }

    /**
     * Whether the label in a language is an abbreviation that a legend under the table should spell out: a
     * ministry's, an organisation's that differs from its Finnish name, the government's VN and SR but not
     * the English "Government", which is a word. A name of its own rather than an overload of
     * {@link #abbreviated()}: the templates call a record's methods through FreeMarker, which does not tell
     * such overloads apart, so that templates written for {@code abbreviated()} would break.
     */
    public boolean abbreviatedIn(String language) {
        if (type == Type.GOVERNMENT) {
            return !"en".equals(language);
        }
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
     * Whether a party named for an action covers this one, when nothing says which regions all regions are:
     * the same party, or all regions for any region with a regional council (never Åland). A document's
     * all regions are fewer as a rule — the regions it names — so within a document use
     * {@link #coveredWithin} with {@link #allRegionsOf} its actions.
     */
    public boolean coveredBy(Party named) {
        return named.code.equalsIgnoreCase(code) || (named.type == Type.ALL_REGIONS && type == Type.REGION
                && region().map(Region::hasRegionalCouncil).orElse(false));
    }

    /**
     * Whether a party named for an action of a document covers this one: the same party, or all regions for
     * a region that is one of the document's all regions ({@link #allRegionsOf} its actions). A region's
     * follow-up form therefore lists the actions of all regions too when it is one of them. (Not an overload
     * of {@link #coveredBy}, for the reason {@link #abbreviatedIn} gives.)
     *
     * @param named      the party the action names
     * @param allRegions the regions all regions are in the document
     */
    public boolean coveredWithin(Party named, Collection<Party> allRegions) {
        return named.code.equalsIgnoreCase(code) || (named.type == Type.ALL_REGIONS && type == Type.REGION
                && allRegions.stream().anyMatch(region -> region.code.equals(code)));
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
