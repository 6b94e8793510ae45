package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The regions (maakunnat) with their statistical codes and names. Åland (21) is self-governing and has
 * no regional council, so it takes part in no regional development discussion of its own. In input
 * files a region is written as its two-digit code, e.g. {@code "13"}.
 */
@JsonClassDescription("A region (maakunta) by its two-digit statistical code, written in quotes: \"13\" for "
        + "Keski-Suomi.")
public enum Region {
    UUSIMAA("01", "Uusimaa", "Nyland", "Uusimaa"),
    VARSINAIS_SUOMI("02", "Varsinais-Suomi", "Egentliga Finland", "Southwest Finland"),
    SATAKUNTA("04", "Satakunta", "Satakunta", "Satakunta"),
    KANTA_HAME("05", "Kanta-Häme", "Egentliga Tavastland", "Kanta-Häme"),
    PIRKANMAA("06", "Pirkanmaa", "Birkaland", "Pirkanmaa"),
    PAIJAT_HAME("07", "Päijät-Häme", "Päijänne-Tavastland", "Päijät-Häme"),
    KYMENLAAKSO("08", "Kymenlaakso", "Kymmenedalen", "Kymenlaakso"),
    ETELA_KARJALA("09", "Etelä-Karjala", "Södra Karelen", "South Karelia"),
    ETELA_SAVO("10", "Etelä-Savo", "Södra Savolax", "South Savo"),
    POHJOIS_SAVO("11", "Pohjois-Savo", "Norra Savolax", "North Savo"),
    POHJOIS_KARJALA("12", "Pohjois-Karjala", "Norra Karelen", "North Karelia"),
    KESKI_SUOMI("13", "Keski-Suomi", "Mellersta Finland", "Central Finland"),
    ETELA_POHJANMAA("14", "Etelä-Pohjanmaa", "Södra Österbotten", "South Ostrobothnia"),
    POHJANMAA("15", "Pohjanmaa", "Österbotten", "Ostrobothnia"),
    KESKI_POHJANMAA("16", "Keski-Pohjanmaa", "Mellersta Österbotten", "Central Ostrobothnia"),
    POHJOIS_POHJANMAA("17", "Pohjois-Pohjanmaa", "Norra Österbotten", "North Ostrobothnia"),
    KAINUU("18", "Kainuu", "Kajanaland", "Kainuu"),
    LAPPI("19", "Lappi", "Lappland", "Lapland"),
    AHVENANMAA("21", "Ahvenanmaa", "Åland", "Åland");

    private final String code;
    private final String finnish;
    private final String swedish;
    private final String english;

    Region(String code, String finnish, String swedish, String english) {
        this.code = code;
        this.finnish = finnish;
        this.swedish = swedish;
        this.english = english;
    }

    /** The two-digit statistical code, as written in input files. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The name in a language: {@code fi}, {@code sv} or {@code en} (anything else gives Finnish). */
    public String name(String language) {
        return switch (language) {
            case "sv" -> swedish;
            case "en" -> english;
            default -> finnish;
        };
    }

    /** Whether the region has a regional council (all but Åland). */
    public boolean hasRegionalCouncil() {
        return this != AHVENANMAA;
    }

    /**
     * The region of a code.
     *
     * @throws IllegalArgumentException naming the valid codes when there is no such region
     */
    @JsonCreator
    public static Region ofCode(String code) {
        for (Region region : values()) {
            if (region.code.equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("no region has the code '" + code + "'; the codes are "
                + Arrays.stream(values()).map(Region::code).collect(Collectors.joining(", ")));
    }
}
