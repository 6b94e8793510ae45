package fi.alke.samples;

import fi.alke.documents.AlkeException;
import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.followup.FollowUpForms;
import fi.alke.documents.followup.FormImport;
import fi.alke.documents.followup.FormImportException;
import fi.alke.documents.followup.FormKey;
import fi.alke.documents.followup.NamedForm;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputWriter;
import fi.alke.documents.input.Sources;
import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alke followup forms|import}: the follow-up round trip on the command line. Forms go out to the
 * responsible parties, filled forms come back into a new follow-up input file; the original is never
 * changed. Problems are printed one a line as {@code file: cell: message}; on any problem nothing is written.
 *
 * <p>The forms are sealed with the office's form key ({@link FormKey}), kept in a key file beside the input —
 * {@code seuranta-2024.formkey} beside {@code seuranta-2024.yaml} — that {@code forms} makes when it is missing and
 * reuses when it is there, and that {@code import} needs: without it nothing is imported.
 */
@Command(name = "followup", mixinStandardHelpOptions = true,
        description = "Follow-up rounds: fill-in forms out to the responsible parties, filled forms back in.",
        subcommands = {FollowUpCommand.Forms.class, FollowUpCommand.Import.class})
final class FollowUpCommand {
    /** The stock library, for the inputs of an import (which has no author's folder). */
    private static final AlkeDocuments STOCK = AlkeDocuments.create();

    private FollowUpCommand() {
    }

    /** The form formats: a workbook, or the Word table users know from the guidance letter. */
    enum FormFormat { XLSX, DOCX }

