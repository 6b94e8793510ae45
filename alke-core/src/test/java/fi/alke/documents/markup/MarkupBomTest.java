package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Markup read from a file with a byte order mark (Files.readString keeps it) was refused with "Content is
 * not allowed in prolog" (found by the fuzz suite, issue 14): the mark is no content, and is dropped.
 */
class MarkupBomTest {
    @Test
    void aLeadingByteOrderMarkIsDropped() throws MarkupException {
        String markup = "\uFEFF" + Fixtures.markup("all-features.xml");
        assertEquals(Fixtures.document("all-features.xml"), Fixtures.parser().parse("all-features.xml", markup));
    }
}
