package fi.alke.documents.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a document back as YAML input, the inverse of {@link InputReader}: what it writes reads back to an
 * equal record. The file starts with {@code kind:}, then the fields in the order of the record; dates and
 * times are ISO strings ({@code 2024-03-08}, {@code 2026-03-20T09:00:00}, {@code 2019-05}), regions,
 * ministries and statuses their codes, Markdown its source (multi-line text as a {@code |} block). Fields
 * that are {@code null}, empty lists and objects left empty by that are left out, as a person would leave
 * them out; the model reads a missing field as its default. A follow-up whose actions come from an action
 * table ({@link FollowUp#actionTable()}) is written with {@code actionTable: <file>} and without its actions,
 * so that the file still refers to the table (and reads back equal beside it). Instances are immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * String yaml = new InputWriter().write(followUp);
 * }</pre>
 */
public final class InputWriter {
    /** Quotes only where YAML needs it, but always a string that would read as a number ("13"). */
    private static final ObjectMapper MINIMAL = mapper(true);
    /** Every string quoted: the fallback when minimal quoting would change a value (see {@link #write}). */
    private static final ObjectMapper QUOTED = mapper(false);

    /**
     * The document as YAML input.
     *
     * @throws IllegalArgumentException if the document cannot be written (it always can for the model's kinds)
     */
    public String write(AlkeDocument document) {
        ObjectNode tree = tree(document);
        try {
            String text = MINIMAL.writeValueAsString(tree);
            // Minimal quoting leaves a string unquoted unless the generator knows it needs quotes; a string
            // it misjudged (one that YAML reads as a number, a boolean or null) would read back as another
            // type. Check, and quote everything in that rare case rather than write a file that changes.
            return readsBackTheSame(tree, text) ? text : QUOTED.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + document.kind() + " as YAML: " + e.getOriginalMessage(),
                    e);
        }
    }

    /** Writes the document as YAML input to a writer, which is left open. */
    public void write(AlkeDocument document, Writer out) throws IOException {
        out.write(write(document));
        out.flush();
    }

    /**
     * The document as a tree: {@code kind} first, then its fields without nulls and empties; a follow-up's
     * actions are left out when they come from its action table.
     */
    private static ObjectNode tree(AlkeDocument document) {
        JsonNode fields = MINIMAL.valueToTree(document);
        ObjectNode tree = MINIMAL.createObjectNode();
        tree.put("kind", document.kind());
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("kind")) {
                tree.set(field.getKey(), field.getValue());
            }
        }
        if (document instanceof FollowUp followUp && followUp.actionTable() != null) {
            tree.remove("actions"); // the reader takes them from the table again
        }
        prune(tree);
        return tree;
    }

    /** Removes nulls, empty lists and objects (after their own pruning) below a node; true if it is empty. */
    private static boolean prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull() || prune(field.getValue())) {
                    empty.add(field.getKey());
                }
            }
            object.remove(empty);
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            // elements are kept, even empty ones, so that positions (table cells, rows) do not move
            for (JsonNode element : array) {
                prune(element);
            }
            return array.isEmpty();
        }
        return false;
    }

    private static boolean readsBackTheSame(ObjectNode tree, String text) {
        try {
            return sameStrings(tree, MINIMAL.readTree(text));
        } catch (JsonProcessingException e) { // e.g. ".inf" left unquoted reads as a malformed number
            return false;
        }
    }

    /** Whether every string of the written tree reads back as the same string. */
    private static boolean sameStrings(JsonNode written, JsonNode read) {
        if (written.isTextual()) {
            return read != null && read.isTextual() && read.textValue().equals(written.textValue());
        }
        if (written.isObject()) {
            if (read == null || !read.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!sameStrings(field.getValue(), read.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (written.isArray()) {
            if (read == null || !read.isArray() || read.size() != written.size()) {
                return false;
            }
            for (int i = 0; i < written.size(); i++) {
                if (!sameStrings(written.get(i), read.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return read != null && !read.isTextual(); // a number or a boolean must not have become a string
    }

    private static ObjectMapper mapper(boolean minimizeQuotes) {
        YAMLMapper.Builder builder = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .addModule(new JavaTimeModule());
        if (minimizeQuotes) {
            builder.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS);
        }
        return builder.build();
    }
}
