package fi.alke.documents.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The end of a document, in the order SFS 2487 gives: contacts for further information, signatures,
 * then attachments (Liitteet), distribution (Jakelu) and for information (Tiedoksi).
 *
 * @param contacts        people to contact for further information; may be empty
 * @param signatures      how the document is signed and by whom, or {@code null} for an unsigned one
 * @param attachments     attachment titles, one a line; may be empty
 * @param distribution    recipients of the distribution list, one a line; may be empty
 * @param forInformation  those who get the document for information, one a line; may be empty
 * @param furtherInformation further information as free text (Markdown), printed under the same label
 *                        as the contacts, after them; or {@code null}
 */
@RecordBuilder
@JsonClassDescription("The end of a document: contacts, signatures, attachments, distribution and for-information "
        + "lists, in the order SFS 2487 gives.")
public record Closing(
        @JsonPropertyDescription("People to contact for further information, printed under the label Lisätietoja, "
                + "each with the title, e-mail and phone given. Optional.") List<Person> contacts,
        @JsonPropertyDescription("Who signs the document and how, printed after the contacts. Optional; leave it "
                + "out for an unsigned document.") Signing signatures,
        @JsonPropertyDescription("The attachments' titles, printed under the label Liitteet, one a line. Optional.")
        @Example("Liite 1. Keskustelujen aikataulu") List<String> attachments,
        @JsonPropertyDescription("The distribution list, printed under the label Jakelu, one recipient a line. "
                + "Optional.")
        @Example({"Maakuntien liitot", "Elinvoimakeskukset"}) List<String> distribution,
        @JsonPropertyDescription("Those who get the document for information, printed under the label Tiedoksi, "
                + "one a line. Optional.")
        @Example("Valtiovarainministeriö") List<String> forInformation,
        @JsonPropertyDescription("Further information as free text (Markdown), printed under the label "
                + "Lisätietoja after the contacts. Optional.")
        @Example("Keskusteluista kerrotaan lisää osoitteessa https://tem.fi/aluekehittamisen-keskustelut.")
        Markdown furtherInformation) {
    /** An end with nothing in it. */
    public static final Closing NONE = new Closing(null, null, null, null, null, null);

    /** Missing lists become empty. */
    public Closing {
        contacts = Checks.list(contacts);
        attachments = Checks.list(attachments);
        distribution = Checks.list(distribution);
        forInformation = Checks.list(forInformation);
    }

    /** An end without free-text further information. */
    public Closing(List<Person> contacts, Signing signatures, List<String> attachments, List<String> distribution,
                   List<String> forInformation) {
        this(contacts, signatures, attachments, distribution, forInformation, null);
    }

    /** A builder, for documents built in Java. */
    public static ClosingBuilder builder() {
        return ClosingBuilder.builder();
    }

    /**
     * Signatures: electronic (a statement, then each signer) or handwritten (room to sign above each).
     *
     * @param electronic {@code true} for electronic signatures
     * @param signers    the signers in order; at least one
     */
    @JsonClassDescription("Signatures: electronic (a statement, then each signer) or handwritten (room to sign "
            + "above each signer).")
    public record Signing(
            @JsonPropertyDescription("true for electronic signatures: the statement \"Tämä asiakirja on "
                    + "sähköisesti allekirjoitettu.\" and then each signer; false for handwritten signatures, with "
                    + "room to sign above each name. Optional; false (handwritten) when left out.")
            @Example("true") boolean electronic,
            @JsonProperty(required = true)
            @JsonPropertyDescription("The signers in the order they sign, each printed with name and title. At "
                    + "least one. Required.") List<Person> signers) {
        /** Checks that someone signs. */
        public Signing {
            Checks checks = new Checks();
            signers = Checks.list(signers);
            checks.check(!signers.isEmpty(), "signers", "at least one signer is needed");
            checks.done();
        }
    }
}
