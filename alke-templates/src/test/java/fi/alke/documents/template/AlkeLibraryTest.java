package fi.alke.documents.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.ProfileException;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Names;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Side;
import fi.alke.documents.model.Section;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Renders test/letter.ftlx, which calls every macro of lib/alke.ftlx, and test/markdown.ftlx, which puts
 * Markdown at every heading level, and reads the results back.
 */
public class AlkeLibraryTest {
    /** Public: FreeMarker reads only public classes' members. */
    public record Person(String name, String title, String email, String phone) {
    }

    private static final TemplateEngine ENGINE = TemplateEngine.builder().build();
    private static final MarkupParser PARSER = new MarkupParser(
            ResourceLoader.classpath(AlkeLibraryTest.class.getClassLoader(), TemplateEngine.STOCK_ROOT));

    private static Map<String, Object> model(String lang, String profile, boolean padded) throws ProfileException {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("profile", LetterheadProfile.load(profile));
        model.put("date", LocalDate.of(2024, 2, 4));
        model.put("ids", List.of("VN/18234/2023", "VN/18234/2023-TEM-15"));
        model.put("padded", padded);
        model.put("people", List.of(
                new Person("Hanna-Maria Urjankangas", null, "hanna-maria.urjankangas@gov.fi", "0295 047 127"),
                new Person("Pirkko Jukka", "erityisasiantuntija", "pirkko.jukka@gov.fi", null)));
        model.put("signers", List.of(new Person("Tiina Korhonen", "Osastopäällikkö, ylijohtaja", null, null),
                new Person("Anna Esimerkki", null, null, null)));
        model.put("attachments", List.of("Pohja keskustelun teeman kuvaukselle"));
        model.put("distribution", List.of("PLM Puolustusministeriö", "YM Ympäristöministeriö", "Lapin liitto"));
        model.put("forInformation", List.of());
        return model;
    }

    private static Document render(String lang, String profile, boolean padded) throws Exception {
        String markup = ENGINE.render("test/letter.ftlx", model(lang, profile, padded));
        return PARSER.parse("letter.xml", markup);
    }

    @Test
    void finnishLetterCarriesEverySharedPart() throws Exception {
        Document document = render("fi", "tem", false);

        assertEquals("Muistio", document.metadata().documentType());
        assertEquals(LocalDate.of(2024, 2, 4), document.metadata().date());
        assertEquals("4.2.2024", document.metadata().dateText());
        assertEquals(List.of("VN/18234/2023", "VN/18234/2023-TEM-15"), document.metadata().identifiers());
        assertEquals("Työ- ja elinkeinoministeriö", document.metadata().author());

        assertEquals(List.of("Työ- ja elinkeinoministeriö", "Arbets- och näringsministeriet"),
                document.letterhead().nameLines());
        assertNotNull(document.letterhead().logo(), "the logo loads from fi/alke/templates/letterheads/");
        assertEquals(1.6, document.letterhead().logo().widthCm(), 1e-9);
        assertEquals(List.of("Maakuntien liitot"), document.recipient());

        Paragraph links = find(document, Paragraph.class, 0);
        assertInstanceOf(Inline.Link.class, links.content().get(1));
        assertEquals("https://tem.fi/alke", ((Inline.Link) links.content().get(1)).href());
        assertEquals("Linkki ALKE-sivulle ja ilman osoitetta.", text(links));

        LabelledBlock contacts = labelled(document, "Lisätietoja");
        assertEquals(List.of("Hanna-Maria Urjankangas|hanna-maria.urjankangas@gov.fi|0295 047 127",
                        "Pirkko Jukka|erityisasiantuntija|pirkko.jukka@gov.fi"),
                contacts.content().stream().map(b -> text((Paragraph) b)).toList());

        Signatures electronic = find(document, Signatures.class, 0);
        assertTrue(electronic.electronic());
        assertEquals("Tämä asiakirja on sähköisesti allekirjoitettu.", electronic.statement());
        assertEquals(new Signatures.Signer("Tiina Korhonen", "Osastopäällikkö, ylijohtaja"), electronic.signers().get(0));
        assertEquals(new Signatures.Signer("Anna Esimerkki", ""), electronic.signers().get(1));
        Signatures handwritten = find(document, Signatures.class, 1);
        assertFalse(handwritten.electronic());
        assertEquals(null, handwritten.statement());

        assertEquals("Pohja keskustelun teeman kuvaukselle", text(labelled(document, "Liitteet")));
        assertEquals("PLM Puolustusministeriö|YM Ympäristöministeriö|Lapin liitto", text(labelled(document, "Jakelu")));
        assertTrue(document.body().stream().noneMatch(b -> b instanceof LabelledBlock l && l.label().equals("Tiedoksi")),
                "an empty list leaves its block out");

        ContactBlock contact = find(document, ContactBlock.class, 0);
        assertEquals("Työ- ja elinkeinoministeriö", contact.organisation());
        assertEquals(List.of(
                        new ContactBlock.Column(List.of("Postiosoite"), List.of("PL 32", "00023 Valtioneuvosto")),
                        new ContactBlock.Column(List.of("Käyntiosoite"), List.of("Aleksanterinkatu 4", "Helsinki")),
                        new ContactBlock.Column(List.of("Puhelin"), List.of("0295 16001", "+358 295 16001")),
                        new ContactBlock.Column(List.of("Sähköposti", "Internet"), List.of("kirjaamo.tem@gov.fi", "www.tem.fi"))),
                contact.columns());

        Table form = find(document, Table.class, 0);
        assertEquals(2, form.bodyRows().size());
        assertTrue(form.bodyRows().get(0).cells().get(0).blocks().isEmpty());
    }

