package fi.alke.documents.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON or YAML file starts, by its JSON pointer ({@code /regions/2}), so that
 * problems found on the parsed tree can name their line. Built from a second, streaming read of a text
 * that has already parsed, and only when first asked: a file without problems never needs it, and the
 * second read was a third of reading a valid file.
 */
final class Locations {
    private final ObjectMapper mapper;
    private final String text;
    /** Volatile: an {@link InputFile} may be read from several threads, and each may build the map once. */
    private volatile Map<String, JsonLocation> byPointer;

    Locations(ObjectMapper mapper, String text) {
        this.mapper = mapper;
        this.text = text;
    }

    private Map<String, JsonLocation> byPointer() {
        if (byPointer == null) {
            Map<String, JsonLocation> read = new HashMap<>();
            try (JsonParser parser = mapper.createParser(text)) {
                if (parser.nextToken() != null) {
                    value(parser, "", read);
                }
            } catch (IOException e) {
                // the same text has just been parsed by the same mapper, so reading it again cannot fail
                throw new UncheckedIOException("a text that parsed once did not parse again", e);
            }
            byPointer = read;
        }
        return byPointer;
    }

    /** The location of the value at {@code pointer}, or of its nearest enclosing value. */
    JsonLocation of(String pointer) {
        Map<String, JsonLocation> byPointer = byPointer();
        String p = pointer;
        while (true) {
            JsonLocation at = byPointer.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Whether the text has a value at {@code pointer} itself. */
    boolean has(String pointer) {
        return byPointer().containsKey(pointer);
    }

    /** Records the value the parser stands on and everything inside it. */
    private static void value(JsonParser parser, String pointer, Map<String, JsonLocation> byPointer)
            throws IOException {
        byPointer.put(pointer, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = pointer + "/" + parser.currentName().replace("~", "~0").replace("/", "~1");
                JsonLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                value(parser, child, byPointer);
                byPointer.put(child, nameAt); // a problem with a field is on the field's own line
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, pointer + "/" + index++, byPointer);
            }
        }
    }

    /** A JSON pointer as a field path people read: {@code /regions/2/name} → {@code regions[2].name}. */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    /** A field path as a JSON pointer: {@code progress[3].actionId} → {@code /progress/3/actionId}. */
    static String pointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
