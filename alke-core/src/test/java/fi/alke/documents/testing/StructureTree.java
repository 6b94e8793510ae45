package fi.alke.documents.testing;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as PDFBox reads it, with the text each element holds: its marked
 * content looked up by page and MCID, in structure order. Also what a page shows outside the tree:
 * text in no marked content, in marked content that no element claims, or in marked content that is
 * neither claimed nor an artifact.
 *
 * @param lang       the catalog's language
 * @param elements   every structure element below the root, depth first in structure order
 * @param untagged   text drawn outside marked content, or in marked content without an MCID that is not
 *                   an artifact, one entry per page and piece, e.g. "page 2: 'Sivu'"
 * @param unclaimed  text in marked content whose MCID no structure element refers to
 */
public record StructureTree(String lang, List<Element> elements, List<String> untagged, List<String> unclaimed) {

    /**
     * One structure element.
     *
     * @param type     its structure type, e.g. "H2", "TH"
     * @param depth    1 for the structure tree root's children (the Document element), 2 for theirs, …
     * @param text     the text of its marked content and of its descendants', in structure order
     * @param lang     its Lang, or {@code null}
     * @param alt      its Alt, or {@code null}
     * @param scope    its Scope attribute (as "Column"), or {@code null}
     * @param children the types of its child elements, in order
     */
    public record Element(String type, int depth, String text, String lang, String alt, String scope,
            List<String> children) {
    }

    /**
     * How the PDF's structure tree departs from the document tree it was rendered from, one line per
     * finding; empty when a screen reader meets the document as written: the text under the structure
     * elements reads the document's parts in order (white space aside); every heading is an H of its
     * level (no skipped levels); every ruled table is a Table whose header cells are TH with Scope; every
     * image (the logo too) a Figure with its alt text; nothing on a page is outside the tree unless an
     * artifact; and the catalog names the document's language.
     */
    public static List<String> mismatches(fi.alke.documents.tree.Document document, byte[] pdf) throws IOException {
        StructureTree tree = read(pdf);
        List<String> found = new ArrayList<>();
        if (!document.metadata().language().equals(tree.lang())) {
            found.add("catalog Lang " + tree.lang() + ", document " + document.metadata().language());
        }
        tree.untagged().forEach(u -> found.add("untagged: " + u));
        tree.unclaimed().forEach(u -> found.add("in no structure element: " + u));
        String text = TreeText.squeeze(tree.text());
        int from = 0;
        for (String piece : TreeText.pieces(document)) {
            String part = TreeText.squeeze(piece);
            int at = text.indexOf(part, from);
            if (at < 0) {
                found.add("text missing or out of order: '" + piece + "'");
            } else {
                from = at + part.length();
            }
        }
        List<String> headings = tree.elements().stream().filter(e -> e.type().matches("H[1-6]"))
                .map(e -> e.type() + " " + TreeText.squeeze(e.text())).toList();
        List<String> expected = TreeText.headings(document);
        if (!headings.equals(expected)) {
            found.add("headings " + headings + ", expected " + expected);
        }
        List<Element> tables = tree.ofType("Table");
        List<fi.alke.documents.tree.Table> written = TreeText.tables(document);
        if (tables.size() != written.size()) {
            found.add(tables.size() + " Table elements for " + written.size() + " tables");
        }
        for (int i = 0; i < Math.min(tables.size(), written.size()); i++) {
            if (!written.get(i).headerRows().isEmpty() && !tables.get(i).children().contains("THead")) {
                found.add("table " + (i + 1) + " has header rows but no THead");
            }
        }
        tree.ofType("TH").stream().filter(th -> !"Column".equals(th.scope()))
                .forEach(th -> found.add("TH without Scope Column: '" + th.text() + "'"));
        // Every list item an LI of its marker (Lbl) and its body (LBody), in the tree's order.
        List<String> items = TreeText.items(document);
        int item = 0;
        for (int i = 0; i < tree.elements().size(); i++) {
            Element li = tree.elements().get(i);
            if (!li.type().equals("LI")) {
                continue;
            }
            String first = item < items.size() ? items.get(item) : null;
            boolean shaped = li.children().equals(List.of("Lbl", "LBody")) && i + 2 < tree.elements().size();
            if (first == null || !shaped || !TreeText.squeeze(tree.elements().get(i + 2).text())
                    .startsWith(TreeText.squeeze(first)) || tree.elements().get(i + 1).text().isBlank()) {
                found.add("LI " + (item + 1) + " " + li.children() + " '" + li.text() + "' for item '" + first + "'");
            }
            item++;
        }
        if (item != items.size()) {
            found.add(item + " LI elements for " + items.size() + " list items");
        }
        List<String> alts = tree.ofType("Figure").stream().map(Element::alt).toList();
        if (!alts.equals(TreeText.alts(document))) {
            found.add("figures' Alt " + alts + ", images' alt " + TreeText.alts(document));
        }
        return found;
    }

