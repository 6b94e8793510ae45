package fi.alke.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void aFullCacheForgetsTheEntryUsedLongestAgo() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertEquals(1, cache.get("a")); // a is now the one used last
        cache.put("c", 3);

        assertNull(cache.get("b"), "b was used longest ago");
        assertEquals(1, cache.get("a"));
        assertEquals(3, cache.get("c"));
    }
}
