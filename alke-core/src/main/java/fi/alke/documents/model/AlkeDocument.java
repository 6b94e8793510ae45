package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One document of the regional development discussions. Every kind has the same metadata, sender and
 * closing; the rest is its own. In input files the kind is the {@code kind:} field that starts the file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Decision.class, name = Decision.KIND),
    @JsonSubTypes.Type(value = Agenda.class, name = Agenda.KIND),
    @JsonSubTypes.Type(value = GuidanceLetter.class, name = GuidanceLetter.KIND),
    @JsonSubTypes.Type(value = BoardDecisionExtract.class, name = BoardDecisionExtract.KIND),
    @JsonSubTypes.Type(value = ThemeDescription.class, name = ThemeDescription.KIND),
    @JsonSubTypes.Type(value = ActionTable.class, name = ActionTable.KIND),
    @JsonSubTypes.Type(value = FollowUp.class, name = FollowUp.KIND),
    @JsonSubTypes.Type(value = StudyCall.class, name = StudyCall.KIND),
})
public sealed interface AlkeDocument
        permits Decision, Agenda, GuidanceLetter, BoardDecisionExtract, ThemeDescription, ActionTable, FollowUp,
                StudyCall {

    /** The metadata block: title, date, identifiers, language, confidentiality, recipients. */
    Meta meta();

    /** The name of the sender's letterhead profile, e.g. {@code tem}. */
    String sender();

    /** Contacts, signatures, attachments, distribution and for-information lists. */
    Closing closing();

    /**
     * The same document with other metadata, e.g. in another language: the labels, dates and the sender's
     * name follow {@code meta.language}; the text written in the document does not change language.
     *
     * @throws ModelException when the document's own checks refuse the metadata
     */
    AlkeDocument withMeta(Meta meta);

    /** The kind's name as input files write it after {@code kind:}, e.g. {@code decision}. */
    default String kind() {
        for (JsonSubTypes.Type type : AlkeDocument.class.getAnnotation(JsonSubTypes.class).value()) {
            if (type.value() == getClass()) {
                return type.name();
            }
        }
        throw new IllegalStateException(getClass() + " is not registered as a kind");
    }
}
