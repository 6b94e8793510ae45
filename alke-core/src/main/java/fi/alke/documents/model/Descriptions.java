package fi.alke.documents.model;

/**
 * The words of the published JSON Schemas and of the input reference ({@code docs/input.md}) that several
 * records share: the fields every kind has ({@code meta}, {@code sender}, {@code closing}) and the other
 * fields that mean the same in every kind. The records carry them as {@code @JsonPropertyDescription}s;
 * the schemas are generated from those.
 */
final class Descriptions {
    static final String META = "The metadata block: the title, date, identifiers, language and the rest, printed "
            + "at the top of page 1 and as the page header from page 2 on, and stored as the file's properties. "
            + "Required.";
    static final String SENDER = "The sender's letterhead, by name: tem, regional-council, or your own "
            + "letterheads/<name>.yaml in the folder you give with --templates. It prints the logo and the "
            + "organisation's name at the top and its contact details at the end. Required.";
    static final String CLOSING = "The end of the document: contacts for further information (Lisätietoja), "
            + "signatures, attachments (Liitteet), distribution (Jakelu) and for information (Tiedoksi), "
            + "printed in that order before the sender's contact details. Optional.";
    static final String SECTIONS = "Free sections of your own, each with a heading, text, an optional table and "
            + "subsections, printed in the order written";
    static final String ORGANISATIONS = "Organisations that are neither ministries nor regions (agencies, ELY "
            + "centres, universities, companies), declared so that the document can name them by their codes: "
            + "a list here, or the name of an organisations file beside this one, e.g. organisations.yaml. "
            + "Optional.";
    static final String THEMES = "The discussion's theme, printed under the label Teema. The "
            + "process allows one (the round's rules check). At least one. Required.";
    static final String START = "When the discussion starts, in local time, printed under the label Aika with "
            + "its weekday: perjantai 20.3.2026 klo 9–11. Required.";
    static final String END = "When the discussion ends, printed after the start: klo 9–11, with its date too "
            + "when it ends on another day. Not before the start. Optional.";

    private Descriptions() {
    }
}
