package fi.alke.documents.docx;

import fi.alke.documents.internal.BoundedCache;

/**
 * The compressed ZIP entries of the parts whose content is the same in every document of a renderer that
 * shares a key — the style sheet of a language, the empty first-page header, the settings — so that each is
 * marshalled and compressed once, not for every document: marshalling the style sheet alone was about a
 * tenth of a warm DOCX. Bounded: a key is a language or a setting, and a renderer meets few of them.
 * Safe to share between the threads rendering with one renderer.
 */
final class FixedParts {
    private static final int CAPACITY = 32;
    private final BoundedCache<Object, StableZip.Entry> entries = new BoundedCache<>(CAPACITY);

    StableZip.Entry get(Object key) {
        return entries.get(key);
    }

    void put(Object key, StableZip.Entry entry) {
        entries.put(key, entry);
    }
}