    @Test
    void swedishLetterHasSwedishLabelsAndNameFirst() throws Exception {
        Document document = render("sv", "tem", false);
        assertEquals(List.of("Arbets- och näringsministeriet", "Työ- ja elinkeinoministeriö"),
                document.letterhead().nameLines());
        assertEquals("Arbets- och näringsministeriet", document.metadata().author());
        assertNotNull(labelled(document, "Bilagor"));
        assertNotNull(labelled(document, "Sändlista"));
        assertNotNull(labelled(document, "Ytterligare information"));
        assertEquals("Detta dokument har undertecknats elektroniskt.", find(document, Signatures.class, 0).statement());
        ContactBlock contact = find(document, ContactBlock.class, 0);
        assertEquals(List.of("Postadress", "Besöksadress", "Telefon", "E-post"),
                contact.columns().stream().map(c -> c.labelLines().get(0)).toList());
    }

    @Test
    void englishLetterHasTheEnglishNameOnly() throws Exception {
        Document document = render("en", "regional-council", false);
        assertEquals(List.of("Example Regional Council"), document.letterhead().nameLines());
        assertNotNull(labelled(document, "Attachments"));
        assertEquals("Example Regional Council", find(document, ContactBlock.class, 0).organisation());
    }

    @Test
    void paddedDatesOnRequest() throws Exception {
        assertEquals("04.02.2024", render("fi", "regional-council", true).metadata().dateText());
    }

    @Test
    void markdownHeadingsContinueTheDocumentsLevelsAndNeverEnterCellsOrItems() throws Exception {
        String markup = ENGINE.render("test/markdown.ftlx", Map.of(
                "text", Markdown.of("# Tausta\n\n## Tarve\n\nTeksti."), "item", "### Vain otsikko"));
        Document document = PARSER.parse("markdown.xml", markup);

        assertEquals(List.of("1 Tausta", "1.1 Tarve", "2 Luku", "2.1 Tausta", "2.1.1 Tarve", "2.2 Alaluku",
                        "2.2.1 Tausta"),
                document.body().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                        .map(h -> h.number() + " " + text(h.content())).toList());
        assertTrue(markup.contains("<td><b>K1</b> <p><b>Tausta</b></p><p><b>Tarve</b></p><p>Teksti.</p></td>"), markup);
        assertTrue(markup.contains("<li><b>Vain otsikko</b></li>"), "one heading is inline bold text: " + markup);
        List<Block> last = document.body().subList(document.body().size() - 3, document.body().size());
        assertEquals(List.of("Tausta", "Tarve", "Teksti."), last.stream().map(b -> text((Paragraph) b)).toList(),
                "level 3: the headings are bold paragraphs");
        assertEquals(new Inline.Text("Tausta", true, false, false), ((Paragraph) last.get(0)).content().get(0));
    }

