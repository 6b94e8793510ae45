package fi.alke.documents.followup;

import static fi.alke.documents.followup.Forms.FEBRUARY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.followup.FormImportException.Cell;
import fi.alke.documents.followup.Forms.DocxFilling;
import fi.alke.documents.followup.Forms.Filling;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms cannot be forged (issue 14): a form is sealed with the office's key, and a form edited to speak for another
 * party — its fingerprint recomputed as anyone could before — or sealed with another key is refused.
 */
class FormKeyTest {
    /** Pohjois-Karjala and TEM report the same actions, K1 and U1; Etelä-Savo and Etelä-Karjala K1 only. */
    private final FollowUp followUp = Forms.followUp();
    private final FormImport formImport = Forms.formImport();

    @TempDir
    Path dir;

    private static final String FORGED = "the form's seal does not verify with the form key: its hidden matching "
            + "data (round, party, status labels or actions) was changed after the form was made; nothing of it is "
            + "imported, make a new form";

    private List<Cell> problems(List<NamedForm> forms) {
        return assertThrows(FormImportException.class, () -> formImport.apply(followUp, FEBRUARY, forms)).cells();
    }

    /** Pohjois-Karjala's filled XLSX form: K1 done, U1 cancelled. */
    private byte[] kareliaXlsx() {
        return new Filling(Forms.xlsx(followUp, FEBRUARY, Party.of(Region.POHJOIS_KARJALA)))
                .type("D4", "Valmis").type("E4", "Kaikki valmista.").type("D5", "Peruttu").bytes();
    }

    private byte[] kareliaDocx() {
        return new DocxFilling(Forms.docx(followUp, FEBRUARY, Party.of(Region.POHJOIS_KARJALA)))
                .status(3, "Valmis").note(3, "Kaikki valmista.").status(4, "Peruttu").bytes();
    }

    @Test
    void aRegionsXlsxFormForgedToSpeakForAMinistryIsRefused() throws Exception {
        byte[] forged = Forms.xlsxForgedFor(kareliaXlsx(), "party:TEM");
        // the forgery is what the unkeyed check of earlier versions accepted: the fingerprint matches the data
        FormContent.MatchingData data = Forms.matchingData(forged);
        assertEquals("party:TEM", data.partyCode());
        assertEquals(Forms.unkeyedFingerprint(data.round(), data.partyCode(), data.statusLabels(), data.actionIds()),
                data.seal());

        assertEquals(List.of(new Cell("tem.xlsx", -1, "", FORGED)), problems(List.of(new NamedForm("tem.xlsx",
                forged))));
        // nothing of another form is imported beside it either
        NamedForm honest = new NamedForm("vm.xlsx", new Filling(Forms.xlsx(followUp, FEBRUARY, Party.of(Ministry.VM)))
                .type("D4", "Valmis").bytes());
        assertEquals(List.of(new Cell("tem.xlsx", -1, "", FORGED)),
                problems(List.of(honest, new NamedForm("tem.xlsx", forged))));
        assertEquals("tem.xlsx: " + FORGED, assertThrows(FormImportException.class,
                () -> formImport.apply(followUp, FEBRUARY, List.of(new NamedForm("tem.xlsx", forged)))).getMessage());

        // only the seal stops it: the same change sealed with the office's key would be taken as TEM's answer
        FollowUp sealed = formImport.apply(followUp, FEBRUARY,
                List.of(new NamedForm("tem.xlsx", Forms.xlsxStoredAs(kareliaXlsx(), "party:TEM"))));
        assertEquals(Status.DONE, sealed.progressOf("K1", FEBRUARY).orElseThrow().state());
    }

    @Test
    void aRegionsXlsxFormForgedToSpeakForAnotherRegionIsRefused() {
        byte[] southSavo = new Filling(Forms.xlsx(followUp, FEBRUARY, Party.of(Region.ETELA_SAVO)))
                .type("D4", "Peruttu").bytes();
        assertEquals(List.of(new Cell("09.xlsx", -1, "", FORGED)),
                problems(List.of(new NamedForm("09.xlsx", Forms.xlsxForgedFor(southSavo, "party:09")))));
    }

    @Test
    void aRegionsDocxFormForgedToSpeakForAMinistryIsRefused() throws Exception {
        byte[] forged = Forms.docxForgedFor(kareliaDocx(), "party:TEM");
        FormContent.MatchingData data = Forms.matchingData(forged);
        assertEquals("party:TEM", data.partyCode());
        assertEquals(Forms.unkeyedFingerprint(data.round(), data.partyCode(), data.statusLabels(), data.actionIds()),
                data.seal());
        assertEquals(List.of(new Cell("tem.docx", -1, "", FORGED)),
                problems(List.of(new NamedForm("tem.docx", forged))));

        FollowUp sealed = formImport.apply(followUp, FEBRUARY,
                List.of(new NamedForm("tem.docx", Forms.docxStoredAs(kareliaDocx(), "party:TEM"))));
        assertEquals(Status.DONE, sealed.progressOf("K1", FEBRUARY).orElseThrow().state());
    }

