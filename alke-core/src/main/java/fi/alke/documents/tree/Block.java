package fi.alke.documents.tree;

/** A block-level node of the body. */
public sealed interface Block
        permits Title, Heading, Paragraph, ListBlock, Table, LabelledBlock, Signatures, ContactBlock, Image,
        PageBreak, Landscape {
}
