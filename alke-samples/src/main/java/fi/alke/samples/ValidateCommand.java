package fi.alke.samples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.RuleSet;
import fi.alke.documents.model.Rules;
import fi.alke.documents.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke validate INPUT... [--rules FILE]}: checks every input against its kind's schema and the
 * model, and the round's process rules over all inputs together; lists every problem at once.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks input files: their schema, the model and the round's rules.",
                "Each input is checked against its kind's JSON Schema and the model and, with --rules, the round's "
                        + "process rules are checked over all of them together. Every problem is listed, each with "
                        + "its file, and for schema and model problems the line, column and field.",
                "A folder stands for every .yaml, .yml and .json file directly inside it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no problems", "1:some problems", "2:wrong usage"})
final class ValidateCommand implements Callable<Integer> {
    private static final ObjectMapper YAML = new YAMLMapper();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "The round's rules: a YAML file with a rules: block, e.g. rules: {maxDiscussionsPerRegion: "
                    + "1, maxThemesPerDiscussion: 1, minRegionsPerJointDiscussion: 4, maxTopicAreas: 2, "
                    + "agendaLeadDays: 14, maxParticipantsPerRegionAndTheme: 4, maxParticipantsPerMinistryAndTheme: 2}.")
    private Path rules;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        RuleSet ruleSet = RuleSet.NONE;
        if (rules != null) {
            try {
                ruleSet = ruleSet(rules);
            } catch (IOException e) {
                problems.add(Inputs.reason(e)); // the inputs are still worth checking
            }
        }
        List<Path> files = Inputs.expand(inputs);
        InputReader reader = new InputReader();
        Map<String, AlkeDocument> documents = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                documents.put(file.toString(), Inputs.read(reader, file));
            } catch (InputException e) {
                e.problems().forEach(problem -> problems.add(problem.toString()));
            } catch (IOException e) {
                problems.add(file + ": " + Inputs.reason(e));
            }
        }
        // over the inputs that could be read: a broken one is reported above and describes no discussion
        Rules.check(ruleSet, documents).stream().map(Violation::toString).forEach(problems::add);

        PrintWriter stderr = spec.commandLine().getErr();
        problems.forEach(stderr::println);
        spec.commandLine().getOut().println(Counts.of(files.size(), "input") + ", "
                + Counts.of(problems.size(), "problem"));
        return problems.isEmpty() ? 0 : 1;
    }

    /** The rules of the file's {@code rules:} block; a problem names the file and the line or the field. */
    private static RuleSet ruleSet(Path file) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":";
            throw new IOException(file + ":" + where + " not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode block = root == null ? null : root.get("rules");
        if (block == null || !block.isObject()) {
            throw new IOException(file + ": no rules: block; write e.g. rules: {agendaLeadDays: 14}");
        }
        try {
            return YAML.treeToValue(block, RuleSet.class);
        } catch (JsonMappingException e) {
            // the tree has no lines left, so the field names the place
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            throw new IOException(file + ": rules" + (field.isEmpty() ? "" : "." + field) + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