    /** All the text under the structure tree, in structure order. */
    public String text() {
        return elements.isEmpty() ? "" : elements.get(0).text();
    }

    /** The elements of a type, in structure order. */
    public List<Element> ofType(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    public static StructureTree read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
            List<String> untagged = new ArrayList<>();
            int number = 1;
            for (PDPage page : doc.getPages()) {
                Extractor extractor = new Extractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                collect(extractor.getMarkedContents(), byId, untagged, number);
                if (!extractor.outside.isEmpty()) {
                    untagged.add("page " + number + ": '" + extractor.outside + "'");
                }
                marked.put(page, byId);
                number++;
            }
            List<Element> elements = new ArrayList<>();
            Map<PDPage, Set<Integer>> claimed = new HashMap<>();
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                if (kid instanceof PDStructureElement e) {
                    read(e, e.getPage(), 1, marked, claimed, elements);
                }
            }
            List<String> unclaimed = new ArrayList<>();
            number = 1;
            for (PDPage page : doc.getPages()) {
                Set<Integer> own = claimed.getOrDefault(page, Set.of());
                for (Map.Entry<Integer, String> content : marked.get(page).entrySet()) {
                    if (!own.contains(content.getKey()) && !content.getValue().isBlank()) {
                        unclaimed.add("page " + number + ", MCID " + content.getKey() + ": '" + content.getValue() + "'");
                    }
                }
                number++;
            }
            return new StructureTree(doc.getDocumentCatalog().getLanguage(), List.copyOf(elements),
                    List.copyOf(untagged), List.copyOf(unclaimed));
        }
    }

    /** The marked content's text by MCID; text in marked content without an MCID must be an artifact's. */
    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> into, List<String> untagged,
            int page) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t) {
                    text.append(t.getUnicode());
                } else if (o instanceof PDMarkedContent nested) {
                    collect(List.of(nested), into, untagged, page);
                }
            }
            if (content.getMCID() >= 0) {
                into.merge(content.getMCID(), text.toString(), String::concat);
            } else if (!"Artifact".equals(content.getTag()) && !text.isEmpty()) {
                untagged.add("page " + page + ", /" + content.getTag() + " without MCID: '" + text + "'");
            }
        }
    }

    /** Reads an element and its descendants; returns its text. */
    private static String read(PDStructureElement element, PDPage page, int depth,
            Map<PDPage, Map<Integer, String>> marked, Map<PDPage, Set<Integer>> claimed, List<Element> into) {
        PDPage own = element.getPage() != null ? element.getPage() : page;
        int at = into.size();
        into.add(null); // its place in depth-first order, filled in once its text is known
        StringBuilder text = new StringBuilder();
        List<String> children = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                text.append(text(own, mcid, marked, claimed));
            } else if (kid instanceof PDMarkedContentReference ref) {
                text.append(text(ref.getPage() != null ? ref.getPage() : own, ref.getMCID(), marked, claimed));
            } else if (kid instanceof PDStructureElement e) {
                children.add(e.getStructureType());
                text.append(read(e, own, depth + 1, marked, claimed, into));
            }
        }
        into.set(at, new Element(element.getStructureType(), depth, text.toString(), element.getLanguage(),
                element.getAlternateDescription(), scope(element), List.copyOf(children)));
        return text.toString();
    }

    private static String text(PDPage page, int mcid, Map<PDPage, Map<Integer, String>> marked,
            Map<PDPage, Set<Integer>> claimed) {
        claimed.computeIfAbsent(page, p -> new HashSet<>()).add(mcid);
        return marked.get(page).getOrDefault(mcid, "");
    }

    private static String scope(PDStructureElement element) {
        COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
        if (attributes instanceof COSDictionary a && a.getDictionaryObject(COSName.getPDFName("Scope")) instanceof COSName s) {
            return s.getName();
        }
        return null;
    }

    /** Marked content as PDFBox extracts it, and the text drawn outside any marked content. */
    private static final class Extractor extends PDFMarkedContentExtractor {
        private final StringBuilder outside = new StringBuilder();
        private final Deque<COSName> open = new ArrayDeque<>();

        Extractor() throws IOException {
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            open.push(tag);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!open.isEmpty()) {
                open.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (open.isEmpty()) {
                outside.append(text.getUnicode());
            }
            super.processTextPosition(text);
        }
    }
}