    @Test
    void changedRoundsOrActionsDoNotVerifyEither() {
        Filling round = new Filling(kareliaXlsx());
        XSSFSheet data = round.workbook.getSheet(FormLayout.DATA_SHEET);
        data.getRow(FormLayout.ROUND_ROW).getCell(1).setCellValue(Forms.AUTUMN);
        Filling actions = new Filling(kareliaXlsx());
        actions.workbook.getSheet(FormLayout.DATA_SHEET).getRow(FormLayout.FIRST_ID_ROW + 1).getCell(1)
                .setCellValue("T3");
        assertEquals(List.of(new Cell("round.xlsx", -1, "", FORGED), new Cell("actions.xlsx", -1, "", FORGED)),
                problems(List.of(new NamedForm("round.xlsx", round.bytes()),
                        new NamedForm("actions.xlsx", actions.bytes()))));
    }

    @Test
    void aFormOfAnotherKeyIsRefusedAsSuch() throws Exception {
        byte[] other = new Filling(new FollowUpForms().xlsx(followUp, FEBRUARY, Party.of(Region.POHJOIS_KARJALA),
                Forms.OTHER_KEY)).type("D4", "Valmis").bytes();
        assertEquals(List.of(new Cell("12.xlsx", -1, "", "the form is sealed with another form key (key "
                        + Forms.OTHER_KEY.id() + ", not " + Forms.KEY.id() + "): it was made with a key that has been "
                        + "replaced since, or by another office; make a new form with the current key")),
                problems(List.of(new NamedForm("12.xlsx", other))));
        // with its own key it imports
        assertEquals(Status.DONE, new FormImport(Forms.OTHER_KEY).apply(followUp, FEBRUARY,
                List.of(new NamedForm("12.xlsx", other))).progressOf("K1", FEBRUARY).orElseThrow().regions());

        // claiming the office's key id does not help: the seal is still the other key's
        Filling claimed = new Filling(other);
        claimed.workbook.getSheet(FormLayout.DATA_SHEET).getRow(FormLayout.KEY_ROW).getCell(1)
                .setCellValue(Forms.KEY.id());
        assertEquals(List.of(new Cell("12.xlsx", -1, "", FORGED)),
                problems(List.of(new NamedForm("12.xlsx", claimed.bytes()))));
    }

    @Test
    void aFormOfAnEarlierVersionWithAnUnkeyedFingerprintIsRefused() {
        Filling old = new Filling(kareliaXlsx());
        XSSFSheet data = old.workbook.getSheet(FormLayout.DATA_SHEET);
        data.getRow(FormLayout.FORMAT_ROW).getCell(1).setCellValue("alke-follow-up-form/2");
        assertEquals(List.of(new Cell("12.xlsx", -1, "", "the form was made by an earlier version, before forms "
                        + "were sealed with the office's form key, and cannot be verified; make a new form")),
                problems(List.of(new NamedForm("12.xlsx", old.bytes()))));
    }

    @Test
    void anImportNeedsAKey() {
        assertThrows(NullPointerException.class, () -> new FormImport(null));
        assertThrows(NullPointerException.class, () -> new FollowUpForms().xlsx(followUp, FEBRUARY,
                Party.of(Ministry.TEM), null));
    }

