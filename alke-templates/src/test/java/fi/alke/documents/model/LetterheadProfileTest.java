package fi.alke.documents.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stock profiles ship in alke-templates, so their tests live here. */
class LetterheadProfileTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path folder;

    @Test
    void temProfileHasTheMinistrysDetails() throws IOException, ProfileException {
        LetterheadProfile tem = LetterheadProfile.load("tem");
        assertEquals(List.of("fi", "sv", "en"), List.copyOf(tem.name().keySet()));
        assertEquals("Työ- ja elinkeinoministeriö", tem.nameIn("fi"));
        assertEquals("Arbets- och näringsministeriet", tem.nameIn("sv"));
        assertEquals("Ministry of Economic Affairs and Employment of Finland", tem.nameIn("en"));
        assertEquals(List.of("PL 32", "00023 Valtioneuvosto"), tem.postalAddress());
        assertEquals(List.of("Aleksanterinkatu 4", "Helsinki"), tem.visitingAddress());
        assertEquals(List.of("0295 16001", "+358 295 16001"), tem.phone());
        assertEquals("kirjaamo.tem@gov.fi", tem.email());
        assertEquals("www.tem.fi", tem.web());
        assertLogoIsPng(tem);
    }

    /**
     * A stock profile is read once and kept (it is immutable, and the class path does not change); a name
     * with no profile is not kept: it fails again, each time with its reason.
     */
    @Test
    void aStockProfileIsReadOnceAndAMissingOneFailsEachTime() throws ProfileException {
        assertSame(LetterheadProfile.load("tem"), LetterheadProfile.load("tem"));
        for (int i = 0; i < 2; i++) {
            ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load("no-such-profile"));
            assertTrue(e.getMessage().contains("no such letterhead profile on the class path"), e.getMessage());
        }
    }

    @Test
    void regionalCouncilExampleLoads() throws IOException, ProfileException {
        LetterheadProfile council = LetterheadProfile.load("regional-council");
        assertEquals("Esimerkkimaakunnan liitto", council.nameIn("fi"));
        assertEquals("Exempellandskapets förbund", council.nameIn("sv"));
        assertEquals("Example Regional Council", council.nameIn("en"));
        assertLogoIsPng(council);
    }

    @Test
    void missingLanguageFallsBackToTheFirstName() throws IOException, ProfileException {
        Path file = write("name:\n  fi: Testiliitto\n  sv: Testförbundet\nphone: 012 345\n");
        LetterheadProfile profile = LetterheadProfile.load(file);
        assertEquals("Testiliitto", profile.nameIn("en"));
        assertEquals(List.of("012 345"), profile.phone(), "a single value is a one-line list");
        assertEquals(List.of(), profile.postalAddress());
        assertNull(profile.logo());
        assertEquals(LetterheadProfile.DEFAULT_LOGO_WIDTH, profile.logoWidth());
    }

    @Test
    void unknownFieldNamesFileAndField() throws IOException, ProfileException {
        Path file = write("name:\n  fi: Testiliitto\nfax: 09 123\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals("fax", e.field());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: fax: unknown field"), e.getMessage());
        assertTrue(e.getMessage().contains("postalAddress"), "lists the known fields: " + e.getMessage());
    }

    @Test
    void logoWithoutTextAlternativeIsRefused() throws IOException, ProfileException {
        Path file = write("name:\n  fi: Testiliitto\nlogo: logo.png\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertEquals("logoAlt", e.field());
        assertEquals(-1, e.line(), "a missing field has no line of its own");
        assertTrue(e.getMessage().contains("text alternative"), e.getMessage());
    }

    @Test
    void emptyNameIsRefused() throws IOException, ProfileException {
        Path file = write("name:\n  fi: \"  \"\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertEquals("name.fi", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void badLogoWidthIsRefused() throws IOException, ProfileException {
        Path file = write("name: {fi: Testiliitto}\nlogo: a.png\nlogoAlt: A\nlogoWidth: 3 inches\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertEquals("logoWidth", e.field());
        assertEquals(file + ":4: logoWidth: must be a length such as 1.6cm or 16mm: '3 inches'", e.getMessage());
    }

    @Test
    void wrongTypeNamesTheField() throws IOException, ProfileException {
        Path file = write("name: {fi: Testiliitto}\npostalAddress: {street: Katu 1}\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertTrue(e.field().startsWith("postalAddress"), e.field());
        assertEquals(2, e.line());
    }

    @Test
    void brokenYamlIsReported() throws IOException, ProfileException {
        Path file = write("name: [unclosed\n");
        ProfileException e = assertThrows(ProfileException.class, () -> LetterheadProfile.load(file));
        assertEquals(file.toString(), e.source());
    }

    @Test
    void unknownStockProfileAndPathTricksAreRefused() {
        ProfileException missing = assertThrows(ProfileException.class, () -> LetterheadProfile.load("no-such"));
        assertTrue(missing.getMessage().contains("fi/alke/templates/letterheads/no-such.yaml"), missing.getMessage());
        assertThrows(ProfileException.class, () -> LetterheadProfile.load("../messages_fi"));
    }

    @Test
    void javaCallersGetTheSameChecks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LetterheadProfile(java.util.Map.of(), null, null, null, null, null, null, null, null));
        assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(folder.resolve("profile.yaml"), yaml);
    }

    private static void assertLogoIsPng(LetterheadProfile profile) throws IOException {
        assertNotNull(profile.logo());
        assertNotNull(profile.logoAlt());
        try (InputStream in = LetterheadProfile.class.getClassLoader()
                .getResourceAsStream("fi/alke/templates/" + profile.logo())) {
            assertNotNull(in, "logo " + profile.logo() + " is on the class path");
            byte[] head = in.readNBytes(PNG_SIGNATURE.length);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(head, PNG_SIGNATURE.length));
        }
    }
}
