package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alke codes}: the code lists, in a language, with an author's folder's organisations. */
class CodesCommandTest {
    private static final String ORGANISATIONS = """
            organisations:
              - code: ely-keski-suomi
                name:
                  fi: Keski-Suomen ELY-keskus
                  sv: NTM-centralen i Mellersta Finland
                abbreviation: Keski-Suomen ELY
                side: state
              - code: jyu
                name: {fi: Jyväskylän yliopisto, en: University of Jyväskylä}
                side: regions
            """;

    @TempDir
    Path dir;

    @Test
    void listsEveryRegionMinistryAndOtherPartyWithItsNameAndSide() {
        Cli run = alke("codes");

        assertEquals(0, run.exit(), run.printed());
        assertEquals("", run.err(), run.printed());
        for (Region region : Region.values()) {
            assertRow(run, region.code(), region.name("fi") + (region.hasRegionalCouncil() ? "" : " (no regional council)"),
                    "regions");
        }
        for (Ministry ministry : Ministry.values()) {
            assertRow(run, ministry.abbreviation(), ministry.name("fi"), "state");
        }
        assertRow(run, "VN", "Valtioneuvosto", "state");
        assertRow(run, "all-regions", "Kaikki maakunnat", "regions");
        assertRow(run, "state", "VN column", "VN, the ministries");
        assertRow(run, "regions", "Maakunnat column", "the regions, all-regions");
        assertTrue(run.out().startsWith("Regions (write the code in quotes: \"13\")\nCODE"), run.printed());
    }

    @Test
    void printsTheNamesInTheLanguageAsked() {
        Cli swedish = alke("codes", "--lang", "sv");
        assertEquals(0, swedish.exit(), swedish.printed());
        assertRow(swedish, "13", "Mellersta Finland", "regions");
        assertRow(swedish, "TEM", "Arbets- och näringsministeriet", "state");
        assertRow(swedish, "VN", "Statsrådet", "state");
        assertRow(swedish, "all-regions", "Alla landskap", "regions");

        Cli english = alke("codes", "--lang", "en");
        assertEquals(0, english.exit(), english.printed());
        assertRow(english, "19", "Lapland", "regions");
        assertRow(english, "OKM", "Ministry of Education and Culture", "state");

        Cli wrong = alke("codes", "--lang", "de");
        assertEquals(2, wrong.exit(), wrong.printed());
        assertTrue(wrong.err().contains("--lang"), wrong.printed());
    }

    @Test
    void listsTheOrganisationsOfTheTemplatesFolder() throws IOException {
        Files.writeString(dir.resolve("organisations.yaml"), ORGANISATIONS);

        Cli run = alke("codes", "--templates", dir);

        assertEquals(0, run.exit(), run.printed());
        assertTrue(run.out().contains("Organisations of " + dir.resolve("organisations.yaml")), run.printed());
        assertRow(run, "ely-keski-suomi", "Keski-Suomen ELY-keskus (Keski-Suomen ELY)", "state");
        assertRow(run, "jyu", "Jyväskylän yliopisto", "regions");
        assertRow(run, "13", "Keski-Suomi", "regions"); // the code lists too

        Cli swedish = alke("codes", "--templates", dir, "--lang", "sv");
        assertRow(swedish, "ely-keski-suomi", "NTM-centralen i Mellersta Finland (Keski-Suomen ELY)", "state");
        assertRow(swedish, "jyu", "Jyväskylän yliopisto", "regions"); // no Swedish name: the Finnish one
    }

    @Test
    void aFolderWithoutOrganisationsListsTheCodeListsAndSaysSo() {
        Cli run = alke("codes", "--templates", dir);

        assertEquals(0, run.exit(), run.printed());
        assertTrue(run.out().contains("No organisations: " + dir.resolve("organisations.yaml") + " does not exist."),
                run.printed());
        assertRow(run, "VN", "Valtioneuvosto", "state");
    }

    @Test
    void aBrokenOrganisationsFileIsNamedWithItsLines() throws IOException {
        Path file = dir.resolve("organisations.yaml");
        Files.writeString(file, ORGANISATIONS.replace("side: regions", "side: left").replace("code: jyu", "code: TEM"));

        Cli run = alke("codes", "--templates", dir);

        assertEquals(1, run.exit(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertTrue(!lines.isEmpty() && lines.stream().allMatch(line -> line.startsWith(file + ":")), run.printed());
        assertTrue(run.err().contains("side"), run.printed());
    }

    @Test
    void aMissingTemplatesFolderIsWrongUsage() {
        Cli run = alke("codes", "--templates", dir.resolve("nowhere"));

        assertEquals(2, run.exit(), run.printed());
        assertTrue(run.err().contains("--templates: no such folder: " + dir.resolve("nowhere")), run.printed());
    }

    @Test
    void helpDescribesTheCommand() {
        Cli run = alke("codes", "--help");

        assertEquals(0, run.exit(), run.printed());
        assertTrue(run.out().contains("--templates=DIR") && run.out().contains("--lang=LANG"), run.printed());
        assertTrue(alke("--help").out().contains("codes"));
    }

    /** A line of the output with the three columns, separated by at least two spaces. */
    private static void assertRow(Cli run, String code, String name, String side) {
        Pattern row = Pattern.compile("(?m)^" + Pattern.quote(code) + " {2,}" + Pattern.quote(name) + " {2,}"
                + Pattern.quote(side));
        assertTrue(row.matcher(run.out()).find(), code + " / " + name + " / " + side + " in\n" + run.printed());
    }
}
