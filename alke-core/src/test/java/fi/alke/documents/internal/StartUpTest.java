package fi.alke.documents.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StartUpTest {
    /** The background set-up names classes as strings; a renamed or moved class would be skipped unseen. */
    @Test
    void everyClassSetUpInTheBackgroundExists() {
        assertFalse(StartUp.SLOW_TO_SET_UP.isEmpty());
        for (String name : StartUp.SLOW_TO_SET_UP) {
            assertDoesNotThrow(() -> Class.forName(name, false, StartUp.class.getClassLoader()), name);
        }
    }
}
