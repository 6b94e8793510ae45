package fi.alke.documents.input;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import fi.alke.documents.model.ModelException;
import fi.alke.documents.model.Referenced;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every model problem of an input tree, not only the first: each record of the model checks what
 * a schema cannot (a proposer's title without a proposal, an unknown action id, an unknown party) in its
 * constructor, and reading the whole document stops at the first record that refuses. So the records are
 * read bottom-up, each on its own — the parts of a record before the record — and each record that
 * refuses is reported with its problems at their own fields.
 *
 * <p>A part that fails (or that the schema refused) is set aside so that its record can still be read
 * and checked: a field is read as missing, a value or an item is left out of its list. What the record
 * then says about exactly what was set aside (a field "missing", a list "empty") is not reported: the
 * part's own problem is, and so are the record's rules about itself as a whole ("a body, a table or
 * sections"), which would blame it for what was taken out. The items of a list that other fields name by id ({@link Referenced}, e.g. a
 * follow-up's actions) are not left out — the record would report every reference to them — so a record
 * with such an item failing waits for the next run.
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
    private final List<Found> found = new ArrayList<>();
    /** For each list that lost items: the original index of each item kept, so that paths stay the file's. */
    private final Map<String, List<Integer>> keptItems = new HashMap<>();

    private ModelChecks(ObjectReader reader, Set<String> schemaProblems) {
        this.reader = reader;
        this.schemaProblems = schemaProblems;
    }

    /**
     * Every model problem of the node read as the type.
     *
     * @param schemaProblems the pointers where the schema found a problem: the part there is set aside
     */
    static List<Found> of(ObjectReader reader, JsonNode node, Class<?> type, Set<String> schemaProblems) {
        ModelChecks checks = new ModelChecks(reader, schemaProblems);
        checks.check(node, TypeFactory.defaultInstance().constructType(type), "", false);
        return checks.found;
    }

    /**
     * Checks the node and everything in it. Returns the node as far as it can be read — without the parts
     * set aside — or {@code null} when it cannot be read at all.
     *
     * @param referenced whether the node is a list whose items other fields name (none may be left out)
     */
    private JsonNode check(JsonNode node, JavaType type, String pointer, boolean referenced) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (type.isCollectionLikeType()) {
            return list(node, type, pointer, referenced);
        }
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            return record((ObjectNode) node, type, pointer);
        }
        if (raw.isPrimitive() || raw == String.class || raw.isEnum() || Number.class.isAssignableFrom(raw)
                || Boolean.class == raw || raw.getName().startsWith("java.")) {
            return node; // the schema checks these
        }
        return read(node, type, pointer, Set.of()) ? node : null; // a value type of the model, e.g. a party's code
    }

    private JsonNode list(JsonNode node, JavaType type, String pointer, boolean referenced) {
        if (!node.isArray()) {
            return node;
        }
        Class<?> content = type.getContentType().getRawClass();
        boolean values = !content.isRecord() || content.isAnnotationPresent(JsonDeserialize.class);
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode item = check(node.get(i), type.getContentType(), at, false);
            boolean refused = item == null || (values && schemaProblems.contains(at));
            if (refused && referenced) {
                return null;
            }
            if (!refused) {
                kept.add(item);
                indices.add(i);
            }
        }
        if (indices.size() < node.size()) {
            keptItems.put(pointer, indices);
        }
        return kept;
    }

    private JsonNode record(ObjectNode node, JavaType type, String pointer) {
        ObjectNode readable = node.deepCopy();
        Set<String> setAside = new HashSet<>();
        for (RecordComponent component : type.getRawClass().getRecordComponents()) {
            boolean referenced = component.isAnnotationPresent(Referenced.class)
                    || component.getAccessor().isAnnotationPresent(Referenced.class);
            for (String name : names(component)) {
                JsonNode child = node.get(name);
                if (child == null) {
                    continue;
                }
                String at = pointer + "/" + escape(name);
                JavaType childType = TypeFactory.defaultInstance().constructType(component.getGenericType());
                JsonNode part = check(child, childType, at, referenced);
                if (part == null && referenced) {
                    return null; // its items are named elsewhere in the record: its checks would mislead
                }
                if (part == null || schemaProblems.contains(at)) {
                    readable.remove(name);
                    setAside.add(at);
                } else {
                    readable.set(name, part);
                    if (keptItems.containsKey(at)) {
                        setAside.add(at); // a list that lost items: "at least one" would be about the loss
                    }
                }
            }
        }
        return read(readable, type, pointer, setAside) ? readable : null;
    }

    /** Reads the node alone; records the model problems that stop it, except at the parts set aside. */
    private boolean read(JsonNode node, JavaType type, String pointer, Set<String> setAside) {
        try {
            reader.forType(type).readValue(node);
            return true;
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof IllegalArgumentException) && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            model(pointer + path(e), cause, setAside);
            return false; // anything else is a wrong type or a missing field: the schema's to report
        } catch (IllegalArgumentException e) {
            // a value type read alone (a party's code) refuses without Jackson wrapping it
            model(pointer, e, setAside);
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // a wrong type or a missing field: the schema's to report
        }
    }

    private void model(String at, Throwable cause, Set<String> setAside) {
        List<Found> problems = new ArrayList<>();
        if (cause instanceof ModelException model) {
            for (ModelException.Problem problem : model.problems()) {
                problems.add(new Found(at + Locations.pointer(problem.field()), problem.message()));
            }
        } else if (cause instanceof IllegalArgumentException argument && argument.getMessage() != null) {
            problems.add(split(at, argument.getMessage()));
        }
        for (Found problem : problems) {
            // A rule of the record as a whole ("a body, a table or sections", "at least one side") is about
            // parts that were there; with one set aside it would blame the record for what was taken out.
            boolean aboutTheWhole = problem.pointer().equals(at) && !setAside.isEmpty();
            if (!setAside.contains(problem.pointer()) && !aboutTheWhole) {
                found.add(new Found(original(problem.pointer()), problem.message()));
            }
        }
    }

    /** A pointer into the record as it was read, turned back into the file's: items left out shift indices. */
    private String original(String pointer) {
        String result = pointer;
        for (Map.Entry<String, List<Integer>> list : keptItems.entrySet()) {
            String prefix = list.getKey() + "/";
            if (result.startsWith(prefix)) {
                String rest = result.substring(prefix.length());
                int slash = rest.indexOf('/');
                String index = slash < 0 ? rest : rest.substring(0, slash);
                if (!index.isEmpty() && index.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(index) < list.getValue().size()) {
                    result = prefix + list.getValue().get(Integer.parseInt(index)) + (slash < 0 ? "" : rest.substring(slash));
                }
            }
        }
        return result;
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
