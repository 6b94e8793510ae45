package fi.alke.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How a word processor lays out a DOCX: LibreOffice (installed by .ci/run from Debian's packages) converts it
 * to PDF, whose pages PDFBox counts. The tests that use it fail when LibreOffice is missing rather than pass
 * without looking.
 */
final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 180;
    /** A conversion of many files takes about a second a file after the start; this is per file. */
    private static final long TIMEOUT_SECONDS_PER_FILE = 20;

    private LibreOffice() {
    }

    /** The number of pages LibreOffice lays the DOCX out on. */
    static int pages(byte[] docx, Path work) throws IOException, InterruptedException {
        return pages(pdfs(Map.of("document", docx), work).get("document"));
    }

    /**
     * LibreOffice's PDF of each DOCX, by the same names, all in one run of soffice: starting it costs seconds,
     * converting a file a fraction of that. The names must be usable as file names.
     */
    static Map<String, byte[]> pdfs(Map<String, byte[]> docx, Path work) throws IOException, InterruptedException {
        return convert(docx, "pdf", "pdf", work);
    }

    /** Each DOCX opened and saved again as DOCX by LibreOffice, as a person returning a form might have done. */
    static Map<String, byte[]> resaved(Map<String, byte[]> docx, Path work) throws IOException, InterruptedException {
        return convert(docx, "docx:MS Word 2007 XML", "docx", work);
    }

    private static Map<String, byte[]> convert(Map<String, byte[]> docx, String filter, String extension, Path work)
            throws IOException, InterruptedException {
        Path in = Files.createDirectories(work.resolve("docx"));
        Path out = Files.createDirectories(work.resolve("converted-" + extension));
        List<String> command = new ArrayList<>(List.of("soffice",
                // a profile of its own, so that a LibreOffice the user has open, or another test run, does not
                // take the conversion over
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                "--convert-to", filter, "--outdir", out.toString()));
        for (Map.Entry<String, byte[]> file : docx.entrySet()) {
            Path path = in.resolve(file.getKey() + ".docx");
            Files.write(path, file.getValue());
            command.add(path.toString());
        }
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long timeout = TIMEOUT_SECONDS + TIMEOUT_SECONDS_PER_FILE * docx.size();
        if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert " + docx.size() + " DOCX in " + timeout + " s");
        }
        Map<String, byte[]> converted = new LinkedHashMap<>();
        for (String name : docx.keySet()) {
            Path file = out.resolve(name + "." + extension);
            if (process.exitValue() != 0 || !Files.exists(file)) {
                throw new AssertionError("LibreOffice could not convert " + name + ".docx (exit "
                        + process.exitValue() + "): " + Files.readString(log));
            }
            converted.put(name, Files.readAllBytes(file));
        }
        return converted;
    }

    /** The release of LibreOffice that converts, as soffice prints it ("LibreOffice 7.4.7.2 …"). */
    static String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return printed.strip();
    }

    /** The number of pages of a PDF. */
    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
