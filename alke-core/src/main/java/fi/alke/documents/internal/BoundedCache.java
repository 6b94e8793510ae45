package fi.alke.documents.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small cache that forgets the entry used longest ago once it holds more than its capacity, safe to
 * share between threads. For what is costly to make and the same from document to document (a decoded
 * logo, a picture read from the JAR), so that a long-running service keeps a few such things, not every
 * one it ever met. Not API.
 *
 * @param <K> the key, compared by {@code equals}
 * @param <V> the value kept
 */
public final class BoundedCache<K, V> {
    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key, or {@code null}. */
    public V get(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps the value for the key, forgetting the entry used longest ago if the cache is full. */
    public void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }
}
