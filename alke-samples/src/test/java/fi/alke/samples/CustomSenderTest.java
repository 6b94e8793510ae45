package fi.alke.samples;

import static fi.alke.samples.Cli.alke;
import static fi.alke.samples.Cli.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender of one's own, as the README tells it: {@code letterheads/<name>.yaml} and its logo in a folder,
 * {@code --templates} naming the folder and {@code sender: <name>} in the input.
 */
class CustomSenderTest {
    /** The profile of the README's example. */
    private static final String LETTERHEAD = """
            name:
              fi: Esimerkin ELY-keskus
              sv: NTM-centralen i Exempel
            logo: letterheads/esimerkki-ely.png   # relative to the folder
            logoAlt: Esimerkin ELY-keskuksen tunnus
            logoWidth: 1.6cm                      # optional
            postalAddress: [PL 250, 40101 Jyväskylä]
            visitingAddress: [Cygnaeuksenkatu 1, Jyväskylä]
            phone: [0295 021 000]
            email: kirjaamo.esimerkki@ely-keskus.example
            web: www.ely-keskus.example
            """;

    @TempDir
    Path dir;

    @Test
    void rendersWithTheLetterheadOfTheTemplatesFolder() throws IOException {
        Path kit = dir.resolve("oma");
        Files.createDirectories(kit.resolve("letterheads"));
        Files.writeString(kit.resolve("letterheads/esimerkki-ely.yaml"), LETTERHEAD);
        try (InputStream logo = getClass().getClassLoader().getResourceAsStream("fi/alke/templates/letterheads/tem.png")) {
            Files.copy(logo, kit.resolve("letterheads/esimerkki-ely.png"));
        }
        Path input = copy("samples/seed-000-paatos-2026.yaml", dir.resolve("paatos.yaml"));
        Files.writeString(input, Files.readString(input).replace("sender: tem\n", "sender: esimerkki-ely\n"));
        Path out = dir.resolve("out");

        Cli run = alke("render", input, "--out", out, "--templates", kit);

        assertEquals(0, run.exit(), run.printed());
        for (String text : new String[] {pdfText(out.resolve("paatos.pdf")), docxText(out.resolve("paatos.docx"))}) {
            assertTrue(text.contains("Esimerkin ELY-keskus") && text.contains("NTM-centralen i Exempel"), text);
            assertTrue(text.contains("kirjaamo.esimerkki@") && text.contains("40101 Jyväskylä"), text);
            assertTrue(!text.contains("Arbets- och näringsministeriet"), text); // not the stock tem letterhead
        }

        // without the folder the sender is unknown, and the failure names it
        Cli without = alke("render", input, "--out", dir.resolve("out2"));
        assertEquals(1, without.exit(), without.printed());
        assertTrue(without.err().contains("esimerkki-ely"), without.printed());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
