package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The ministries of the Finnish Government (valtioneuvosto), the state's side of the discussions. In
 * input files a ministry is written as its abbreviation, e.g. {@code "TEM"}.
 */
@JsonClassDescription("A ministry by its abbreviation, e.g. TEM for Työ- ja elinkeinoministeriö.")
public enum Ministry {
    VNK("Valtioneuvoston kanslia", "Statsrådets kansli", "Prime Minister's Office"),
    TEM("Työ- ja elinkeinoministeriö", "Arbets- och näringsministeriet",
            "Ministry of Economic Affairs and Employment"),
    VM("Valtiovarainministeriö", "Finansministeriet", "Ministry of Finance"),
    OKM("Opetus- ja kulttuuriministeriö", "Undervisnings- och kulturministeriet",
            "Ministry of Education and Culture"),
    MMM("Maa- ja metsätalousministeriö", "Jord- och skogsbruksministeriet", "Ministry of Agriculture and Forestry"),
    LVM("Liikenne- ja viestintäministeriö", "Kommunikationsministeriet", "Ministry of Transport and Communications"),
    STM("Sosiaali- ja terveysministeriö", "Social- och hälsovårdsministeriet", "Ministry of Social Affairs and Health"),
    SM("Sisäministeriö", "Inrikesministeriet", "Ministry of the Interior"),
    YM("Ympäristöministeriö", "Miljöministeriet", "Ministry of the Environment"),
    PLM("Puolustusministeriö", "Försvarsministeriet", "Ministry of Defence"),
    UM("Ulkoministeriö", "Utrikesministeriet", "Ministry for Foreign Affairs"),
    OM("Oikeusministeriö", "Justitieministeriet", "Ministry of Justice");

    private final String finnish;
    private final String swedish;
    private final String english;

    Ministry(String finnish, String swedish, String english) {
        this.finnish = finnish;
        this.swedish = swedish;
        this.english = english;
    }

    /** The abbreviation, as written in input files (the same in Finnish and Swedish documents). */
    @JsonValue
    public String abbreviation() {
        return name();
    }

    /** The name in a language: {@code fi}, {@code sv} or {@code en} (anything else gives Finnish). */
    public String name(String language) {
        return switch (language) {
            case "sv" -> swedish;
            case "en" -> english;
            default -> finnish;
        };
    }

    /**
     * The ministry of an abbreviation, in any letter case.
     *
     * @throws IllegalArgumentException naming the valid abbreviations when there is no such ministry
     */
    @JsonCreator
    public static Ministry ofAbbreviation(String abbreviation) {
        for (Ministry ministry : values()) {
            if (ministry.name().equalsIgnoreCase(abbreviation)) {
                return ministry;
            }
        }
        throw new IllegalArgumentException("no ministry is abbreviated '" + abbreviation + "'; the ministries are "
                + Arrays.stream(values()).map(Ministry::name).collect(Collectors.joining(", ")));
    }
}
