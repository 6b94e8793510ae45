package fi.alke.documents.input;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import fi.alke.documents.model.AlkeDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The document kinds by their {@code kind:} names, as the model's Jackson annotations declare them. */
final class Kinds {
    private static final List<JsonSubTypes.Type> TYPES =
            Arrays.asList(AlkeDocument.class.getAnnotation(JsonSubTypes.class).value());

    private Kinds() {
    }

    /** Every kind name, in declaration order. */
    static List<String> names() {
        return TYPES.stream().map(JsonSubTypes.Type::name).toList();
    }

    static Optional<Class<?>> classOf(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).<Class<?>>map(JsonSubTypes.Type::value).findFirst();
    }

    static String nameOf(Class<?> kind) {
        return TYPES.stream().filter(t -> t.value() == kind).map(JsonSubTypes.Type::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind + " is not a document kind"));
    }
}
