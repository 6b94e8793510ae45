package fi.alke.samples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the fields of a YAML (or JSON) file stand, by their path as messages name them ({@code logo},
 * {@code name.fi}, {@code rules.maxTopicAreas}, {@code phone[1]}): for files the command line reads
 * without the input reader, such as letterhead profiles and the rules of a round. A file that cannot be
 * parsed has no known lines.
 */
final class FieldLines {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final FieldLines NONE = new FieldLines();

    private final Map<String, JsonLocation> byPath = new HashMap<>();

    private FieldLines() {
    }

    /** The lines of a file; none when it cannot be read or parsed. */
    static FieldLines of(Path file) {
        try {
            return of(Files.readString(file));
        } catch (IOException e) {
            return NONE;
        }
    }

    /** The lines of YAML text (JSON is YAML too); none when it does not parse. */
    static FieldLines of(String text) {
        FieldLines lines = new FieldLines();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != null) {
                lines.value(parser, "");
            }
        } catch (IOException e) {
            // the lines read so far are still right
        }
        return lines;
    }

    /** The 1-based line of the field, or of the nearest enclosing field the file has; -1 when unknown. */
    int line(String path) {
        JsonLocation at = find(path);
        return at == null ? -1 : at.getLineNr();
    }

    /** The 1-based column of the field, as {@link #line}; -1 when unknown. */
    int column(String path) {
        JsonLocation at = find(path);
        return at == null ? -1 : at.getColumnNr();
    }

    private JsonLocation find(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            JsonLocation at = byPath.get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }

    private void value(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = (path.isEmpty() ? "" : path + ".") + parser.currentName();
                byPath.put(child, parser.currentTokenLocation()); // a field's problem is on the field's own line
                parser.nextToken();
                value(parser, child);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken next = parser.nextToken(); next != null && next != JsonToken.END_ARRAY;
                    next = parser.nextToken()) {
                String child = path + "[" + index++ + "]";
                byPath.put(child, parser.currentTokenLocation());
                value(parser, child);
            }
        }
    }
}