    /** Finnish genitives by the regular patterns only; Swedish from the definite form; none in English. */
    @Test
    void genitivesFollowTheRegularPatternsAndHeadingsFallBackWithout() throws Exception {
        List<String> finnish = List.of(
                "Maakuntahallitus|Maakuntahallituksen|Maakuntahallituksen päätös|Maakuntahallituksen ehdotus",
                "Kunnanhallitus|Kunnanhallituksen|Kunnanhallituksen päätös|Kunnanhallituksen ehdotus",
                "Hallitus|Hallituksen|Hallituksen päätös|Hallituksen ehdotus",
                "Lautakunta|Lautakunnan|Lautakunnan päätös|Lautakunnan ehdotus",
                "Johtokunta|Johtokunnan|Johtokunnan päätös|Johtokunnan ehdotus",
                "Maakuntavaltuusto|Maakuntavaltuuston|Maakuntavaltuuston päätös|Maakuntavaltuuston ehdotus",
                "Yhtiökokous|Yhtiökokouksen|Yhtiökokouksen päätös|Yhtiökokouksen ehdotus",
                "Yhdistys|Yhdistyksen|Yhdistyksen päätös|Yhdistyksen ehdotus",
                "Maakuntajohtaja|Maakuntajohtajan|Maakuntajohtajan päätös|Maakuntajohtajan ehdotus",
                "Kehittämispäällikkö|Kehittämispäällikön|Kehittämispäällikön päätös|Kehittämispäällikön ehdotus",
                "Presidentti|Presidentin|Presidentin päätös|Presidentin ehdotus",
                "Sihteeri|Sihteerin|Sihteerin päätös|Sihteerin ehdotus",
                "Sairaanhoitopiirin hallitus|Sairaanhoitopiirin hallituksen|Sairaanhoitopiirin hallituksen päätös|"
                        + "Sairaanhoitopiirin hallituksen ehdotus",
                // not covered: the genitive cannot be told from the ending
                "Toimielin||Päätös|Ehdotus (Toimielin)",
                "Asiamies||Päätös|Ehdotus (Asiamies)",
                "Huone||Päätös|Ehdotus (Huone)",
                "Jako||Päätös|Ehdotus (Jako)",
                "Vapaus||Päätös|Ehdotus (Vapaus)");
        assertEquals(finnish, genitives("fi", finnish));
        List<String> swedish = List.of(
                "Landskapsstyrelsen|Landskapsstyrelsens|Landskapsstyrelsens beslut|Landskapsstyrelsens förslag",
                "Rådet|Rådets|Rådets beslut|Rådets förslag",
                "Landskapsstyrelse||Beslut (Landskapsstyrelse)|Förslag (Landskapsstyrelse)",
                "Landskapsdirektör||Beslut (Landskapsdirektör)|Förslag (Landskapsdirektör)");
        assertEquals(swedish, genitives("sv", swedish));
        List<String> english = List.of(
                "Regional Board||Decision of the Regional Board|Proposal by the Regional Board");
        assertEquals(english, genitives("en", english));
    }

    /** Renders test/genitive.ftlx for the first field of each expected line. */
    private static List<String> genitives(String lang, List<String> expected) throws Exception {
        List<String> words = expected.stream().map(line -> line.substring(0, line.indexOf('|'))).toList();
        return ENGINE.render("test/genitive.ftlx", Map.of("lang", lang, "words", words)).lines()
                .filter(line -> !line.isBlank()).toList();
    }

    @Test
    void sectionsNumberTheirHeadingsOnRequestAndGoBoldBelowTheThirdLevel() throws Exception {
        Section deepest = new Section("Etäyhteys", Markdown.of("# Ohje\n\nTeams."));
        Section talks = Section.builder().heading("Keskustelut").sections(List.of(deepest)).build();
        List<Section> sections = List.of(
                Section.builder().heading("Aikataulu").body(Markdown.of("Alla.")).sections(List.of(talks)).build(),
                new Section("Yhteystiedot", Markdown.of("Kysy.")));
        Document document = PARSER.parse("sections.xml", ENGINE.render("test/sections.ftlx",
                Map.of("lang", "fi", "sections", sections)));
        List<String> printed = document.body().stream().map(block -> block instanceof Heading h
                ? "h" + h.level() + " " + text(h.content()) : block instanceof Paragraph p ? "p " + text(p) : "?").toList();
        assertEquals(List.of("h1 1 Aikataulu", "p Alla.", "h2 1.1 Keskustelut", "h3 1.1.1 Etäyhteys", "p Ohje", "p Teams.",
                "h1 2 Yhteystiedot", "p Kysy.",
                "h1 Liite", "h2 3 Aikataulu", "p Alla.", "h3 3.1 Keskustelut", "p 3.1.1 Etäyhteys", "p Ohje", "p Teams.",
                "h2 4 Yhteystiedot", "p Kysy."), printed);
        Paragraph boldHeading = (Paragraph) document.body().get(document.body().size() - 5);
        assertTrue(((Inline.Text) boldHeading.content().get(0)).bold(), "a heading below h3 is a bold paragraph");
    }

