package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a list as {@link Elements#list} builds it for OpenPDF: L / LI with the marker as Lbl
 * and the text in LBody, the item's paragraphs as P and nested lists as L inside the LBody. Both places
 * a list is written use it: the body, which flows each item on its own, and a table's cell or a
 * labelled block, whose text OpenPDF writes in one go.
 */
final class ListTags {
    private ListTags() {
    }

    /**
     * One item's text, or an item's text after a nested list.
     *
     * @param item    the OpenPDF item, which tells when its marker is drawn and when it ends
     * @param indent  the item's indentation from the column's left, as OpenPDF adds up nested lists'
     * @param content the P its text belongs to
     * @param label   the Lbl of its marker, {@code null} for text after a nested list (no marker)
     */
    record Piece(ListItem item, float indent, PdfStructureElement content, PdfStructureElement label) {
    }

    /** The pieces of {@code list}, in the order OpenPDF writes them, their elements made under {@code l}. */
    static List<Piece> pieces(com.lowagie.text.List list, PdfStructureElement l) {
        List<Piece> out = new ArrayList<>();
        pieces(list, 0, l, out);
        return out;
    }

    /** @param outer the indentation of the lists around this one */
    private static void pieces(com.lowagie.text.List list, float outer, PdfStructureElement l, List<Piece> out) {
        float indent = outer + list.getIndentationLeft();
        PdfStructureElement body = null;
        for (Element e : list.getItems()) {
            if (e instanceof Elements.Continuation continuation) {
                ListItem item = (ListItem) continuation.getItems().get(0);
                out.add(new Piece(item, indent + continuation.getIndentationLeft(), Tags.element(body, Tags.P), null));
            } else if (e instanceof ListItem item) {
                PdfStructureElement li = Tags.element(l, Tags.LI);
                PdfStructureElement label = Tags.element(li, Tags.LBL);
                body = Tags.element(li, Tags.LBODY);
                out.add(new Piece(item, indent, Tags.element(body, Tags.P), label));
            } else if (e instanceof com.lowagie.text.List nested) {
                if (body == null) {
                    // an item that starts with a nested list has no text, so no marker of its own: its LI holds
                    // the LBody of the nested list only (it had no parent: a NullPointerException, issue 14)
                    body = Tags.element(Tags.element(l, Tags.LI), Tags.LBODY);
                }
                pieces(nested, indent, Tags.element(body, Tags.L), out);
            }
        }
    }
}
