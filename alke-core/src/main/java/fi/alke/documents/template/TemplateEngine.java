package fi.alke.documents.template;

import fi.alke.documents.Limits;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The FreeMarker stage: renders an {@code .ftlx} template and a data model to ALKE markup text.
 *
 * <p>Templates are looked up, in this order, in the override folder, in the extra class-path roots in
 * the order they were added, and in the stock templates under {@value #STOCK_ROOT} (the alke-templates
 * jar). The first root that has a file of the name wins, so an author changes any template, or any
 * label in {@code messages_<lang>.properties}, by putting a file of the same name in their folder.
 *
 * <p>Besides the caller's model, every template sees:
 * <ul>
 *   <li>{@code lang}: the document language (the model's {@code lang}, else the builder's default);</li>
 *   <li>{@code msg}: the labels of that language, e.g. {@code ${msg.attachments}} → "Liitteet";</li>
 *   <li>{@code fmt}: date helpers, {@code ${fmt.date(d)}} → "14.2.2024", {@code ${fmt.date(d, true)}}
 *       → "14.02.2024", {@code ${fmt.isoDate(d)}} → "2024-02-14".</li>
 * </ul>
 * Java records in the model are read through their accessors ({@code ${person.name}}); like any
 * object the templates read, a record must be a public type, or its members stay invisible.
 *
 * <p>Templates cannot reach Java: {@code ?new} and {@code ?api} are refused and the default member
 * access policy applies. An instance is immutable and safe to share between threads.
 *
 * <pre>{@code
 * TemplateEngine engine = TemplateEngine.builder().overrides(Path.of("my-templates")).build();
 * String markup = engine.render("ohje.ftlx", Map.of("lang", "fi", "letter", letter));
 * }</pre>
 */
public final class TemplateEngine {
    /** The class-path folder of the stock templates, message bundles and letterhead profiles. */
    public static final String STOCK_ROOT = "fi/alke/templates/";

    private final Configuration configuration;
    private final List<TemplateLoader> roots;
    private final Path overrides;
    private final Limits limits;
    private final String defaultLanguage;
    private final ConcurrentMap<String, Map<String, String>> messages = new ConcurrentHashMap<>();

    private TemplateEngine(List<TemplateLoader> roots, Path overrides, String defaultLanguage, Limits limits) {
        this.roots = List.copyOf(roots);
        this.overrides = overrides;
        this.limits = limits;
        this.defaultLanguage = defaultLanguage;
        this.configuration = configuration(this.roots);
    }

    /** A builder; without further settings the engine reads the stock templates only. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders one template.
     *
     * @param templateName a name relative to the roots, e.g. {@code "ohje.ftlx"}
     * @param model        the data; {@code lang} (a language code such as "fi") chooses the labels and
     *                     locale; the names {@code msg} and {@code fmt} are the engine's
     * @return the markup text
     * @throws TemplateRenderException when the template is not found, does not parse or fails to run,
     *                                 or there are no labels for the language
     */
    public String render(String templateName, Map<String, ?> model) throws TemplateRenderException {
        StringWriter out = new StringWriter();
        render(templateName, model, out);
        return out.toString();
    }

    /**
     * Where each part of the template's markup for this model comes from (the template's line, or a
     * library macro's and the line that called it), to report a markup error at the template instead
     * of the generated markup. Renders the template again; meant for the error path.
     *
     * @throws TemplateRenderException as {@link #render}
     */
    public MarkupOrigins origins(String templateName, Map<String, ?> model) throws TemplateRenderException {
        MarkupOrigins.Recorder recorder = new MarkupOrigins.Recorder(templateName, this::source);
        render(templateName, model, recorder);
        return recorder.origins();
    }

