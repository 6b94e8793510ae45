package fi.alke.samples;

import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Side;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alke codes [--templates DIR] [--lang fi|sv|en]}: the codes input files write for regions,
 * ministries and the other parties, with their names and sides, and the organisations an author's folder
 * declares. docs/input.md has the same lists.
 */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = {"Lists the codes input files write: regions, ministries, VN, all-regions and the sides.",
                "Each party is printed with its code, its name and its side, which decides the column it is printed "
                        + "in (state: VN, regions: Maakunnat). With --templates, also the organisations of "
                        + "DIR/organisations.yaml.",
                "docs/input.md describes every field of every kind."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed", "1:the organisations file has problems", "2:wrong usage"})
final class CodesCommand implements Callable<Integer> {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "An author's folder: also list the organisations of its " + OrganisationsFile.FILE_NAME
                    + ".")
    private Path templates;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "FI",
            description = "The language of the names: fi, sv or en (default: fi).")
    private Language language;

    @Spec
    private CommandSpec spec;

    private int tables;

    enum Language { FI, SV, EN }

    @Override
    public Integer call() throws IOException {
        Inputs.templatesFolder(spec, templates);
        String lang = language.name().toLowerCase(Locale.ROOT);
        PrintWriter out = spec.commandLine().getOut();

        List<String[]> regions = new ArrayList<>();
        for (Region region : Region.values()) {
            regions.add(new String[] {region.code(), region.name(lang)
                    + (region.hasRegionalCouncil() ? "" : " (no regional council)"), Party.of(region).side().code()});
        }
        table(out, "Regions (write the code in quotes: \"13\")", regions);

        List<String[]> ministries = new ArrayList<>();
        for (Ministry ministry : Ministry.values()) {
            ministries.add(new String[] {ministry.abbreviation(), ministry.name(lang),
                    Party.of(ministry).side().code()});
        }
        table(out, "Ministries", ministries);

        List<String[]> others = new ArrayList<>();
        for (Party party : List.of(Party.government(), Party.allRegions())) {
            others.add(new String[] {party.code(), party.name(lang), party.side().code()});
        }
        table(out, "Other parties", others);

        List<String[]> sides = new ArrayList<>();
        for (Side side : Side.values()) {
            sides.add(new String[] {side.code(), side == Side.STATE ? "VN column" : "Maakunnat column",
                    side == Side.STATE ? "VN, the ministries, state agencies, ELY centres"
                            : "the regions, all-regions, regional councils, municipalities, universities, companies"});
        }
        table(out, new String[] {"SIDE", "PRINTED IN", "WHO"}, "Sides (an organisation declares its side)", sides);

        if (templates == null) {
            return 0;
        }
        Path file = templates.resolve(OrganisationsFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            out.printf("%nNo organisations: %s does not exist.%n", file);
            return 0;
        }
        List<Organisation> organisations;
        try {
            organisations = InputReader.readOrganisations(file);
        } catch (InputException e) {
            PrintWriter err = spec.commandLine().getErr();
            // named by the path given, as validate names its inputs
            Problems.of(e, file).forEach(err::println);
            return 1;
        }
        List<String[]> declared = new ArrayList<>();
        for (Organisation organisation : organisations) {
            String name = organisation.name().in(lang);
            String abbreviation = organisation.abbreviation();
            declared.add(new String[] {organisation.code(), abbreviation == null || abbreviation.isBlank() ? name
                    : name + " (" + abbreviation + ")", organisation.side().code()});
        }
        table(out, "Organisations of " + file, declared);
        return 0;
    }

    private void table(PrintWriter out, String title, List<String[]> rows) {
        table(out, new String[] {"CODE", "NAME", "SIDE"}, title, rows);
    }

    /** A titled table of three columns, the first two padded to their widest cell; a blank line between tables. */
    private void table(PrintWriter out, String[] header, String title, List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int first = all.stream().mapToInt(row -> row[0].length()).max().orElseThrow();
        int second = all.stream().mapToInt(row -> row[1].length()).max().orElseThrow();
        String format = "%-" + first + "s  %-" + second + "s  %s%n";
        if (tables++ > 0) {
            out.println();
        }
        out.println(title);
        all.forEach(row -> out.printf(format, (Object[]) row));
    }
}
