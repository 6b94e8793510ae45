package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
@JsonClassDescription("A person: a signer, a contact for further information, a preparer or a participant.")
public record Person(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The person's full name, printed as written. Required.")
        @Example("Maija Meikäläinen") String name,
        @JsonPropertyDescription("The title or role, printed with the name. Optional.")
        @Example({"Johtava asiantuntija", "Maakuntajohtaja"}) String title,
        @JsonPropertyDescription("The organisation the person is from. Optional; kept with the person for "
                + "templates that print it (a participant group names its organisation itself).")
        @Example("Keski-Suomen liitto") String organisation,
        @JsonPropertyDescription("The e-mail address, printed under a contact's name. Optional.")
        @Example("maija.meikalainen@gov.fi") String email,
        @JsonPropertyDescription("The telephone number, printed under a contact's name. Optional.")
        @Example("0295 047 123") String phone) {
    /** Checks that the name is given. */
    public Person {
        Checks checks = new Checks();
        checks.notBlank(name, "name");
        checks.done();
    }

    /** A builder, for documents built in Java. */
    public static PersonBuilder builder() {
        return PersonBuilder.builder();
    }
}
