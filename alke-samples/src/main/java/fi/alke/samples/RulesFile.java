package fi.alke.samples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The rules of a round from a YAML file with a {@code rules:} block, for {@code --rules FILE}. */
final class RulesFile {
    private static final ObjectMapper YAML = new YAMLMapper();
    /** The rules by name, as the file spells them. */
    private static final List<String> NAMES = Arrays.stream(RuleSet.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    private RulesFile() {
    }

    /**
     * The rules of the file's {@code rules:} block.
     *
     * @throws Inputs.Unusable naming the file and, for each problem, the line, column and field
     */
    static RuleSet read(Path file) throws Inputs.Unusable {
        String text;
        JsonNode root;
        try {
            text = Files.readString(file);
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new Inputs.Unusable(List.of(Problems.at(file.toString(), at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), null, "not valid YAML: " + Problems.yaml(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new Inputs.Unusable(List.of(file + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : Inputs.reason(e))));
        }
        JsonNode block = root == null ? null : root.get("rules");
        FieldLines lines = FieldLines.of(text);
        if (block == null || !block.isObject()) {
            throw new Inputs.Unusable(List.of(Problems.at(file.toString(), lines.line("rules"), lines.column("rules"),
                    null, "no rules: block; write e.g. rules: {agendaLeadDays: 14}")));
        }
        // every limit is a whole number, so each field is checked here, and all of them at once
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = block.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = "rules." + field.getKey();
            JsonNode value = field.getValue();
            String problem = null;
            if (!NAMES.contains(field.getKey())) {
                problem = "unknown rule; the rules are " + String.join(", ", NAMES.stream().sorted().toList());
            } else if (value.isNull()) {
                continue; // written without a value: not limited
            } else if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem = "expected a whole number, found " + (value.isTextual() ? "\"" + value.asText() + "\""
                        : value.isArray() ? "a list" : value.isObject() ? "a mapping" : value.toString());
            } else if (value.asInt() < 0) {
                problem = "must not be negative, was " + value.asInt();
            }
            if (problem != null) {
                problems.add(Problems.at(file.toString(), lines.line(path), lines.column(path), path, problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new Inputs.Unusable(problems);
        }
        try {
            return YAML.treeToValue(block, RuleSet.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // checked above; whatever is left names the block
            throw new Inputs.Unusable(List.of(Problems.at(file.toString(), lines.line("rules"), lines.column("rules"),
                    "rules", Problems.plain(e.getMessage()))));
        }
    }
}
