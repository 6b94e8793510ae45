package fi.alke.documents.model;

import static fi.alke.documents.model.GuidanceLetterTest.assertRejected;
import static fi.alke.documents.model.GuidanceLetterTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTableTest {
    static final List<Region> EAST = List.of(Region.ETELA_KARJALA, Region.ETELA_SAVO, Region.POHJOIS_SAVO,
            Region.POHJOIS_KARJALA);

    static ActionTable built() {
        return ActionTable.builder()
                .meta(Meta.builder()
                        .title("Toimenpiteet – Itäinen Suomi")
                        .date(LocalDate.of(2024, 4, 30))
                        .identifiers(List.of("VN/18234/2023"))
                        .build())
                .sender("tem")
                .ongoing(List.of(
                        new Action("K1", Markdown.of("Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta"),
                                List.of(Ministry.TEM, Ministry.VM), EAST),
                        new Action("K2", Markdown.of("Jatkuvan oppimisen ja työllisyyden rahoituksen kohdentaminen "
                                + "investointialueille"), List.of(Ministry.OKM, Ministry.TEM),
                                List.of(Region.POHJOIS_SAVO, Region.POHJOIS_KARJALA))))
                .proposed(List.of(
                        Action.builder().id("U1")
                                .description(Markdown.of("""
                                        Selvitetään sähkönsiirtoverkon kapasiteettitarpeet Itä-Suomen investointihankkeissa
                                        yhdessä Fingridin kanssa.
                                        """))
                                .ministries(List.of(Ministry.TEM, Ministry.YM))
                                .regions(EAST)
                                .build(),
                        Action.builder().id("U2")
                                .description(Markdown.of("Laaditaan lupaprosessien ennakointimalli alueellisille "
                                        + "investointihankkeille"))
                                .ministries(List.of(Ministry.YM))
                                .build()))
                .build();
    }

    @Test
    void readsTheYamlExample() throws Exception {
        ActionTable table = assertInstanceOf(ActionTable.class, read("action-table.yaml"));
        assertEquals("Toimenpiteet – Itäinen Suomi", table.meta().title());
        assertEquals(List.of("K1", "K2"), table.ongoing().stream().map(Action::id).toList());
        assertEquals(List.of("U1", "U2"), table.proposed().stream().map(Action::id).toList());
        Action k1 = table.ongoing().get(0);
        assertEquals("Itä- ja Pohjois-Suomen ohjelman toimeenpano ja seuranta", k1.description().source());
        assertEquals(List.of(Ministry.TEM, Ministry.VM), k1.ministries());
        assertEquals(EAST, k1.regions());
        assertEquals(List.of(), table.proposed().get(1).regions());
        assertEquals(List.of("K1", "K2", "U1", "U2"), table.actions().stream().map(Action::id).toList());
    }

    @Test
    void theBuilderMakesTheSameTable() throws Exception {
        assertEquals(read("action-table.yaml"), built());
    }

    @Test
    void aTableMayHaveOnlyProposals() {
        ActionTable table = ActionTableBuilder.builder(built()).ongoing(null).build();
        assertEquals(List.of(), table.ongoing());
        assertEquals(2, table.proposed().size());
    }

    @Test
    void rejectsWhatTheRulesForbid() {
        ActionTable valid = built();
        assertRejected("meta", () -> ActionTableBuilder.builder(valid).meta(null).build());
        assertRejected("sender", () -> ActionTableBuilder.builder(valid).sender(null).build());
        assertRejected("ongoing or proposed", () -> ActionTableBuilder.builder(valid)
                .ongoing(List.of()).proposed(null).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionTableBuilder
                .builder(valid).proposed(List.of(new Action("K2", Markdown.of("Toinen K2"), null, null))).build());
        assertEquals("proposed[0].id: the id 'K2' is already used by ongoing[1].id; each action needs an id of its own", e.getMessage());
    }

    @Test
    void rejectsBadActions() {
        Markdown text = Markdown.of("Toimenpide");
        assertRejected("id", () -> new Action(null, text, null, null));
        assertRejected("id", () -> new Action(" ", text, null, null));
        assertRejected("description", () -> new Action("K1", null, null, null));
        Action bare = new Action("K1", text, null, null);
        assertEquals(List.of(), bare.ministries());
        assertEquals(List.of(), bare.regions());
    }

    @Test
    void anUnknownMinistryIsAnError() {
        Exception e = assertThrows(Exception.class, () -> new YAMLMapper().findAndRegisterModules().readValue("""
                kind: action-table
                meta: {title: Toimenpiteet, date: 2024-04-30}
                sender: tem
                ongoing:
                  - id: K1
                    description: Ohjelman toimeenpano
                    ministries: [TEM, KTM]
                """, AlkeDocument.class));
        assertTrue(e.getMessage().contains("'KTM'"), e.getMessage());
    }
}
