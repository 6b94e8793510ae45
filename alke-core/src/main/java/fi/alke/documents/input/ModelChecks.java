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
import java.util.ArrayList;
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
    private final List<Found> found = new ArrayList<>();

    private ModelChecks(ObjectReader reader) {
        this.reader = reader;
    }

    /** Every model problem of the node read as the type, at pointers from {@code pointer}. */
    static List<Found> of(ObjectReader reader, JsonNode node, Class<?> type) {
        ModelChecks checks = new ModelChecks(reader);
        checks.check(node, TypeFactory.defaultInstance().constructType(type), "");
        return checks.found;
    }

    /** Checks the node and everything in it; true when none of it has a problem. */
    private boolean check(JsonNode node, JavaType type, String pointer) {
        if (node == null || node.isNull()) {
            return true;
        }
        if (type.isCollectionLikeType()) {
            boolean ok = true;
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    ok &= check(node.get(i), type.getContentType(), pointer + "/" + i);
                }
            }
            return ok;
        }
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            boolean partsOk = true;
            for (RecordComponent component : raw.getRecordComponents()) {
                for (String name : names(component)) {
                    JsonNode child = node.get(name);
                    if (child != null) {
                        partsOk &= check(child, TypeFactory.defaultInstance().constructType(component.getGenericType()),
                                pointer + "/" + escape(name));
                    }
                }
            }
            return partsOk && read(node, type, pointer);
        }
        if (raw.isPrimitive() || raw == String.class || raw.isEnum() || Number.class.isAssignableFrom(raw)
                || Boolean.class == raw || raw.getName().startsWith("java.")) {
            return true; // the schema checks these
        }
        return read(node, type, pointer); // a value type of the model, e.g. a party's code
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
        } catch (IOException e) {
            return false;
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
