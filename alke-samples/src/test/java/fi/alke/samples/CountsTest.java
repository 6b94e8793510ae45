package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertEquals("0 problems", Counts.of(0, "problem"));
        assertEquals("1 input", Counts.of(1, "input"));
        assertEquals("2 inputs", Counts.of(2, "input"));
    }
}
