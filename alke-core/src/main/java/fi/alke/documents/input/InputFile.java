package fi.alke.documents.input;

import com.fasterxml.jackson.core.JsonLocation;
import fi.alke.documents.model.AlkeDocument;
import java.util.Objects;

/**
 * A document read from an input file, with where its fields stand in the file, so that findings about
 * the document (a broken rule of the round, say) can name the line of the field they concern.
 */
public final class InputFile {
    private final String name;
    private final AlkeDocument document;
    private final Locations locations;

    InputFile(String name, AlkeDocument document, Locations locations) {
        this.name = Objects.requireNonNull(name, "name");
        this.document = Objects.requireNonNull(document, "document");
        this.locations = Objects.requireNonNull(locations, "locations");
    }

    /** The file's name, as problems name it. */
    public String name() {
        return name;
    }

    /** The document. */
    public AlkeDocument document() {
        return document;
    }

    /**
     * The same file with a document changed from its own (e.g. its language), so that findings about it
     * are still placed at the file's lines.
     */
    public InputFile withDocument(AlkeDocument changed) {
        return new InputFile(name, changed, locations);
    }

    /**
     * The 1-based line of a field given as a path such as {@code regions[2]} or {@code participants[1].people},
     * or of the nearest enclosing field the file has; -1 when unknown.
     */
    public int line(String field) {
        JsonLocation at = locations.of(Locations.pointer(field));
        return at == null ? -1 : at.getLineNr();
    }

    /**
     * Whether the file writes the field itself, e.g. {@code meta.language}: a field left out reads as its
     * default, which the document alone cannot tell from one written.
     */
    public boolean has(String field) {
        return locations.has(Locations.pointer(field));
    }

    /** The 1-based column of the field, as {@link #line}; -1 when unknown. */
    public int column(String field) {
        JsonLocation at = locations.of(Locations.pointer(field));
        return at == null ? -1 : at.getColumnNr();
    }
}
