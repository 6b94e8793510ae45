package fi.alke.documents.api;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Limits;
import fi.alke.documents.DocumentRenderer;
import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.followup.FollowUpForms;
import fi.alke.documents.input.InputException;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.input.Sources;
import fi.alke.documents.internal.AtomicFiles;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.Meta;
import fi.alke.documents.model.MetaBuilder;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.ProfileException;
import fi.alke.documents.model.RuleSet;
import fi.alke.documents.model.Rules;
import fi.alke.documents.model.Violation;
import fi.alke.documents.pdf.PdfRenderer;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.template.DocumentMarkup;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The library in one object: reads input files, turns documents of the model into document trees with
 * the stock templates (or an author's own), and renders them as DOCX and PDF to streams or, atomically,
 * to files; makes the follow-up forms with the same templates and letterheads.
 *
 * <pre>{@code
 * AlkeDocuments alke = AlkeDocuments.create();
 * AlkeDocument document = alke.read(Path.of("paatos-2026.yaml"));
 * alke.render(document, Path.of("out/paatos-2026.docx"), Path.of("out/paatos-2026.pdf"));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads: build one at start-up and let every request use it.
 * Everything a caller can get wrong (an input, a template, the markup, a letterhead profile, the round's
 * rules) is an {@link AlkeException}, carrying its problems as data; failures of the machine are
 * {@link IOException}s.
 */
public final class AlkeDocuments {
    private final Settings settings;
    private final InputReader reader;
    private final TemplateEngine engine;
    private final DocumentMarkup templates;
    private final ResourceLoader images;
    private final MarkupParser parser;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    private AlkeDocuments(Builder builder, InputReader reader) {
        this.settings = new Settings(builder.authorFolder, builder.pageStyle, builder.rules, builder.violationsBlock,
                builder.language, builder.limits);
        this.reader = reader.withSenders(this::unknownSender).withLimits(settings.limits());
        Path authorFolder = settings.authorFolder();
        String language = settings.language();
        // the engine's language serves only templates rendered without a lang; a document always gives its own
        this.engine = TemplateEngine.builder().overrides(authorFolder).limits(settings.limits())
                .language(language == null ? "fi" : language).build();
        this.templates = new DocumentMarkup(engine, this::letterhead);
        ResourceLoader stock = ResourceLoader.classpath(AlkeDocuments.class.getClassLoader(), TemplateEngine.STOCK_ROOT);
        ResourceLoader found = authorFolder == null ? stock : ResourceLoader.directory(authorFolder).orElse(stock);
        // a missing image is told in the author's terms: the folders it was looked for in, not the class path
        this.images = src -> {
            try {
                return found.load(src);
            } catch (IOException e) {
                throw new IOException(missing(src, e), e);
            }
        };
        this.parser = new MarkupParser(images, settings.limits());
        this.docx = new DocxRenderer(settings.pageStyle());
        this.pdf = new PdfRenderer(settings.pageStyle());
    }

    /** The library with the stock templates, the SFS 2487 page style and no rules. */
    public static AlkeDocuments create() {
        return new AlkeDocuments(new Builder(), new InputReader());
    }

    /** A builder, to set an author's folder, the page style, the round's rules or the default language. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads an input file (YAML or JSON starting with {@code kind:}); files it names are read beside it.
     *
     * @throws InputException listing every problem of the schema and the model, each with file, line and field
     * @throws IOException    when the file cannot be read
     */
    public AlkeDocument read(Path file) throws IOException, InputException {
        return readFile(file).document();
    }

    /**
     * Reads an input given as text, as if it were the file {@code name} (whose ending tells JSON from
     * YAML); files it names are read from the folder of {@code name}, else from the current folder.
     *
     * @throws InputException listing every problem of the schema and the model, each with line and field
     */
    public AlkeDocument read(String name, String text) throws InputException {
        Path folder = Path.of(name).toAbsolutePath().getParent();
        return read(name, text, Sources.folder(folder != null ? folder : Path.of("")));
    }

    /**
     * Reads an input given as text, the files it names read from {@code sources}, e.g.
     * {@code Sources.classpath(loader, "inputs/")} for inputs shipped in a jar.
     *
     * @throws InputException listing every problem of the schema and the model, each with line and field
     */
    public AlkeDocument read(String name, String text, Sources sources) throws InputException {
        return withDefaultLanguage(reader.readFile(name, text, sources)).document();
    }

    /**
     * Reads an input file and keeps where each field stands in it, so that later findings (the round's
     * rules, say) can name their line: {@code input.line(violation.field())}.
     *
     * @throws InputException listing every problem of the schema and the model
     * @throws IOException    when the file cannot be read
     */
    public InputFile readFile(Path file) throws IOException, InputException {
        return withDefaultLanguage(reader.readFile(file));
    }

    /** The input, in the default language when its file names none. */
    private InputFile withDefaultLanguage(InputFile input) {
        if (settings.language() == null || input.has("meta.language")) {
            return input;
        }
        return input.withDocument(withLanguage(input.document(), settings.language()));
    }

    // ---------------------------------------------------------------- rules

    /**
     * Checks the round's rules over documents, each by the name violations give it (e.g. its file name).
     * Whether a violation blocks is the caller's to decide; {@link #tree} decides by
     * {@link Builder#violationsBlock(boolean)}.
     */
    public List<Violation> check(Map<String, ? extends AlkeDocument> documentsByName) {
        return Rules.check(settings.rules(), documentsByName);
    }

    // ---------------------------------------------------------------- trees

    /**
     * The markup the document's template ({@code <kind>.ftlx}) writes, with its sender's letterhead.
     *
     * @throws TemplateRenderException naming the template and the line
     * @throws ProfileException        when the sender has no letterhead profile or it is invalid
     */
    public String markup(AlkeDocument document) throws TemplateRenderException, ProfileException {
        return templates.markup(document);
    }

    /**
     * The markup the document's template writes with this letterhead, whatever the document's sender
     * names: to check a template when the sender's profile is itself broken.
     *
     * @throws TemplateRenderException naming the template and the line
     */
    public String markup(AlkeDocument document, LetterheadProfile letterhead) throws TemplateRenderException {
        try {
            return new DocumentMarkup(engine, name -> letterhead).markup(document);
        } catch (ProfileException e) {
            throw new IllegalStateException("a given letterhead is never looked up", e);
        }
    }

    /**
     * The document's tree, from which both formats are rendered alike. With
     * {@linkplain Builder#violationsBlock violations blocking}, the document is first checked against the
     * round's rules on its own.
     *
     * @throws RuleViolationException  when violations block and the document breaks a rule
     * @throws TemplateRenderException naming the template and the line
     * @throws ProfileException        when the sender has no letterhead profile or it is invalid
     * @throws MarkupException         when the template writes markup that is not valid, naming the line
     */
    public Document tree(AlkeDocument document) throws AlkeException {
        if (settings.violationsBlock()) {
            List<Violation> violations = check(Map.of(document.kind(), document));
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
        }
        String markup = markup(document);
        try {
            return parse("markup from " + document.kind() + ".ftlx", markup);
        } catch (MarkupException e) {
            throw atTemplates(e, document, null);
        }
    }

    /**
     * The problems of markup that the document's template wrote, each placed at the template file and
     * line that wrote the offending element (a library macro's at the line that called it), the
     * generated markup's line kept in the message. The file is named as the author knows it: the path in
     * the author's folder, or {@code stock:decision.ftlx}.
     *
     * @param letterhead the letterhead the markup was written with, or {@code null} for the sender's
     */
    public MarkupException atTemplates(MarkupException e, AlkeDocument document, LetterheadProfile letterhead) {
        try {
            DocumentMarkup written = letterhead == null ? templates : new DocumentMarkup(engine, name -> letterhead);
            return e.placed(written.origins(document)::place);
        } catch (TemplateRenderException | ProfileException again) {
            return e; // it rendered a moment ago; should it not now, the generated markup's lines must do
        }
    }

    /**
     * The tree of ALKE markup, its images loaded from the author's folder and the stock files.
     *
     * @param source names the markup in problems, e.g. its file's name
     * @throws MarkupException listing every problem with its line and column
     */
    public Document parse(String source, String markup) throws MarkupException {
        return parser.parse(source, markup);
    }

    // ---------------------------------------------------------------- rendering

    /** The renderer of a format, laid out in this library's page style. */
    public DocumentRenderer renderer(Format format) {
        return format == Format.DOCX ? docx : pdf;
    }

    /**
     * The document in one format.
     *
     * @throws AlkeException as {@link #tree}
     * @throws IOException   when the renderer fails
     */
    public byte[] render(AlkeDocument document, Format format) throws AlkeException, IOException {
        return renderer(format).render(tree(document));
    }

    /**
     * Writes the document in one format to a stream, which is not closed.
     *
     * @throws AlkeException as {@link #tree}; nothing is written then
     * @throws IOException   when the renderer or the stream fails
     */
    public void render(AlkeDocument document, Format format, OutputStream out) throws AlkeException, IOException {
        renderer(format).render(tree(document), out);
    }

    /**
     * Writes the document to files, each in the format its name ends in ({@code .docx}, {@code .pdf}). Every
     * file is rendered in memory first, then each is written to a temporary file beside it and moved into
     * place: a document that cannot be rendered writes none of them, and a file is never left half-written
     * nor an existing one spoilt (when the disk fails, the files moved into place before stay).
     *
     * @throws AlkeException            as {@link #tree}; nothing is written then
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when a target's name ends in no format's extension
     */
    public void render(AlkeDocument document, Path... targets) throws AlkeException, IOException {
        targets = targets.clone();
        for (Path target : targets) {
            Format.of(target); // before the work: a wrong name is the caller's mistake, not the document's
        }
        render(tree(document), targets);
    }

    /**
     * Writes a tree to files, each in the format its name ends in, as {@link #render(AlkeDocument, Path...)}.
     *
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when a target's name ends in no format's extension
     */
    public void render(Document tree, Path... targets) throws IOException {
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (Path target : targets) {
            Format format = Format.of(target);
            rendered.put(target, renderer(format).render(tree));
        }
        for (Map.Entry<Path, byte[]> file : rendered.entrySet()) {
            AtomicFiles.write(file.getKey(), file.getValue());
        }
    }

    // ---------------------------------------------------------------- follow-up forms

    /** The follow-up forms, made with this library's templates, labels, letterheads, images and page style. */
    public FollowUpForms forms() {
        return new FollowUpForms(engine, this::letterhead, parser, docx);
    }

    // ---------------------------------------------------------------- settings

    /**
     * The letterhead profile a sender names: the author's {@code letterheads/<name>.yaml} when the folder has
     * one, else the stock profile.
     *
     * @throws ProfileException when there is no such profile or it is invalid, naming the file and the field
     */
    public LetterheadProfile letterhead(String sender) throws ProfileException {
        String unknown = unknownSender(sender);
        if (unknown != null) {
            // a document built in code: an input file has had this problem at its sender: line when it was read
            throw ProfileException.ofSender("document", unknown);
        }
        Path own = ownLetterhead(sender);
        // the author's own named by its path in the folder, not the machine's
        return own != null && Files.isRegularFile(own) ? LetterheadProfile.load(own, "letterheads/" + sender + ".yaml")
                : LetterheadProfile.load(sender);
    }

    /**
     * What is wrong with a sender's name, in the input's terms, or {@code null} when there is a letterhead
     * profile of that name (the author's or a stock one): checked when an input is read, so that the
     * problem is the input's, at its {@code sender:} line. The message lists the profiles there are.
     */
    public String unknownSender(String sender) {
        if (LetterheadProfile.isProfileName(sender)) {
            Path own = ownLetterhead(sender);
            if ((own != null && Files.isRegularFile(own)) || AlkeDocuments.class.getClassLoader()
                    .getResource(LetterheadProfile.CLASSPATH_FOLDER + sender + ".yaml") != null) {
                return null;
            }
            return "no letterhead profile '" + sender + "'; the profiles are " + profileNames();
        }
        return "'" + sender + "' is not the name of a letterhead profile: letters, digits, '-' and '_' only; "
                + "the profiles are " + profileNames();
    }

    /** The profiles a sender may name: the stock ones, and those of the author's folder. */
    private String profileNames() {
        List<String> stock = List.of();
        try {
            stock = StockTemplates.names(AlkeDocuments.class.getClassLoader()).stream()
                    .filter(name -> name.startsWith("letterheads/") && name.endsWith(".yaml")
                            && name.indexOf('/', "letterheads/".length()) < 0)
                    .map(name -> name.substring("letterheads/".length(), name.length() - ".yaml".length()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            // the list is a help, not the problem
        }
        String names = stock.isEmpty() ? "none" : String.join(", ", stock);
        Path folder = settings.authorFolder() == null ? null : settings.authorFolder().resolve("letterheads");
        if (folder != null && Files.isDirectory(folder)) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                List<String> own = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".yaml"))
                        .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
                if (!own.isEmpty()) {
                    names += " (and in " + folder + ": " + String.join(", ", own) + ")";
                }
            } catch (IOException e) {
                // as above
            }
        }
        return names;
    }

    /**
     * Where the author's profile of a sender would be, {@code <folder>/letterheads/<name>.yaml}; {@code null}
     * without an author's folder or for a name that is not a profile's (one that would reach out of the folder).
     */
    public Path ownLetterhead(String sender) {
        Path folder = settings.authorFolder();
        return folder == null || !LetterheadProfile.isProfileName(sender) ? null
                : folder.resolve("letterheads").resolve(sender + ".yaml");
    }

    /** Loads the images markup names: the author's folder first, then the stock files. */
    public ResourceLoader images() {
        return images;
    }

    /** What this library was built with. */
    public Settings settings() {
        return settings;
    }

    /**
     * The document with its {@code meta.language} replaced: the labels, dates and the sender's name follow
     * it; the text written in the document does not change language.
     */
    public static AlkeDocument withLanguage(AlkeDocument document, String language) {
        return document.withMeta(MetaBuilder.from(document.meta()).withLanguage(language));
    }

    /** Why an image did not load, in the author's terms: the folders it was looked for in, not the class path. */
    private String missing(String src, IOException e) {
        Path folder = settings.authorFolder();
        Path own = folder == null ? null : folder.resolve(src).normalize();
        if (own != null && own.startsWith(folder.normalize()) && Files.exists(own)) {
            return "cannot read " + own + ": " + (e instanceof AccessDeniedException ? "permission denied"
                    : e.getMessage());
        }
        if (src.contains("..")) {
            return "an image's name may not contain '..'";
        }
        return folder == null ? "not among the stock files" : "not in " + folder + " nor among the stock files";
    }

    /**
     * What an {@link AlkeDocuments} is built with; see its {@link Builder} for each.
     *
     * @param authorFolder    the author's folder, or {@code null} for the stock templates alone
     * @param pageStyle       the page style both formats are laid out in
     * @param rules           the round's rules; {@link RuleSet#NONE} when none were given
     * @param violationsBlock whether a broken rule stops {@link #tree} (and so rendering)
     * @param language        the language of inputs that name none, or {@code null} for the model's default
     * @param limits          the bounds of the work for one document ({@link Limits#DEFAULT} unless set)
     */
    public record Settings(Path authorFolder, PageStyle pageStyle, RuleSet rules, boolean violationsBlock,
                           String language, Limits limits) {
    }

    /** Settings of an {@link AlkeDocuments}; not safe to share between threads, unlike what it builds. */
    public static final class Builder {
        private Path authorFolder;
        private PageStyle pageStyle = PageStyle.sfs2487();
        private RuleSet rules = RuleSet.NONE;
        private boolean violationsBlock;
        private String language;
        private List<Organisation> organisations;
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /**
         * An author's folder, laid out like the stock {@code fi/alke/templates/}: its templates
         * ({@code <kind>.ftlx}, {@code lib/alke.ftlx}), message bundles ({@code messages_<lang>.properties}),
         * letterhead profiles ({@code letterheads/<name>.yaml}) and images win over the stock ones of the same
         * name, and the organisations its {@code organisations.yaml} declares may be named in the inputs.
         *
         * @param folder the folder, or {@code null} for the stock templates alone
         */
        public Builder authorFolder(Path folder) {
            this.authorFolder = folder;
            return this;
        }

        /**
         * The organisations inputs may name besides the code lists' parties (e.g. from a system's own
         * register), instead of those of the author's {@code organisations.yaml}.
         *
         * @param organisations the organisations, or {@code null} for the author's folder's
         */
        public Builder organisations(List<Organisation> organisations) {
            this.organisations = organisations == null ? null : List.copyOf(organisations);
            return this;
        }

        /** The page style both formats are laid out in; {@link PageStyle#sfs2487()} unless set. */
        public Builder pageStyle(PageStyle style) {
            this.pageStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /** The round's rules; none unless set. */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * The round's rules from a YAML file with a {@code rules:} block ({@link InputReader#readRules(Path)}).
         *
         * @throws InputException listing every problem of the file, each with its line and field
         * @throws IOException    when the file cannot be read
         */
        public Builder rules(Path file) throws IOException, InputException {
            return rules(InputReader.readRules(file));
        }

        /** Whether a broken rule stops rendering ({@code true}) or is left to {@link #check} ({@code false}, the default). */
        public Builder violationsBlock(boolean block) {
            this.violationsBlock = block;
            return this;
        }

        /**
         * The language ({@code fi}, {@code sv}, {@code en}) of inputs whose {@code meta.language} is left out,
         * and of labels where a template gives none; {@code fi} unless set.
         *
         * @param language a language code, or {@code null} for the model's default
         * @throws IllegalArgumentException naming the languages there are
         */
        public Builder language(String language) {
            if (language != null && !Meta.LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("no language is called '" + language + "'; the languages are "
                        + String.join(", ", Meta.LANGUAGES));
            }
            this.language = language;
            return this;
        }

        /** The bounds of the work for one document, e.g. a template's time ({@link Limits#DEFAULT} unless set). */
        public Builder limits(Limits limits) {
            this.limits = java.util.Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The library with these settings; reads the author's {@code organisations.yaml} once, unless the
         * organisations are given.
         *
         * @throws IllegalArgumentException when the author's folder is not a folder, or given organisations
         *                                  declare one code twice with different data
         * @throws InputException           listing every problem of the author's {@code organisations.yaml}
         * @throws IOException              when it cannot be read
         */
        public AlkeDocuments build() throws IOException, InputException {
            if (authorFolder != null && !Files.isDirectory(authorFolder)) {
                throw new IllegalArgumentException("the author's folder is not a folder: " + authorFolder);
            }
            if (organisations != null) {
                return new AlkeDocuments(this, new InputReader().withOrganisations(organisations));
            }
            Path file = authorFolder == null ? null : authorFolder.resolve(OrganisationsFile.FILE_NAME);
            InputReader reader = file != null && Files.exists(file)
                    ? new InputReader().withOrganisations(file) : new InputReader();
            return new AlkeDocuments(this, reader);
        }
    }
}
