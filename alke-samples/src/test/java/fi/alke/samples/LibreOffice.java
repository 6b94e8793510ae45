package fi.alke.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private LibreOffice() {
    }

    /** The number of pages LibreOffice lays the DOCX out on. */
    static int pages(byte[] docx, Path work) throws IOException, InterruptedException {
        Path in = work.resolve("document.docx");
        Files.write(in, docx);
        Path profile = work.resolve("profile");
        // a profile of its own, so that a LibreOffice the user has open does not take the conversion over
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", work.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert the DOCX in " + TIMEOUT_SECONDS + " s");
        }
        Path pdf = work.resolve("document.pdf");
        if (process.exitValue() != 0 || !Files.exists(pdf)) {
            throw new AssertionError("LibreOffice could not convert the DOCX (exit " + process.exitValue() + "): "
                    + Files.readString(work.resolve("soffice.log")));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The number of pages of a PDF. */
    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
