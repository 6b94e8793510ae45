package fi.alke.documents.tree;

/**
 * A block-level node of the body. Renderers dispatch with a {@link Visitor}, which the compiler checks
 * to handle every kind of block.
 */
public sealed interface Block
        permits Title, Heading, Paragraph, ListBlock, Table, LabelledBlock, Signatures, ContactBlock, Image,
        PageBreak, Landscape {

    /** Calls the visitor's method for this node's type. */
    <R> R accept(Visitor<R> visitor);

    /** One method per block type. */
    interface Visitor<R> {
        R title(Title title);

        R heading(Heading heading);

        R paragraph(Paragraph paragraph);

        R list(ListBlock list);

        R table(Table table);

        R labelled(LabelledBlock labelled);

        R signatures(Signatures signatures);

        R contact(ContactBlock contact);

        R image(Image image);

        R pageBreak(PageBreak pageBreak);

        R landscape(Landscape landscape);
    }
}
