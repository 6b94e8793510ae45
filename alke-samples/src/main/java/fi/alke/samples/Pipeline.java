package fi.alke.samples;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.followup.FollowUpForms;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.template.DocumentMarkup;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * From a document of the model to a document tree: the template of its kind, the sender's letterhead
 * profile and the images the markup names. An author's folder ({@code overrides}) wins over the stock
 * templates, message bundles, letterhead profiles ({@code letterheads/<name>.yaml}) and images. Every
 * part is immutable, so one pipeline serves many threads.
 */
final class Pipeline {
    /** The shape of a letterhead profile's name, as {@link LetterheadProfile#load(String)} accepts it. */
    static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Path overrides;
    private final TemplateEngine engine;
    private final DocumentMarkup templates;
    private final ResourceLoader resources;
    private final MarkupParser parser;

    /**
     * @param overrides a folder laid out like {@code fi/alke/templates/}, or {@code null} for none
     * @throws IllegalArgumentException when {@code overrides} is not a readable folder
     */
    Pipeline(Path overrides) {
        this.overrides = overrides;
        this.engine = TemplateEngine.builder().overrides(overrides).build();
        this.templates = new DocumentMarkup(engine, this::profile);
        ResourceLoader stock = ResourceLoader.classpath(Pipeline.class.getClassLoader(), TemplateEngine.STOCK_ROOT);
        ResourceLoader images = overrides == null ? stock : ResourceLoader.directory(overrides).orElse(stock);
        this.resources = src -> {
            try {
                return images.load(src);
            } catch (IOException e) {
                throw new IOException(missing(src, e), e);
            }
        };
        this.parser = new MarkupParser(resources);
    }

    /** The document's markup; a template error names the template and the line. */
    String markup(AlkeDocument document) throws TemplateRenderException {
        return templates.markup(document);
    }

    /** The document's markup with this letterhead, whatever the document's sender names. */
    String markup(AlkeDocument document, LetterheadProfile letterhead) throws TemplateRenderException {
        return new DocumentMarkup(engine, name -> letterhead).markup(document);
    }

    /** The tree of markup, its images loaded through {@code images} instead of {@link #resources()}. */
    Document parse(String source, String markup, ResourceLoader images) throws MarkupException {
        return new MarkupParser(images).parse(source, markup);
    }

    /** The author's folder, or {@code null}. */
    Path overrides() {
        return overrides;
    }

    /** Loads the images the markup names. */
    ResourceLoader resources() {
        return resources;
    }

    /**
     * The document's tree.
     *
     * @param source names the markup in the parser's messages
     */
    Document tree(String source, AlkeDocument document) throws TemplateRenderException, MarkupException {
        return parser.parse(source, markup(document));
    }

    /** The follow-up forms made with the same templates, labels, letterheads and images as the documents. */
    FollowUpForms forms() {
        return new FollowUpForms(engine, this::profile, parser, new DocxRenderer(PageStyle.sfs2487()));
    }

    /** Why an image did not load, in the author's terms: the folders it was looked for in, not the class path. */
    private String missing(String src, IOException e) {
        Path own = overrides == null ? null : overrides.resolve(src).normalize();
        if (own != null && own.startsWith(overrides.normalize()) && Files.exists(own)) {
            return "cannot read " + own + ": " + Inputs.reason(e);
        }
        if (src.contains("..")) {
            return "an image's name may not contain '..'";
        }
        return overrides == null ? "not among the stock files" : "not in " + overrides + " nor among the stock files";
    }

    /** The stock letterhead profile of the name, or the author's own in {@code <overrides>/letterheads/}. */
    private LetterheadProfile profile(String name) {
        Path own = ownProfile(name);
        return own != null && Files.isRegularFile(own) ? LetterheadProfile.load(own) : LetterheadProfile.load(name);
    }

    /**
     * Where the author's profile of the name would be, {@code <overrides>/letterheads/<name>.yaml}; {@code null}
     * without an author's folder or for a name that is not a profile's (one that would reach out of the folder).
     */
    Path ownProfile(String name) {
        return overrides == null || name == null || !PROFILE_NAME.matcher(name).matches() ? null
                : overrides.resolve("letterheads").resolve(name + ".yaml");
    }
}
