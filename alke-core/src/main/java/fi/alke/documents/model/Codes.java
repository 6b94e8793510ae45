package fi.alke.documents.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The values of the model's code enums (statuses, sides, date styles) as input files write them. */
final class Codes {
    private Codes() {
    }

    /**
     * The constant whose code is the value.
     *
     * @param values the enum's constants
     * @param code   a constant's code
     * @param value  the value written in the input
     * @param what   what the enum is, for the message: "status", "side"
     * @throws IllegalArgumentException naming the allowed values when no constant has the code
     */
    static <E extends Enum<E>> E of(E[] values, Function<E, String> code, String value, String what) {
        for (E constant : values) {
            if (code.apply(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + what + " is called '" + value + "'; write one of "
                + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
    }
}
