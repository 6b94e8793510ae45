package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two sides of the discussions: the state's (valtioneuvosto, VN: ministries, agencies, ELY centres)
 * and the regions' (maakunnat: regional councils and whoever acts with them — municipalities,
 * universities, companies). Tables of responsible parties and progress have a column for each. In input
 * files written {@code state} or {@code regions}.
 */
@JsonClassDescription("The side of the discussions: state (valtioneuvosto, VN) or regions (maakunnat).")
public enum Side {
    /** The state's side (VN). */
    STATE("state"),
    /** The regions' side (maakunnat). */
    REGIONS("regions");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    /** The value written in input files. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The side of a value written in input files.
     *
     * @throws IllegalArgumentException naming the two values when there is no such side
     */
    @JsonCreator
    public static Side ofCode(String code) {
        return Codes.of(values(), Side::code, code, "side");
    }
}