    /** The party macros: by side, the older ministry and region macros on actions and lists, the legend. */
    @Test
    void partiesPrintBySideOnceEachInTheirOrderWithTheirLegend() throws Exception {
        Party ely = Party.of(Organisation.builder().code("ely-keski-suomi").name(new Names("Keski-Suomen ELY-keskus",
                null, null)).abbreviation("KS-ELY").side(Side.STATE).build());
        Party university = Party.of(Organisation.builder().code("jyu").name(new Names("Jyväskylän yliopisto", null, null))
                .side(Side.REGIONS).build());
        List<Action> actions = List.of(
                Action.builder().id("K1").description(Markdown.of("a")).ministries(List.of(Ministry.OKM))
                        .regions(List.of(Region.LAPPI)).responsible(List.of(university, ely, Party.allRegions())).build(),
                Action.builder().id("K2").description(Markdown.of("b")).ministries(List.of(Ministry.TEM, Ministry.OKM))
                        .regions(List.of(Region.UUSIMAA)).responsible(List.of(Party.government())).build());
        assertEquals(List.of(
                "partyLines: OKM / KS-ELY # Lappi / Jyväskylän yliopisto / Kaikki maakunnat",
                "partyLines of the second: TEM / OKM / VN",
                "ministryLines of an action: OKM / KS-ELY",
                "regionLines of an action: Lappi / Jyväskylän yliopisto / Kaikki maakunnat",
                "ministryLines of ministries: TEM / VM",
                "regionLines of regions: Keski-Suomi",
                "named: OKM 19 jyu ely-keski-suomi all-regions TEM 01 VN",
                "code lists: VN TEM OKM 01 19 all-regions jyu ely-keski-suomi",
                "abbreviated, as templates written before read it: OKM KS-ELY TEM VN",
                "legend: Lyhenteet: VN valtioneuvosto; OKM Opetus- ja kulttuuriministeriö; KS-ELY Keski-Suomen "
                        + "ELY-keskus; TEM Työ- ja elinkeinoministeriö",
                "Kaikki maakunnat: Uusimaa, Lappi.",
                "ministryLegend: Lyhenteet: VN valtioneuvosto; OKM Opetus- ja kulttuuriministeriö; KS-ELY Keski-Suomen "
                        + "ELY-keskus; TEM Työ- ja elinkeinoministeriö",
                "Kaikki maakunnat: Uusimaa, Lappi."),
                parties("fi", actions));
    }

