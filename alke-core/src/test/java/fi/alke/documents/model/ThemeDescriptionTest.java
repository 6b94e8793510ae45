package fi.alke.documents.model;

import static fi.alke.documents.model.GuidanceLetterTest.assertRejected;
import static fi.alke.documents.model.GuidanceLetterTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeDescriptionTest {

    static ThemeDescription built() {
        return ThemeDescription.builder()
                .meta(Meta.builder()
                        .title("Keskusteluteema ja johtopäätökset – Itäinen Suomi")
                        .date(LocalDate.of(2024, 3, 27))
                        .identifiers(List.of("VN/18234/2023"))
                        .build())
                .sender("tem")
                .theme("Puhdas siirtymä ja investoinnit Itä-Suomessa")
                .situation(Markdown.of("""
                        Itä-Suomen maakunnissa on käynnissä tai suunnitteilla useita puhtaan siirtymän teollisia
                        investointeja. Investointien toteutuminen edellyttää osaavaa työvoimaa, toimivia
                        liikenneyhteyksiä ja riittävää sähkönsiirtokapasiteettia.
                        """))
                .spearheads(List.of(
                        Markdown.of("Investointien edellyttämän osaavan työvoiman saatavuus ja koulutuksen kohdentaminen"),
                        Markdown.of("Sähköverkon ja logistiikkayhteyksien kehittäminen investointien tarpeisiin"),
                        Markdown.of("Lupaprosessien sujuvoittaminen ja ennakointi")))
                .goals(List.of(
                        Markdown.of("Itä-Suomeen toteutuu vuosina 2024–2027 vähintään kolme uutta puhtaan siirtymän "
                                + "teollista investointia."),
                        Markdown.of("Alueiden ja ministeriöiden yhteinen tilannekuva investointien edellytyksistä "
                                + "päivitetään kahdesti vuodessa.")))
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        ThemeDescription theme = assertInstanceOf(ThemeDescription.class, read("theme-description.yaml"));
        assertEquals("Keskusteluteema ja johtopäätökset – Itäinen Suomi", theme.meta().title());
        assertEquals("tem", theme.sender());
        assertEquals("Puhdas siirtymä ja investoinnit Itä-Suomessa", theme.theme());
        assertTrue(theme.situation().source().startsWith("Itä-Suomen maakunnissa"));
        assertEquals(3, theme.spearheads().size());
        assertEquals("Lupaprosessien sujuvoittaminen ja ennakointi", theme.spearheads().get(2).source());
        assertEquals(2, theme.goals().size());
        assertEquals(Closing.NONE, theme.closing());
    }

    @Test
    void theBuilderMakesTheSameDescription() throws Exception {
        assertEquals(read("theme-description.yaml"), built());
    }

    @Test
    void missingListsAreEmpty() {
        ThemeDescription theme = ThemeDescriptionBuilder.builder(built()).spearheads(null).goals(null).build();
        assertEquals(List.of(), theme.spearheads());
        assertEquals(List.of(), theme.goals());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        ThemeDescription valid = built();
        assertRejected("meta", () -> ThemeDescriptionBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> ThemeDescriptionBuilder.builder(valid).sender(null).build());
        assertRejected("theme", () -> ThemeDescriptionBuilder.builder(valid).theme(null).build());
        assertRejected("theme", () -> ThemeDescriptionBuilder.builder(valid).theme("  ").build());
        // everything but the theme may be left out, and what is left out is not printed
        ThemeDescription bare = ThemeDescriptionBuilder.builder(valid).situation(null).spearheads(null).goals(null)
                .build();
        assertEquals(List.of(), bare.challenges());
        assertEquals(List.of(), bare.sections());
    }
}
