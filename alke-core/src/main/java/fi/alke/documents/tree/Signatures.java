package fi.alke.documents.tree;

import java.util.List;

/**
 * The signatures of the document.
 *
 * @param electronic {@code true} for an electronic signature (statement, then names), {@code false}
 *                   for handwritten ones (room to sign above each name)
 * @param statement  the statement shown before electronic signers, e.g. "Tämä asiakirja on
 *                   sähköisesti allekirjoitettu."; {@code null} for handwritten signatures
 * @param signers    the signers in order
 */
public record Signatures(boolean electronic, String statement, List<Signer> signers) implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.signatures(this);
    }

    public Signatures {
        Checks.optionalText("signatures.statement", statement);
        if (!electronic && statement != null) {
            throw new IllegalArgumentException("a statement belongs to electronic signatures only");
        }
        signers = List.copyOf(signers);
    }

    /** One signer: name and title (role). */
    public record Signer(String name, String title) {
        public Signer {
            Checks.text("signer.name", name);
            Checks.text("signer.title", title);
        }

        /** The lines printed for the signer: the name, then the title unless it is blank. */
        public List<String> lines() {
            return title.isBlank() ? List.of(name) : List.of(name, title);
        }
    }
}
