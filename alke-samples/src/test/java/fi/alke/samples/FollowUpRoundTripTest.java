package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.input.InputWriter;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Party;
import fi.alke.documents.testing.Fixtures;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up round trip on the command line (issue 5 §5): forms out for a new round of the sample
 * seuranta-2024, filled through POI as a person would (choosing a status label and typing only into the cells
 * the form leaves unlocked, or the editable ranges of a DOCX form), imported into a new input file, rendered to
 * PDF, and the new statuses found in the PDF's text.
 */
class FollowUpRoundTripTest {
    private static final String ROUND = "syksy 2024";
    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path dir;

    private Path input;

    /** The sample with a third round, syksy 2024, that nobody has reported yet. */
    @BeforeEach
    void followUpWithANewRound() throws Exception {
        Path sample = copy("samples/seuranta-2024.yaml", dir.resolve("sample/seuranta-2024.yaml"));
        FollowUp followUp = (FollowUp) new InputReader().read(sample);
        List<Round> rounds = new ArrayList<>(followUp.rounds());
        rounds.add(new Round(ROUND, LocalDate.of(2024, 10, 15)));
        input = dir.resolve("seuranta.yaml");
        Files.writeString(input, new InputWriter().write(FollowUpBuilder.builder(followUp).rounds(rounds).build()));
    }

