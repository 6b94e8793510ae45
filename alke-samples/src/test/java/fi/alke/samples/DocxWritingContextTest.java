package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.internal.StartUp;
import jakarta.xml.bind.JAXBException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code render} and {@code samples} set docx4j up with a JAXB context of only the
 * packages the renderer writes ({@code DocxWritingContext}, to start faster). Every document of the parity
 * corpus — every feature's markup, the model fixtures, the samples, the follow-up forms, the stress
 * documents — renders with that context to the same DOCX bytes as with docx4j's whole one, which a system
 * embedding the library has. A JVM of its own: the context is set up once per JVM.
 */
class DocxWritingContextTest {
    @TempDir
    Path out;

    @Test
    void everyCorpusDocumentHasTheSameBytesWithTheWritingContext() throws Exception {
        Jvm fork = Jvm.start("the writing context", List.of(), WithWritingContext.class, List.of(out.toString()),
                out.resolve("fork.log"));
        Map<String, Rendered> corpus = ParityCorpus.all();
        fork.awaitSuccess();

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(new TreeSet<>(corpus.keySet().stream().map(name -> name + ".docx").toList()),
                    new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".docx")).toList()));
        }
        for (Map.Entry<String, Rendered> document : corpus.entrySet()) {
            assertArrayEquals(document.getValue().docx(), Files.readAllBytes(out.resolve(document.getKey() + ".docx")),
                    document.getKey());
        }
    }

    /** Renders the corpus's DOCX into the folder given, with docx4j set up as {@code alke render} sets it up. */
    static final class WithWritingContext {
        public static void main(String[] args) throws Exception {
            StartUp.writeOnlyDocx();
            StartUp.prepareDocxInBackground();
            for (Map.Entry<String, Rendered> document : ParityCorpus.all().entrySet()) {
                Files.write(Path.of(args[0], document.getKey() + ".docx"), document.getValue().docx());
            }
            try { // the context is the small one: it does not know VML, which docx4j's whole context does
                org.docx4j.jaxb.Context.jc.createMarshaller().marshal(
                        new org.docx4j.vml.ObjectFactory().createShape(new org.docx4j.vml.CTShape()), OutputStream.nullOutputStream());
                System.err.println("docx4j's context knows VML: the writing context was not used");
                System.exit(3);
            } catch (JAXBException expected) {
                // as it should be
            }
        }
    }
}
