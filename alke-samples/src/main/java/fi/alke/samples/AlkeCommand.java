package fi.alke.samples;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code alke} command line. Exit codes: 0 all done, 1 some inputs failed, 2 wrong usage. */
@Command(name = "alke", mixinStandardHelpOptions = true, version = "ALKE documents 0.1",
        description = "Renders ALKE documents to DOCX and PDF/A.",
        subcommands = {SamplesCommand.class})
public final class AlkeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns the exit code. */
    static int run(String... args) {
        return new CommandLine(new AlkeCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // A message that names the file and line is what users need; a stack trace is not.
                    commandLine.getErr().println("alke: " + e.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }
}
