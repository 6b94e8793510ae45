package fi.alke.documents.followup;

import fi.alke.documents.Limits;
import fi.alke.documents.followup.FormContent.Column;
import fi.alke.documents.followup.FormContent.Format;
import fi.alke.documents.followup.FormContent.FormRow;
import fi.alke.documents.followup.FormContent.MatchingData;
import fi.alke.documents.followup.FormImportException.Cell;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.FollowUpBuilder;
import fi.alke.documents.model.Markdown;
import fi.alke.documents.model.Parties;
import fi.alke.documents.model.Party;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads filled XLSX and DOCX forms written by {@link FollowUpForms} back into a follow-up; XLSX and DOCX forms
 * can be mixed, each told by its content. Both are read into a {@link FormContent} first, so the checks below
 * are the same for both.
 *
 * <p>A form speaks only for the party, round and actions the office made it for: its matching data is sealed
 * with the office's {@link FormKey} (an HMAC-SHA-256), and the import is given the same key. A form whose seal
 * does not verify — its party, round, status labels or actions changed after it was made, whatever fingerprint
 * was put beside them — or that is sealed with another key, or was made before forms were sealed, is refused,
 * naming its file, before anything else it says is read.
 *
 * <p>The forms are checked first, all of them, and every problem is reported at once by file, row and
 * column: a form of another round, a form whose hidden matching data is missing, changed or not sealed with
 * the key, a form of a
 * party that the follow-up does not name (its parties are {@link FollowUpForms#parties}: those its actions
 * name and, for an action naming all regions, each of the follow-up's all regions — the regions it names, or
 * every region with a regional council when it names none, never Åland; {@link FollowUp#allRegions}), so a
 * region outside them reports on no action of all regions; a deleted, inserted or reordered row, an action that
 * does not exist or does not name the form's party, a status outside the allowed values, a note without a
 * status, and two forms that disagree about the same cell (the same action's status on the same side, or the
 * same party's note). If there is any problem nothing is imported. The party a form stores is matched by its
 * code ({@code party:TEM}, {@code party:ely-keski-suomi}); the codes of forms written before organisations could
 * be parties ({@code ministry:TEM}, {@code region:12}) are read as the same parties, though such forms, made before
 * forms were sealed, are refused now.
 *
 * <p>Otherwise the typed statuses are set — not appended — into the round's progress: an action's entry
 * for the round gets the status of the side its party reports (a party on the state's side — VN, a ministry,
 * an ELY centre — the state's side; a region or another party on the regions' side the regions' side). The
 * parties of one side that share an action report the same status for it, whether the action names them or
 * names all regions and they are regions: forms that disagree are refused, each naming the other, so that
 * the follow-up's author settles it with the parties. An entry that does not exist yet gets only the side
 * reported; the other side stays {@code null} (not reported) until a form of that side is imported, so the
 * report shows it as not reported rather than repeating an earlier round's status. An entry that exists
 * keeps its other side.
 * The notes typed for an action replace its note, each as a paragraph starting with the party's name (a
 * ministry's abbreviation, any other party's name in the follow-up's language), so every region's note on an
 * action of all regions is kept; an action with no note typed keeps its note. The new follow-up keeps the
 * original's action table reference and organisations. A row left blank imports nothing. So importing the
 * same form twice, together or one import after the other, gives the same follow-up as importing it once.
 */
public final class FormImport {
    /**
     * An import of filled forms.
     *
     * @param key the issuing office's key, the one the forms were sealed with ({@link FollowUpForms#xlsx}); a
     *            form whose seal does not verify with it is refused
     * @throws IllegalStateException when Apache POI (org.apache.poi:poi-ooxml, an optional dependency of
     *                               alke-core) is not on the class path
     */
    public FormImport(FormKey key) {
        this(key, Limits.DEFAULT);
    }

    /**
     * An import of filled forms that refuses a form unpacking to more than {@link Limits#formSize()}.
     *
     * @see #FormImport(FormKey)
     */
    public FormImport(FormKey key, Limits limits) {
        Poi.require("Reading follow-up forms (FormImport)");
        this.key = Objects.requireNonNull(key, "key");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    private final FormKey key;
    private final Limits limits;

    /**
     * A new follow-up with the progress of the filled forms; the original is not changed.
     *
     * @param original the follow-up the forms were made from
     * @param round    the name of the round being imported
     * @param forms    the filled forms
     * @throws FormImportException      listing every problem of every form; nothing is imported
     * @throws IllegalArgumentException if the follow-up has no such round
     */
    public FollowUp apply(FollowUp original, String round, List<NamedForm> forms) throws FormImportException {
        Round current = FormLayout.round(original, round);
        Map<String, List<Cell>> problems = new LinkedHashMap<>();
        List<Filled> filled = new ArrayList<>();
        for (NamedForm form : forms) {
            // a local list: the same file name may be given twice (the same form imported twice)
            List<Cell> found = new ArrayList<>();
            read(form, original, round, key, limits, found).ifPresent(filled::add);
            problems.computeIfAbsent(form.name(), name -> new ArrayList<>()).addAll(found);
        }
        findDisagreements(filled, problems);
        List<Cell> all = problems.values().stream().flatMap(List::stream).toList();
        if (!all.isEmpty()) {
            throw new FormImportException(all);
        }
        return merge(original, current, filled);
    }

    /** One filled row: the action, its 1-based row as the form shows it, the typed status and note (or null). */
    record Entry(String actionId, int row, Status status, String note) {
    }

    /** A form as read: its name, format, party and the rows typed into. */
    record Filled(String file, Format format, Party party, List<Entry> entries) {
    }

    /** POI's "Zip bomb detected!" names a setting of its API to change, which a person returning a form cannot. */
    private static final java.util.regex.Pattern ZIP_BOMB =
            java.util.regex.Pattern.compile("(?s)^Zip bomb detected!.*max\\. ratio.*\\nLimits: .*Entry: (.+?)\\s*$");

    /** Why POI cannot read a file, in the terms of the file. */
    private static String unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher bomb = ZIP_BOMB.matcher(message);
        if (bomb.matches()) {
            return bomb.group(1) + " unpacks to more than " + Math.round(1 / org.apache.poi.openxml4j.util.ZipSecureFile
                    .getMinInflateRatio()) + " times its packed size, which no form does: one made to fill memory "
                    + "when it is read (a ZIP bomb), or not a form as alke followup forms made it";
        }
        return message;
    }

    /** Reads one form, adding its problems; a form with a problem gives nothing. */
    static Optional<Filled> read(NamedForm form, FollowUp followUp, String round, FormKey key, Limits limits,
                                 List<Cell> problems) {
        String file = form.name();
        FormContent content;
        try {
            content = FormContent.read(form.bytes(), limits);
        } catch (FormContent.NotAForm e) {
            problems.add(new Cell(file, -1, "", e.getMessage()));
            return Optional.empty();
        } catch (Exception e) { // POI throws a variety of runtime exceptions for what it cannot read
            problems.add(new Cell(file, -1, "", "not a readable XLSX or DOCX file: " + unreadable(e)));
            return Optional.empty();
        }
        MatchingData data = content.data();
        Optional<String> unsealed = unsealed(data, key);
        if (unsealed.isPresent()) {
            problems.add(new Cell(file, -1, "", unsealed.get()));
            return Optional.empty();
        }
        if (!data.round().equals(round)) {
            problems.add(new Cell(file, -1, "", "the form is for the round '" + data.round()
                    + "', not for '" + round + "'"));
        }
        Optional<Party> party = party(data.partyCode(), followUp, file, problems);
        if (party.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = readRows(file, content, followUp, party.get(), problems);
        return problems.isEmpty() ? Optional.of(new Filled(file, content.format(), party.get(), entries))
                : Optional.empty();
    }

    /**
     * Why a form's matching data cannot be trusted, or empty when its seal verifies with the key: nothing of the
     * round, party, status labels and action ids has changed since the office made the form. Checked before
     * anything else the form says is read.
     */
    private static Optional<String> unsealed(MatchingData data, FormKey key) {
        if (FormLayout.UNSEALED_FORMATS.contains(data.format())) {
            return Optional.of("the form was made by an earlier version, before forms were sealed with the "
                    + "office's form key, and cannot be verified; make a new form");
        }
        if (!FormLayout.FORMAT.equals(data.format())) {
            return Optional.of("the form's hidden matching data is not as written (changed by hand, or not a form "
                    + "of this version); make a new form");
        }
        if (!data.keyId().equals(key.id())) {
            return Optional.of("the form is sealed with another form key (key " + data.keyId() + ", not " + key.id()
                    + "): it was made with a key that has been replaced since, or by another office; make a new "
                    + "form with the current key");
        }
        if (!data.verifies(key)) {
            return Optional.of("the form's seal does not verify with the form key: its hidden matching data (round, "
                    + "party, status labels or actions) was changed after the form was made; nothing of it is "
                    + "imported, make a new form");
        }
        return Optional.empty();
    }

    /**
     * The party of a form's stored code among the follow-up's parties (those that get forms), or empty with
     * the problem added: a form of a party the follow-up does not name, or of all regions, or no code at all.
     */
    private static Optional<Party> party(String stored, FollowUp followUp, String file, List<Cell> problems) {
        Optional<String> code = FormLayout.codeOf(stored);
        if (code.isEmpty()) {
            problems.add(new Cell(file, -1, "", "the form's party '" + stored + "' is not a party's code"));
            return Optional.empty();
        }
        List<Party> parties = FollowUpForms.parties(followUp);
        Optional<Party> party = parties.stream().filter(p -> p.code().equalsIgnoreCase(code.get())).findFirst();
        if (party.isEmpty()) {
            String language = followUp.meta().language();
            String which = Parties.stock().find(code.get()).map(known -> known.type() == Party.Type.ALL_REGIONS
                    ? "all regions, which fill in no form of their own (each region reports on its own form)"
                    : "'" + code.get() + "' (" + known.name(language) + "), which no action of the follow-up names"
                    + notOfAllRegions(known, followUp))
                    .orElse("'" + code.get() + "', which no action of the follow-up names");
            problems.add(new Cell(file, -1, "", "the form is for the party " + which + "; the follow-up's "
                    + "parties are " + (parties.isEmpty() ? "none" : String.join(", ",
                    parties.stream().map(Party::code).toList()))));
        }
        return party;
    }

    /**
     * Why a region that no action names does not report on the actions of all regions either, or "" for any
     * other party or a follow-up without actions of all regions.
     */
    private static String notOfAllRegions(Party party, FollowUp followUp) {
        boolean allRegions = followUp.actions().stream().flatMap(action -> action.parties().stream())
                .anyMatch(named -> named.type() == Party.Type.ALL_REGIONS);
        if (party.type() != Party.Type.REGION || !allRegions) {
            return "";
        }
        if (!party.region().orElseThrow().hasRegionalCouncil()) {
            return " and which has no regional council, so it is not one of all regions";
        }
        return " and which is not one of its all regions (the regions it names: " + String.join(", ",
                followUp.allRegions().stream().map(Party::code).toList()) + ")";
    }

    private static List<Entry> readRows(String file, FormContent content, FollowUp followUp, Party party,
                                        List<Cell> problems) {
        Map<String, Action> known = followUp.actions().stream().collect(Collectors.toMap(Action::id, a -> a));
        List<Party> allRegions = followUp.allRegions();
        Format format = content.format();
        List<String> ids = content.data().actionIds();
        List<FormRow> rows = content.rows();
        List<String> labels = content.data().statusLabels();
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            int row = content.row(index);
            String expected = ids.get(index);
            // a deleted row leaves the table shorter: the missing places read as empty
            FormRow cells = index < rows.size() ? rows.get(index) : new FormRow("", "", "");
            if (!cells.id().equals(expected)) {
                // the hidden list is the form as written; a visible row that differs was deleted or moved
                problems.add(problem(file, format, row, Column.ID, "expected the action '" + expected
                        + "' here but found " + (cells.id().isEmpty() ? "nothing" : "'" + cells.id() + "'")
                        + ": rows must not be deleted, inserted or reordered"));
                continue;
            }
            if (!known.containsKey(expected)) {
                problems.add(problem(file, format, row, Column.ID, "the follow-up has no action with the id '"
                        + expected + "'"));
                continue;
            }
            if (!FormLayout.reports(party, known.get(expected), allRegions)) {
                problems.add(problem(file, format, row, Column.ID, "the action '" + expected + "' does not name "
                        + party.code() + " as responsible in the follow-up"));
                continue;
            }
            Status status = null;
            if (!cells.status().isEmpty()) {
                Optional<Status> typed = status(cells.status(), labels);
                if (typed.isEmpty()) {
                    problems.add(problem(file, format, row, Column.STATUS, "'" + cells.status()
                            + "' is not an allowed status; the allowed values are " + String.join(", ", labels)));
                    continue;
                }
                status = typed.get();
            } else if (!cells.note().isEmpty()) {
                problems.add(problem(file, format, row, Column.STATUS, "a note is given but no status"));
                continue;
            }
            if (status != null) {
                entries.add(new Entry(expected, row, status, cells.note().isEmpty() ? null : cells.note()));
            }
        }
        for (int index = ids.size(); index < rows.size(); index++) {
            if (!rows.get(index).id().isEmpty()) {
                problems.add(problem(file, format, content.row(index), Column.ID, "a row that was not in the form: "
                        + "rows must not be deleted, inserted or reordered"));
                break; // one is enough to tell the person what is wrong
            }
        }
        return entries;
    }

    /**
     * The status a person typed or chose: one of the labels the form offered, or a status code (as a program
     * filling the form may write), ignoring case.
     */
    private static Optional<Status> status(String typed, List<String> labels) {
        for (Status status : Status.values()) {
            if (typed.equalsIgnoreCase(labels.get(status.ordinal())) || typed.equalsIgnoreCase(status.code())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * Two forms disagree when they give the same action's same side different statuses, or the same party
     * different notes for the same action. Both forms get the problem, since neither can be trusted over the
     * other; forms that agree (such as the same form twice) are fine.
     */
    private static void findDisagreements(List<Filled> filled, Map<String, List<Cell>> problems) {
        Map<String, Located> seen = new HashMap<>();
        for (Filled form : filled) {
            for (Entry entry : form.entries()) {
                String side = form.party().stateSide() ? "the state's side" : "the regions' side";
                check(seen, "status|" + entry.actionId() + "|" + side,
                        new Located(form, entry.row(), Column.STATUS, entry.status().code()),
                        "the status of '" + entry.actionId() + "' on " + side, problems);
                if (entry.note() != null) {
                    check(seen, "note|" + entry.actionId() + "|" + form.party().code(),
                            new Located(form, entry.row(), Column.NOTE, entry.note()),
                            "the note of '" + entry.actionId() + "' by " + form.party().code(), problems);
                }
            }
        }
    }

    private record Located(Filled form, int row, Column column, String value) {
        Cell problem(String message) {
            return FormImport.problem(form.file(), form.format(), row, column, message);
        }

        String place() {
            return problem("").place();
        }
    }

    private static void check(Map<String, Located> seen, String key, Located here, String what,
                              Map<String, List<Cell>> problems) {
        Located first = seen.putIfAbsent(key, here);
        if (first != null && !first.value().equals(here.value())) {
            problems.get(here.form().file()).add(here.problem(what + " is '" + here.value() + "' here but '"
                    + first.value() + "' in " + first.place()));
            problems.get(first.form().file()).add(first.problem(what + " is '" + first.value() + "' here but '"
                    + here.value() + "' in " + here.place()));
        }
    }

    private static FollowUp merge(FollowUp original, Round round, List<Filled> filled) {
        String language = original.meta().language();
        Map<String, Status> state = new HashMap<>();
        Map<String, Status> regions = new HashMap<>();
        // per action, per party: LinkedHashMap keeps the forms' order and a form given twice counts once
        Map<String, Map<String, String>> notes = new HashMap<>();
        for (Filled form : filled) {
            for (Entry entry : form.entries()) {
                (form.party().stateSide() ? state : regions).put(entry.actionId(), entry.status());
                if (entry.note() != null) {
                    notes.computeIfAbsent(entry.actionId(), id -> new LinkedHashMap<>())
                            .put(FormLayout.partyName(form.party(), language), entry.note());
                }
            }
        }
        List<Progress> progress = new ArrayList<>(original.progress());
        // Where each action's entry of this round stands, found once: a search per action was n² for n actions.
        Map<String, Integer> entries = new HashMap<>();
        for (int i = 0; i < progress.size(); i++) {
            if (progress.get(i).round().equals(round.name())) {
                entries.putIfAbsent(progress.get(i).actionId(), i);
            }
        }
        for (Action action : original.actions()) {
            String id = action.id();
            if (!state.containsKey(id) && !regions.containsKey(id)) {
                continue;
            }
            Integer at = entries.get(id);
            Optional<Progress> existing = at == null ? Optional.empty() : Optional.of(progress.get(at));
            Progress updated = new Progress(id, round.name(),
                    side(state.get(id), existing.map(Progress::state)),
                    side(regions.get(id), existing.map(Progress::regions)),
                    notes.containsKey(id) ? Markdown.of(notes.get(id).entrySet().stream()
                            .map(note -> note.getKey() + ": " + note.getValue())
                            .collect(Collectors.joining("\n\n")))
                            : existing.map(Progress::note).orElse(null));
            if (at != null) {
                progress.set(at, updated);
            } else {
                progress.add(updated);
            }
        }
        // the action table reference and the organisations stay: the new follow-up is the same but its progress
        return FollowUpBuilder.builder(original).progress(progress).build();
    }

    /** The imported status, else the round's existing one, else null: that side has not reported. */
    private static Status side(Status imported, Optional<Status> existing) {
        return imported != null ? imported : existing.orElse(null);
    }

    private static Cell problem(String file, Format format, int row, Column column, String message) {
        return new Cell(file, row, format.column(column), message);
    }
}