    /**
     * The government is called as the state's column is headed in the language (actions.state), in the columns
     * and the legend alike, and listed once: SR in Swedish, explained by the legend's first entry; Government in
     * English, a word the legend need not explain.
     */
    @Test
    void theGovernmentsLabelFollowsTheLanguageAndTheLegendListsItOnce() throws Exception {
        Party ely = Party.of(Organisation.builder().code("ely-keski-suomi").name(new Names("Keski-Suomen ELY-keskus",
                null, null)).abbreviation("KS-ELY").side(Side.STATE).build());
        List<Action> actions = List.of(
                Action.builder().id("K1").description(Markdown.of("a")).ministries(List.of(Ministry.OKM))
                        .regions(List.of(Region.LAPPI)).responsible(List.of(ely, Party.allRegions())).build(),
                Action.builder().id("K2").description(Markdown.of("b")).ministries(List.of(Ministry.TEM))
                        .regions(List.of(Region.UUSIMAA)).responsible(List.of(Party.government())).build());
        List<String> sv = parties("sv", actions);
        assertTrue(sv.contains("partyLines of the second: TEM / SR"), sv.toString());
        assertTrue(sv.contains("legend: Förkortningar: SR statsrådet; OKM Undervisnings- och kulturministeriet; "
                + "KS-ELY Keski-Suomen ELY-keskus; TEM Arbets- och näringsministeriet"), sv.toString());
        assertTrue(sv.contains("Alla landskap: Nyland, Lappland."), sv.toString());
        List<String> en = parties("en", actions);
        assertTrue(en.contains("partyLines of the second: TEM / Government"), en.toString());
        assertTrue(en.contains("legend: Abbreviations: OKM Ministry of Education and Culture; KS-ELY Keski-Suomen "
                + "ELY-keskus; TEM Ministry of Economic Affairs and Employment"), en.toString());
        assertTrue(en.contains("All regions: Uusimaa, Lapland."), en.toString());
        // the library's label is the bundle's, and Party.label gives the stock bundles' label in Java
        for (String language : List.of("fi", "sv", "en")) {
            assertEquals(ENGINE.messages(language).get("actions.state"), Party.government().label(language), language);
        }

        // an author's bundle that heads the column otherwise calls the government so too and, with no first
        // entry in the legend, spells out a government whose label is an abbreviation by itself, once
        Path folder = Files.createTempDirectory("alke-labels");
        try {
            Files.writeString(folder.resolve("messages_fi.properties"), "actions.state=Valtioneuvosto\nactions.stateLegend=\n");
            TemplateEngine named = TemplateEngine.builder().overrides(folder).build();
            List<String> fi = parties(named, "fi", actions);
            assertTrue(fi.contains("partyLines of the second: TEM / Valtioneuvosto"), fi.toString());
            assertTrue(fi.contains("legend: Lyhenteet: OKM Opetus- ja kulttuuriministeriö; KS-ELY Keski-Suomen "
                    + "ELY-keskus; TEM Työ- ja elinkeinoministeriö"), fi.toString());
            Files.writeString(folder.resolve("messages_fi.properties"), "actions.stateLegend=\n");
            List<String> noFirstEntry = parties(TemplateEngine.builder().overrides(folder).build(), "fi", actions);
            assertTrue(noFirstEntry.contains("legend: Lyhenteet: OKM Opetus- ja kulttuuriministeriö; KS-ELY "
                    + "Keski-Suomen ELY-keskus; TEM Työ- ja elinkeinoministeriö; VN Valtioneuvosto"), noFirstEntry.toString());
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** The lines of test/parties.ftlx in a language, its paragraphs and breaks as text. */
    private static List<String> parties(String language, List<Action> actions) throws Exception {
        return parties(ENGINE, language, actions);
    }

    private static List<String> parties(TemplateEngine engine, String language, List<Action> actions) throws Exception {
        String out = engine.render("test/parties.ftlx", Map.of("lang", language, "actions", actions,
                "ministries", List.of(Ministry.TEM, Ministry.VM), "regions", List.of(Region.KESKI_SUOMI)));
        return out.replaceAll(":\\s+<p>", ": <p>").lines()
                .map(line -> line.replace("<br/>", " / ").replaceAll("</?[pb]>", "").strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    private static <T extends Block> T find(Document document, Class<T> type, int index) {
        return document.body().stream().filter(type::isInstance).map(type::cast).skip(index).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + index));
    }

    private static LabelledBlock labelled(Document document, String label) {
        return document.body().stream().filter(b -> b instanceof LabelledBlock l && l.label().equals(label))
                .map(LabelledBlock.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no labelled block " + label));
    }

    /** The block's text with line breaks as "|". */
    private static String text(LabelledBlock block) {
        return block.content().stream().map(b -> text((Paragraph) b)).collect(Collectors.joining("||"));
    }

    private static String text(Paragraph paragraph) {
        return text(paragraph.content());
    }

    private static String text(List<Inline> inlines) {
        return inlines.stream().map(inline -> inline.accept(new Inline.Visitor<String>() {
            @Override
            public String text(Inline.Text text) {
                return text.text();
            }

            @Override
            public String link(Inline.Link link) {
                return link.content().stream().map(Inline.Text::text).collect(Collectors.joining());
            }

            @Override
            public String lineBreak(Inline.LineBreak lineBreak) {
                return "|";
            }
        })).collect(Collectors.joining());
    }
}
