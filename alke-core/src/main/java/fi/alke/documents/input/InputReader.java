package fi.alke.documents.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.alke.documents.model.AlkeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a document from a YAML or JSON file (by its extension: {@code .json} is JSON, anything else
 * YAML). The file must start with {@code kind:}; it is checked against the published JSON Schema of
 * that kind ({@code fi/alke/documents/model/schema/<kind>.schema.json}), so that every unknown field,
 * wrong type, impossible date or unknown region code is reported at once, and then read into the
 * model, whose records check what a schema cannot. Every problem names the file, the field path and
 * the line. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * AlkeDocument document = new InputReader().read(Path.of("paatos-2026.yaml"));
 * }</pre>
 */
public final class InputReader {
    /** The class-path folder of the published schemas. */
    public static final String SCHEMA_FOLDER = "fi/alke/documents/model/schema/";

    private static final ObjectMapper YAML = configure(new YAMLMapper());
    private static final ObjectMapper JSON = configure(new JsonMapper());
    private static final JsonSchemaFactory SCHEMA_FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig SCHEMA_CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true) // "2024-02-30" is not a date
            .build();

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** Reads the file; its name (not its folder) names it in problems. */
    public AlkeDocument read(Path file) throws IOException, InputException {
        return read(file.getFileName().toString(), Files.readString(file));
    }

    /**
     * Reads a document from text.
     *
     * @param name the file name, for messages and to tell JSON ({@code .json}) from YAML
     * @param text the file's content
     * @throws InputException listing every problem found
     */
    public AlkeDocument read(String name, String text) throws InputException {
        ObjectMapper mapper = name.endsWith(".json") ? JSON : YAML;
        JsonNode node;
        Locations locations;
        try {
            node = mapper.readTree(text);
            locations = new Locations(mapper, text);
        } catch (JacksonException e) {
            SchemaMessages.Syntax syntax = SchemaMessages.syntax(e, mapper == JSON ? "JSON" : "YAML");
            throw single(name, "", syntax.at(), syntax.message());
        } catch (IOException e) {
            throw new UncheckedIOException("reading text cannot fail", e);
        }
        String kind = kind(name, node, locations);
        List<InputException.Problem> problems = validate(name, kind, node, locations);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        try {
            return mapper.treeToValue(node, AlkeDocument.class);
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause.getMessage() == null ? e.getOriginalMessage() : cause.getMessage();
            throw single(name, Locations.path(pointer), locations.of(pointer), message);
        } catch (JacksonException e) {
            throw single(name, "", e.getLocation(), e.getOriginalMessage());
        }
    }

    /** The kind the file starts with; the file must be a mapping whose first key is {@code kind}. */
    private static String kind(String name, JsonNode node, Locations locations) throws InputException {
        String kinds = String.join(", ", Kinds.names());
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw single(name, "", null, "a document file is a mapping that starts with kind: (" + kinds + ")");
        }
        Iterator<String> fields = node.fieldNames();
        String first = fields.next();
        if (!first.equals("kind")) {
            throw single(name, first, locations.of("/" + first), "the file must start with kind: (" + kinds + ")");
        }
        String kind = node.get("kind").asText();
        if (Kinds.classOf(kind).isEmpty()) {
            throw single(name, "kind", locations.of("/kind"), "unknown kind '" + kind + "'; the kinds are " + kinds);
        }
        return kind;
    }

    private List<InputException.Problem> validate(String name, String kind, JsonNode node, Locations locations) {
        List<InputException.Problem> problems = new ArrayList<>();
        JsonSchema schema = schema(kind);
        for (ValidationMessage message : schema.validate(node)) {
            String pointer = message.getInstanceLocation().toString();
            if (message.getProperty() != null && !"required".equals(message.getType())) {
                pointer = pointer + "/" + message.getProperty(); // an unknown field: point at it
            }
            JsonLocation at = locations.of(pointer);
            problems.add(new InputException.Problem(name, Locations.path(pointer), line(at), column(at),
                    SchemaMessages.describe(message, schema)));
        }
        problems.sort(Comparator.comparingInt(InputException.Problem::line)
                .thenComparingInt(InputException.Problem::column).thenComparing(InputException.Problem::field));
        return problems;
    }

    private JsonSchema schema(String kind) {
        return schemas.computeIfAbsent(kind, k -> {
            try (InputStream in = InputReader.class.getClassLoader()
                    .getResourceAsStream(SCHEMA_FOLDER + k + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("the schema of kind " + k + " is missing from the library");
                }
                return SCHEMA_FACTORY.getSchema(in, SCHEMA_CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName()
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static InputException single(String name, String field, JsonLocation at, String message) {
        return new InputException(List.of(new InputException.Problem(name, field, line(at), column(at), message)));
    }

    private static int line(JsonLocation at) {
        return at == null ? -1 : at.getLineNr();
    }

    private static int column(JsonLocation at) {
        return at == null ? -1 : at.getColumnNr();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
