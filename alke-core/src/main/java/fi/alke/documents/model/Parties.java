package fi.alke.documents.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parties a document may name: the code lists (VN, the ministries, the regions, all regions) and the
 * organisations declared as data. Codes are matched in any letter case. Instances are immutable.
 *
 * <pre>{@code
 * Parties parties = Parties.stock().with(List.of(elyCentre));
 * Party party = parties.resolve("ely-keski-suomi");
 * }</pre>
 */
public final class Parties {
    private static final Parties STOCK = new Parties(Party.codeLists(), List.of());

    private final Map<String, Party> byCode;
    private final List<Organisation> organisations;

    private Parties(List<Party> parties, List<Organisation> organisations) {
        Map<String, Party> map = new LinkedHashMap<>();
        for (Party party : parties) {
            map.put(key(party.code()), party);
        }
        this.byCode = map;
        this.organisations = List.copyOf(organisations);
    }

    /** The code lists only. */
    public static Parties stock() {
        return STOCK;
    }

    /**
     * These parties and the organisations; an organisation whose code is already known (in any letter
     * case) is refused unless it is the same declaration.
     *
     * @throws ModelException naming each organisation whose code is taken
     */
    public Parties with(Collection<Organisation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Party> parties = new ArrayList<>(byCode.values());
        List<Organisation> declared = new ArrayList<>(organisations);
        Map<String, Organisation> seen = new LinkedHashMap<>();
        organisations.forEach(organisation -> seen.put(key(organisation.code()), organisation));
        Checks checks = new Checks();
        int index = 0;
        for (Organisation organisation : more) {
            Organisation earlier = seen.get(key(organisation.code()));
            if (earlier == null) {
                seen.put(key(organisation.code()), organisation);
                declared.add(organisation);
                parties.add(Party.of(organisation));
            } else {
                checks.check(earlier.equals(organisation), "[" + index + "].code", "the code '"
                        + organisation.code() + "' is declared twice, with different names or sides");
            }
            index++;
        }
        checks.done();
        return new Parties(parties, declared);
    }

    /** The party of a code, if there is one. */
    public Optional<Party> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
    }

    /**
     * The party of a code.
     *
     * @throws ModelException naming the known codes when there is no such party
     */
    public Party resolve(String code) {
        Optional<Party> party = find(code);
        if (party.isEmpty()) {
            Checks checks = new Checks();
            String suggestion = Spelling.closest(code, byCode.values().stream().map(Party::code).toList())
                    .map(near -> " did you mean '" + near + "'? Otherwise write ").orElse(" write ");
            checks.fail("", "no party has the code '" + code + "';" + suggestion + known());
            checks.done();
        }
        return party.get();
    }

    /** Every party, the code lists first, then the organisations in the order they were declared. */
    public List<Party> all() {
        return List.copyOf(byCode.values());
    }

    /** The organisations declared. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** A party of the code lists (not an organisation). */
    static Optional<Party> builtIn(String code) {
        return STOCK.find(code);
    }

    /** The known codes, for messages: the code lists briefly, the organisations with their names. */
    String known() {
        String ministries = java.util.Arrays.stream(Ministry.values()).map(Ministry::abbreviation)
                .collect(Collectors.joining(", "));
        String regions = java.util.Arrays.stream(Region.values()).map(r -> r.code() + " " + r.name("fi"))
                .collect(Collectors.joining(", "));
        String declared = organisations.isEmpty()
                ? "no other organisations are declared (list them under organisations: in the input, in an "
                        + "organisations file it names, or in organisations.yaml of the templates folder)"
                : "the organisations " + organisations.stream().map(o -> o.code() + " (" + o.name().fi() + ")")
                        .collect(Collectors.joining(", "));
        return "VN for the government, a ministry (" + ministries + "), a region (" + regions + "), "
                + Party.ALL_REGIONS_CODE + " for all regions, or an organisation; " + declared;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
