package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.input.Sources;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The command line's input files: finding them in folders, reading them, naming their outputs. */
final class Inputs {
    static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private Inputs() {
    }

    /**
     * The files the arguments name, in their order: a file as it is, a folder as every input file
     * directly inside it (not in subfolders, which may hold an author's letterheads/), sorted by name;
     * an organisations file or a rules file in the folder is not an input (the inputs that name it, or
     * {@code --rules}, read it).
     * A missing path and a folder without inputs stay in the list, so that {@link #read} reports them
     * as failures of their own and the other inputs go on.
     */
    static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try (Stream<Path> children = Files.list(argument)) {
                List<Path> inputs = children.filter(Inputs::isInput).sorted().toList();
                files.addAll(inputs.isEmpty() ? List.of(argument) : inputs);
            }
        }
        return files;
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith) && !isOrganisations(file)
                && !isRules(file);
    }

    /**
     * Whether a file is an organisations file ({@code organisations:} first, no {@code kind:}): it sits beside
     * the documents that name it, and is read when they do, not as a document of its own.
     */
    static boolean isOrganisations(Path file) {
        return startsWith(file, "organisations");
    }

    /**
     * Whether a file is a round's rules file ({@code rules:} first, see {@link InputReader#readRules(Path)}): it
     * may sit beside the inputs, and is read by {@code --rules}, not as a document of its own.
     */
    static boolean isRules(Path file) {
        return startsWith(file, "rules");
    }

    /** Whether the file's first key, on its first line that is not blank or a comment, is this one. */
    private static boolean startsWith(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")
                            && !line.equals("---")).findFirst()
                    .map(line -> line.startsWith(key + ":") || line.startsWith("{\"" + key + "\"")
                            || line.startsWith("\"" + key + "\""))
                    .orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // read as an input, which reports what is wrong with it
        }
    }

    /**
     * Reads one input; its path as given names it in problems, so that two files of the same name
     * in different folders can be told apart. Files it names are read from its folder.
     *
     * @throws IOException    when the file is missing, unreadable or a folder without inputs
     * @throws InputException listing every problem of the schema and the model
     */
    static AlkeDocument read(AlkeDocuments documents, Path file) throws IOException, InputException {
        if (Files.isDirectory(file)) {
            throw new IOException("no " + String.join(", ", EXTENSIONS) + " files in this folder");
        }
        // the files it names (an action table, an organisations file) are beside it, wherever the command runs
        return documents.read(file.toString(), Files.readString(file), Sources.folder(file.toAbsolutePath().getParent()));
    }

    /**
     * Reads one input and keeps where its fields stand, for the lines of later findings; files it names
     * are read beside it. Its problems name it by its file name: {@link Problems#of} names it as given.
     *
     * @throws IOException    when the file is missing, unreadable or a folder without inputs
     * @throws InputException listing every problem of the schema and the model
     */
    static InputFile readFile(AlkeDocuments documents, Path file) throws IOException, InputException {
        if (Files.isDirectory(file)) {
            throw new IOException("no " + String.join(", ", EXTENSIONS) + " files in this folder");
        }
        return documents.readFile(file);
    }

    /**
     * The library of a batch: the author's folder and, when it has an {@code organisations.yaml}, the
     * organisations it declares; the round's rules, and whether they block.
     *
     * @param templates the author's folder, or {@code null}
     * @throws Unusable listing every problem of the organisations file, each with its file, line and field
     */
    /** Refuses a --templates that is not a folder, as wrong usage. */
    static void templatesFolder(picocli.CommandLine.Model.CommandSpec spec, Path templates) {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--templates: no such folder: " + templates);
        }
    }

    static AlkeDocuments documents(Path templates, RuleSet rules, boolean rulesBlock) throws Unusable {
        Path file = templates == null ? null : templates.resolve(OrganisationsFile.FILE_NAME);
        try {
            return library(templates, rules).violationsBlock(rulesBlock).build();
        } catch (InputException e) {
            throw new Unusable(Problems.of(e, file));
        } catch (IOException e) {
            throw new Unusable(List.of(file + ": " + reason(e)));
        }
    }

    /**
     * The library of a batch whose author's {@code organisations.yaml} cannot be used: its inputs know the
     * parties of the code lists only.
     */
    static AlkeDocuments withoutOrganisations(Path templates, RuleSet rules) {
        try {
            return library(templates, rules).organisations(List.of()).build();
        } catch (InputException | IOException e) {
            throw new IllegalStateException("no file is read for organisations given", e);
        }
    }

    private static AlkeDocuments.Builder library(Path templates, RuleSet rules) {
        return AlkeDocuments.builder().authorFolder(templates).rules(rules);
    }

    /**
     * The round's rules of a file with a {@code rules:} block, for {@code --rules FILE}.
     *
     * @throws Unusable naming the file as given and, for each problem, the line, column and field
     */
    static RuleSet rules(Path file) throws Unusable {
        try {
            return InputReader.readRules(file);
        } catch (InputException e) {
            throw new Unusable(Problems.of(e, file));
        } catch (IOException e) {
            throw new Unusable(List.of(file + ": " + (e instanceof NoSuchFileException ? "no such file" : reason(e))));
        }
    }

    /** A file of the author's folder that the inputs depend on cannot be used; every problem, each a line. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        Unusable(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /** The file name without its extension: {@code in/paatos.yaml} → {@code paatos}. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Why an input failed, for people: each problem of the input with the file as given, or the
     * exception's own message, which names the file and line.
     */
    static String reason(Exception e, Path file) {
        return e instanceof InputException input ? String.join(System.lineSeparator(), Problems.of(input, file))
                : reason(e);
    }

    /**
     * Why a command ran out of memory, for people: the heap Java was given and how to give more. The work that
     * filled it is let go as the error unwinds it, so a batch goes on with its other inputs.
     */
    static String outOfMemory() {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        return "too large for the memory Java was given (" + heap + " MB at most): give Java more, as in "
                + "'java -Xmx" + Math.max(1, 4 * heap / 1024) + "g -jar alke.jar ...', or render it on its own";
    }

    /** Why an input failed, for people: mostly the exception's own message, which names file and line. */
    static String reason(Exception e) {
        // java.nio's exceptions carry only the path as their message
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        // never the exception's name: it means nothing to the people who write inputs
        return e.getMessage() != null ? e.getMessage() : "an unexpected error; please report it with the input";
    }
}
