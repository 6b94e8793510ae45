package fi.alke.documents.input;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import fi.alke.documents.model.ModelException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Finds every model problem of an input tree, not only the first: each record of the model checks what
 * a schema cannot (a proposer's title without a proposal, an unknown action id, an unknown party) in its
 * constructor, and reading the whole document stops at the first record that refuses. So the records are
 * read bottom-up, each on its own — the parts of a record before the record — and each record that
 * refuses is reported with its problems at their own fields. A record whose parts already failed is not
 * read itself (it could not be built), so its own checks wait for the next run.
 *
 * <p>Only the model's own problems ({@link ModelException}, or an {@link IllegalArgumentException}
 * from a record) are collected: wrong types and missing fields are the schema's to report.
 */
final class ModelChecks {
    /** A problem at a JSON pointer of the input. */
    record Found(String pointer, String message) {
    }

    private final ObjectReader reader;
    private final Set<String> schemaProblems;
    private final Set<String> setAside = new HashSet<>();
    private final List<Found> found = new ArrayList<>();

    private ModelChecks(ObjectReader reader, Set<String> schemaProblems) {
        this.reader = reader;
        this.schemaProblems = schemaProblems;
    }

    /**
     * Every model problem of the node read as the type.
     *
     * @param schemaProblems the pointers where the schema found a problem: a part there is set aside (read
     *                       as missing) so that the rest of its record can still be checked, and what the
     *                       model then says about the missing part is not reported again
     */
    static List<Found> of(ObjectReader reader, JsonNode node, Class<?> type, Set<String> schemaProblems) {
        ModelChecks checks = new ModelChecks(reader, schemaProblems);
        checks.check(node, TypeFactory.defaultInstance().constructType(type), "");
        return checks.found.stream().filter(f -> !checks.setAside.contains(f.pointer())).toList();
    }

    /**
     * Checks the node and everything in it. Returns the node as far as it can be read — without the values
     * that failed and the parts set aside — or {@code null} when it cannot be read at all.
     */
    private JsonNode check(JsonNode node, JavaType type, String pointer) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (type.isCollectionLikeType()) {
            if (!node.isArray()) {
                return node;
            }
            Class<?> content = type.getContentType().getRawClass();
            boolean values = !content.isRecord()
                    || content.isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class);
            ArrayNode kept = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                String at = pointer + "/" + i;
                JsonNode item = check(node.get(i), type.getContentType(), at);
                if (values && schemaProblems.contains(at)) {
                    setAside.add(at); // a value the schema refused, e.g. an unknown ministry: read the rest
                } else if (item != null) {
                    kept.add(item);
                } else {
                    ok = false;
                }
            }
            // a value that failed (e.g. an unknown party code) is left out; a record that failed is not, as
            // the record holding the list would check the others against a list with a hole in it
            return ok || values ? kept : null;
        }
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            ObjectNode readable = ((ObjectNode) node).deepCopy();
            for (RecordComponent component : raw.getRecordComponents()) {
                for (String name : names(component)) {
                    JsonNode child = node.get(name);
                    if (child == null) {
                        continue;
                    }
                    String at = pointer + "/" + escape(name);
                    JavaType childType = TypeFactory.defaultInstance().constructType(component.getGenericType());
                    JsonNode part = check(child, childType, at);
                    if (part == null && childType.isCollectionLikeType()) {
                        return null;
                    }
                    if (part == null || schemaProblems.contains(at)) {
                        readable.remove(name); // read the record without the part: its other checks still run
                        setAside.add(at);
                    } else {
                        readable.set(name, part);
                    }
                }
            }
            return read(readable, type, pointer) ? readable : null;
        }
        if (raw.isPrimitive() || raw == String.class || raw.isEnum() || Number.class.isAssignableFrom(raw)
                || Boolean.class == raw || raw.getName().startsWith("java.")) {
            return node; // the schema checks these
        }
        return read(node, type, pointer) ? node : null; // a value type of the model, e.g. a party's code
    }

    /** Reads the node alone; records the model problem that stops it, if any. */
    private boolean read(JsonNode node, JavaType type, String pointer) {
        try {
            reader.forType(type).readValue(node);
            return true;
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof IllegalArgumentException) && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            model(pointer + path(e), cause);
            return false; // anything else is a wrong type or a missing field: the schema's to report
        } catch (IllegalArgumentException e) {
            // a value type read alone (a party's code) refuses without Jackson wrapping it
            model(pointer, e);
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // a wrong type or a missing field: the schema's to report
        }
    }

    /** Records the model's problem, if that is what stopped the reading. */
    private void model(String at, Throwable cause) {
        if (cause instanceof ModelException model) {
            for (ModelException.Problem problem : model.problems()) {
                found.add(new Found(at + Locations.pointer(problem.field()), problem.message()));
            }
        } else if (cause instanceof IllegalArgumentException argument && argument.getMessage() != null) {
            found.add(split(at, argument.getMessage()));
        }
    }

    /** The older records say "field: what is wrong"; point at the field when it is one of the record's. */
    private static Found split(String pointer, String message) {
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]+")) {
            return new Found(pointer + "/" + message.substring(0, colon), message.substring(colon + 2));
        }
        return new Found(pointer, message);
    }

    /** Where inside the node Jackson was when it stopped, as a JSON pointer. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append('/').append(reference.getFieldName() != null ? escape(reference.getFieldName())
                    : String.valueOf(reference.getIndex()));
        }
        return path.toString();
    }

    /** The names input files may give a component: its own (or its JSON name) and its aliases. */
    private static List<String> names(RecordComponent component) {
        List<String> names = new ArrayList<>();
        // Jackson's annotations do not target record components: they sit on the accessor
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        names.add(property != null && !property.value().isEmpty() ? property.value() : component.getName());
        JsonAlias alias = component.getAccessor().getAnnotation(JsonAlias.class);
        if (alias != null) {
            names.addAll(List.of(alias.value()));
        }
        return names;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