    @Test
    void formsOutFilledInImportedAndTheNewStatusesAreInTheReport() throws Exception {
        Path forms = dir.resolve("forms");
        Cli out = alke("followup", "forms", input, "--round", ROUND, "--out", forms);
        assertEquals(0, out.exit(), out.printed());
        // one form per party named in the actions: the ministries in the code list's order, then the regions
        List<String> names;
        try (Stream<Path> files = Files.list(forms)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(Stream.of("ministry-tem", "ministry-vm", "ministry-okm", "ministry-lvm", "ministry-sm",
                        "ministry-ym", "region-09", "region-10", "region-11", "region-12")
                .map(party -> "seuranta-syksy-2024-" + party + ".xlsx").sorted().toList(), names);
        assertTrue(out.out().contains("10 forms for round syksy 2024"), out.printed());
        // the form key is made beside the input, never among the forms
        Path keyFile = dir.resolve("seuranta.formkey");
        assertTrue(Files.exists(keyFile), out.printed());
        assertTrue(out.out().contains("wrote form key " + keyFile + " (key "), out.printed());
        byte[] key = Files.readAllBytes(keyFile);

        Path tem = forms.resolve("seuranta-syksy-2024-ministry-tem.xlsx");
        Path karelia = forms.resolve("seuranta-syksy-2024-region-12.xlsx");
        fill(tem, Map.of("K1", new String[] {"Valmis", "Ohjelma hyväksyttiin valtioneuvostossa syyskuussa 2024."},
                "K3", new String[] {"Peruttu", ""}));
        fill(karelia, Map.of("K1", new String[] {"Valmis", ""},
                "U2", new String[] {"Käynnissä", "Ratojen selvitys käynnistyi elokuussa."}));
        // Etelä-Savo asked for a Word form
        Cli word = alke("followup", "forms", input, "--round", ROUND, "--out", dir.resolve("word"), "--format", "docx");
        assertEquals(0, word.exit(), word.printed());
        assertTrue(word.out().contains("sealing with form key " + keyFile), word.printed());
        assertArrayEquals(key, Files.readAllBytes(keyFile), "the key is reused");
        Path savo = dir.resolve("word/seuranta-syksy-2024-region-10.docx");
        fillDocx(savo, "U3", "Valmis");

        byte[] before = Files.readAllBytes(input);
        Path next = dir.resolve("seuranta-syksy-2024.yaml");
        Cli in = alke("followup", "import", input, tem, karelia, savo, "--round", ROUND, "--out", next);
        assertEquals(0, in.exit(), in.printed());
        assertArrayEquals(before, Files.readAllBytes(input), "the original input is never changed");

        FollowUp imported = (FollowUp) new InputReader().read(next);
        Progress k1 = imported.progressOf("K1", ROUND).orElseThrow();
        assertEquals(Status.DONE, k1.state());
        assertEquals(Status.DONE, k1.regions());
        assertTrue(k1.note().source().contains("Ohjelma hyväksyttiin valtioneuvostossa"), k1.note().source());
        assertEquals(Status.CANCELLED, imported.progressOf("K3", ROUND).orElseThrow().state());
        assertEquals(Status.IN_PROGRESS, imported.progressOf("U2", ROUND).orElseThrow().regions());
        assertEquals(Status.DONE, imported.progressOf("U3", ROUND).orElseThrow().regions());
        assertTrue(imported.progressOf("K4", ROUND).isEmpty(), "a row left blank imports nothing");

        // importing the same forms again, over the output, gives the same file
        byte[] first = Files.readAllBytes(next);
        Cli again = alke("followup", "import", input, tem, karelia, savo, tem, "--round", ROUND, "--out", next,
                "--force");
        assertEquals(0, again.exit(), again.printed());
        assertArrayEquals(first, Files.readAllBytes(next));

        Path pdfs = dir.resolve("pdf");
        Cli render = alke("render", next, "--out", pdfs);
        assertEquals(0, render.exit(), render.printed());
        // the summary by party counts each party's actions by its own side in the new round
        List<List<String>> byParty = partyTable(pdfs.resolve("seuranta-syksy-2024.docx"));
        assertEquals(List.of("Vastuutahot", "Ei aloitettu", "Käynnissä", "Valmis", "Peruttu", "Ei raportoitu",
                "Yhteensä"), byParty.get(0));
        // TEM typed K1 done and K3 cancelled; U3's new entry (from Etelä-Savo's form) has no state's side, so
        // it is not reported (not February's cancelled), nor are its four other actions
        assertTrue(byParty.contains(List.of("TEM", "0", "0", "1", "1", "5", "7")), byParty.toString());
        // Pohjois-Karjala typed K1 done and U2 in progress; K3's new entry (from TEM's form) has no regions'
        // side, so it is not reported (not February's done), nor are its four other actions
        assertTrue(byParty.contains(List.of("Pohjois-Karjala", "0", "1", "1", "0", "5", "7")), byParty.toString());
        // Etelä-Savo: U3 typed done, K1 done by Pohjois-Karjala (one regions' side), U2 in progress
        assertTrue(byParty.contains(List.of("Etelä-Savo", "0", "1", "2", "0", "2", "5")), byParty.toString());
        String text;
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("seuranta-syksy-2024.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        Fixtures.assertInOrder(text, List.of(
                "Seurantakierrokset:", "helmikuu 2024 (8.3.2024), syksy 2024 (15.10.2024)",
                "Tilanne seurantakierroksella syksy 2024",
                "Tilanne vastuutahoittain seurantakierroksella syksy 2024",
                // K1: autumn 2023, February 2024, then the new round with both sides done and TEM's note
                "K1 Itä- ja Pohjois-Suomen ohjelman", "syksy 2023", "helmikuu 2024", "syksy 2024", "Valmis", "Valmis",
                "Ohjelma hyväksyttiin valtioneuvostossa syyskuussa 2024.",
                // K3: the state gave up in the new round; the regions have not reported it
                "K3 Kantaverkon", "helmikuu 2024", "syksy 2024 Peruttu Ei raportoitu",
                "U2 Selvitetään", "syksy 2024", "Käynnissä", "Ratojen selvitys käynnistyi elokuussa.",
                // U3: the regions' done; the state has not reported it
                "U3", "syksy 2024 Ei raportoitu Valmis"));
    }

    /**
     * A Word form filled in, then opened and saved again by another word processor before it is returned:
     * LibreOffice writes its own WordprocessingML (its own runs, bookmarks and properties, and it may drop the
     * editable ranges), and the form still imports, by its custom properties and its repeating header rows.
     */
    @Test
    void aWordFormSavedAgainByLibreOfficeImports() throws Exception {
        Cli word = alke("followup", "forms", input, "--round", ROUND, "--out", dir.resolve("word"), "--format", "docx");
        assertEquals(0, word.exit(), word.printed());
        Path savo = dir.resolve("word/seuranta-syksy-2024-region-10.docx");
        fillDocx(savo, "U3", "Valmis");
        fillDocx(savo, "K1", "Käynnissä");
        byte[] resaved = LibreOffice.resaved(Map.of("savo", Files.readAllBytes(savo)), dir.resolve("lo")).get("savo");
        Path returned = Files.write(dir.resolve("returned-region-10.docx"), resaved);
        Path next = dir.resolve("seuranta-syksy-2024.yaml");
        Cli in = alke("followup", "import", input, returned, "--round", ROUND, "--out", next);
        assertEquals(0, in.exit(), in.printed());
        FollowUp imported = (FollowUp) new InputReader().read(next);
        assertEquals(Status.DONE, imported.progressOf("U3", ROUND).orElseThrow().regions());
        assertEquals(Status.IN_PROGRESS, imported.progressOf("K1", ROUND).orElseThrow().regions());
        assertTrue(imported.progressOf("U2", ROUND).isEmpty(), "a row left blank imports nothing");
    }

