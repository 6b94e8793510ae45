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
import fi.alke.documents.model.FileReference;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.Party;
import java.util.List;
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
        List<Class<?>> kinds = new java.util.ArrayList<>(java.util.Arrays.asList(AlkeDocument.class.getPermittedSubclasses()));
        kinds.add(OrganisationsFile.class); // not a kind: the file an input or an author's folder declares organisations in
        return kinds;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void publishedSchemaMatchesTheModel(Class<?> kind) throws Exception {
        String name = kind == OrganisationsFile.class ? InputReader.ORGANISATIONS_SCHEMA : Kinds.nameOf(kind);
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
            if (erased == Party.class) {
                return new CustomDefinition(node.put("description", "a party's code: VN, a ministry (TEM), a "
                        + "region (\"13\"), all-regions, or a declared organisation's code"), true);
            }
            if (erased == YearMonth.class) {
                return new CustomDefinition(node.put("pattern", SchemaMessages.MONTH_PATTERN)
                        .put("description", "year and month, e.g. 2019-05"), true);
            }
            return null;
        });
        // A field input files may also write as the name of a file that holds it.
        config.forFields().withCustomDefinitionProvider(new FileReferences());
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(kind);
        addAliases(schema, kind);
        schema.put("$id", "https://alke.fi/schema/" + name + ".schema.json");
        schema.put("title", "ALKE " + name);
        if (kind == OrganisationsFile.class) {
            return schema;
        }
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

    /**
     * Adds the older names of fields ({@code @JsonAlias}) that the model still reads, e.g. a section's
     * {@code subsections}, to the definitions of their records, so that older inputs pass the schema.
     */
    private static void addAliases(ObjectNode schema, Class<?> kind) {
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(kind));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                java.lang.reflect.Type generic = component.getGenericType();
                if (generic instanceof java.lang.reflect.ParameterizedType parameterized) {
                    for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                        if (argument instanceof Class<?> c) {
                            todo.add(c);
                        }
                    }
                }
                todo.add(component.getType());
                com.fasterxml.jackson.annotation.JsonAlias alias =
                        component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonAlias.class);
                if (alias == null) {
                    continue;
                }
                ObjectNode definition = type == kind ? schema : (ObjectNode) schema.path("$defs").get(type.getSimpleName());
                if (definition == null || !definition.has("properties")) {
                    continue;
                }
                ObjectNode properties = (ObjectNode) definition.get("properties");
                for (String old : alias.value()) {
                    ObjectNode copy = properties.get(component.getName()).deepCopy();
                    copy.put("description", "the older name of " + component.getName() + ", still read");
                    properties.set(old, copy);
                }
            }
        }
    }

    /** A field marked {@link FileReference}: its own definition, or a file name. */
    private static final class FileReferences implements
            com.github.victools.jsonschema.generator.CustomPropertyDefinitionProvider<com.github.victools.jsonschema.generator.FieldScope> {
        @Override
        public com.github.victools.jsonschema.generator.CustomPropertyDefinition provideCustomSchemaDefinition(
                com.github.victools.jsonschema.generator.FieldScope field,
                com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
            if (field.isFakeContainerItemScope() || field.getAnnotationConsideringFieldAndGetter(FileReference.class) == null) {
                return null;
            }
            ObjectNode either = context.getGeneratorConfig().createObjectNode();
            either.putArray("anyOf")
                    .add(context.getGeneratorConfig().createObjectNode().put("type", "string")
                            .put("description", "the name of a file that holds it, relative to this file"))
                    .add(context.createStandardDefinition(field, this));
            return new com.github.victools.jsonschema.generator.CustomPropertyDefinition(either);
        }
    }
}
