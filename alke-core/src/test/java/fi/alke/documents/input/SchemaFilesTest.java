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
import fi.alke.documents.model.Example;
import fi.alke.documents.model.FileReference;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
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

    static List<Path> schemaFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    /** Editors show a field's description as its help, and docs/input.md prints it: none may be missing. */
    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyPropertyHasADescription(Path file) throws Exception {
        List<String> undescribed = new java.util.ArrayList<>();
        properties(JSON.readTree(file.toFile()), "", (path, property) -> {
            if (property.path("description").asText().isBlank()) {
                undescribed.add(path);
            }
        });
        assertEquals(List.of(), undescribed, file + ": these properties have no description; give their record "
                + "components a @JsonPropertyDescription and run SchemaFilesTest with -Dalke.writeSchemas=true");
    }

    /** An example that its own field would refuse teaches the wrong thing. */
    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyExampleIsValidForItsField(Path file) throws Exception {
        JsonNode root = JSON.readTree(file.toFile());
        List<String> wrong = new java.util.ArrayList<>();
        examples(root, root, "", wrong);
        assertEquals(List.of(), wrong, file + ": these examples do not pass their own field's schema; correct the "
                + "@Example on the model");
    }

    /** Calls {@code check} with the path and schema of every property, in the schema and its definitions. */
    static void properties(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> check) {
        if (node.isObject()) {
            node.path("properties").fields().forEachRemaining(property ->
                    check.accept(path + "/properties/" + property.getKey(), property.getValue()));
            node.fields().forEachRemaining(child -> properties(child.getValue(), path + "/" + child.getKey(), check));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                properties(node.get(i), path + "/" + i, check);
            }
        }
    }

    private static void examples(JsonNode root, JsonNode node, String path, List<String> wrong) {
        if (node.isObject()) {
            if (node.has("examples")) {
                ObjectNode schema = ((ObjectNode) node).deepCopy();
                schema.remove("examples");
                schema.put("$schema", root.path("$schema").asText());
                if (root.has("$defs")) {
                    schema.set("$defs", root.get("$defs"));
                }
                com.networknt.schema.JsonSchema validator = com.networknt.schema.JsonSchemaFactory
                        .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                        .getSchema(schema, com.networknt.schema.SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true).build());
                for (JsonNode example : node.get("examples")) {
                    validator.validate(example).forEach(message -> wrong.add(path + ": " + example + ": " + message));
                }
            }
            node.fields().forEachRemaining(child -> examples(root, child.getValue(), path + "/" + child.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                examples(root, node.get(i), path + "/" + i, wrong);
            }
        }
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
                return new CustomDefinition(node); // its title and description are the type's, as for any other
            }
            // Local times carry no offset, so JSON Schema's date-time format (which needs one) does not fit.
            if (erased == LocalDateTime.class) {
                return new CustomDefinition(node.put("pattern", SchemaMessages.DATE_TIME_PATTERN)
                        .put("description", "A local date and time, YYYY-MM-DDTHH:MM, e.g. 2026-03-20T09:00."), true);
            }
            if (erased == Party.class) {
                return new CustomDefinition(node, true);
            }
            if (erased == YearMonth.class) {
                return new CustomDefinition(node.put("pattern", SchemaMessages.MONTH_PATTERN)
                        .put("description", "A year and month, YYYY-MM, e.g. 2019-05."), true);
            }
            return null;
        });
        // The plain words the input reference (docs/input.md) uses for the value types that are text in JSON.
        config.forTypesInGeneral().withTitleResolver(scope -> TYPE_TITLES.get(scope.getType().getErasedType()));
        config.forFields().withInstanceAttributeOverride(SchemaFilesTest::examples);
        // A record's fields in the order it declares them, which is the order of the document they print.
        config.forTypesInGeneral().withPropertySorter(java.util.Comparator.comparingInt(SchemaFilesTest::declared));
        // A field input files may also write as the name of a file that holds it.
        config.forFields().withCustomDefinitionProvider(new FileReferences());
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(kind);
        mergeDescriptions(schema);
        addAliases(schema, kind);
        schema.put("$id", "https://alke.fi/schema/" + name + ".schema.json");
        schema.put("title", "ALKE " + name);
        if (kind == OrganisationsFile.class) {
            return schema;
        }
        // The kind comes first in every file and says which schema applies.
        ObjectNode properties = (ObjectNode) schema.get("properties");
        ObjectNode withKind = JSON.createObjectNode();
        withKind.putObject("kind");
        withKind.setAll(properties);
        withKind.putObject("kind").put("const", name).put("description", "The document kind: write kind: "
                + name + " as the first line of the file. It chooses this schema and the template. Required.");
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

    /** The titles of the value types that input files write as text. */
    private static final java.util.Map<Class<?>, String> TYPE_TITLES = java.util.Map.of(
            Markdown.class, "Markdown text", Party.class, "party code", Region.class, "region code",
            Ministry.class, "ministry abbreviation", LocalDateTime.class, "date and time", YearMonth.class,
            "year and month");

    /** Where a record declares the member; members of other types after the records' own, as they come. */
    private static int declared(com.github.victools.jsonschema.generator.MemberScope<?, ?> member) {
        Class<?> type = member.getDeclaringType().getErasedType();
        java.lang.reflect.RecordComponent[] components = type.isRecord() ? type.getRecordComponents()
                : new java.lang.reflect.RecordComponent[0];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(member.getDeclaredName())) {
                return i;
            }
        }
        return components.length;
    }

    /**
     * The {@link Example}s of a field as the schema's {@code examples}: of the field's value, or for a list
     * of its items. Numbers and booleans are written as such.
     */
    private static void examples(ObjectNode attributes, com.github.victools.jsonschema.generator.FieldScope field,
                                 com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
        Example example = field.getAnnotationConsideringFieldAndGetter(Example.class);
        if (example == null || field.isContainerType()) {
            return; // a list's examples go on its items, whose scope comes here too
        }
        Class<?> type = field.getType().getErasedType();
        ArrayNode examples = attributes.putArray("examples");
        for (String value : example.value()) {
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                examples.add(Long.parseLong(value));
            } else if (Number.class.isAssignableFrom(type)) {
                examples.add(new java.math.BigDecimal(value));
            } else if (type == boolean.class || type == Boolean.class) {
                examples.add(Boolean.parseBoolean(value));
            } else {
                examples.add(value);
            }
        }
    }

    /**
     * Where a field's type is written inline and both the type and the field have a description (or
     * examples), the generator keeps the two apart in an {@code allOf}; this merges them, the field's own
     * words winning, so that every property reads as one schema with one description.
     */
    private static void mergeDescriptions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.size() == 1 && allOf != null && allOf.size() == 2 && !allOf.get(0).has("$ref")
                    && onlyAnnotations(allOf.get(1))) {
                ObjectNode merged = ((ObjectNode) allOf.get(0)).deepCopy();
                merged.setAll((ObjectNode) allOf.get(1));
                object.removeAll();
                object.setAll(merged);
            }
            object.elements().forEachRemaining(SchemaFilesTest::mergeDescriptions);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(SchemaFilesTest::mergeDescriptions);
        }
    }

    private static boolean onlyAnnotations(JsonNode node) {
        java.util.Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (!List.of("description", "examples", "title").contains(names.next())) {
                return false;
            }
        }
        return true;
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
                    copy.put("description", "The older name of " + component.getName() + ", still read.");
                    copy.put("deprecated", true);
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
            ObjectNode inline = context.createStandardDefinition(field, this);
            ObjectNode fileName = context.getGeneratorConfig().createObjectNode().put("type", "string")
                    .put("description", "The name of a file that holds it, relative to this file.");
            fileName.putArray("examples").add(field.getDeclaredName() + ".yaml");
            either.putArray("anyOf").add(fileName).add(inline);
            // the field's own description belongs to the property, whichever way it is written
            com.fasterxml.jackson.annotation.JsonPropertyDescription description = field
                    .getAnnotationConsideringFieldAndGetter(com.fasterxml.jackson.annotation.JsonPropertyDescription.class);
            if (description != null) {
                inline.remove("description");
                either.put("description", description.value());
            }
            return new com.github.victools.jsonschema.generator.CustomPropertyDefinition(either,
                    CustomDefinition.AttributeInclusion.NO);
        }
    }
}
