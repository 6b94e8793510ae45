package fi.alke.documents.tree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The basic metadata block of SFS 2487 and the stored file properties derived from it.
 *
 * @param documentType     shown in bold on the first line of the block, e.g. "Ohje"
 * @param date             the document date; {@code created} defaults to it
 * @param dateText         the date as shown, already formatted by the template (e.g. "14.2.2024")
 * @param identifiers      diary numbers and other identifiers, one a line
 * @param confidentiality  a confidentiality marking, or {@code null}
 * @param title            the document title, stored as the file's title
 * @param author           the author or organisation, stored as the file's author
 * @param language         a BCP 47 language tag, e.g. "fi", stored as the document language
 * @param created          the instant stored as creation and modification time; fixed so that the
 *                         same input gives the same bytes
 */
public record Metadata(String documentType, LocalDate date, String dateText, List<String> identifiers,
                       String confidentiality, String title, String author, String language, Instant created) {
    public Metadata {
        Checks.text("metadata.documentType", documentType);
        Objects.requireNonNull(date, "date");
        Checks.text("metadata.dateText", dateText);
        identifiers = List.copyOf(identifiers);
        identifiers.forEach(id -> Checks.text("metadata.identifiers", id));
        Checks.optionalText("metadata.confidentiality", confidentiality);
        Checks.text("metadata.title", title);
        Checks.text("metadata.author", author);
        Checks.text("metadata.language", language);
        Objects.requireNonNull(created, "created");
    }

    /** The lines of the metadata block under the document-type line: date, identifiers, confidentiality. */
    public List<String> blockLines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(dateText);
        lines.addAll(identifiers);
        if (confidentiality != null) {
            lines.add(confidentiality);
        }
        return lines;
    }
}
