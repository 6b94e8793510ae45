package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FastStartTest {

    /** Tests and embedding run from class folders, not the JAR: no second JVM for them. */
    @Test
    void runsInPlaceWhenNotStartedFromTheJar() {
        assertEquals(Optional.empty(), FastStart.jar());
    }
}
