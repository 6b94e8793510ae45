package fi.alke.documents.tree;

import fi.alke.documents.internal.PropertyNames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * @param properties       stored properties that are not shown (DOCX custom properties, PDF document
 *                         information), in order; names are ASCII letters, digits, '-' and '_', and
 *                         not one of the standard entries such as Title
 */
public record Metadata(String documentType, LocalDate date, String dateText, List<String> identifiers,
                       String confidentiality, String title, String author, String language, Instant created,
                       Map<String, String> properties) {

    /** Metadata without stored properties. */
    public Metadata(String documentType, LocalDate date, String dateText, List<String> identifiers,
                    String confidentiality, String title, String author, String language, Instant created) {
        this(documentType, date, dateText, identifiers, confidentiality, title, author, language, created, Map.of());
    }

    public Metadata {
        Checks.text("metadata.documentType", documentType);
        Objects.requireNonNull(date, "date");
        Checks.text("metadata.dateText", dateText);
        identifiers = List.copyOf(identifiers);
        identifiers.forEach(id -> Checks.text("metadata.identifiers", id));
        Checks.optionalText("metadata.confidentiality", confidentiality);
        Checks.pdfString("metadata.title", Checks.text("metadata.title", title));
        Checks.pdfString("metadata.author", Checks.text("metadata.author", author));
        Checks.text("metadata.language", language);
        Objects.requireNonNull(created, "created");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Set<String> seen = new HashSet<>();
        properties.forEach((name, value) -> {
            PropertyNames.check(name);
            // Word treats custom property names that differ only in case as one
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the property '" + name + "' is given twice (names are compared "
                        + "ignoring case)");
            }
            Checks.pdfString("metadata.properties." + name, Checks.text("metadata.properties." + name, value));
        });
    }

    /** The lines of the metadata block under the document-type line: date, identifiers, confidentiality. */
    public List<String> blockLines() {
        List<String> lines = new ArrayList<>();
        lines.add(dateText);
        lines.addAll(identifiers);
        if (confidentiality != null) {
            lines.add(confidentiality);
        }
        return lines;
    }
}
