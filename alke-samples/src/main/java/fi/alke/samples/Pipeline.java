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
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * From a document of the model to a document tree: the template of its kind, the sender's letterhead
 * profile and the images the markup names. An author's folder ({@code overrides}) wins over the stock
 * templates, message bundles, letterhead profiles ({@code letterheads/<name>.yaml}) and images. Every
 * part is immutable, so one pipeline serves many threads.
 */
final class Pipeline {
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
        this.resources = overrides == null ? stock : ResourceLoader.directory(overrides).orElse(stock);
        this.parser = new MarkupParser(resources);
    }

    /** The document's markup; a template error names the template and the line. */
    String markup(AlkeDocument document) throws TemplateRenderException {
        return templates.markup(document);
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

    /** The stock letterhead profile of the name, or the author's own in {@code <overrides>/letterheads/}. */
    private LetterheadProfile profile(String name) {
        Path own = overrides == null ? null : overrides.resolve("letterheads").resolve(name + ".yaml");
        return own != null && Files.isRegularFile(own) ? LetterheadProfile.load(own) : LetterheadProfile.load(name);
    }
}
