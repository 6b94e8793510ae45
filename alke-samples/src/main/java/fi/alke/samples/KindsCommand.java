package fi.alke.samples;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.AlkeDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code alke kinds}: the document kinds, each with its JSON Schema and a sample input of the kind. */
@Command(name = "kinds", mixinStandardHelpOptions = true,
        description = {"Lists the document kinds with their JSON Schemas and example inputs.",
                "Both paths are inside alke.jar: unzip -p alke.jar PATH prints one."})
final class KindsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> examples = new HashMap<>();
        for (String stem : Samples.stems()) {
            examples.putIfAbsent(Samples.input(stem).kind(), Samples.FOLDER + stem + ".yaml");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KIND", "SCHEMA", "EXAMPLE"});
        // the model's own list of kinds: the names input files write after kind:
        for (JsonSubTypes.Type type : AlkeDocument.class.getAnnotation(JsonSubTypes.class).value()) {
            String kind = type.name();
            rows.add(new String[] {kind, InputReader.SCHEMA_FOLDER + kind + ".schema.json",
                    examples.getOrDefault(kind, "-")});
        }
        int kindWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElseThrow();
        int schemaWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElseThrow();
        String format = "%-" + kindWidth + "s  %-" + schemaWidth + "s  %s%n";
        PrintWriter stdout = spec.commandLine().getOut();
        rows.forEach(row -> stdout.printf(format, (Object[]) row));
        return 0;
    }
}
