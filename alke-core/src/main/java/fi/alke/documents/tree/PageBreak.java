package fi.alke.documents.tree;

/** Starts a new page. */
public record PageBreak() implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.pageBreak(this);
    }
}