    @Test
    void theKeyNeverAppearsInAForm() throws Exception {
        Path file = dir.resolve("seuranta.formkey");
        FormKey.generate().write(file);
        String line = Files.readAllLines(file).get(1);
        byte[] raw = Base64.getDecoder().decode(line.substring(FormKey.KEY_PREFIX.length()));
        FormKey key = FormKey.read(file);
        FollowUpForms forms = new FollowUpForms();
        List<String> secrets = List.of(Base64.getEncoder().encodeToString(raw), HexFormat.of().formatHex(raw),
                HexFormat.of().formatHex(raw).toUpperCase(Locale.ROOT), Base64.getUrlEncoder().encodeToString(raw));
        for (byte[] form : List.of(forms.xlsx(followUp, FEBRUARY, Party.of(Region.POHJOIS_KARJALA), key),
                forms.docx(followUp, FEBRUARY, Party.of(Region.POHJOIS_KARJALA), key))) {
            List<byte[]> parts = new ArrayList<>(unzipped(form));
            parts.add(form);
            for (byte[] part : parts) {
                assertFalse(contains(part, raw), "the key's bytes are in a form");
                String text = new String(part, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "the key's text is in a form");
                }
            }
            // the key's id is, so that a form of another key can be told apart
            assertTrue(parts.stream().anyMatch(part -> new String(part, StandardCharsets.UTF_8).contains(key.id())));
        }
    }

    private static List<byte[]> unzipped(byte[] zip) throws Exception {
        List<byte[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.add(in.readAllBytes());
            }
        }
        assertTrue(parts.size() > 3);
        return parts;
    }

    /** Whether the bytes are among the part's: ISO-8859-1 maps every byte to one character and back. */
    private static boolean contains(byte[] part, byte[] bytes) {
        return new String(part, StandardCharsets.ISO_8859_1).contains(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theSameInputAndKeyGiveTheSameBytesAndAnotherKeyOthers() throws Exception {
        FollowUpForms forms = new FollowUpForms();
        Party tem = Party.of(Ministry.TEM);
        // the same key read back from its file: re-issued forms are the same bytes
        FormKey again = FormKey.of(keyBytes(Forms.KEY));
        assertArrayEquals(forms.docx(followUp, FEBRUARY, tem, Forms.KEY), forms.docx(followUp, FEBRUARY, tem, again));
        // a workbook too, in any time zone, a second later: its dates are the round's, its ZIP's times fixed
        byte[] xlsx = forms.xlsx(followUp, FEBRUARY, tem, Forms.KEY);
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            Thread.sleep(1100);
            assertArrayEquals(xlsx, forms.xlsx(followUp, FEBRUARY, tem, again));
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertNotEquals(parts(forms.xlsx(followUp, FEBRUARY, tem, Forms.KEY)),
                parts(forms.xlsx(followUp, FEBRUARY, tem, Forms.OTHER_KEY)));
        assertFalse(Arrays.equals(forms.docx(followUp, FEBRUARY, tem, Forms.KEY),
                forms.docx(followUp, FEBRUARY, tem, Forms.OTHER_KEY)));
    }

    /** A package's parts by name, as text, but for docProps/core.xml: what a key changes is in the others. */
    private static java.util.Map<String, String> parts(byte[] zip) throws Exception {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return parts;
    }

    /** A key's bytes, through its key file: the library shows them nowhere else. */
    private byte[] keyBytes(FormKey key) throws Exception {
        Path file = Files.createTempFile(dir, "key", ".formkey");
        key.write(file);
        return Base64.getDecoder().decode(Files.readAllLines(file).get(1).substring(FormKey.KEY_PREFIX.length()));
    }

    @Test
    void aKeyFileIsTextWithAHeaderReadableByItsOwnerOnly() throws Exception {
        FormKey key = FormKey.generate();
        Path file = dir.resolve("sub/seuranta-2024.formkey");
        key.write(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("# ALKE follow-up form key " + key.id() + ". Secret"), lines.get(0));
        assertTrue(lines.get(1).matches("hmac-sha256:[A-Za-z0-9+/]{43}="), lines.get(1));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        assertEquals(key, FormKey.read(file));
        assertEquals(key.id(), FormKey.read(file).id());
        assertEquals(16, key.id().length());
        assertNotEquals(key, FormKey.generate());
        assertEquals("FormKey[id=" + key.id() + "]", key.toString());
        assertFalse(key.toString().contains(lines.get(1).substring(FormKey.KEY_PREFIX.length())));
    }

    @Test
    void aFileThatIsNoKeyIsRefusedNamingIt() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.formkey"), "# nothing\n");
        Path notBase64 = Files.writeString(dir.resolve("bad.formkey"), "hmac-sha256:***\n");
        Path shortKey = Files.writeString(dir.resolve("short.formkey"),
                "hmac-sha256:" + Base64.getEncoder().encodeToString(new byte[16]) + "\n");
        List<String> messages = new ArrayList<>();
        for (Path file : List.of(empty, notBase64, shortKey)) {
            messages.add(assertThrows(FormImportException.class, () -> FormKey.read(file)).getMessage());
        }
        assertEquals(List.of(empty + ": not a form key file: expected one line hmac-sha256:<key in Base64>, as alke "
                        + "followup forms writes it", notBase64 + ": not a form key file: the key is not valid Base64",
                shortKey + ": not a form key file: the key has 16 bytes, a form key at least 32"), messages);
        assertThrows(java.nio.file.NoSuchFileException.class, () -> FormKey.read(dir.resolve("missing.formkey")));
        assertThrows(IllegalArgumentException.class, () -> FormKey.of(new byte[31]));
    }

    @Test
    void theRoundTripWorksWithAKeyReadBackFromItsFile() throws Exception {
        Path file = dir.resolve("seuranta.formkey");
        FormKey.generate().write(file);
        byte[] form = new Filling(new FollowUpForms().xlsx(followUp, FEBRUARY, Party.of(Ministry.TEM),
                FormKey.read(file))).type("D4", "Valmis").bytes();
        FollowUp imported = new FormImport(FormKey.read(file)).apply(followUp, FEBRUARY,
                List.of(new NamedForm("tem.xlsx", form)));
        assertEquals(Status.DONE, imported.progressOf("K1", FEBRUARY).orElseThrow().state());
    }
}
