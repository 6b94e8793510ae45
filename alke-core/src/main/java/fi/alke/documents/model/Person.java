package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;

/**
 * A person: a signer, a contact for further information, a preparer or a participant.
 *
 * @param name         the full name; required
 * @param title        the title or role, e.g. "Johtava asiantuntija"; may be {@code null}
 * @param organisation the organisation, e.g. "Keski-Suomen liitto"; may be {@code null}
 * @param email        e-mail address; may be {@code null}
 * @param phone        telephone number; may be {@code null}
 */
@RecordBuilder
public record Person(@JsonProperty(required = true) String name, String title, String organisation, String email, String phone) {
    /** Checks that the name is given. */
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /** A builder, for documents built in Java. */
    public static PersonBuilder builder() {
        return PersonBuilder.builder();
    }
}
