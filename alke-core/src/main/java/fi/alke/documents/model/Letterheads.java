package fi.alke.documents.model;

/**
 * Finds the letterhead profile a document's {@code sender} names. {@code LetterheadProfile::load} finds
 * the stock profiles; an organisation's own come first where its folder has them.
 */
@FunctionalInterface
public interface Letterheads {
    /**
     * The profile of the name.
     *
     * @throws ProfileException when there is no such profile or it is invalid, naming the file and the field
     */
    LetterheadProfile profile(String name) throws ProfileException;
}
