package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A long text field written in a small Markdown subset: paragraphs, headings, bullet and numbered
 * lists, emphasis and links. The template stage turns it into markup, its headings continuing below the
 * heading the field is printed under.
 *
 * @param source the Markdown text
 */
@JsonClassDescription("Markdown text: paragraphs separated by an empty line, headings (#), bulleted (-) and "
        + "numbered (1.) lists, *emphasis*, **bold** and [links](https://…).")
public record Markdown(String source) {
    /** Checks that the text is given. */
    public Markdown {
        Objects.requireNonNull(source, "source");
    }

    /** Input files write a Markdown field as a plain string. */
    @JsonCreator
    public static Markdown of(String source) {
        return new Markdown(source);
    }

    @JsonValue
    @Override
    public String source() {
        return source;
    }
}
