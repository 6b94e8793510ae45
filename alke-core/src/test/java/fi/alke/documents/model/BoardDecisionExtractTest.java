package fi.alke.documents.model;

import static fi.alke.documents.model.GuidanceLetterTest.assertRejected;
import static fi.alke.documents.model.GuidanceLetterTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.model.BoardDecisionExtract.AppealInstructions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardDecisionExtractTest {
    private static final ObjectMapper YAML = new YAMLMapper().findAndRegisterModules();

    static BoardDecisionExtract built() {
        Person makinen = Person.builder().name("Satu Mäkinen").title("Aluekehitysjohtaja")
                .email("satu.makinen@keskisuomi.fi").build();
        return BoardDecisionExtract.builder()
                .meta(Meta.builder()
                        .title("Vuoden 2026 aluekehittämisen keskustelujen järjestelyt")
                        .date(LocalDate.of(2026, 1, 28))
                        .identifiers(List.of("KSL/45/00.01.02/2026"))
                        .build())
                .sender("regional-council")
                .meetingBody("Maakuntahallitus")
                .meetingBodyAbbreviation("MH")
                .meetingDate(LocalDate.of(2026, 1, 26))
                .section(12)
                .diaryNumber("KSL/45/00.01.02/2026")
                .explanation(Markdown.of("""
                        Vuoden 2026 aluekehittämisen keskustelut järjestetään maaliskuussa vähintään neljän maakunnan
                        yhteisinä Teams-kokouksina. Keski-Suomi osallistuu Etelä-Savon, Pohjois-Savon ja Kanta-Hämeen
                        kanssa keskusteluun teemasta *Puolustusteollisuuden ja kaksoiskäyttöteknologioiden TKI:n
                        kehittäminen alueilla* 20.3.2026 klo 9–11.
                        """))
                .preparer(makinen)
                .furtherInformation(PersonBuilder.builder(makinen).phone("040 123 4567").build())
                .proposal(Markdown.of("""
                        Maakuntahallitus merkitsee tiedoksi vuoden 2026 aluekehittämisen keskustelujen järjestelyt.
                        """))
                .proposerTitle("Maakuntajohtaja")
                .decision(Markdown.of("Ehdotus hyväksyttiin.\n"))
                .notedForInformation(true)
                .appeal(AppealInstructions.NONE)
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        BoardDecisionExtract extract = assertInstanceOf(BoardDecisionExtract.class, read("board-decision-extract.yaml"));
        assertEquals("Vuoden 2026 aluekehittämisen keskustelujen järjestelyt", extract.meta().title());
        assertEquals("regional-council", extract.sender());
        assertEquals("Maakuntahallitus", extract.meetingBody());
        assertEquals("MH", extract.meetingBodyAbbreviation());
        assertEquals(LocalDate.of(2026, 1, 26), extract.meetingDate());
        assertEquals(12, extract.section());
        assertEquals("KSL/45/00.01.02/2026", extract.diaryNumber());
        assertTrue(extract.explanation().source().contains("*Puolustusteollisuuden"));
        assertEquals("Satu Mäkinen", extract.preparer().name());
        assertEquals("040 123 4567", extract.furtherInformation().phone());
        assertEquals("Maakuntajohtaja", extract.proposerTitle());
        assertEquals("Ehdotus hyväksyttiin.\n", extract.decision().source());
        assertTrue(extract.notedForInformation());
        assertEquals(AppealInstructions.NONE, extract.appeal());
        assertEquals(Closing.NONE, extract.closing());
    }

    @Test
    void theBuilderMakesTheSameExtract() throws Exception {
        assertEquals(read("board-decision-extract.yaml"), built());
    }

    @Test
    void anItemNotedForInformationNeedsNoAppealInstructions() {
        assertEquals(AppealInstructions.NONE,
                BoardDecisionExtractBuilder.builder(built()).appeal(null).build().appeal());
    }

    @Test
    void aDecisionThatCanBeAppealedSaysHow() throws Exception {
        BoardDecisionExtract appealable = BoardDecisionExtractBuilder.builder(built())
                .notedForInformation(false).appeal(AppealInstructions.MUNICIPAL_APPEAL).build();
        assertEquals(AppealInstructions.MUNICIPAL_APPEAL, appealable.appeal());
        BoardDecisionExtract read = (BoardDecisionExtract) YAML.readValue("""
                kind: board-decision-extract
                meta: {title: Maakuntaohjelman toimeenpanosuunnitelma 2026–2027, date: 2025-11-24}
                sender: regional-council
                meetingBody: Maakuntahallitus
                meetingDate: 2025-11-24
                section: 145
                decision: Maakuntahallitus hyväksyi toimeenpanosuunnitelman.
                appeal: request-for-rectification
                """, AlkeDocument.class);
        assertEquals(AppealInstructions.REQUEST_FOR_RECTIFICATION, read.appeal());
        assertEquals("request-for-rectification", AppealInstructions.REQUEST_FOR_RECTIFICATION.code());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        BoardDecisionExtract valid = built();
        assertRejected("meta", () -> BoardDecisionExtractBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> BoardDecisionExtractBuilder.builder(valid).sender(null).build());
        assertRejected("meetingBody", () -> BoardDecisionExtractBuilder.builder(valid).meetingBody(null).build());
        assertRejected("meetingDate", () -> BoardDecisionExtractBuilder.builder(valid).meetingDate(null).build());
        assertRejected("section", () -> BoardDecisionExtractBuilder.builder(valid).section(0).build());
        assertRejected("proposerTitle", () -> BoardDecisionExtractBuilder.builder(valid).proposerTitle(null).build());
        assertRejected("decision", () -> BoardDecisionExtractBuilder.builder(valid).decision(null).build());
        assertRejected("appeal", () -> BoardDecisionExtractBuilder.builder(valid)
                .appeal(AppealInstructions.MUNICIPAL_APPEAL).build());
        assertRejected("appeal", () -> BoardDecisionExtractBuilder.builder(valid)
                .notedForInformation(false).appeal(null).build());
    }

    @Test
    void aBadAppealValueListsTheAllowedOnes() {
        Exception e = assertThrows(Exception.class, () -> YAML.readValue("""
                kind: board-decision-extract
                meta: {title: Päätös, date: 2025-11-24}
                sender: regional-council
                meetingBody: Maakuntahallitus
                meetingDate: 2025-11-24
                section: 145
                decision: Hyväksyttiin.
                appeal: valitus
                """, AlkeDocument.class));
        assertTrue(e.getMessage().contains("'valitus'")
                && e.getMessage().contains("none, request-for-rectification, municipal-appeal"), e.getMessage());
    }

    @Test
    void aMissingSectionNumberIsAnError() {
        Exception e = assertThrows(Exception.class, () -> YAML.readValue("""
                kind: board-decision-extract
                meta: {title: Päätös, date: 2025-11-24}
                sender: regional-council
                meetingBody: Maakuntahallitus
                meetingDate: 2025-11-24
                decision: Hyväksyttiin.
                notedForInformation: true
                """, AlkeDocument.class));
        assertTrue(e.getMessage().contains("section"), e.getMessage());
    }
}
