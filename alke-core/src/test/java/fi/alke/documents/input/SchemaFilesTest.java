package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.Markdown;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas ({@code src/main/resources/fi/alke/documents/model/schema/}) are generated
 * from the model's records. This test regenerates them and fails when a file is out of step; run it with
 * {@code -Dalke.writeSchemas=true} to write them anew.
 */
class SchemaFilesTest {
    private static final Path FOLDER = Path.of("src/main/resources/fi/alke/documents/model/schema");
    private static final JsonMapper JSON = new JsonMapper();

    static Iterable<Class<?>> kinds() {
        return java.util.Arrays.asList(AlkeDocument.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void publishedSchemaMatchesTheModel(Class<?> kind) throws Exception {
        String name = Kinds.nameOf(kind);
        String generated = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generate(kind, name)) + "\n";
        Path file = FOLDER.resolve(name + ".schema.json");
        if (Boolean.getBoolean("alke.writeSchemas")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, generated);
        }
        assertEquals(generated, Files.exists(file) ? Files.readString(file) : "(missing)",
                file + " is out of step with the model; run this test with -Dalke.writeSchemas=true");
    }

    static ObjectNode generate(Class<?> kind, String name) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.ADDITIONAL_FIXED_TYPES,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
            Class<?> erased = type.getErasedType();
            if (erased == Markdown.class) {
                return new CustomDefinition(node.put("description", "Markdown: paragraphs, lists, emphasis, links"));
            }
            // Local times carry no offset, so JSON Schema's date-time format (which needs one) does not fit.
            if (erased == LocalDateTime.class) {
                return new CustomDefinition(node.put("pattern", SchemaMessages.DATE_TIME_PATTERN)
                        .put("description", "local date and time, e.g. 2026-03-20T09:00"), true);
            }
            if (erased == YearMonth.class) {
                return new CustomDefinition(node.put("pattern", SchemaMessages.MONTH_PATTERN)
                        .put("description", "year and month, e.g. 2019-05"), true);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(kind);
        schema.put("$id", "https://alke.fi/schema/" + name + ".schema.json");
        schema.put("title", "ALKE " + name);
        // The kind comes first in every file and says which schema applies.
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ObjectNode withKind = JSON.createObjectNode();
        withKind.putObject("kind").put("const", name);
        withKind.setAll(properties);
        schema.set("properties", withKind);
        JsonNode required = schema.get("required");
        ArrayNode requiredWithKind = JSON.createArrayNode().add("kind");
        if (required != null) {
            required.forEach(field -> {
                if (!field.asText().equals("kind")) {
                    requiredWithKind.add(field);
                }
            });
        }
        schema.set("required", requiredWithKind);
        return schema;
    }
}
