package fi.alke.samples;

import fi.alke.documents.internal.StartUp;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code alke} command line. Exit codes: 0 all done, 1 some inputs failed, 2 wrong usage. Without a
 * subcommand it is wrong usage: picocli requires one of a command that is not itself runnable.
 */
@Command(name = "alke", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Renders ALKE documents to DOCX and PDF/A.",
        subcommands = {RenderCommand.class, ValidateCommand.class, SamplesCommand.class, TemplatesCommand.class,
                KindsCommand.class, CodesCommand.class, FollowUpCommand.class, MarkupCommand.class, PreviewCommand.class,
                HelpCommand.class})
public final class AlkeCommand {

    public static void main(String[] args) throws Exception {
        FastStart.watchParent();
        var jar = FastStart.jar();
        if (jar.isPresent()) {
            System.exit(FastStart.run(jar.get(), args));
        }
        if (args.length > 0 && WRITE_ONLY.contains(args[0])) {
            StartUp.writeOnlyDocx();
            StartUp.prepareRenderingInBackground();
            if (Stream.of(args).noneMatch(arg -> arg.startsWith("--format"))) {
                // both formats: docx4j's set-up, the longest single task, starts before the command line is parsed
                StartUp.prepareDocxInBackground();
            }
        }
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) { // picocli hands on errors, which are not the command's exceptions
            System.err.println("alke: " + Inputs.outOfMemory());
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The commands that write DOCX and read none, for which docx4j may be set up with only what the
     * renderer writes ({@link StartUp#writeOnlyDocx}); {@code followup import} reads forms users return,
     * which may hold anything Word writes. Only in {@code main}: tests run commands in a JVM shared with
     * others.
     */
    private static final Set<String> WRITE_ONLY = Set.of("render", "samples");

    /** The command line, ready to {@code execute}; tests set its out and err. */
    static CommandLine commandLine() {
        CommandLine alke = new CommandLine(new AlkeCommand());
        withVersion(alke);
        return alke
                .setColorScheme(CommandLine.Help.defaultColorScheme(Colour.ansi()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, args) -> {
                    // the message and where to look; the whole help would bury the message
                    CommandLine command = e.getCommandLine();
                    command.getErr().println("alke: " + e.getMessage());
                    UnmatchedArgumentException.printSuggestions(e, command.getErr());
                    command.getErr().println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
                    return command.getCommandSpec().exitCodeOnInvalidInput();
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // A message that names the file and line is what users need; a stack trace is not.
                    commandLine.getErr().println("alke: " + (outOfMemory(e) ? Inputs.outOfMemory()
                            : e.getMessage() != null ? e.getMessage() : e));
                    return 1;
                });
    }

    /** Whether the command failed for want of memory, in its own thread or in one it waited for. */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** {@code --version} of every command ({@code alke render -V}) prints the build's version, as {@code alke -V}. */
    private static void withVersion(CommandLine command) {
        command.getCommandSpec().versionProvider(new Version());
        command.getSubcommands().values().forEach(AlkeCommand::withVersion);
    }
}
