package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.input.InputReader;
import fi.alke.documents.input.Sources;
import fi.alke.documents.model.AlkeDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every sample is model input that passes its kind's published JSON Schema; together they cover every kind. */
class SampleInputsTest {

    @Test
    void everySampleValidatesAgainstItsSchemaAndEveryKindHasASample() throws Exception {
        InputReader reader = new InputReader();
        Set<String> kinds = new TreeSet<>();
        Set<String> languages = new TreeSet<>();
        for (String stem : Samples.stems()) {
            try (InputStream in = SampleInputsTest.class.getResourceAsStream("/samples/" + stem + ".yaml")) {
                AlkeDocument document = reader.read(stem + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        Sources.classpath(SampleInputsTest.class.getClassLoader(), Samples.FOLDER));
                kinds.add(document.kind());
                languages.add(document.meta().language());
            }
        }
        Set<String> all = new TreeSet<>();
        for (Class<?> kind : AlkeDocument.class.getPermittedSubclasses()) {
            all.add(((String) kind.getField("KIND").get(null)));
        }
        assertEquals(all, kinds, "a sample for every kind");
        assertTrue(languages.contains("sv"), "at least one Swedish sample: " + languages);
    }
}
