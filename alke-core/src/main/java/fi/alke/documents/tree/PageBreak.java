package fi.alke.documents.tree;

/** Starts a new page. */
public record PageBreak() implements Block {
}