    /**
     * Every kind of party: the government, ministries, organisations on both sides and all regions, with the
     * actions in an action table beside the input. The input is read from its own folder, wherever the command
     * runs; the new input is written elsewhere and still finds the table.
     */
    @Test
    void organisationsAndAllRegionsGetFormsAndTheNewInputStillNamesTheActionTable() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("toimenpiteet.yaml"), """
                kind: action-table
                meta:
                  title: Toimenpiteet
                  date: 2024-04-30
                sender: tem
                organisations:
                  - code: ely-keski-suomi
                    name: {fi: Keski-Suomen ELY-keskus}
                    side: state
                  - code: Åbo_Akademi
                    name: {fi: Åbo Akademi, sv: Åbo Akademi}
                    side: regions
                  - code: abo-akademi
                    name: {fi: Toinen Åbo-niminen yhdistys}
                    side: regions
                  - code: ministry-tem
                    name: {fi: Koodiltaan ministeriön kaltainen virasto}
                    side: state
                ongoing:
                  - id: M1
                    description: Maakuntien yhteinen osaamistarpeiden ennakointi
                    ministries: [OKM]
                    responsible: [all-regions]
                  - id: E1
                    description: Teollisuuden sähköistymisen tiekartta
                    ministries: [TEM]
                    regions: ["13"]
                    responsible: [ely-keski-suomi, Åbo_Akademi]
                  - id: A1
                    description: Yhdistysten ja viraston yhteishanke
                    responsible: [abo-akademi, ministry-tem]
                  - id: V1
                    description: Valtioneuvoston periaatepäätös
                    responsible: [VN]
                """);
        Path followUp = in.resolve("seuranta.yaml");
        Files.writeString(followUp, """
                kind: follow-up
                meta:
                  title: Seuranta
                  date: 2024-05-02
                sender: tem
                actionTable: toimenpiteet.yaml
                rounds:
                  - name: syksy 2024
                    date: 2024-10-15
                """);
        Path forms = dir.resolve("forms");
        Cli out = alke("followup", "forms", followUp, "--round", ROUND, "--out", forms);
        assertEquals(0, out.exit(), out.printed());
        List<String> names;
        try (Stream<Path> files = Files.list(forms)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        // all regions are the regions the table names, Keski-Suomi alone; organisation codes made safe, and kept
        // apart where they would clash
        List<String> parties = List.of("vn", "ministry-tem", "ministry-okm", "region-13", "ely-keski-suomi",
                "abo-akademi", "abo-akademi-2", "ministry-tem-2");
        assertEquals(parties.stream().map(party -> "seuranta-syksy-2024-" + party + ".xlsx").sorted().toList(), names);

        Path ely = forms.resolve("seuranta-syksy-2024-ely-keski-suomi.xlsx");
        Path abo = forms.resolve("seuranta-syksy-2024-abo-akademi.xlsx");
        Path centralFinland = forms.resolve("seuranta-syksy-2024-region-13.xlsx");
        fill(ely, Map.of("E1", new String[] {"Valmis", "Tiekartta julkaistu."}));
        fill(abo, Map.of("E1", new String[] {"Käynnissä", ""}));
        fill(centralFinland, Map.of("M1", new String[] {"Käynnissä", ""}, "E1", new String[] {"Käynnissä", ""}));
        Cli word = alke("followup", "forms", followUp, "--round", ROUND, "--out", dir.resolve("word"), "--format",
                "docx");
        assertEquals(0, word.exit(), word.printed());
        // Keski-Suomi's Word form says the same as its workbook: forms that agree are fine
        Path centralFinlandWord = dir.resolve("word/seuranta-syksy-2024-region-13.docx");
        fillDocx(centralFinlandWord, "M1", "Käynnissä");

        Path next = dir.resolve("out/seuranta-syksy-2024.yaml");
        Files.createDirectories(next.getParent());
        Cli imported = alke("followup", "import", followUp, ely, abo, centralFinland, centralFinlandWord, "--round",
                ROUND, "--out", next);
        assertEquals(0, imported.exit(), imported.printed());
        String written = Files.readString(next);
        assertTrue(written.contains("\nactionTable: ../in/toimenpiteet.yaml\n"), written);
        assertFalse(written.contains("\nactions:"), written);
        FollowUp result = (FollowUp) new InputReader().read(next);
        assertEquals(new Progress("E1", ROUND, Status.DONE, Status.IN_PROGRESS,
                Markdown.of("Keski-Suomen ELY-keskus: Tiekartta julkaistu.")),
                result.progressOf("E1", ROUND).orElseThrow());
        assertEquals(Status.IN_PROGRESS, result.progressOf("M1", ROUND).orElseThrow().regions());
        assertEquals(List.of("M1", "E1", "A1", "V1"), result.actions().stream().map(Action::id).toList());
    }

    /**
     * The Itä-Suomi sample names all regions for K1 and U2, and the regions 13, 11 (K3), 05 and 10 (U3) in its
     * action table: those four regions get forms, each listing the actions of all regions, and no other region
     * does — not the other fourteen, never Åland.
     */
    @Test
    void theItaSuomiSamplesAllRegionsAreItsFourRegions() throws Exception {
        Path in = dir.resolve("itasuomi");
        for (String name : List.of("seuranta-itasuomi-2026.yaml", "toimenpiteet-itasuomi-2026.yaml",
                "organisaatiot-2026.yaml")) {
            copy("samples/" + name, in.resolve(name));
        }
        Path followUp = in.resolve("seuranta-itasuomi-2026.yaml");
        Path forms = dir.resolve("itasuomi-forms");
        Cli out = alke("followup", "forms", followUp, "--round", "syksy 2026", "--out", forms);
        assertEquals(0, out.exit(), out.printed());
        List<String> names;
        try (Stream<Path> files = Files.list(forms)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(Stream.of("vn", "ministry-tem", "ministry-okm", "ministry-plm", "region-05", "region-10",
                        "region-11", "region-13", "elinvoimakeskus-ks", "jyu", "uef", "hvk", "business-finland",
                        "jyvaskyla")
                .map(party -> "seuranta-itasuomi-2026-syksy-2026-" + party + ".xlsx").sorted().toList(), names);
        assertTrue(out.out().contains("14 forms for round syksy 2026"), out.printed());
        // Kanta-Häme reports U3, its own, and K1 and U2, the actions of all regions
        try (InputStream stream = Files.newInputStream(forms.resolve("seuranta-itasuomi-2026-syksy-2026-region-05.xlsx"));
             Workbook workbook = new XSSFWorkbook(stream)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> ids = new ArrayList<>();
            for (int row = 3; sheet.getRow(row) != null; row++) {
                ids.add(TEXT.formatCellValue(sheet.getRow(row).getCell(0)));
            }
            assertEquals(List.of("K1", "U2", "U3"), ids);
        }
        FollowUp read = (FollowUp) new InputReader().read(followUp);
        assertEquals(List.of("05", "10", "11", "13"), read.allRegions().stream()
                .map(Party::code).toList());
    }

    /** The sample's summary by party: ministries (state's side) then regions (regions' side), latest round. */
    @Test
    void theReportSummarisesTheLatestRoundByMinistryAndRegion() throws Exception {
        Path sample = copy("samples/seuranta-2024.yaml", dir.resolve("in/seuranta-2024.yaml"));
        Cli render = alke("render", sample, "--out", dir.resolve("out"), "--format", "docx");
        assertEquals(0, render.exit(), render.printed());
        assertEquals(List.of(
                List.of("Vastuutahot", "Ei aloitettu", "Käynnissä", "Valmis", "Peruttu", "Yhteensä"),
                List.of("VN", "", "", "", "", ""),
                List.of("TEM", "0", "3", "3", "1", "7"),
                List.of("VM", "0", "2", "0", "0", "2"),
                List.of("OKM", "0", "0", "1", "1", "2"),
                List.of("LVM", "0", "1", "0", "0", "1"),
                List.of("SM", "0", "1", "0", "0", "1"),
                List.of("YM", "0", "0", "1", "0", "1"),
                List.of("Maakunnat", "", "", "", "", ""),
                List.of("Etelä-Karjala", "0", "3", "3", "0", "6"),
                List.of("Etelä-Savo", "0", "3", "2", "0", "5"),
                List.of("Pohjois-Savo", "0", "3", "2", "0", "5"),
                List.of("Pohjois-Karjala", "0", "4", "3", "0", "7")),
                partyTable(dir.resolve("out/seuranta-2024.docx")).stream()
                        .map(row -> row.size() == 1 ? List.of(row.get(0), "", "", "", "", "") : row).toList());
    }

    @Test
    void aFormOfAnotherRoundIsRefusedWithItsFileAndNothingIsWritten() throws Exception {
        Path forms = dir.resolve("forms");
        Cli out = alke("followup", "forms", input, "--round", "helmikuu 2024", "--out", forms);
        assertEquals(0, out.exit(), out.printed());
        Path february = forms.resolve("seuranta-helmikuu-2024-ministry-tem.xlsx");
        fill(february, Map.of("K1", new String[] {"done", ""}));

        Path next = dir.resolve("uusi.yaml");
        Cli in = alke("followup", "import", input, february, "--round", ROUND, "--out", next);
        assertEquals(1, in.exit(), in.printed());
        assertTrue(in.err().contains(february + ": the form is for the round 'helmikuu 2024', not for 'syksy 2024'"),
                in.printed());
        assertFalse(Files.exists(next), "nothing is written");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    /**
     * Issue 14: a region's form edited to speak for a ministry, its fingerprint recomputed as anyone holding the
     * form could, is refused naming the file; nothing is imported and the input is unchanged.
     */
    @Test
    void aFormForgedToSpeakForAnotherPartyIsRefused() throws Exception {
        Path forms = dir.resolve("forms");
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms).exit());
        Path karelia = forms.resolve("seuranta-syksy-2024-region-12.xlsx");
        fill(karelia, Map.of("K1", new String[] {"Peruttu", "TEM luopui ohjelmasta."}));
        Path forged = forms.resolve("seuranta-syksy-2024-ministry-tem-forged.xlsx");
        Files.write(forged, forge(Files.readAllBytes(karelia), "party:TEM"));

        byte[] before = Files.readAllBytes(input);
        Path next = dir.resolve("uusi.yaml");
        Cli in = alke("followup", "import", input, forged, "--round", ROUND, "--out", next);
        assertEquals(1, in.exit(), in.printed());
        assertTrue(in.err().contains(forged + ": the form's seal does not verify with the form key"), in.printed());
        assertTrue(in.err().contains("nothing imported"), in.printed());
        assertFalse(Files.exists(next), "nothing is written");
        assertArrayEquals(before, Files.readAllBytes(input), "the input is unchanged");

        // the honest form imports
        assertEquals(0, alke("followup", "import", input, karelia, "--round", ROUND, "--out", next).exit());
    }

    @Test
    void anImportWithoutTheKeyIsRefusedAndAnotherKeyIsAnotherOffices() throws Exception {
        Path forms = dir.resolve("forms");
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms).exit());
        Path tem = forms.resolve("seuranta-syksy-2024-ministry-tem.xlsx");
        fill(tem, Map.of("K1", new String[] {"Valmis", ""}));
        Path keyFile = dir.resolve("seuranta.formkey");
        Path kept = dir.resolve("vault/seuranta.formkey");
        Files.createDirectories(kept.getParent());
        Files.move(keyFile, kept);

        Path next = dir.resolve("uusi.yaml");
        Cli missing = alke("followup", "import", input, tem, "--round", ROUND, "--out", next);
        assertEquals(1, missing.exit(), missing.printed());
        assertTrue(missing.err().contains(keyFile + ": no form key: the forms are checked with the key alke followup "
                + "forms made beside " + input), missing.printed());
        assertTrue(missing.err().contains("nothing imported, " + next + " not written"), missing.printed());
        assertFalse(Files.exists(next));

        // the key given where it is kept
        Cli given = alke("followup", "import", input, tem, "--round", ROUND, "--out", next, "--key", kept);
        assertEquals(0, given.exit(), given.printed());

        // rotated: a new key beside the input, the forms of the old one are refused
        Cli rotated = alke("followup", "forms", input, "--round", ROUND, "--out", dir.resolve("new"));
        assertEquals(0, rotated.exit(), rotated.printed());
        assertTrue(rotated.out().contains("wrote form key " + keyFile), rotated.printed());
        Cli old = alke("followup", "import", input, tem, "--round", ROUND, "--out", next, "--force");
        assertEquals(1, old.exit(), old.printed());
        assertTrue(old.err().contains(tem + ": the form is sealed with another form key"), old.printed());

        // a key file that is not one is named
        Files.writeString(keyFile, "not a key\n");
        Cli bad = alke("followup", "import", input, tem, "--round", ROUND, "--out", next, "--force");
        assertEquals(1, bad.exit(), bad.printed());
        assertTrue(bad.err().contains(keyFile + ": not a form key file"), bad.printed());
        Cli badForms = alke("followup", "forms", input, "--round", ROUND, "--out", dir.resolve("new"), "--force");
        assertEquals(1, badForms.exit(), badForms.printed());
        assertTrue(badForms.err().contains(keyFile + ": not a form key file"), badForms.printed());
    }

    @Test
    void formsMadeAgainWithTheSameKeyAreTheSameBytes() throws Exception {
        // DOCX forms: their package has fixed dates (POI stamps a workbook's with the time of writing)
        Path forms = dir.resolve("forms");
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms, "--format", "docx")
                .exit());
        Path tem = forms.resolve("seuranta-syksy-2024-ministry-tem.docx");
        byte[] first = Files.readAllBytes(tem);
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms, "--format", "docx",
                "--force").exit());
        assertArrayEquals(first, Files.readAllBytes(tem));
        // a key file kept elsewhere with --key: made there, and the forms sealed with it are others
        Path elsewhere = dir.resolve("keys/other.formkey");
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms, "--format", "docx",
                "--force", "--key", elsewhere).exit());
        assertTrue(Files.exists(elsewhere));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(tem)));

        // forms written into the key's folder: the command warns that only the forms go out
        Cli beside = alke("followup", "forms", input, "--round", ROUND, "--out", dir);
        assertEquals(0, beside.exit(), beside.printed());
        assertTrue(beside.err().contains("warning: the form key " + dir.resolve("seuranta.formkey")
                + " is in the forms' folder"), beside.printed());
    }

    /**
     * A forgery as a party holding its form and no key could make it: the party in the very hidden sheet changed,
     * and the seal replaced by the unkeyed SHA-256 fingerprint forms carried before (format 2's), recomputed.
     */
    private static byte[] forge(byte[] form, String party) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(form));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet data = workbook.getSheet("alke-form");
            String round = "";
            List<String> labels = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Row row : data) {
                String value = row.getCell(1).getStringCellValue();
                switch (row.getCell(0).getStringCellValue()) {
                    case "round" -> round = value;
                    case "party" -> row.getCell(1).setCellValue(party);
                    case "status" -> labels.add(value);
                    case "action" -> ids.add(value);
                    default -> { }
                }
            }
            String text = "alke-follow-up-form/2\n" + round + "\n" + party + "\n" + String.join("\n", labels)
                    + "\n\n" + String.join("\n", ids);
            String fingerprint = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            for (Row row : data) {
                if (row.getCell(0).getStringCellValue().equals("seal")) {
                    row.getCell(1).setCellValue(fingerprint);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void usageAndInputProblemsHaveTheirExitCodes() throws Exception {
        Cli help = alke("followup", "forms", "--help");
        assertEquals(0, help.exit(), help.printed());
        assertTrue(help.out().contains("--round") && help.out().contains("Exit codes"), help.printed());
        assertEquals(0, alke("followup", "import", "--help").exit());

        Cli noRound = alke("followup", "forms", input, "--out", dir.resolve("f"));
        assertEquals(2, noRound.exit(), noRound.printed());
        Cli unknownRound = alke("followup", "forms", input, "--round", "kevät 2030", "--out", dir.resolve("f"));
        assertEquals(1, unknownRound.exit(), unknownRound.printed());
        assertTrue(unknownRound.err().contains("no round is named 'kevät 2030'; the rounds are syksy 2023, "
                + "helmikuu 2024, syksy 2024"), unknownRound.printed());
        assertFalse(Files.exists(dir.resolve("f")));

        Cli pdf = alke("followup", "forms", input, "--round", ROUND, "--out", dir.resolve("f"), "--format", "pdf");
        assertEquals(2, pdf.exit(), pdf.printed());

        // the original cannot be the output, and an existing output needs --force
        Path forms = dir.resolve("forms");
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms).exit());
        Path form = forms.resolve("seuranta-syksy-2024-region-09.xlsx");
        Cli over = alke("followup", "import", input, form, "--round", ROUND, "--out", input);
        assertEquals(2, over.exit(), over.printed());
        Cli existing = alke("followup", "forms", input, "--round", ROUND, "--out", forms);
        assertEquals(1, existing.exit(), existing.printed());
        assertTrue(existing.err().contains("--force"), existing.printed());
        assertEquals(0, alke("followup", "forms", input, "--round", ROUND, "--out", forms, "--force").exit());

        // DOCX forms: the same parties, the same names
        Path docx = dir.resolve("docx");
        Cli word = alke("followup", "forms", input, "--round", ROUND, "--out", docx, "--format", "docx");
        assertEquals(0, word.exit(), word.printed());
        try (Stream<Path> files = Files.list(docx)) {
            assertEquals(10, files.filter(file -> file.toString().endsWith(".docx")).count());
        }
        assertTrue(Files.exists(docx.resolve("seuranta-syksy-2024-region-12.docx")));

        // not a follow-up
        Path decision = copy("samples/seed-000-paatos-2026.yaml", dir.resolve("paatos.yaml"));
        Cli wrongKind = alke("followup", "forms", decision, "--round", ROUND, "--out", dir.resolve("g"));
        assertEquals(1, wrongKind.exit(), wrongKind.printed());
        assertTrue(wrongKind.err().contains("follow-up"), wrongKind.printed());
    }

    /**
     * Types a status into a DOCX form as a person in Word would: into the editable range (the only place Word
     * lets them type) of the status cell in the row of the action.
     */
    private static void fillDocx(Path form, String actionId, String status) throws Exception {
        XWPFDocument document;
        try (InputStream in = Files.newInputStream(form)) {
            document = new XWPFDocument(in);
        }
        try (document) {
            assertTrue(document.isEnforcedReadonlyProtection(), "the form is protected");
            XWPFTableRow row = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .filter(candidate -> candidate.getCell(0).getText().strip().equals(actionId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row of " + actionId + " in " + form.getFileName()));
            XWPFParagraph paragraph = row.getCell(3).getParagraphs().get(0);
            assertTrue(paragraph.getCTP().xmlText().contains("permStart"), "the status cell is an editable range");
            paragraph.getRuns().get(0).setText(status, 0);
            try (OutputStream out = Files.newOutputStream(form)) {
                document.write(out);
            }
        }
    }

    /** The rows of the DOCX's table of statuses by party (the one whose header starts "Vastuutahot"). */
    private static List<List<String>> partyTable(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().strip().equals("Vastuutahot"))
                    .findFirst().orElseThrow(() -> new AssertionError("no table by party in " + docx));
            return table.getRows().stream().map(row -> row.getTableCells().stream()
                    .map(cell -> cell.getText().strip()).toList()).toList();
        }
    }

    /**
     * Types into a form as a person would: finds each action's row by the id in its first cell and types
     * the status and the note into the row's unlocked cells, in their order. Cells left locked are not touched.
     */
    private static void fill(Path form, Map<String, String[]> typed) throws Exception {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(form)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            Sheet sheet = workbook.getSheetAt(workbook.getFirstVisibleTab());
            assertTrue(sheet.getProtect(), "the form is protected");
            int filled = 0;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String[] values = first == null ? null : typed.get(TEXT.formatCellValue(first));
                if (values == null) {
                    continue;
                }
                List<Cell> open = new ArrayList<>();
                for (Cell cell : row) {
                    if (!cell.getCellStyle().getLocked()) {
                        open.add(cell);
                    }
                }
                assertEquals(2, open.size(), "the status and the note are open to fill in row " + (row.getRowNum() + 1));
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].isEmpty()) {
                        open.get(i).setCellValue(values[i]);
                    }
                }
                filled++;
            }
            assertEquals(typed.size(), filled, "every action to fill has its row in " + form.getFileName());
            try (OutputStream out = Files.newOutputStream(form)) {
                workbook.write(out);
            }
        }
    }
}
