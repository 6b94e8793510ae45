package fi.alke.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @Test
    void writesTheCompleteFileAndNothingElse(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out").resolve("letter.pdf");
        PdfRenderer renderer = new PdfRenderer(PageStyle.sfs2487());
        Document document = Fixtures.document("all-features.xml");
        renderer.render(document, target);
        assertArrayEquals(renderer.render(document), Files.readAllBytes(target));
        assertEquals(List.of(), Fixtures.pdfa2bFailures(Files.readAllBytes(target)));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void aFailedRenderLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("letter.pdf");
        Files.writeString(target, "the earlier version");
        DocumentRenderer failing = new DocumentRenderer() {
            @Override
            public void render(Document document, OutputStream out) throws IOException {
                out.write("%PDF-1.7 half".getBytes());
                throw new IOException("renderer broke halfway");
            }

            @Override
            public String extension() {
                return "pdf";
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> failing.render(Fixtures.document("all-features.xml"), target));
        assertEquals("renderer broke halfway", e.getMessage());
        assertEquals("the earlier version", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