    @Command(name = "forms", mixinStandardHelpOptions = true,
            description = {"Writes a fill-in form for a round per responsible party.",
                    "Every party named in the follow-up's actions gets one form (VN, the ministries, the regions, "
                            + "the organisations), listing the actions it shares responsibility for with its side's "
                            + "status in the previous round and cells to fill for this round; the rest of the form is "
                            + "protected. All regions get no form of their own: each of the follow-up's all regions does "
                            + "(the regions it names, or every region with a regional council when it names none; "
                            + "never Åland), listing the actions of all regions too. The forms are named <input>-<round>-<party>.xlsx (or .docx), e.g. "
                            + "seuranta-2024-syksy-2024-region-12.xlsx, seuranta-2024-syksy-2024-ministry-tem.xlsx, "
                            + "seuranta-2024-syksy-2024-vn.xlsx and seuranta-2024-syksy-2024-ely-keski-suomi.xlsx.",
                    "Existing forms are not overwritten without --force; if any would be, none is written.",
                    "The forms are sealed with the office's form key, so that a form edited to speak for another "
                            + "party, round or actions is refused on import. The key is kept in <input>.formkey "
                            + "beside the input (e.g. seuranta-2024.formkey), made on the first run, readable by its "
                            + "owner only, and reused on later runs so forms made again stay valid. Keep it; never send "
                            + "it with the forms. To rotate it, delete it (or use --key with a new file) and make new "
                            + "forms: forms of the old key are then refused."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every form written", "1:the input or the round has problems, or forms exist (nothing "
                    + "written)", "2:wrong usage"})
    static final class Forms implements Callable<Integer> {
        @Parameters(paramLabel = "INPUT", description = "The follow-up input file (YAML or JSON).")
        private Path input;

        @Option(names = "--round", required = true, paramLabel = "NAME",
                description = "The round to fill in, as named in the input's rounds, e.g. \"syksy 2024\".")
        private String round;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into; made if missing.")
        private Path out;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "XLSX",
                description = "Form format: xlsx (the default) or docx.")
        private FormFormat format;

        @Option(names = "--force", description = "Overwrite existing forms.")
        private boolean force;

        @Option(names = "--key", paramLabel = "FILE",
                description = "The form key file to seal the forms with, made if missing; by default <input>.formkey "
                        + "beside INPUT.")
        private Path key;

        @Option(names = "--templates", paramLabel = "DIR",
                description = "An author's folder, as for render: its follow-up-form.ftlx, messages_<lang>.properties "
                        + "and letterheads win over the stock ones.")
        private Path templates;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Inputs.templatesFolder(spec, templates);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out: not a folder: " + out);
            }
            PrintWriter err = spec.commandLine().getErr();
            AlkeDocuments documents;
            try {
                documents = Inputs.documents(templates, RuleSet.NONE, false);
            } catch (Inputs.Unusable e) {
                e.problems().forEach(err::println);
                return 1;
            }
            FollowUp followUp = readFollowUp(documents, input, err);
            if (followUp == null) {
                return 1;
            }
            if (!hasRound(followUp, round)) {
                err.println(input + ": " + noRound(followUp, round));
                return 1;
            }
            String prefix = Inputs.stem(input) + "-" + slug(round) + "-";
            String extension = "." + format.name().toLowerCase(Locale.ROOT);
            Map<Path, Party> targets = new LinkedHashMap<>();
            fileNames(parties(followUp)).forEach((party, name) -> targets.put(out.resolve(prefix + name + extension),
                    party));
            List<String> existing = targets.keySet().stream().filter(Files::exists).map(Path::toString).toList();
            if (!force && !existing.isEmpty()) {
                err.println(String.join(", ", existing) + (existing.size() == 1 ? " exists" : " exist")
                        + "; --force overwrites");
                return 1;
            }
            Path keyFile = key != null ? key : keyFile(input);
            boolean newKey = !Files.exists(keyFile);
            FormKey formKey;
            if (newKey) {
                formKey = FormKey.generate();
            } else {
                formKey = readKey(keyFile, err);
                if (formKey == null) {
                    return 1;
                }
            }
            // every form made in memory first: a failure leaves none written rather than some
            FollowUpForms forms = documents.forms();
            Map<Path, byte[]> made = new LinkedHashMap<>();
            try {
                for (Map.Entry<Path, Party> target : targets.entrySet()) {
                    Party party = target.getValue();
                    made.put(target.getKey(), format == FormFormat.DOCX
                            ? forms.docx(followUp, round, party, formKey) : forms.xlsx(followUp, round, party, formKey));
                }
            } catch (AlkeException e) {
                // an author's template, label or letterhead: the message names the file and the line
                err.println(e.getMessage());
                return 1;
            }
            PrintWriter printed = spec.commandLine().getOut();
            // the key before the forms: a form whose key was not kept could never be imported
            if (newKey) {
                formKey.write(keyFile);
                printed.println("wrote form key " + keyFile + " (key " + formKey.id() + "): keep it, never send it; "
                        + "alke followup import needs it to accept these forms");
            } else {
                printed.println("sealing with form key " + keyFile + " (key " + formKey.id() + ")");
            }
            if (sameFolder(keyFile, out)) {
                err.println("warning: the form key " + keyFile + " is in the forms' folder " + out
                        + "; send only the forms, never the key");
            }
            for (Map.Entry<Path, byte[]> form : made.entrySet()) {
                AtomicFiles.write(form.getKey(), form.getValue());
                printed.println("wrote " + form.getKey());
            }
            printed.println(Counts.of(made.size(), "form") + " for round " + round + " in " + out);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports filled forms of a round into a new follow-up input file.",
                    "The forms are checked all together first; every problem is printed as file: cell: message and, "
                            + "if there is any, nothing is written. INPUT itself is never changed: the result goes "
                            + "to NEW_INPUT, which is not overwritten without --force. Importing a form twice gives "
                            + "the same result as importing it once."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:imported", "1:the input or some forms have problems (nothing written)", "2:wrong usage"})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INPUT", description = "The follow-up input file the forms were made from.")
        private Path input;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILLED", description = "Filled forms (.xlsx or .docx).")
        private List<Path> filled;

        @Option(names = "--round", required = true, paramLabel = "NAME",
                description = "The round the forms fill in, as named in the input's rounds.")
        private String round;

        @Option(names = "--out", required = true, paramLabel = "NEW_INPUT",
                description = "The new follow-up input file to write (YAML); not INPUT.")
        private Path out;

        @Option(names = "--force", description = "Overwrite NEW_INPUT if it exists.")
        private boolean force;

        @Option(names = "--key", paramLabel = "FILE",
                description = "The form key file the forms were sealed with; by default <input>.formkey beside INPUT, "
                        + "as alke followup forms made it.")
        private Path key;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (sameFile(input, out)) {
                throw new ParameterException(spec.commandLine(),
                        "--out: " + out + " is INPUT; the original is never changed, name a new file");
            }
            if (Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "--out: a folder, not a file: " + out);
            }
            PrintWriter err = spec.commandLine().getErr();
            if (!force && Files.exists(out)) {
                err.println(out + " exists; --force overwrites");
                return 1;
            }
            FollowUp original = readFollowUp(STOCK, input, err);
            if (original == null) {
                return 1;
            }
            if (!hasRound(original, round)) {
                err.println(input + ": " + noRound(original, round));
                return 1;
            }
            Path keyFile = key != null ? key : keyFile(input);
            if (!Files.exists(keyFile)) {
                err.println(keyFile + ": no form key: the forms are checked with the key alke followup forms made "
                        + (key != null ? "" : "beside " + input + " ") + "when it wrote them; without it no form can be "
                        + "trusted (give the key file with --key FILE)");
                err.println("nothing imported, " + out + " not written");
                return 1;
            }
            FormKey formKey = readKey(keyFile, err);
            if (formKey == null) {
                err.println("nothing imported, " + out + " not written");
                return 1;
            }
            List<NamedForm> forms = new ArrayList<>();
            boolean unreadable = false;
            for (Path file : filled) {
                try {
                    forms.add(new NamedForm(file.toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    err.println(file + ": " + Inputs.reason(e));
                    unreadable = true;
                }
            }
            if (unreadable) {
                return 1;
            }
            FollowUp result;
            try {
                result = new FormImport(formKey).apply(original, round, forms);
            } catch (FormImportException e) {
                e.problems().forEach(problem -> err.println(problem));
                err.println(Counts.of(e.problems().size(), "problem") + "; nothing imported, " + out + " not written");
                return 1;
            }
            // the action table is named relative to the file that names it: from the new file's folder now
            result = withTableFrom(result, input, out);
            // no count or date in the comment: the same forms imported again give the same file
            String text = "# Written by alke followup import from " + input.getFileName() + " and the filled forms of "
                    + "round " + round.lines().findFirst().orElse("") + "\n" + new InputWriter().write(result);
            // what is written must read back as what was imported; anything else is a bug, not the user's
            try {
                Path folder = out.toAbsolutePath().getParent();
                if (!result.equals(STOCK.read(out.getFileName().toString(), text, Sources.folder(folder)))) {
                    throw new IllegalStateException("the written follow-up does not read back as the imported one");
                }
            } catch (InputException e) {
                throw new IllegalStateException("the written follow-up does not read back: " + e.getMessage(), e);
            }
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + out);
            return 0;
        }
    }

    /** The form key file of an input: {@code <stem>.formkey} beside it, {@code seuranta-2024.formkey}. */
    static Path keyFile(Path input) {
        return input.resolveSibling(Inputs.stem(input) + KEY_EXTENSION);
    }

    /** The extension of a form key file. */
    static final String KEY_EXTENSION = ".formkey";

    /** The key of a key file, or {@code null} with its problem printed. */
    private static FormKey readKey(Path file, PrintWriter err) {
        try {
            return FormKey.read(file);
        } catch (FormImportException e) {
            e.problems().forEach(problem -> err.println(problem));
        } catch (IOException e) {
            err.println(file + ": " + Inputs.reason(e));
        }
        return null;
    }

    private static boolean sameFolder(Path file, Path folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    /** The follow-up of an input file, or {@code null} with its problems printed. */
    private static FollowUp readFollowUp(AlkeDocuments documents, Path input, PrintWriter err) {
        AlkeDocument document;
        try {
            document = Inputs.read(documents, input);
        } catch (InputException e) {
            e.problems().forEach(problem -> err.println(problem));
            return null;
        } catch (IOException e) {
            err.println(input + ": " + Inputs.reason(e));
            return null;
        }
        if (document instanceof FollowUp followUp) {
            return followUp;
        }
        err.println(input + ": kind: is " + document.kind() + "; forms are made from a " + FollowUp.KIND);
        return null;
    }

    private static boolean hasRound(FollowUp followUp, String round) {
        return followUp.rounds().stream().anyMatch(r -> r.name().equals(round));
    }

    private static String noRound(FollowUp followUp, String round) {
        return "rounds: no round is named '" + round + "'; the rounds are "
                + followUp.rounds().stream().map(FollowUp.Round::name).collect(Collectors.joining(", "));
    }

    /**
     * Every party that fills in a form: every party named in the actions, on both sides, every region for an
     * action naming all regions (which get no form of their own); the code lists first in their order (VN, the
     * ministries, the regions by code), then the organisations in the order the actions first name them.
     */
    static List<Party> parties(FollowUp followUp) {
        return FollowUpForms.parties(followUp);
    }

    /** Longest party part of a form's file name; a longer organisation code is cut (and kept apart, below). */
    private static final int LONGEST_PART = 60;

    /**
     * The part of each party's form's file name: {@code ministry-tem}, {@code region-12}, {@code vn}, and an
     * organisation's code as a {@link #slug} ({@code ely-keski-suomi}, {@code Åbo_Akademi} → {@code abo-akademi}).
     * Names are compared as a file system that ignores case would; a name already taken (two codes that differ
     * only in letters a slug drops, or an organisation coded like {@code ministry-tem}) gets {@code -2},
     * {@code -3}, … in the parties' order, so no form overwrites another.
     */
    static Map<Party, String> fileNames(List<Party> parties) {
        Map<Party, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Party party : parties) {
            String base = switch (party.type()) {
                case MINISTRY -> "ministry-" + slug(party.code());
                case REGION -> "region-" + slug(party.code());
                default -> slug(party.code());
            };
            if (base.length() > LONGEST_PART) {
                base = base.substring(0, LONGEST_PART).replaceAll("-+$", "");
            }
            String name = base;
            for (int number = 2; !taken.add(name.toLowerCase(Locale.ROOT)); number++) {
                name = base + "-" + number;
            }
            names.put(party, name);
        }
        return names;
    }

    /**
     * The follow-up with its action table named relative to the folder of the file it is written to, so that
     * the new input finds the table wherever it is written; a follow-up without a table as it is.
     */
    static FollowUp withTableFrom(FollowUp followUp, Path input, Path out) {
        if (followUp.actionTable() == null) {
            return followUp;
        }
        Path table = input.toAbsolutePath().getParent().resolve(followUp.actionTable()).normalize();
        Path folder = out.toAbsolutePath().getParent().normalize();
        String reference;
        try {
            reference = folder.relativize(table).toString().replace(table.getFileSystem().getSeparator(), "/");
        } catch (IllegalArgumentException e) { // another drive: no relative path leads there
            reference = table.toString();
        }
        return reference.equals(followUp.actionTable()) ? followUp
                : FollowUpBuilder.builder(followUp).actionTable(reference).build();
    }

    /** A file-name part: {@code syksy 2024} → {@code syksy-2024}, {@code Åbo_Akademi} → {@code abo-akademi}. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "x" : plain;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
