package fi.alke.documents.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the model agree on which fields are required: leaving out any field that the published
 * schema calls optional, from any place of any example, never makes the model refuse the document — except
 * for the rules that tie two fields together, which a schema's "required" cannot say and the model reports
 * at the field's line (listed below, each with why).
 */
class SchemaModelAgreementTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = new JsonMapper();

    /** The rules of the model that tie fields together ("one of them", "only with"), by their messages. */
    private static final List<String> TIED = List.of(
            "place or onlineMeeting", // an agenda says where the discussion is: a place, an online meeting or both
            "appeal instructions are needed unless", // a decision that can be appealed says how
            "a proposal needs its proposer's title", // the proposal's heading is made from the proposer's title
            "a proposer's title without a proposal", // and a title alone is a contradiction the clerk should see
            "no action has the id", // a progress entry names an action, listed or in the action table named
            "no party has the code", // a party names an organisation the input (or its file) declares
            "needs a body, a table or sections", // a section with a heading only says nothing
            "only a section with a table has text after it",
            "an action table needs at least one action", // under ongoing or proposed
            "at least one action is needed (or actionTable", // a follow-up's actions: listed or named by file
            "give the progress on at least one side", // state, regions or both
            "has no responsible party on the", // a progress side needs a party of the action on that side
            "name the organisation, or give its party"); // a participant group is named one way or the other

    static Stream<Path> examples() throws IOException {
        Path model = Path.of("src/test/resources/fi/alke/documents/model");
        Path samples = Path.of("../alke-samples/src/main/resources/samples");
        try (Stream<Path> a = Files.list(model); Stream<Path> b = Files.list(samples)) {
            return Stream.concat(a, b).filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .filter(f -> read(f).has("kind"));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void leavingOutAnOptionalFieldNeverFailsTheModel(Path file) throws Exception {
        JsonNode document = read(file);
        JsonNode schema = JSON.readTree(InputReader.class.getClassLoader().getResourceAsStream(
                InputReader.SCHEMA_FOLDER + document.get("kind").asText() + ".schema.json"));
        List<String> pointers = new ArrayList<>();
        optionalFields(document, schema, schema, "", pointers);
        assertTrue(!pointers.isEmpty(), "the example has optional fields to leave out");
        List<String> refused = new ArrayList<>();
        for (String pointer : pointers) {
            JsonNode copy = document.deepCopy();
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) copy.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
            try {
                new InputReader().read(file.toString(), YAML.writeValueAsString(copy));
            } catch (InputException e) {
                for (fi.alke.documents.Problem problem : e.problems()) {
                    if (TIED.stream().noneMatch(problem.message()::contains)) {
                        refused.add("without " + pointer + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), refused);
    }

    /** Every present field that the schema does not require, as a JSON pointer. */
    private static void optionalFields(JsonNode node, JsonNode schemaNode, JsonNode root, String pointer,
                                       List<String> out) {
        JsonNode schema = resolve(schemaNode, root);
        if (node.isArray()) {
            JsonNode items = schema.path("items");
            for (int i = 0; i < node.size(); i++) {
                optionalFields(node.get(i), items, root, pointer + "/" + i, out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        node.fieldNames().forEachRemaining(name -> {
            if (!required.contains(name) && properties.has(name)) {
                out.add(pointer + "/" + name);
            }
            if (properties.has(name)) {
                optionalFields(node.get(name), properties.get(name), root, pointer + "/" + name, out);
            }
        });
    }

    /** A $ref to the schema's own definitions, or the branch of an anyOf that describes objects or lists. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode at = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (at.has("$ref")) {
                at = root.at(at.get("$ref").asText().substring(1));
            } else if (at.has("anyOf")) {
                JsonNode structured = at;
                for (JsonNode branch : at.get("anyOf")) {
                    if (!"string".equals(branch.path("type").asText())) {
                        structured = branch;
                    }
                }
                if (structured == at) {
                    return at;
                }
                at = structured;
            } else {
                return at;
            }
        }
        return at;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
