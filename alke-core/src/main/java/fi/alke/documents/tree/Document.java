package fi.alke.documents.tree;

import java.util.List;
import java.util.Objects;

/**
 * One document: its metadata, the page-one head (letterhead, recipient) and the body blocks.
 *
 * @param metadata   the visible metadata block, also the source of the file's stored properties
 * @param letterhead the sender's letterhead shown at the top of page one and in the running header
 * @param recipient  the recipient lines shown under the letterhead; empty for none
 * @param body       the body blocks in reading order
 */
public record Document(Metadata metadata, Letterhead letterhead, List<String> recipient, List<Block> body) {
    public Document {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(letterhead, "letterhead");
        recipient = List.copyOf(recipient);
        recipient.forEach(line -> Checks.text("recipient", line));
        body = List.copyOf(body);
    }
}
