package fi.alke.documents.template;

import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.Letterheads;
import fi.alke.documents.model.ProfileException;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a document of the model into markup with the template of its kind: {@code <kind>.ftlx}, e.g.
 * {@code decision.ftlx}, from the engine's folders (an author's own first, then the stock templates).
 *
 * <p>Each template receives, besides the engine's {@code lang}, {@code msg} and {@code fmt}:
 * <ul>
 *   <li>{@code doc}: the document record, its fields by name ({@code doc.meta.title}, {@code doc.regions});</li>
 *   <li>{@code kind}: the kind's name;</li>
 *   <li>{@code letterhead}: the sender's {@link LetterheadProfile}.</li>
 * </ul>
 *
 * <pre>{@code
 * DocumentMarkup templates = new DocumentMarkup(TemplateEngine.builder().build(), LetterheadProfile::load);
 * String markup = templates.markup(new InputReader().read(Path.of("paatos.yaml")));
 * }</pre>
 */
public final class DocumentMarkup {
    private final TemplateEngine engine;
    private final Letterheads profiles;

    /**
     * @param engine   the template engine, with any author's folder
     * @param profiles finds a letterhead profile by the name a document's {@code sender} gives
     */
    public DocumentMarkup(TemplateEngine engine, Letterheads profiles) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /**
     * The document's markup.
     *
     * @throws TemplateRenderException naming the template and the line
     * @throws ProfileException        when the sender has no letterhead profile or it is invalid
     */
    public String markup(AlkeDocument document) throws TemplateRenderException, ProfileException {
        return engine.render(template(document), model(document));
    }

    /**
     * Where each part of the document's markup comes from in the templates, for reporting a markup
     * error at the template's line ({@link MarkupOrigins#at}).
     */
    public MarkupOrigins origins(AlkeDocument document) throws TemplateRenderException, ProfileException {
        return engine.origins(template(document), model(document));
    }

    private static String template(AlkeDocument document) {
        return document.kind() + ".ftlx";
    }

    private Map<String, Object> model(AlkeDocument document) throws ProfileException {
        return Map.of(
                "doc", document,
                "kind", document.kind(),
                "lang", document.meta().language(),
                "letterhead", profiles.profile(document.sender()));
    }
}
