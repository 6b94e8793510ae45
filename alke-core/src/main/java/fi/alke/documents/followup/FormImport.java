package fi.alke.documents.followup;

import static fi.alke.documents.followup.FormLayout.FIRST_ACTION_ROW;
import static fi.alke.documents.followup.FormLayout.FIRST_ID_ROW;
import static fi.alke.documents.followup.FormLayout.ID_COLUMN;
import static fi.alke.documents.followup.FormLayout.NOTE_COLUMN;
import static fi.alke.documents.followup.FormLayout.STATUS_COLUMN;

import fi.alke.documents.followup.FormImportException.Problem;
import fi.alke.documents.model.Action;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.FollowUp.Progress;
import fi.alke.documents.model.FollowUp.Round;
import fi.alke.documents.model.FollowUp.Status;
import fi.alke.documents.model.Markdown;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads filled XLSX forms written by {@link FollowUpForms} back into a follow-up.
 *
 * <p>The forms are checked first, all of them, and every problem is reported at once by file, row and
 * column: a form of another round, a form whose hidden matching data is missing or changed, a deleted,
 * inserted or reordered row, an action that does not exist, a status outside the allowed values, a note
 * without a status, and two forms that disagree about the same cell (the same action's status on the same
 * side, or the same party's note). If there is any problem nothing is imported.
 *
 * <p>Otherwise the typed statuses are set — not appended — into the round's progress: an action's entry
 * for the round gets the status of the side its party reports (ministries the state's side, regions the
 * regions' side). An entry that does not exist yet takes the other side from the previous round, or
 * {@code not-started} when there is none, since the model needs both sides. The notes typed for an action
 * replace its note, each as a paragraph starting with the party's name; an action with no note typed keeps
 * its note. A row left blank imports nothing. So importing the same form twice, together or one import after
 * the other, gives the same follow-up as importing it once.
 */
public final class FormImport {
    private static final DataFormatter TEXT = new DataFormatter();

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
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        List<Filled> filled = new ArrayList<>();
        for (NamedForm form : forms) {
            // a local list: the same file name may be given twice (the same form imported twice)
            List<Problem> found = new ArrayList<>();
            read(form, original, round, found).ifPresent(filled::add);
            problems.computeIfAbsent(form.name(), name -> new ArrayList<>()).addAll(found);
        }
        findDisagreements(filled, problems);
        List<Problem> all = problems.values().stream().flatMap(List::stream).toList();
        if (!all.isEmpty()) {
            throw new FormImportException(all);
        }
        return merge(original, current, filled);
    }

    /** One filled row: the action, the typed status (or null) and note (or null). */
    record Entry(String actionId, int row, Status status, String note) {
    }

    /** A form as read: its name, party and the rows typed into. */
    record Filled(String file, Party party, List<Entry> entries) {
    }

    /** Reads one form, adding its problems; a form with a problem gives nothing. */
    static Optional<Filled> read(NamedForm form, FollowUp followUp, String round, List<Problem> problems) {
        String file = form.name();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form.bytes()))) {
            Sheet data = workbook.getSheet(FormLayout.DATA_SHEET);
            Sheet sheet = workbook.getSheet(FormLayout.FORM_SHEET);
            if (data == null || sheet == null) {
                problems.add(new Problem(file, -1, "", "not a follow-up form: the sheet '"
                        + (sheet == null ? FormLayout.FORM_SHEET : FormLayout.DATA_SHEET) + "' is missing"));
                return Optional.empty();
            }
            String formRound = text(data, FormLayout.ROUND_ROW, 1);
            String partyCode = text(data, FormLayout.PARTY_ROW, 1);
            List<String> ids = new ArrayList<>();
            for (int row = FIRST_ID_ROW; !text(data, row, 1).isEmpty(); row++) {
                ids.add(text(data, row, 1));
            }
            if (!FormLayout.FORMAT.equals(text(data, FormLayout.FORMAT_ROW, 1))
                    || !FormLayout.fingerprint(formRound, partyCode, ids)
                            .equals(text(data, FormLayout.FINGERPRINT_ROW, 1))) {
                problems.add(new Problem(file, -1, "", "the form's hidden matching data is not as written "
                        + "(changed by hand, or not a form of this version); make a new form"));
                return Optional.empty();
            }
            if (!formRound.equals(round)) {
                problems.add(new Problem(file, -1, "", "the form is for the round '" + formRound
                        + "', not for '" + round + "'"));
            }
            Party party;
            try {
                party = Party.ofCode(partyCode);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, -1, "", "the form's party: " + e.getMessage()));
                return Optional.empty();
            }
            List<Entry> entries = readRows(file, sheet, ids, followUp, problems);
            return problems.isEmpty() ? Optional.of(new Filled(file, party, entries)) : Optional.empty();
        } catch (Exception e) { // POI throws a variety of runtime exceptions for what is not an XLSX file
            problems.add(new Problem(file, -1, "", "not a readable XLSX file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<Entry> readRows(String file, Sheet sheet, List<String> ids, FollowUp followUp,
                                        List<Problem> problems) {
        Set<String> known = followUp.actions().stream().map(Action::id).collect(Collectors.toSet());
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            int row = FIRST_ACTION_ROW + index;
            String expected = ids.get(index);
            String found = text(sheet, row, ID_COLUMN);
            if (!found.equals(expected)) {
                // the hidden list is the form as written; a visible row that differs was deleted or moved
                problems.add(problem(file, row, ID_COLUMN, "expected the action '" + expected + "' here but found "
                        + (found.isEmpty() ? "nothing" : "'" + found + "'")
                        + ": rows must not be deleted, inserted or reordered"));
                continue;
            }
            if (!known.contains(expected)) {
                problems.add(problem(file, row, ID_COLUMN, "the follow-up has no action with the id '" + expected
                        + "'"));
                continue;
            }
            String code = text(sheet, row, STATUS_COLUMN);
            String note = text(sheet, row, NOTE_COLUMN);
            Status status = null;
            if (!code.isEmpty()) {
                try {
                    status = Status.ofCode(code);
                } catch (IllegalArgumentException e) {
                    problems.add(problem(file, row, STATUS_COLUMN, "'" + code
                            + "' is not an allowed status; the allowed values are "
                            + String.join(", ", FormLayout.statusCodes())));
                    continue;
                }
            } else if (!note.isEmpty()) {
                problems.add(problem(file, row, STATUS_COLUMN, "a note is given but no status"));
                continue;
            }
            if (status != null) {
                entries.add(new Entry(expected, row, status, note.isEmpty() ? null : note));
            }
        }
        int extra = FIRST_ACTION_ROW + ids.size();
        if (!text(sheet, extra, ID_COLUMN).isEmpty()) {
            problems.add(problem(file, extra, ID_COLUMN, "a row that was not in the form: rows must not be "
                    + "deleted, inserted or reordered"));
        }
        return entries;
    }

    /**
     * Two forms disagree when they give the same action's same side different statuses, or the same party
     * different notes for the same action. Both forms get the problem, since neither can be trusted over the
     * other; forms that agree (such as the same form twice) are fine.
     */
    private static void findDisagreements(List<Filled> filled, Map<String, List<Problem>> problems) {
        Map<String, Located> seen = new HashMap<>();
        for (Filled form : filled) {
            for (Entry entry : form.entries()) {
                String side = form.party().stateSide() ? "the state's side" : "the regions' side";
                check(seen, "status|" + entry.actionId() + "|" + side,
                        new Located(form, entry.row(), STATUS_COLUMN, entry.status().code()),
                        "the status of '" + entry.actionId() + "' on " + side, problems);
                if (entry.note() != null) {
                    check(seen, "note|" + entry.actionId() + "|" + form.party().code(),
                            new Located(form, entry.row(), NOTE_COLUMN, entry.note()),
                            "the note of '" + entry.actionId() + "' by " + form.party().code(), problems);
                }
            }
        }
    }

    private record Located(Filled form, int row, int column, String value) {
        String cell() {
            return form.file() + ":" + new CellReference(row, column).formatAsString(false);
        }
    }

    private static void check(Map<String, Located> seen, String key, Located here, String what,
                              Map<String, List<Problem>> problems) {
        Located first = seen.putIfAbsent(key, here);
        if (first != null && !first.value().equals(here.value())) {
            problems.get(here.form().file()).add(problem(here.form().file(), here.row(), here.column(),
                    what + " is '" + here.value() + "' here but '" + first.value() + "' in " + first.cell()));
            problems.get(first.form().file()).add(problem(first.form().file(), first.row(), first.column(),
                    what + " is '" + first.value() + "' here but '" + here.value() + "' in " + here.cell()));
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
                            .put(form.party().name(language), entry.note());
                }
            }
        }
        Optional<Round> previous = FormLayout.previousRound(original, round);
        List<Progress> progress = new ArrayList<>(original.progress());
        for (Action action : original.actions()) {
            String id = action.id();
            if (!state.containsKey(id) && !regions.containsKey(id)) {
                continue;
            }
            Optional<Progress> existing = original.progressOf(id, round.name());
            Progress updated = new Progress(id, round.name(),
                    side(state.get(id), existing.map(Progress::state), original, previous, id, true),
                    side(regions.get(id), existing.map(Progress::regions), original, previous, id, false),
                    notes.containsKey(id) ? Markdown.of(notes.get(id).entrySet().stream()
                            .map(note -> note.getKey() + ": " + note.getValue())
                            .collect(Collectors.joining("\n\n")))
                            : existing.map(Progress::note).orElse(null));
            if (existing.isPresent()) {
                progress.set(progress.indexOf(existing.get()), updated);
            } else {
                progress.add(updated);
            }
        }
        return new FollowUp(original.meta(), original.sender(), original.rounds(), original.actions(), progress,
                original.closing());
    }

    /** The imported status, else the round's, else the previous round's, else not started. */
    private static Status side(Status imported, Optional<Status> existing, FollowUp original,
                               Optional<Round> previous, String actionId, boolean stateSide) {
        if (imported != null) {
            return imported;
        }
        return existing.or(() -> previous.flatMap(p -> FormLayout.status(original, actionId, p.name(), stateSide)))
                .orElse(Status.NOT_STARTED);
    }

    private static Problem problem(String file, int row, int column, String message) {
        return new Problem(file, row + 1, CellReference.convertNumToColString(column), message);
    }

    private static String text(Sheet sheet, int row, int column) {
        Row found = sheet.getRow(row);
        Cell cell = found == null ? null : found.getCell(column);
        return cell == null ? "" : TEXT.formatCellValue(cell).strip();
    }
}