    private void render(String templateName, Map<String, ?> model, java.io.Writer out) throws TemplateRenderException {
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(model, "model");
        if (model.containsKey("msg") || model.containsKey("fmt")) {
            throw new IllegalArgumentException("the model may not hold 'msg' or 'fmt': the engine provides them");
        }
        String lang = model.get("lang") instanceof String given ? given : defaultLanguage;
        Map<String, Object> root = new HashMap<>(model);
        root.put("lang", lang);
        root.put("msg", labels(templateName, lang));
        root.put("fmt", Formats.INSTANCE);

        Bounded bounded = new Bounded(out, limits.templateOutput());
        Template template;
        try {
            template = configuration.getTemplate(templateName);
        } catch (IOException | SecurityException e) {
            throw failure(templateName, e);
        }
        // A template that runs too long is stopped by interrupting its thread: the engine's templates
        // check for that between their directives (Interruptible).
        Thread worker = Thread.currentThread();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(worker::interrupt,
                limits.templateTime().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            Environment environment = template.createProcessingEnvironment(root, bounded);
            environment.setLocale(Locale.forLanguageTag(lang));
            environment.process();
        } catch (StackOverflowError e) {
            throw new TemplateRenderException(templateName, source(templateName), -1, -1, "the template's macros "
                    + "or functions call each other too deeply (one that calls itself without end?)", null);
        } catch (IOException | TemplateException | RuntimeException e) {
            // FreeMarker may wrap what stopped the template: look at the causes
            if (causedBy(e, Bounded.Exceeded.class)) {
                throw new TemplateRenderException(templateName, source(templateName), -1, -1, "the template wrote "
                        + "more than the limit of " + limits.templateOutput() + " characters of markup (an endless "
                        + "#list, or a value repeated without end?); Limits.templateOutput raises the limit", e);
            }
            if (causedBy(e, SecurityException.class)) {
                throw failure(templateName, cause(e, SecurityException.class));
            }
            if (watchdog.isDone() && !watchdog.isCancelled()) {
                throw new TemplateRenderException(templateName, source(templateName), -1, -1, "the template ran "
                        + "longer than the limit of " + limits.templateTime().toMillis() + " ms and was stopped (an "
                        + "endless #list or loop?); Limits.templateTime raises the limit", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw failure(templateName, e);
        } finally {
            watchdog.cancel(false);
            // the watchdog may have fired just as the template ended: the caller's thread is not to be left
            // interrupted by us
            if (watchdog.isDone() && !watchdog.isCancelled()) {
                Thread.interrupted();
            }
        }
    }

    /** The message for a template file that is a symbolic link out of the author's folder, without absolute paths. */
    private String linkedOut(String message) {
        String name = "a template";
        if (message != null && overrides != null) {
            String link = message.split(" resolves to ", 2)[0].strip();
            Path root = overrides.toAbsolutePath().normalize();
            try {
                Path path = Path.of(link).toAbsolutePath().normalize();
                if (path.startsWith(root)) {
                    name = "'" + root.relativize(path).toString().replace('\\', '/') + "'";
                }
            } catch (RuntimeException e) {
                // not a path: keep the general words
            }
        }
        return name + " of the author's folder is a symbolic link to a file outside it; it is not read "
                + "(copy the file into the folder instead)";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " in " + e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Interrupts templates that run over their time; one daemon thread serves every engine. */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "alke-template-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    /** The template's output, refused past a number of characters. */
    private static final class Bounded extends java.io.Writer {
        private final java.io.Writer out;
        private final long limit;
        private long written;

        Bounded(java.io.Writer out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        /** Thrown to stop a template that writes too much; unchecked, so that FreeMarker passes it on. */
        static final class Exceeded extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exceeded() {
                super(null, null, false, false);
            }
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw new Exceeded();
            }
            out.write(chars, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * Parses a template without running it, e.g. to check an author's file.
     *
     * @throws TemplateRenderException when it is not found or does not parse, at its line
     */
    public void parse(String templateName) throws TemplateRenderException {
        try {
            configuration.getTemplate(templateName);
        } catch (IOException | SecurityException e) {
            throw failure(templateName, e);
        }
    }

    /** What went wrong with a template, at its file as the author knows it and its line. */
    private TemplateRenderException failure(String templateName, Exception e) {
        if (e instanceof SecurityException) {
            // FreeMarker's file loader refuses a file whose real path leaves the folder, naming both in full
            return new TemplateRenderException(templateName, source(templateName), -1, -1, linkedOut(e.getMessage()),
                    null);
        }
        if (e instanceof TemplateNotFoundException) {
            // not found anywhere: the name as asked for, there is no file to point at
            return new TemplateRenderException(templateName, templateName, -1, -1, e.getMessage(), e);
        }
        if (e instanceof ParseException p) {
            String failed = orElse(p.getTemplateName(), templateName);
            return new TemplateRenderException(failed, source(failed), p.getLineNumber(), p.getColumnNumber(),
                    p.getMessage(), p);
        }
        if (e instanceof TemplateException t) {
            String failed = orElse(t.getTemplateSourceName(), templateName);
            return new TemplateRenderException(failed, source(failed), orMinusOne(t.getLineNumber()),
                    orMinusOne(t.getColumnNumber()), message(t), t);
        }
        return new TemplateRenderException(templateName, source(templateName), -1, -1,
                "cannot read template: " + e.getMessage(), e);
    }

    /**
     * FreeMarker's words for what failed, except where a method of the model refused its arguments (such as
     * {@code tally.count("state", "don")}): FreeMarker then names the Java method and prints the whole object it
     * was called on, and leaves the method's own message, which is in the author's terms, to a stack trace. That
     * message is given instead, with the template's lines as FreeMarker lists them (the call that failed first).
     */
    private static String message(TemplateException t) {
        Throwable cause = t.getCause();
        if (t instanceof freemarker.template.TemplateModelException && cause instanceof RuntimeException
                && !(cause instanceof TemplateException) && cause.getMessage() != null
                && String.valueOf(t.getMessageWithoutStackTop()).startsWith("Java method")) {
            // the stack's first line is the call that failed: "Failed at: ${tally.count("state", "don")}"
            String stack = t.getFTLInstructionStack();
            return cause.getMessage() + (stack == null ? ""
                    : "\n\n----\nFTL stack trace (\"~\" means nesting-related):\n" + stack + "----");
        }
        return t.getMessage();
    }

    /**
     * A template's name as its author knows it: its path in the override folder when the author's own
     * file is the one used, else {@code stock:<name>} (or {@code classpath:<folder><name>} for an extra
     * class-path root), e.g. {@code my-templates/decision.ftlx} or {@code stock:lib/alke.ftlx}.
     */
    public String source(String templateName) {
        if (overrides != null && java.nio.file.Files.isRegularFile(overrides.resolve(templateName))) {
            return overrides.resolve(templateName).toString();
        }
        for (TemplateLoader root : roots) {
            if (root instanceof ClassTemplateLoader classpath && !classpath.getBasePackagePath().equals(STOCK_ROOT)) {
                try {
                    Object found = classpath.findTemplateSource(templateName);
                    if (found != null) {
                        classpath.closeTemplateSource(found);
                        return "classpath:" + classpath.getBasePackagePath() + templateName;
                    }
                } catch (IOException e) {
                    // not readable there: look further
                }
            }
        }
        return "stock:" + templateName;
    }

    /**
     * The labels of a language, as templates see them in {@code msg}: for code that writes a document
     * outside the markup, such as a spreadsheet, so that an author's change of a label reaches it too.
     *
     * @param lang a language code such as "fi"
     * @throws TemplateRenderException when there are no labels for the language
     */
    public Map<String, String> messages(String lang) throws TemplateRenderException {
        return labels("messages_" + Objects.requireNonNull(lang, "lang") + ".properties", lang);
    }

    private Map<String, String> labels(String templateName, String lang) throws TemplateRenderException {
        try {
            return messages.computeIfAbsent(lang, key -> {
                try {
                    return Messages.load(roots, key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new TemplateRenderException(templateName, source(templateName), -1, -1, e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    private static Configuration configuration(List<TemplateLoader> roots) {
        Configuration cfg = new Interruptible();
        MultiTemplateLoader loader = new MultiTemplateLoader(roots.toArray(TemplateLoader[]::new));
        // A sticky loader would keep asking the root that answered last time, so an override added
        // while the program runs would not win; the lookup order must stay the documented one.
        // (Message bundles, unlike templates, are read once per engine: a new engine sees edits.)
        loader.setSticky(false);
        cfg.setTemplateLoader(loader);
        // "seed.ftlx" must not silently become "seed_fi_FI.ftlx": one name, one file.
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true); // .ftlx → XML output format, auto-escaping
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates come from authors, not programmers: no creating Java objects, no raw Java API.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // Locale number formats would print the year 2024 as "2 024" in Finnish; format explicitly instead.
        cfg.setNumberFormat("computer");
        // 2.3.33+ reads records' accessors as properties; the default member access policy applies.
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(DataOnly.INSTANCE);
        cfg.setObjectWrapper(wrapper.build());
        return cfg;
    }

    /**
     * A configuration whose every template, the imported and included ones too, checks between its
     * directives whether its thread was interrupted (FreeMarker's thread-interruption support, added
     * once per loaded template): how a template that runs over its time is stopped.
     */
    private static final class Interruptible extends Configuration {
        private final java.util.Set<Template> checked =
                java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

        Interruptible() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null) {
                synchronized (checked) {
                    if (!checked.contains(template)) {
                        // Refused until its author changes it: FreeMarker keeps the parsed template cached.
                        refuseTheClock(template);
                        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
                        checked.add(template);
                    }
                }
            }
            return template;
        }
    }

    /** {@code .now} as FreeMarker reads it: a dot not part of a longer name or a hash's key. */
    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile("(?<![\\w.$?])\\.now(?!\\w)");

    /**
     * Refuses a template that reads {@code .now}, the time it runs: the same input would give different
     * bytes on every run. FreeMarker offers no way to fix the clock, so each instruction's own text (not
     * the template's text blocks, nor the instructions nested in it) is looked at once, when the
     * template is loaded.
     */
    private static void refuseTheClock(Template template) throws ParseException {
        java.util.ArrayDeque<freemarker.core.TemplateElement> open = new java.util.ArrayDeque<>();
        open.push(template.getRootTreeNode());
        while (!open.isEmpty()) {
            freemarker.core.TemplateElement element = open.pop();
            if (!element.getClass().getSimpleName().equals("TextBlock") && NOW.matcher(element.getDescription()).find()) {
                throw new ParseException("the template reads .now, the time it runs, so the same input would not "
                        + "give the same document twice; use the document's own date instead (e.g. doc.meta.date)",
                        template, element.getBeginLine(), element.getBeginColumn());
            }
            for (int i = element.getChildCount() - 1; i >= 0; i--) {
                open.push((freemarker.core.TemplateElement) element.getChildAt(i));
            }
        }
    }

    /** Builds a {@link TemplateEngine}. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private Path overrides;
        private final List<TemplateLoader> classpathRoots = new ArrayList<>();
        private String language = "fi";
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /** How long a template may run and how much it may write ({@link Limits#DEFAULT} unless set). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** A folder whose files win over every class-path template of the same name; {@code null} for none. */
        public Builder overrides(Path folder) {
            this.overrides = folder;
            return this;
        }

        /**
         * An extra class-path root searched after the override folder and before the stock templates,
         * e.g. {@code classpath(getClass().getClassLoader(), "samples/")}.
         */
        public Builder classpath(ClassLoader loader, String folder) {
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(folder, "folder");
            classpathRoots.add(new ClassTemplateLoader(loader, folder.startsWith("/") ? folder.substring(1) : folder));
            return this;
        }

        /** The language when the model has no {@code lang}; "fi" unless set. */
        public Builder language(String lang) {
            this.language = Objects.requireNonNull(lang, "lang");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws IllegalArgumentException when the override folder is not a readable directory
         */
        public TemplateEngine build() {
            List<TemplateLoader> roots = new ArrayList<>();
            if (overrides != null) {
                try {
                    roots.add(new FileTemplateLoader(overrides.toFile()));
                } catch (IOException e) {
                    throw new IllegalArgumentException("template override folder " + overrides
                            + " cannot be used: " + e.getMessage(), e);
                }
            }
            roots.addAll(classpathRoots);
            roots.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), STOCK_ROOT));
            return new TemplateEngine(roots, overrides, language, limits);
        }
    }
}
