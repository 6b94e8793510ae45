package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.followup.FollowUpForms;
import fi.alke.documents.followup.FormKey;
import fi.alke.documents.model.FollowUp;
import fi.alke.documents.model.Party;
import fi.alke.documents.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of the parity check, each rendered in both formats, by a name usable as a file name: every
 * sample, the test fixtures of alke-core (the markup of all features and the model inputs), the DOCX follow-up
 * forms of the follow-up sample's latest round, and the stress documents.
 */
final class ParityCorpus {
    /** alke-core's model fixtures, under fi/alke/documents/ on the test class path. */
    private static final List<String> MODEL_FIXTURES = List.of("model/action-table.yaml",
            "model/board-decision-extract.yaml", "model/follow-up.yaml", "model/guidance-letter.yaml",
            "model/study-call.yaml", "model/theme-description.yaml", "input/decision-2026.yaml");
    /** The sample whose forms are checked: the follow-up report of seed 001's rounds. */
    private static final String FOLLOW_UP = "seuranta-2024";

    private ParityCorpus() {
    }

    static Map<String, Rendered> all() throws Exception {
        Map<String, Rendered> corpus = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            corpus.put(sample.stem(), Rendered.of(sample, sample.markup()));
        }
        corpus.put("fixture-all-features", Rendered.of(Fixtures.document("all-features.xml")));
        AlkeDocuments documents = AlkeDocuments.create();
        for (String fixture : MODEL_FIXTURES) {
            String name = "fixture-" + fixture.substring(fixture.indexOf('/') + 1, fixture.lastIndexOf('.'));
            corpus.put(name, Rendered.of(documents.tree(documents.read(fixture, Fixtures.markup(fixture)))));
        }
        FollowUp followUp = (FollowUp) Samples.input(FOLLOW_UP);
        String round = followUp.rounds().get(followUp.rounds().size() - 1).name();
        FollowUpForms forms = documents.forms();
        // a fixed key: the forms' bytes are the same in every run, as the other documents' are
        FormKey key = FormKey.of(new byte[FormKey.BYTES]);
        // named as alke followup forms names their files
        for (Map.Entry<Party, String> party : FollowUpCommand.fileNames(FollowUpForms.parties(followUp)).entrySet()) {
            corpus.put("form-" + FOLLOW_UP + "-" + party.getValue(),
                    Rendered.of(forms.tree(followUp, round, party.getKey(), key)));
        }
        for (Map.Entry<String, String> stress : StressDocuments.all().entrySet()) {
            corpus.put(stress.getKey(), Rendered.of(Fixtures.parser().parse(stress.getKey() + ".xml",
                    stress.getValue())));
        }
        // The stock follow-up report with action descriptions of 400 to 2,600 characters, each spanning its
        // action's rounds, many over pages.
        java.util.concurrent.atomic.AtomicInteger action = new java.util.concurrent.atomic.AtomicInteger();
        String longDescriptions = java.util.regex.Pattern.compile("(?m)^(\\s*description:).*$")
                .matcher(ScalingBenchmark.followUp(12)).replaceAll(m -> m.group(1) + " \"" + StressDocuments.words(
                        action.get(), 60 + 60 * (action.getAndIncrement() % 7)) + "\"");
        corpus.put("stress-follow-up-long-descriptions",
                Rendered.of(documents.tree(documents.read("long-descriptions.yaml", longDescriptions))));
        return corpus;
    }
}
