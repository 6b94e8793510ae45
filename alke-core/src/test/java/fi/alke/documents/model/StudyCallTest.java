package fi.alke.documents.model;

import static fi.alke.documents.model.GuidanceLetterTest.assertRejected;
import static fi.alke.documents.model.GuidanceLetterTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyCallTest {

    static StudyCall built() {
        return StudyCall.builder()
                .meta(Meta.builder()
                        .title("Aluekehittämisen verkostoyhteistyön toimintamalli")
                        .date(LocalDate.of(2019, 1, 15))
                        .build())
                .sender("tem")
                .section("5.5")
                .theme("Kestävä alue- ja kaupunkikehitys")
                .budgetCap(new BigDecimal("150000"))
                .start(YearMonth.of(2019, 5))
                .end(YearMonth.of(2020, 2))
                .background(Markdown.of("""
                        Aluekehittäminen sisältää eri hallinnonalojen ja maakuntien tavoitteiden ja toimien
                        tarkastelemisen kokonaisuutena sekä valtakunnallisesta että alueiden näkökulmasta.

                        Tämän selvityksen tavoitteena on tuottaa tietoa erilaisista toimintamalleista ja
                        rahoitusvaihtoehdoista aluekehittämisen verkostoyhteistyölle.
                        """))
                .questionsIntro(Markdown.of("""
                        Tutkimuskysymykset ovat suuntaa antavia, ja tarjoajalla on mahdollisuus muotoilla
                        kysymyksenasettelua.
                        """))
                .researchQuestions(List.of(
                        "Minkälainen verkostoyhteistyön toimintamalli tukisi aluekehittämistoimijoiden omaehtoista "
                                + "verkottumista ja vertaisoppimista?",
                        "Miten toiminta tulisi organisoida ja rahoittaa?",
                        "Millaisia vaikutuksia ehdotetulla toimintamallilla voidaan ennakoida olevan?"))
                .links(List.of("Maakuntauudistus", "Aluekehittämisen uudistus",
                        "https://valtioneuvosto.fi/hallitusohjelma"))
                .reporting(Markdown.of("Loppuraportti hankkeen päättyessä ja lisäksi policy brief, johon kiteytetään "
                        + "politiikkasuositukset.\n"))
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        StudyCall call = assertInstanceOf(StudyCall.class, read("study-call.yaml"));
        assertEquals("Aluekehittämisen verkostoyhteistyön toimintamalli", call.meta().title());
        assertEquals("5.5", call.section());
        assertEquals("Kestävä alue- ja kaupunkikehitys", call.theme());
        assertEquals(0, new BigDecimal("150000").compareTo(call.budgetCap()));
        assertEquals(YearMonth.of(2019, 5), call.start());
        assertEquals(YearMonth.of(2020, 2), call.end());
        assertTrue(call.background().source().contains("\n\nTämän selvityksen tavoitteena"));
        assertEquals(3, call.researchQuestions().size());
        assertEquals("Miten toiminta tulisi organisoida ja rahoittaa?", call.researchQuestions().get(1));
        assertEquals("https://valtioneuvosto.fi/hallitusohjelma", call.links().get(2));
        assertTrue(call.reporting().source().startsWith("Loppuraportti"));
    }

    @Test
    void theBuilderMakesTheSameCall() throws Exception {
        assertEquals(read("study-call.yaml"), built());
    }

    @Test
    void aCallMayLastOneMonthAndLinkToNothing() {
        StudyCall call = StudyCallBuilder.builder(built()).end(YearMonth.of(2019, 5)).links(null).theme(null)
                .questionsIntro(null).reporting(null).build();
        assertEquals(call.start(), call.end());
        assertEquals(List.of(), call.links());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        StudyCall valid = built();
        assertRejected("meta", () -> StudyCallBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> StudyCallBuilder.builder(valid).sender(null).build());
        assertRejected("section", () -> StudyCallBuilder.builder(valid).section(null).build());
        assertRejected("section", () -> StudyCallBuilder.builder(valid).section("5.").build());
        assertRejected("section", () -> StudyCallBuilder.builder(valid).section("luku 5").build());
        assertRejected("budgetCap", () -> StudyCallBuilder.builder(valid).budgetCap(null).build());
        assertRejected("budgetCap", () -> StudyCallBuilder.builder(valid).budgetCap(BigDecimal.ZERO).build());
        assertRejected("budgetCap", () -> StudyCallBuilder.builder(valid).budgetCap(new BigDecimal("-1")).build());
        assertRejected("start", () -> StudyCallBuilder.builder(valid).start(null).build());
        assertRejected("end", () -> StudyCallBuilder.builder(valid).end(null).build());
        assertRejected("end", () -> StudyCallBuilder.builder(valid).end(YearMonth.of(2019, 4)).build());
        assertRejected("background", () -> StudyCallBuilder.builder(valid).background(null).build());
        assertRejected("researchQuestions", () -> StudyCallBuilder.builder(valid).researchQuestions(List.of()).build());
    }
}
