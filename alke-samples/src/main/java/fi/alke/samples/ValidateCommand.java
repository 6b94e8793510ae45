package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke validate INPUT... [--templates DIR] [--rules FILE]}: checks everything {@code render} needs,
 * without writing anything — each input's schema and model, its sender's letterhead profile and logo, the
 * template, the markup it writes and the images it names, the organisations of the author's folder — and
 * the round's process rules over all inputs together; lists every problem once.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks input files for everything render needs, without writing anything.",
                "Each input is checked against its kind's JSON Schema and the model; its sender must have a "
                        + "letterhead profile whose logo loads, the template must run, and the markup it writes must "
                        + "be valid with every image it names. With --templates, the author's folder is used as "
                        + "render uses it (templates, labels, letterheads/, images, organisations.yaml); with "
                        + "--rules, the round's process rules are checked over all the inputs together.",
                "Every problem is listed once, with its file, line and column and, where there is one, its field; "
                        + "a summary line ends the list. A folder stands for every .yaml, .yml and .json file "
                        + "directly inside it but an organisations file (organisations: first) and a rules file "
                        + "(rules: first), which are not inputs: they are read where they are named "
                        + "(organisations: FILE, --rules FILE)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no problems", "1:some problems", "2:wrong usage"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, or folders of them.")
    private List<Path> inputs;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "An author's folder, as for render: its templates, messages_<lang>.properties, "
                    + "letterheads/<name>.yaml, images and organisations.yaml are checked and used.")
    private Path templates;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "The round's rules: a YAML file with a rules: block, e.g. rules: {maxDiscussionsPerRegion: "
                    + "1, maxThemesPerDiscussion: 1, minRegionsPerJointDiscussion: 4, maxTopicAreas: 2, "
                    + "agendaLeadDays: 14, maxParticipantsPerRegionAndTheme: 4, maxParticipantsPerMinistryAndTheme: 2}.")
    private Path rules;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.templatesFolder(spec, templates);
        // in the order found; a problem shared by inputs (a profile, a template) is listed once
        Set<String> problems = new LinkedHashSet<>();
        RuleSet ruleSet = RuleSet.NONE;
        if (rules != null) {
            try {
                ruleSet = Inputs.rules(rules);
            } catch (Inputs.Unusable e) {
                problems.addAll(e.problems()); // the inputs are still worth checking
            }
        }
        AlkeDocuments documents;
        try {
            documents = Inputs.documents(templates, ruleSet, false);
        } catch (Inputs.Unusable e) {
            problems.addAll(e.problems()); // and the inputs with the parties of the code lists
            documents = Inputs.withoutOrganisations(templates, ruleSet);
        }
        Preflight preflight = new Preflight(documents);
        List<Path> files = Inputs.expand(inputs);
        Map<String, InputFile> read = new LinkedHashMap<>();
        for (Path file : files) {
            if (Files.isRegularFile(file) && Inputs.isOrganisations(file)) {
                // named on its own, an organisations file is checked as one (in a folder it is skipped)
                try {
                    InputReader.readOrganisations(file);
                } catch (InputException e) {
                    problems.addAll(Problems.of(e, file));
                } catch (IOException e) {
                    problems.add(file + ": " + Inputs.reason(e));
                }
                continue;
            }
            InputFile input;
            try {
                input = Inputs.readFile(documents, file);
            } catch (InputException e) {
                problems.addAll(Problems.of(e, file));
                continue;
            } catch (IOException e) {
                problems.add(file + ": " + Inputs.reason(e));
                continue;
            }
            read.put(file.toString(), input);
            problems.addAll(preflight.tree(file, input, input.document()).problems());
        }
        // over the inputs that could be read: a broken one is reported above and describes no discussion
        Map<String, AlkeDocument> byName = new LinkedHashMap<>();
        read.forEach((name, input) -> byName.put(name, input.document()));
        documents.check(byName).forEach(violation -> problems.add(Problems.violation(violation, read)));

        PrintWriter stderr = spec.commandLine().getErr();
        problems.forEach(problem -> Problems.print(stderr, problem));
        spec.commandLine().getOut().println(Counts.of(files.size(), "input") + ", "
                + Counts.of(problems.size(), "problem"));
        return problems.isEmpty() ? 0 : 1;
    }
}
