package fi.alke.documents.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.alke.documents.Limits;
import fi.alke.documents.Problem;
import fi.alke.documents.model.ActionTable;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.ModelException;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.Parties;
import fi.alke.documents.model.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a document from a YAML or JSON file (by its extension: {@code .json} is JSON, anything else
 * YAML). The file must start with {@code kind:}; it is checked against the published JSON Schema of
 * that kind ({@code fi/alke/documents/model/schema/<kind>.schema.json}), so that every unknown field,
 * wrong type, impossible date or unknown region code is reported at once, and then read into the
 * model, whose records check what a schema cannot. Every problem names the file, the field path and
 * the line. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * AlkeDocument document = new InputReader().read(Path.of("paatos-2026.yaml"));
 * }</pre>
 */
public final class InputReader {
    /** The class-path folder of the published schemas. */
    public static final String SCHEMA_FOLDER = "fi/alke/documents/model/schema/";

    // rebuild(): the default factory's features (an empty value reads as null), with the size bound changed
    private static final ObjectMapper YAML = configure(new YAMLMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()
            .rebuild().loaderOptions(yamlLimits()).build()));
    private static final ObjectMapper JSON = configure(new JsonMapper());
    /**
     * Reads parts of an input on their own for the model checks: a part the schema refused is left out,
     * and the record must still be built to run its other checks, so "required" is the model's to tell.
     */
    private static final ObjectMapper PARTS = configure(new JsonMapper())
            .setAnnotationIntrospector(new com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasRequiredMarker(com.fasterxml.jackson.databind.introspect.AnnotatedMember member) {
                    return Boolean.FALSE;
                }
            });
    /** Turns what a named file holds into input again, leaving out what it left out. */
    private static final ObjectMapper TREES = configure(new JsonMapper())
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final JsonSchemaFactory SCHEMA_FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig SCHEMA_CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true) // "2024-02-30" is not a date
            .build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    /** The schema of an organisations file, beside the kinds' schemas. */
    static final String ORGANISATIONS_SCHEMA = "organisations";

    private final Parties parties;
    private final java.util.function.Function<String, String> senders;
    private final Limits limits;

    /** A reader that knows the parties of the code lists (VN, ministries, regions, all regions) only. */
    public InputReader() {
        this(Parties.stock(), sender -> null, Limits.DEFAULT);
    }

    private InputReader(Parties parties, java.util.function.Function<String, String> senders, Limits limits) {
        this.parties = parties;
        this.senders = senders;
        this.limits = limits;
    }

    /**
     * A reader that refuses an input larger than {@link Limits#inputSize()} (the default reader has
     * {@link Limits#DEFAULT}'s), at the line where the limit falls.
     */
    public InputReader withLimits(Limits limits) {
        return new InputReader(parties, senders, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * A reader that also checks each input's {@code sender}: {@code problem} tells what is wrong with a
     * sender's name (no letterhead profile of that name, say), or gives {@code null} for a sender it knows.
     * A sender it does not know is then the input's problem at its {@code sender:} line, found when the
     * file is read rather than when it is rendered.
     */
    public InputReader withSenders(java.util.function.Function<String, String> problem) {
        return new InputReader(parties, Objects.requireNonNull(problem, "problem"), limits);
    }

    /**
     * A reader that also knows these organisations, e.g. those of an author's folder
     * ({@link #readOrganisations}); an input's own organisations come on top.
     *
     * @throws IllegalArgumentException when a code is declared twice with different data
     */
    public InputReader withOrganisations(List<Organisation> organisations) {
        return new InputReader(parties.with(organisations), senders, limits);
    }

    /**
     * A reader that also knows the organisations an organisations file declares, e.g. the
     * {@code organisations.yaml} of an author's folder.
     *
     * @throws InputException listing every problem of the file, each with its line and field, a code the
     *                        code lists or another organisation already has among them
     */
    public InputReader withOrganisations(Path file) throws IOException, InputException {
        List<Organisation> organisations = readOrganisations(file);
        try {
            return withOrganisations(organisations);
        } catch (ModelException e) {
            List<Problem> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(new Problem(file.getFileName().toString(), -1, -1,
                    "organisations" + p.field(), p.message())));
            throw new InputException(problems);
        } catch (IllegalArgumentException e) {
            throw single(file.getFileName().toString(), "organisations", null, describe(e));
        }
    }

    /** The parties this reader knows besides an input's own organisations. */
    public Parties parties() {
        return parties;
    }

    /** Reads the file; its name (not its folder) names it in problems; files it names are read beside it. */
    public AlkeDocument read(Path file) throws IOException, InputException {
        return readFile(file).document();
    }

    /**
     * Reads the file and keeps where each field stands in it, so that later findings (e.g. the round's
     * rules) can name their line.
     */
    public InputFile readFile(Path file) throws IOException, InputException {
        String text = text(file, limits);
        Path folder = file.toAbsolutePath().getParent();
        return read(file.getFileName().toString(), text, Sources.folder(folder), 0);
    }

    /**
     * Reads a document from text. Files it names (an organisations file, an action table) are read from the
     * folder of {@code name} when it has one, else from the current folder.
     *
     * @param name the file name, for messages and to tell JSON ({@code .json}) from YAML
     * @param text the file's content
     * @throws InputException listing every problem found
     */
    public AlkeDocument read(String name, String text) throws InputException {
        Path folder = Path.of(name).toAbsolutePath().getParent();
        return read(name, text, Sources.folder(folder != null ? folder : Path.of("")), 0).document();
    }

    /**
     * Reads a document from text, with the files it names read from the sources, e.g. the class-path
     * folder an input shipped in a jar comes from.
     *
     * @throws InputException listing every problem found
     */
    public AlkeDocument read(String name, String text, Sources sources) throws InputException {
        return read(name, text, sources, 0).document();
    }

    /**
     * Reads a document from text and keeps where each field stands, with the files it names read from the
     * sources.
     *
     * @throws InputException listing every problem found
     */
    public InputFile readFile(String name, String text, Sources sources) throws InputException {
        return read(name, text, sources, 0);
    }

    /**
     * Reads a document from text as if it were a file in a folder: files it names (an organisations file, an
     * action table) are read from that folder.
     *
     * @param name   the file name, for messages and to tell JSON ({@code .json}) from YAML
     * @param text   the file's content
     * @param folder the folder the files it names are relative to
     * @throws InputException listing every problem found
     */
    public AlkeDocument read(String name, String text, Path folder) throws InputException {
        return read(name, text, Sources.folder(folder), 0).document();
    }

    /**
     * Reads the rules of a round from a YAML or JSON file with a {@code rules:} block (see {@link RuleSet}),
     * e.g. {@code rules: {maxTopicAreas: 2, agendaLeadDays: 14}}; the file's name (not its folder) names it in
     * problems.
     *
     * @throws InputException listing every problem: not YAML, no {@code rules:} block, an unknown (misspelt)
     *                        rule, a limit that is not a whole number or is negative; each at its line and field
     */
    public static RuleSet readRules(Path file) throws IOException, InputException {
        return readRules(file.getFileName().toString(), text(file, Limits.DEFAULT));
    }

    /**
     * Reads the rules of a round from text, as {@link #readRules(Path)}.
     *
     * @param name the file name, for messages and to tell JSON ({@code .json}) from YAML
     */
    public static RuleSet readRules(String name, String text) throws InputException {
        ObjectMapper mapper = mapper(name);
        Parsed parsed = parse(name, text, mapper);
        JsonNode block = parsed.node == null ? null : parsed.node.get("rules");
        if (block == null || !block.isObject()) {
            // at a rules: that is not a block; a file without one has no line to point at
            JsonLocation at = parsed.locations.has("/rules") ? parsed.locations.of("/rules") : null;
            if (at == null) {
                // at the file's start, where the block is to be written
                throw new InputException(List.of(new Problem(name, 1, 1, "",
                        "no rules: block; write e.g. rules: {agendaLeadDays: 14}")));
            }
            throw single(name, "", at, "no rules: block; write e.g. rules: {agendaLeadDays: 14}");
        }
        // every limit is a whole number, so each is checked here, and all of them at once
        List<String> names = java.util.Arrays.stream(RuleSet.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = block.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            String problem = null;
            if (!names.contains(field.getKey())) {
                problem = "unknown rule; the rules are " + String.join(", ", names.stream().sorted().toList());
            } else if (value.isNull()) {
                continue; // written without a value: not limited
            } else if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem = "expected a whole number, found " + (value.isTextual() ? "\"" + value.asText() + "\""
                        : value.isArray() ? "a list" : value.isObject() ? "a mapping" : value.toString());
            } else if (value.asInt() < 0) {
                problem = "must not be negative, was " + value.asInt();
            }
            if (problem != null) {
                problems.add(problem(name, "/rules/" + field.getKey(), parsed.locations, problem));
            }
        }
        fail(problems);
        try {
            return mapper.treeToValue(block, RuleSet.class);
        } catch (IOException | IllegalArgumentException e) {
            // checked above; whatever is left names the block
            throw single(name, "rules", parsed.locations.of("/rules"), describe(e));
        }
    }

    /**
     * Reads an organisations file ({@code organisations:} with a list of organisations), e.g. the
     * {@code organisations.yaml} of an author's folder; every problem names the file, line and field.
     */
    public static List<Organisation> readOrganisations(Path file) throws IOException, InputException {
        String name = file.getFileName().toString();
        return organisations(name, text(file, Limits.DEFAULT), null).organisations();
    }

    /**
     * The file's text; bytes that are not UTF-8 are a problem at their line, named by the file's name. A file
     * that cannot hold fewer characters than the limit (UTF-8 takes at most four bytes a character) is refused
     * before it is read.
     */
    private static String text(Path file, Limits limits) throws IOException, InputException {
        try {
            return checkSize(file.getFileName().toString(), InputText.read(file, maxBytes(limits)), limits);
        } catch (InputText.TooLarge e) {
            throw new InputException(List.of(new Problem(file.getFileName().toString(), -1, -1, "",
                    tooLarge(limits) + "; the file has more than " + String.format(Locale.ROOT, "%,d",
                            maxBytes(limits)) + " bytes")));
        } catch (InputText.NotText e) {
            throw new InputException(List.of(new Problem(file.getFileName().toString(), e.line, e.column, "",
                    e.getMessage())));
        }
    }

    /**
     * Reads an organisations file.
     *
     * @param naming the problem, at the field of the input that names the file, that the file is a document
     *               rather than an organisations file; {@code null} for a file read on its own, where the
     *               problem is at its {@code kind:}
     */
    private static OrganisationsFile organisations(String name, String text,
            java.util.function.Function<String, Problem> naming) throws InputException {
        ObjectMapper mapper = mapper(name);
        Parsed parsed = parse(name, text, mapper);
        JsonNode kind = parsed.node == null ? null : parsed.node.get("kind");
        if (kind != null) {
            // a document, e.g. an action table named by mistake: one problem, not one per field it has
            String message = name + " is " + kindInWords(kind) + ", not an organisations file (organisations: with "
                    + "a list of code, name, side)";
            throw new InputException(List.of(naming != null ? naming.apply(message)
                    : problem(name, "/kind", parsed.locations, message)));
        }
        List<Problem> problems = validate(name, ORGANISATIONS_SCHEMA, parsed.node, parsed.locations);
        if (problems.isEmpty()) {
            try {
                return mapper.readerFor(OrganisationsFile.class).readValue(parsed.node);
            } catch (IOException | IllegalArgumentException e) {
                problems.addAll(modelProblems(name, PARTS.readerFor(OrganisationsFile.class), parsed.node,
                        OrganisationsFile.class, parsed.locations, problems));
                fail(problems);
                throw single(name, "", null, describe(e));
            }
        }
        problems.addAll(modelProblems(name, PARTS.readerFor(OrganisationsFile.class), parsed.node,
                OrganisationsFile.class, parsed.locations, problems));
        fail(problems);
        throw new IllegalStateException("problems were found and reported");
    }

    /** A document's kind as a sentence says it: "an action-table document". */
    private static String kindInWords(JsonNode kind) {
        String name = kind.asText();
        if (!kind.isTextual() || Kinds.classOf(name).isEmpty()) {
            return "a document (kind: " + (kind.isTextual() ? name : kind.toString()) + ")";
        }
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " document";
    }

    private InputFile read(String name, String text, Sources folder, int depth) throws InputException {
        checkSize(name, text, limits);
        ObjectMapper mapper = mapper(name);
        Parsed parsed = parse(name, text, mapper);
        JsonNode node = parsed.node;
        Locations locations = parsed.locations;
        String kind = kind(name, node, locations);
        Class<?> type = Kinds.classOf(kind).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        Parties known = parties;
        ObjectNode document = (ObjectNode) node;
        // Files the input names: read them in place, each problem named by its own file.
        JsonNode organisationsNode = document.get("organisations");
        if (organisationsNode != null && organisationsNode.isTextual()) {
            try {
                OrganisationsFile file = organisations(organisationsNode.asText(),
                        referenced(name, "organisations", organisationsNode.asText(), folder, locations),
                        message -> problem(name, "/organisations", locations, message));
                document.set("organisations", TREES.valueToTree(file.organisations()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (type == FollowUp.class && document.get("actionTable") != null && document.get("actionTable").isTextual()) {
            String tableName = document.get("actionTable").asText();
            if (document.get("actions") != null) {
                problems.add(problem(name, "/actions", locations, "give the actions here or in the action table "
                        + tableName + " (actionTable), not both"));
            } else if (depth > 0) {
                problems.add(problem(name, "/actionTable", locations, name + " is a follow-up, named as the action table of another follow-up (or of itself); "
                        + "actionTable: names an action-table file"));
            } else {
                try {
                    String tableText = referenced(name, "actionTable", tableName, folder, locations);
                    InputFile table = read(Path.of(tableName).getFileName().toString(), tableText,
                            folder.of(tableName), depth + 1);
                    if (table.document() instanceof ActionTable actions) {
                        document.set("actions", TREES.valueToTree(actions.actions()));
                        known = known.with(actions.organisations());
                    } else {
                        problems.add(problem(name, "/actionTable", locations, tableName + " is a "
                                + table.document().kind() + ", not an action-table"));
                    }
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        fail(problems); // the rest would be checked against what the file could not name
        problems.addAll(validate(name, kind, node, locations));
        JsonNode sender = document.get("sender");
        if (sender != null && sender.isTextual() && problems.stream().noneMatch(p -> p.field().equals("sender"))) {
            String unknown = senders.apply(sender.asText());
            if (unknown != null) {
                problems.add(problem(name, "/sender", locations, unknown));
            }
        }
        // The input's own organisations, so that its parties can name them.
        JsonNode own = document.get("organisations");
        if (own != null && own.isArray()) {
            try {
                List<Organisation> declared = mapper.readerFor(mapper.getTypeFactory()
                        .constructCollectionType(List.class, Organisation.class)).readValue(own);
                known = known.with(declared);
            } catch (ModelException e) {
                e.problems().forEach(p -> problems.add(problem(name, "/organisations" + Locations.pointer(p.field()),
                        locations, p.message())));
            } catch (IOException e) {
                // the schema and the model checks below report what is wrong with them
            }
        }
        if (problems.isEmpty()) {
            // the common case reads the document once; the part-by-part model checks run only to find
            // every problem of a file that has some
            try {
                return new InputFile(name, mapper.readerFor(AlkeDocument.class).withAttribute(Parties.class, known)
                        .readValue(node), locations);
            } catch (IOException | IllegalArgumentException e) {
                problems.addAll(modelProblems(name, PARTS.readerFor(AlkeDocument.class)
                        .withAttribute(Parties.class, known), node, type, locations, problems));
                fail(whereMissingFieldsBelong(problems, document, schema(kind), locations));
                String pointer = e instanceof JsonMappingException mapping ? pointer(mapping) : "";
                throw single(name, Locations.path(pointer), locations.of(pointer),
                        describe(e));
            }
        }
        problems.addAll(modelProblems(name, PARTS.readerFor(AlkeDocument.class).withAttribute(Parties.class, known),
                node, type, locations, problems));
        fail(whereMissingFieldsBelong(problems, document, schema(kind), locations));
        throw new IllegalStateException("problems were found and reported");
    }

    /** The text of a file an input names, relative to the input's folder. */
    private String referenced(String name, String field, String reference, Sources folder, Locations locations)
            throws InputException {
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
            throw new InputException(List.of(problem(name, "/" + field, locations, "'" + reference
                    + "' is not the name of a YAML or JSON file (.yaml, .yml or .json)")));
        }
        try {
            Path.of(reference);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(List.of(problem(name, "/" + field, locations, "'" + reference
                    + "' is not a file name: " + e.getReason())));
        }
        try {
            return folder.text(reference, maxBytes(limits));
        } catch (InputText.TooLarge e) {
            throw new InputException(List.of(problem(name, "/" + field, locations, "cannot read " + reference + ": "
                    + tooLarge(limits))));
        } catch (InputText.NotText e) {
            // the named file's own problem, at its line
            throw new InputException(List.of(new Problem(Path.of(reference).getFileName().toString(), e.line,
                    e.column, "", e.getMessage())));
        } catch (IOException e) {
            // where it was looked for in the input's terms: not the machine's absolute path
            String where = folder.where(reference);
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : "the file cannot be read";
            throw new InputException(List.of(problem(name, "/" + field, locations, "cannot read " + reference
                    + " (" + (Path.of(where).isAbsolute() ? "in the folder of " + name : where) + "): " + reason)));
        }
    }

    /** The model's problems, except those the schema reports already (at the same field, or above it). */
    private static List<Problem> modelProblems(String name, ObjectReader reader, JsonNode node,
            Class<?> type, Locations locations, List<Problem> schemaProblems) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> schemaPointers = new java.util.HashSet<>();
        schemaProblems.forEach(p -> schemaPointers.add(Locations.pointer(p.field())));
        for (ModelChecks.Found found : ModelChecks.of(reader, node, type, schemaPointers)) {
            if (!schemaPointers.contains(found.pointer())) {
                problems.add(problem(name, found.pointer(), locations, found.message()));
            }
        }
        return problems;
    }

    /**
     * A field missing from the top of a file has no line of its own, and its parent's is the file's first;
     * such a problem is placed at the field the missing one would follow (in the schema's order, which is
     * the record's), where the reader is to write it.
     */
    private static List<Problem> whereMissingFieldsBelong(List<Problem> problems,
            ObjectNode document, JsonSchema schema, Locations locations) {
        List<String> order = new ArrayList<>();
        schema.getSchemaNode().path("properties").fieldNames().forEachRemaining(order::add);
        List<Problem> placed = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            int at = order.indexOf(problem.field());
            if (at < 0 || document.has(problem.field())) {
                placed.add(problem);
                continue;
            }
            JsonLocation before = null;
            for (int i = at - 1; i >= 0 && before == null; i--) {
                before = document.has(order.get(i)) ? locations.of("/" + order.get(i)) : null;
            }
            placed.add(before == null ? problem : new Problem(problem.source(), line(before),
                    column(before), problem.field(), problem.message()));
        }
        return placed;
    }

    private static void fail(List<Problem> problems) throws InputException {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line)
                    .thenComparingInt(Problem::column).thenComparing(Problem::field));
            throw new InputException(problems);
        }
    }

    private static Problem problem(String name, String pointer, Locations locations, String message) {
        JsonLocation at = locations.of(pointer);
        return new Problem(name, line(at), column(at), Locations.path(pointer), message);
    }

    private record Parsed(JsonNode node, Locations locations) {
    }

    private static Parsed parse(String name, String text, ObjectMapper mapper) throws InputException {
        try {
            return new Parsed(mapper.readTree(text), new Locations(mapper, text));
        } catch (JacksonException e) {
            SchemaMessages.Syntax syntax = SchemaMessages.syntax(e, mapper == JSON ? "JSON" : "YAML");
            throw single(name, "", syntax.at() != null ? syntax.at() : whereReadingStops(mapper, text),
                    syntax.message());
        } catch (IOException e) {
            throw new UncheckedIOException("reading text cannot fail", e);
        }
    }

    /**
     * Where a streaming read of the text fails: for the failures Jackson reports without a place (nesting
     * past the limit, in YAML and JSON alike), so that the message still names a line. Only after a failure.
     */
    private static JsonLocation whereReadingStops(ObjectMapper mapper, String text) {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(text)) {
            try {
                while (parser.nextToken() != null) {
                    // every token in turn, into every mapping and list, up to the one that fails
                }
            } catch (JacksonException stop) {
                return parser.currentLocation();
            }
        } catch (IOException e) {
            return null; // the text is in memory: nothing to read fails but the parse itself
        }
        return null;
    }

    private static ObjectMapper mapper(String name) {
        return name.endsWith(".json") ? JSON : YAML;
    }

    /** A reading failure the model checks did not explain, in words without Java's names. */
    private static String describe(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.time.DateTimeException) {
                return "not a real date or time (check the day of the month and the hour), e.g. 2026-03-20T09:00";
            }
            if (cause instanceof IllegalArgumentException argument && argument.getMessage() != null) {
                return argument.getMessage();
            }
        }
        // the schema let it through, yet the model cannot take it: say so without the reader's internals
        return "this value cannot be read here; compare it with the field's description in docs/input.md";
    }

    /** The kind the file starts with; the file must be a mapping whose first key is {@code kind}. */
    private static String kind(String name, JsonNode node, Locations locations) throws InputException {
        String kinds = String.join(", ", Kinds.names());
        if (node == null || !node.isObject() || node.isEmpty()) {
            // at what the file holds instead, or at its start, where kind: is to be written
            boolean empty = node == null || node.isMissingNode() || node.isNull();
            JsonLocation at = empty ? null : locations.of("");
            throw new InputException(List.of(new Problem(name, at == null || at.getLineNr() < 1 ? 1 : at.getLineNr(),
                    at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr(), "", (empty ? "the file is empty; " : "")
                    + "a document file is a mapping that starts with kind: (" + kinds + ")")));
        }
        Iterator<String> fields = node.fieldNames();
        String first = fields.next();
        if (!first.equals("kind")) {
            throw single(name, first, locations.of("/" + first), "the file must start with kind: (" + kinds + ")");
        }
        String kind = node.get("kind").asText();
        if (Kinds.classOf(kind).isEmpty()) {
            throw single(name, "kind", locations.of("/kind"), "unknown kind '" + kind + "'; the kinds are " + kinds);
        }
        return kind;
    }

    /** The same problem at each of the values the pointers name. */
    private static List<Problem> at(String name, java.util.Set<String> pointers, Locations locations, String message) {
        List<Problem> problems = new ArrayList<>();
        for (String pointer : pointers) {
            JsonLocation at = locations.of(pointer);
            problems.add(new Problem(name, line(at), column(at), Locations.path(pointer), message));
        }
        return problems;
    }

    private static List<Problem> validate(String name, String kind, JsonNode node, Locations locations) {
        List<Problem> problems = new ArrayList<>();
        // A number beyond a double (1e309) reads as infinity, which the schema validator cannot compare
        // and describes in Java's terms: say it here, and leave its schema messages out.
        java.util.Set<String> outOfRange = new java.util.LinkedHashSet<>();
        nonFinite(node, "", outOfRange);
        problems.addAll(at(name, outOfRange, locations,
                "the number is too large to be read; write a number of at most 308 digits"));
        // YAML's !!binary reads as bytes, which the schema validator's formats (a date) cannot read, and
        // a number past a double (1e309) where the schema has an enum threw NumberFormatException (issue 14): say them here,
        // and give the schema text in their place.
        java.util.Set<String> binary = new java.util.LinkedHashSet<>();
        binary(node, "", binary);
        problems.addAll(at(name, binary, locations,
                "binary data (!!binary) cannot stand in an input file; write the value as text"));
        outOfRange.addAll(binary);
        JsonSchema schema = schema(kind);
        for (ValidationMessage message : SchemaMessages.withoutRepeats(schema.validate(node))) {
            String pointer = message.getInstanceLocation().toString();
            if (outOfRange.contains(pointer)) {
                continue;
            }
            if (message.getProperty() != null) {
                // an unknown field: point at it; a missing one: name it (its line is its parent's)
                pointer = pointer + "/" + message.getProperty();
            }
            JsonLocation at = locations.of(pointer);
            problems.add(new Problem(name, line(at), column(at), Locations.path(pointer),
                    SchemaMessages.describe(message, schema)));
        }
        return problems;
    }

    /** The JSON pointers of values that are not JSON (YAML's !!binary), each made an empty text. */
    private static void binary(JsonNode node, String pointer, java.util.Set<String> into) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                String at = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
                JsonNode value = object.get(field);
                if (value.isBinary() || value.isPojo()) {
                    into.add(at);
                    object.put(field, "");
                } else if (nonFinite(value)) {
                    object.put(field, ""); // reported as out of range; the validator's enums cannot compare it
                } else {
                    binary(value, at, into);
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isBinary() || array.get(i).isPojo()) {
                    into.add(pointer + "/" + i);
                    array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(""));
                } else if (nonFinite(array.get(i))) {
                    array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(""));
                } else {
                    binary(array.get(i), pointer + "/" + i, into);
                }
            }
        }
    }

    private static boolean nonFinite(JsonNode node) {
        return node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue());
    }

    /** The JSON pointers of numbers that read as infinity or not-a-number. */
    private static void nonFinite(JsonNode node, String pointer, java.util.Set<String> into) {
        if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            into.add(pointer);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> nonFinite(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0")
                    .replace("/", "~1"), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nonFinite(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    private static JsonSchema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            try (InputStream in = InputReader.class.getClassLoader()
                    .getResourceAsStream(SCHEMA_FOLDER + k + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("the schema of kind " + k + " is missing from the library");
                }
                return SCHEMA_FACTORY.getSchema(in, SCHEMA_CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName()
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static InputException single(String name, String field, JsonLocation at, String message) {
        return new InputException(List.of(new Problem(name, line(at), column(at), field, message)));
    }

    private static int line(JsonLocation at) {
        return at == null ? -1 : at.getLineNr();
    }

    private static int column(JsonLocation at) {
        return at == null ? -1 : at.getColumnNr();
    }

    /**
     * No bound in the YAML reader: {@link #checkSize} applies the caller's {@link Limits#inputSize()} to YAML and
     * JSON alike, and SnakeYAML's own default (3 M) would refuse a follow-up of a 1,000-page report.
     */
    private static org.yaml.snakeyaml.LoaderOptions yamlLimits() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /**
     * The text, if it is within {@link Limits#inputSize()}; else the problem at the line where the limit
     * falls, so that the writer sees how far the reader would go.
     */
    private static String checkSize(String name, String text, Limits limits) throws InputException {
        // a string has at least as many chars as code points: most texts need no counting
        if (text.length() <= limits.inputSize() || text.codePointCount(0, text.length()) <= limits.inputSize()) {
            return text;
        }
        int end = text.offsetByCodePoints(0, limits.inputSize());
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        throw new InputException(List.of(new Problem(name, line, text.codePointCount(lineStart, end) + 1, "",
                tooLarge(limits) + "; the limit is reached here")));
    }

    /** The most bytes a file within the limit can have: UTF-8 takes at most four bytes a character. */
    private static long maxBytes(Limits limits) {
        return 4L * limits.inputSize();
    }

    private static String tooLarge(Limits limits) {
        return "the input is larger than the limit of " + String.format(Locale.ROOT, "%,d", limits.inputSize())
                + " characters for one file (Limits.inputSize); split it, or raise the limit";
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a left-out true/false is false; an explicit null is the schema's to refuse (it says boolean)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
