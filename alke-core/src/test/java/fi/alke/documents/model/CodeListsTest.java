package fi.alke.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListsTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void eighteenRegionsWithCouncilsAndAland() {
        assertEquals(19, Region.values().length);
        assertEquals(18, Arrays.stream(Region.values()).filter(Region::hasRegionalCouncil).count());
        assertFalse(Region.ofCode("21").hasRegionalCouncil());
        assertEquals("Södra Savolax", Region.ofCode("10").name("sv"));
        assertEquals("Keski-Suomi", Region.KESKI_SUOMI.name("fi"));
    }

    @Test
    void anUnknownRegionCodeNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Region.ofCode("03"));
        assertTrue(e.getMessage().contains("'03'") && e.getMessage().contains("01, 02, 04"), e.getMessage());
    }

    @Test
    void twelveMinistriesByAbbreviation() {
        assertEquals(12, Ministry.values().length);
        assertEquals(Ministry.TEM, Ministry.ofAbbreviation("tem"));
        assertEquals("Arbets- och näringsministeriet", Ministry.TEM.name("sv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ministry.ofAbbreviation("XM"));
        assertTrue(e.getMessage().contains("VNK, TEM"), e.getMessage());
    }

    @Test
    void inputFilesWriteCodesAndAbbreviations() throws Exception {
        assertEquals("[\"13\",\"TEM\"]", JSON.writeValueAsString(List.of(Region.KESKI_SUOMI, Ministry.TEM)));
        assertEquals(Region.ETELA_SAVO, JSON.readValue("\"10\"", Region.class));
        assertEquals(Ministry.OKM, JSON.readValue("\"OKM\"", Ministry.class));
    }
}
