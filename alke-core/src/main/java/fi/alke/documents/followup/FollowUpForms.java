package fi.alke.documents.followup;

import fi.alke.documents.docx.DocxRenderer;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.Letterheads;
import fi.alke.documents.model.ProfileException;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Party;
import fi.alke.documents.style.PageStyle;
import fi.alke.documents.template.TemplateEngine;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.tree.Document;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Writes the fill-in forms of a follow-up round: one XLSX workbook or DOCX document per responsible party,
 * listing the actions it shares responsibility for with the status of its side in the previous round and empty
 * cells for this round's status and note. Texts and status labels are those of the follow-up's language, from
 * the same message bundles as the templates.
 *
 * <p>Any party can fill in a form ({@link Party}): the government (VN), a ministry, a region or a declared
 * organisation. Its form lists the actions that name it and reports the progress of its side: a party on the
 * state's side (VN, the ministries, an ELY centre) the state's, a party on the regions' side (a region, a
 * university) the regions'. All regions ({@code all-regions}) get no form of their own, since nobody fills in
 * a form for all of them: each of the follow-up's all regions gets one, and its form lists the actions that
 * name all regions besides its own, so each regional council reports on them as it does on the actions that
 * name it. The follow-up's all regions ({@link FollowUp#allRegions}) are the regions it names anywhere, in any
 * action's parties — the four regions of a four-region discussion — and only when it names none, every region
 * with a regional council; never Åland, which has no regional council. {@link #parties} are the parties of a
 * follow-up that get a form.
 *
 * <p>In the workbook only the fill-in cells are unlocked (and shaded); the sheet is protected, the status cell
 * offers the allowed labels as a drop-down, and what {@link FormImport} needs to match the form back (round,
 * party, status labels, action ids, sealed with the office's key) is kept in a very hidden, protected sheet. The
 * document is described at {@link #docx}.
 *
 * <p>Every form is sealed with the issuing office's {@link FormKey}: an HMAC-SHA-256 over its round, party,
 * status labels and action ids, which {@link FormImport} verifies with the same key, so that a form edited to
 * speak for another party, round or actions is refused. The key itself never goes into a form. The same
 * follow-up, round, party and key give the same bytes.
 *
 * <pre>{@code
 * FormKey key = FormKey.generate();          // once per follow-up input; keep it: key.write(keyFile)
 * FollowUpForms forms = new FollowUpForms();
 * byte[] workbook = forms.xlsx(followUp, "helmikuu 2024", Party.of(Ministry.TEM), key);
 * byte[] document = forms.docx(followUp, "helmikuu 2024", Party.of(Region.POHJOIS_KARJALA), key);
 * for (Party party : FollowUpForms.parties(followUp)) { ... }
 * }</pre>
 *
 * An instance is immutable and safe to share between threads.
 */
public final class FollowUpForms {
    /** The template of the DOCX form, looked up like a document kind's. */
    public static final String DOCX_TEMPLATE = "follow-up-form.ftlx";

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private final TemplateEngine engine;
    private final Letterheads profiles;
    private final MarkupParser parser;
    private final DocxRenderer renderer;

    /** Forms from the stock template, message bundles and letterhead profiles, in the SFS 2487 page style. */
    public FollowUpForms() {
        this(TemplateEngine.builder().build(), LetterheadProfile::load, new MarkupParser(
                ResourceLoader.classpath(FollowUpForms.class.getClassLoader(), TemplateEngine.STOCK_ROOT)),
                new DocxRenderer(PageStyle.sfs2487()));
    }

    /**
     * Forms from an author's templates and labels, as the documents of the same follow-up are made.
     *
     * @param engine   the template engine; its {@value #DOCX_TEMPLATE} and message bundles are used
     * @param profiles finds a letterhead profile by the name a follow-up's {@code sender} gives
     * @param parser   the markup parser, with the loader of the letterhead's images
     * @param renderer the DOCX renderer
     * @throws IllegalStateException when Apache POI (org.apache.poi:poi-ooxml, an optional dependency of
     *                               alke-core) is not on the class path
     */
    public FollowUpForms(TemplateEngine engine, Letterheads profiles, MarkupParser parser,
                         DocxRenderer renderer) {
        Poi.require("Making follow-up forms (FollowUpForms)");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * The parties of a follow-up that fill in forms: every party its actions name, on both sides, except that
     * an action naming all regions makes each of the follow-up's all regions a party instead
     * ({@link FollowUp#allRegions}: the regions it names, else every region with a regional council; all regions
     * get no form of their own).
     * The order is stable: the code lists' (VN, the ministries, the regions by code), then the organisations in
     * the order the actions first name them. These are also the parties whose forms {@link FormImport} accepts.
     */
    public static List<Party> parties(FollowUp followUp) {
        return FormLayout.formParties(followUp);
    }

    /**
     * The XLSX form of a party for a round.
     *
     * @param followUp the follow-up
     * @param round    the name of the round being reported
     * @param party    the party filling in the form: any party but all regions (each of the follow-up's all
     *                 regions has a form of its own, which lists the actions of all regions); a party responsible
     *                 for no action, such as a region that is not one of the follow-up's all regions, gets a
     *                 form with no rows
     * @param key      the issuing office's key, which seals the form; {@link FormImport} needs the same key
     * @throws IllegalArgumentException if the follow-up has no such round, or the party is all regions
     * @throws TemplateRenderException  if there are no labels for the follow-up's language
     */
    public byte[] xlsx(FollowUp followUp, String round, Party party, FormKey key) throws TemplateRenderException {
        return XlsxForm.write(contents(followUp, round, party, key));
    }

    /**
     * The DOCX form of a party for a round, made like any document: the template {@value #DOCX_TEMPLATE} gives
     * markup with the memo head, instructions and the table users know from the follow-up form of seed 001, and
     * the DOCX renderer writes it. The cells to fill in are fill-in cells: shaded, and the only editable ranges
     * of a document protected read-only. What {@link FormImport} needs to match the form back is kept in the
     * document's custom properties, which a person editing the text does not see.
     *
     * @param followUp the follow-up
     * @param round    the name of the round being reported
     * @param party    the party filling in the form: any party but all regions, as for {@link #xlsx}; a party
     *                 responsible for no action gets a line saying so instead of the table
     * @param key      the issuing office's key, which seals the form, as for {@link #xlsx}
     * @throws IllegalArgumentException if the follow-up has no such round, or the party is all regions
     * @throws TemplateRenderException  if the template fails, naming it and the line
     * @throws MarkupException          if the template's markup is not valid, naming the line
     * @throws ProfileException         if the sender has no letterhead profile or it is invalid
     * @throws IOException              if rendering fails
     */
    public byte[] docx(FollowUp followUp, String round, Party party, FormKey key)
            throws TemplateRenderException, MarkupException, ProfileException, IOException {
        return renderer.render(tree(followUp, round, party, key));
    }

    /**
     * The DOCX form's document tree, before the DOCX renderer writes it: what {@link #docx} renders, for a
     * caller that lays the same form out in another format (the parity check renders it as PDF too, to compare
     * LibreOffice's pages of the DOCX with ours).
     *
     * @param key the issuing office's key, which seals the form's matching data (its custom properties)
     * @throws IllegalArgumentException if the follow-up has no such round, or the party is all regions
     * @throws TemplateRenderException  if the template fails, naming it and the line
     * @throws MarkupException          if the template's markup is not valid, naming the line
     * @throws ProfileException         if the sender has no letterhead profile or it is invalid
     */
    public Document tree(FollowUp followUp, String round, Party party, FormKey key)
            throws TemplateRenderException, MarkupException, ProfileException {
        Contents contents = contents(followUp, round, party, key);
        Map<String, Object> form = new HashMap<>();
        form.put("round", contents.round());
        contents.previous().ifPresent(previous -> form.put("previous", previous));
        form.put("party", contents.partyName());
        form.put("side", party.stateSide() ? "state" : "regions");
        form.put("rows", contents.actions());
        form.put("statuses", contents.statusLabels());
        form.put("properties", DocxForm.properties(contents));
        String markup = engine.render(DOCX_TEMPLATE, Map.of("doc", followUp, "lang", followUp.meta().language(),
                "letterhead", profiles.profile(followUp.sender()), "form", form));
        return parser.parse(DOCX_TEMPLATE, markup);
    }

    /**
     * One action row of a form, as the template sees it in {@code form.rows}.
     *
     * @param id          the action's id
     * @param description the action's description
     * @param previous    the label of the party's side's status in the previous round, or empty
     */
    public record FormAction(String id, Markdown description, String previous) {
    }

    /**
     * What a form shows and carries, whatever its format, so that the XLSX and DOCX forms of a party say the same.
     *
     * @param messages     the labels of the follow-up's language
     * @param round        the round being reported
     * @param previous     the latest earlier round, if any
     * @param party        the party filling in the form
     * @param partyName    the party's name on the form, in the follow-up's language ({@link FormLayout#partyName})
     * @param statusLabels the allowed status labels, in the order of {@link Status}
     * @param actions      the actions the party is responsible for, in the follow-up's order
     * @param key          the key that seals the form
     */
    record Contents(Map<String, String> messages, Round round, Optional<Round> previous, Party party,
                    String partyName, List<String> statusLabels, List<FormAction> actions, FormKey key) {
        String title() {
            return label(messages, "form.title", round.name(), partyName);
        }

        /** The round's date as the templates' {@code fmt.date} writes it (d.M.yyyy). */
        String due() {
            return round.date().getDayOfMonth() + "." + round.date().getMonthValue() + "." + round.date().getYear();
        }

        /** The headings of the XLSX form's one header row, in the columns of {@link FormLayout}. */
        List<String> headings() {
            String progress = label(messages, "followUp.progress") + " ("
                    + label(messages, party.stateSide() ? "actions.state" : "actions.regions") + ")";
            return List.of(label(messages, "form.id"), label(messages, "form.action"),
                    progress + " " + previous.map(Round::name).orElse(label(messages, "form.previous")),
                    progress + " " + round.name(), label(messages, "followUp.note") + " " + round.name());
        }

        List<String> actionIds() {
            return actions.stream().map(FormAction::id).toList();
        }

        /** The seal of the matching data with the key. */
        String seal() {
            return key.seal(FormLayout.FORMAT, round.name(), partyCode(), statusLabels, actionIds());
        }

        /** The party as the matching data stores it. */
        String partyCode() {
            return FormLayout.partyCode(party);
        }
    }

    private Contents contents(FollowUp followUp, String roundName, Party party, FormKey key)
            throws TemplateRenderException {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(key, "key");
        if (party.type() == Party.Type.ALL_REGIONS) {
            throw new IllegalArgumentException("all regions get no form of their own: each region's form lists the "
                    + "actions of all regions; make the form of each region (FollowUpForms.parties)");
        }
        Round current = FormLayout.round(followUp, roundName);
        Optional<Round> previous = FormLayout.previousRound(followUp, current);
        String language = followUp.meta().language();
        Map<String, String> messages = engine.messages(language);
        List<String> labels = FormLayout.statusLabels(messages);
        List<Party> allRegions = followUp.allRegions();
        Map<String, FollowUp.Progress> before = previous.map(p -> followUp.progressIn(p.name())).orElse(Map.of());
        List<FormAction> actions = followUp.actions().stream()
                .filter(action -> FormLayout.reports(party, action, allRegions))
                .map(action -> new FormAction(action.id(), action.description(),
                        FormLayout.status(before, action.id(), party.stateSide())
                                .map(status -> labels.get(status.ordinal())).orElse(""))).toList();
        return new Contents(messages, current, previous, party, FormLayout.partyName(party, language), labels,
                actions, key);
    }

    /** A label with its {0}, {1}, … replaced, as the templates replace them; the key itself when missing. */
    static String label(Map<String, String> messages, String key, String... values) {
        String text = messages.getOrDefault(key, key);
        for (int index = 0; index < values.length; index++) {
            text = text.replace("{" + index + "}", values[index]);
        }
        return text;
    }

    /** Descriptions are Markdown; a form's cell shows them as plain text. */
    static String plainText(String markdown) {
        return PLAIN_TEXT.render(MARKDOWN.parse(markdown)).strip();
    }
}
