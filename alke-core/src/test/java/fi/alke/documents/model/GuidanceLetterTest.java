package fi.alke.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;


import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class GuidanceLetterTest {
    private static final ObjectMapper YAML = new YAMLMapper().findAndRegisterModules();

    static AlkeDocument read(String resource) throws Exception {
        try (InputStream in = GuidanceLetterTest.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, AlkeDocument.class);
        }
    }

    static void assertRejected(String field, Executable build) {
        RuntimeException e = assertThrows(RuntimeException.class, build);
        assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException, e.toString());
        assertTrue(e.getMessage() != null && e.getMessage().contains(field),
                "message should name " + field + ": " + e.getMessage());
    }

    static final Table SCHEDULE = new Table(List.of("Ajankohta", "Keskustelu"), List.of(
            List.of("Ke 10.4. klo 9–11.30", "Läntinen Suomi"),
            List.of("Ti 16.4. klo 9–11.30", "Itäinen Suomi"),
            List.of("To 18.4. klo 9–11.30", "Pohjoinen Suomi"),
            List.of("Ke 24.4. klo 9–11.30", "Eteläinen Suomi")), List.of(2, 3));

    static GuidanceLetter built() {
        return GuidanceLetter.builder()
                .meta(Meta.builder()
                        .title("Vuoden 2024 aluekehittämisen keskusteluihin valmistautuminen")
                        .date(LocalDate.of(2024, 2, 14))
                        .identifiers(List.of("VN/18234/2023", "VN/18234/2023-TEM-15"))
                        .type("Ohje")
                        .recipients(List.of("Jakelun mukaan"))
                        .build())
                .sender("tem")
                .introduction(Markdown.of("""
                        Aluekehittämisen keskustelut ovat lakisääteinen valtion ja alueiden välinen menettely, jonka
                        tavoitteena on edistää yhteistyötä ja vuorovaikutusta alueiden kehittämisen tavoitteiden
                        saavuttamiseksi.
                        """))
                .sections(List.of(
                        new Section("Aluekehittämiskeskustelujen toteuttamistapa ja ajankohta", Markdown.of("""
                                Varsinaiset keskustelut järjestetään Teams-kokouksina ja ne ajoittuvat huhtikuulle
                                seuraavasti:
                                """), SCHEDULE, Markdown.of("""
                                Maakuntakohtaiset tapaamiset järjestetään em. päivinä yhteisen keskustelun jälkeen
                                iltapäivällä alkaen klo 12.30.
                                """), null),
                        new Section("Keskusteluteemojen valmistelu", null, null, null, List.of(
                                new Section("Maakuntien yhteiset keskustelut", Markdown.of("""
                                        Keskustelujen asialistat valmistellaan maakuntaliittojen ja ministeriöiden yhteistyössä.
                                        Asialistalla voi olla enintään **kaksi** erillistä asiakokonaisuutta.
                                        """)),
                                new Section("Maakuntakohtaiset keskustelut", Markdown.of("""
                                        Maakuntaliittoja pyydetään varaamaan aika ja ilmoittamaan ehdotuksensa tapaamisessa
                                        käsiteltäväksi asiaksi Teamsissa 20.3.2024 mennessä.
                                        """)))),
                        new Section("Vuoden 2023 aluekehittämisen keskustelujen seuranta", Markdown.of("""
                                Maakuntien liittoja pyydetään päivittämään seurantatiedot ja tallentamaan asiakirja kansioon
                                *8. Seuranta helmikuu 2024* 8.3.2024 mennessä.
                                """))))
                .closing(Closing.builder()
                        .contacts(List.of(
                                Person.builder().name("Hanna-Maria Urjankangas")
                                        .email("hanna-maria.urjankangas@gov.fi").phone("0295 047 127").build(),
                                Person.builder().name("Pirkko Jukka")
                                        .email("pirkko.jukka@gov.fi").phone("029 504 8981").build()))
                        .signatures(new Closing.Signing(true, List.of(
                                Person.builder().name("Tiina Korhonen").title("Osastopäällikkö, ylijohtaja").build(),
                                Person.builder().name("Hanna-Maria Urjankangas").title("Johtava asiantuntija").build())))
                        .attachments(List.of(
                                "Pohja maakuntien yhteisen keskustelun teeman kuvaukselle ja johtopäätöksille"))
                        .distribution(List.of("Etelä-Karjalan liitto", "Keski-Suomen liitto", "Lapin liitto"))
                        .forInformation(List.of("Alueiden uudistumisen neuvottelukunta AUNE", "TEM/osastot"))
                        .build())
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        GuidanceLetter letter = assertInstanceOf(GuidanceLetter.class, read("guidance-letter.yaml"));
        assertEquals("Vuoden 2024 aluekehittämisen keskusteluihin valmistautuminen", letter.meta().title());
        assertEquals(LocalDate.of(2024, 2, 14), letter.meta().date());
        assertEquals(List.of("VN/18234/2023", "VN/18234/2023-TEM-15"), letter.meta().identifiers());
        assertEquals("tem", letter.sender());
        assertTrue(letter.introduction().source().startsWith("Aluekehittämisen keskustelut ovat lakisääteinen"));
        assertEquals(3, letter.sections().size());

        Section schedule = letter.sections().get(0);
        assertEquals("Aluekehittämiskeskustelujen toteuttamistapa ja ajankohta", schedule.heading());
        assertEquals(List.of("Ajankohta", "Keskustelu"), schedule.table().header());
        assertEquals(4, schedule.table().rows().size());
        assertEquals(List.of("Ti 16.4. klo 9–11.30", "Itäinen Suomi"), schedule.table().rows().get(1));
        assertEquals(List.of(2, 3), schedule.table().columnWidths());
        assertEquals(2, schedule.table().columns());
        assertTrue(schedule.afterTable().source().startsWith("Maakuntakohtaiset tapaamiset"));

        Section preparation = letter.sections().get(1);
        assertNull(preparation.body());
        assertEquals(List.of("Maakuntien yhteiset keskustelut", "Maakuntakohtaiset keskustelut"),
                preparation.sections().stream().map(Section::heading).toList());
        assertTrue(letter.sections().get(2).sections().isEmpty());

        assertEquals("Pirkko Jukka", letter.closing().contacts().get(1).name());
        assertTrue(letter.closing().signatures().electronic());
        assertEquals("Johtava asiantuntija", letter.closing().signatures().signers().get(1).title());
        assertEquals(3, letter.closing().distribution().size());
    }

    @Test
    void theBuilderMakesTheSameLetter() throws Exception {
        assertEquals(read("guidance-letter.yaml"), built());
    }

    @Test
    void missingPartsAreEmpty() {
        GuidanceLetter letter = GuidanceLetterBuilder.builder(built()).introduction(null).closing(null).build();
        assertNull(letter.introduction());
        assertEquals(Closing.NONE, letter.closing());
        Table plain = new Table(null, List.of(Arrays.asList("a", null)), null);
        assertEquals(List.of(), plain.header());
        assertEquals(List.of("a", ""), plain.rows().get(0));
        assertEquals(List.of(), plain.columnWidths());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        GuidanceLetter valid = built();
        assertRejected("meta", () -> GuidanceLetterBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> GuidanceLetterBuilder.builder(valid).sender(null).build());
        assertRejected("sections", () -> GuidanceLetterBuilder.builder(valid).sections(List.of()).build());
        assertRejected("sections", () -> GuidanceLetterBuilder.builder(valid).sections(null).build());
    }

    @Test
    void rejectsBadSections() {
        Markdown text = Markdown.of("Teksti.");
        assertRejected("heading", () -> new Section(null, text));
        assertRejected("heading", () -> new Section(" ", text));
        assertRejected("afterTable", () -> new Section("Aikataulu", text, null, text, null));
        assertRejected("needs a body, a table or sections", () -> new Section("Tyhjä", null, null, null, List.of()));
        Section third = new Section("Kolmas taso", text);
        Section second = new Section("Toinen taso", null, null, null, List.of(third));
        Section first = new Section("Ensimmäinen taso", null, null, null, List.of(second));
        assertEquals(first, new Section("Ensimmäinen taso", null, null, null, List.of(second)));
        assertRejected("sections: headings go at most 3 levels deep", () -> new Section("Liian syvä", null, null, null, List.of(first)));
    }

    @Test
    void rejectsBadTables() {
        assertRejected("rows", () -> new Table(List.of("Päivä"), List.of(), null));
        assertRejected("rows", () -> new Table(null, List.of(List.of()), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Table(
                List.of("Päivä", "Keskustelu"), List.of(List.of("Ke 10.4.", "Läntinen Suomi"), List.of("Ti 16.4.")),
                null));
        assertEquals("rows[1]: row 2 has 1 cell, the table has 2 columns", e.getMessage());
        assertRejected("columnWidths", () -> new Table(null, List.of(List.of("a", "b")), List.of(1, 2, 3)));
        assertRejected("columnWidths", () -> new Table(null, List.of(List.of("a", "b")), List.of(1, 0)));
    }

    @Test
    void anUnknownFieldIsAnError() {
        Exception e = assertThrows(Exception.class, () -> YAML.readValue("""
                kind: guidance-letter
                meta: {title: Ohje, date: 2024-02-14}
                sender: tem
                sections:
                  - heading: Aikataulu
                    body: Teksti.
                    tabel: {rows: [[a]]}
                """, AlkeDocument.class));
        assertTrue(e.getMessage().contains("tabel"), e.getMessage());
    }
}
