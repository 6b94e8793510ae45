package fi.alke.documents.followup;

import fi.alke.documents.internal.SecureXml;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The top-level tables of a Word document's main part ({@code word/document.xml}), read as a stream of its
 * XML (StAX) and kept as the text of their cells only: a filled form of 8,000 actions held as POI's object
 * model took some 40 times the XML's size in memory, and its collections made reading it grow faster than the
 * form. The XLSX form is read the same way, through POI's event API ({@link FormContent}).
 *
 * <p>A cell's text is its paragraphs' text joined by line breaks, each paragraph's as POI's
 * {@code XWPFParagraph.getText()} gives it for what a person types: the runs' text, a tab as {@code \t}, a
 * line break as {@code \n}, a non-breaking hyphen as U+2011; field codes are left out and their results kept.
 * Where POI's reading is not what the cell says, this one differs: text deleted or moved away with tracked
 * changes on is left out (POI keeps moved-away text; a row marked deleted is still read, as both do), content
 * controls and custom XML around tables, rows, cells and paragraphs are looked through (POI leaves out the
 * rows, cells and paragraphs inside them), and of what a newer word processor writes with a fallback
 * ({@code mc:AlternateContent}, as Word writes an emoji) the fallback's text is read. Pictures, text boxes,
 * footnotes and nested tables are not a cell's text. The XML may nest {@link #MAX_DEPTH} elements deep.
 */
final class DocxTables {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Markup compatibility: what a newer word processor writes with a fallback for older ones. */
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /**
     * How deep the XML may nest: a form's cells nest about ten elements deep, a word processor's output some
     * forty.
     */
    static final int MAX_DEPTH = 1000;

    /**
     * A top-level table.
     *
     * @param editable whether it holds an editable range ({@code w:permStart}), as a form's table does
     * @param rows     its rows in order
     */
    record Table(boolean editable, List<Row> rows) {
    }

    /**
     * A table row.
     *
     * @param header whether it repeats as a header on every page ({@code w:tblHeader})
     * @param cells  the text of its cells in order
     */
    record Row(boolean header, List<String> cells) {
    }

    /** Containers that only wrap what they hold: content controls and custom XML, at every level. */
    private static final Set<String> WRAPPERS = Set.of("sdt", "sdtContent", "customXml");
    /** Inside a paragraph: what holds no text of the paragraph's own (or text that is not there any more). */
    private static final Set<String> NOT_TEXT = Set.of("pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "del",
            "moveFrom", "delText", "instrText", "delInstrText", "drawing", "pict", "object", "footnoteReference",
            "endnoteReference", "fldData", "rt");

    /**
     * What an element is to the reading. INLINE is anything within a paragraph that may hold its runs; a
     * WRAP kind is a wrapper ({@link #WRAPPERS}) inside what its name says, whose end ends nothing.
     */
    private enum Kind {
        OTHER, SKIP, BODY, TABLE, ROW, ROW_PROPERTIES, CELL, PARAGRAPH, INLINE, TEXT,
        BODY_WRAP, TABLE_WRAP, ROW_WRAP, CELL_WRAP;

        /** What a wrapper is inside of: what its content is read as. */
        Kind within() {
            return switch (this) {
                case BODY_WRAP -> BODY;
                case TABLE_WRAP -> TABLE;
                case ROW_WRAP -> ROW;
                case CELL_WRAP -> CELL;
                default -> this;
            };
        }
    }

    private DocxTables() {
    }

    /**
     * Reads the tables of a main document part.
     *
     * @throws XMLStreamException if the part is not well-formed XML
     */
    static List<Table> read(InputStream documentXml) throws XMLStreamException {
        List<Table> tables = new ArrayList<>();
        // the element path as kinds: a stack, not recursion, so that the depth costs no call stack
        Deque<Kind> path = new ArrayDeque<>();
        List<Row> rows = null;
        boolean editable = false;
        boolean header = false;
        List<String> cells = null;
        StringBuilder cell = null;
        int paragraphs = 0;
        StringBuilder paragraph = null;
        XMLStreamReader xml = SecureXml.inputFactory(MAX_DEPTH).createXMLStreamReader(documentXml);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = W.equals(xml.getNamespaceURI()) ? xml.getLocalName()
                            : MC.equals(xml.getNamespaceURI()) ? "mc:" + xml.getLocalName() : null;
                    if ("permStart".equals(name) && rows != null) {
                        editable = true;
                    }
                    Kind parent = path.isEmpty() ? null : path.peek();
                    Kind kind = kind(parent, name, path.size());
                    switch (kind) {
                        case TABLE -> {
                            rows = new ArrayList<>();
                            editable = false;
                        }
                        case ROW -> {
                            header = false;
                            cells = new ArrayList<>();
                        }
                        case CELL -> {
                            cell = new StringBuilder();
                            paragraphs = 0;
                        }
                        case PARAGRAPH -> paragraph = new StringBuilder();
                        default -> {
                        }
                    }
                    if (parent == Kind.ROW_PROPERTIES && "tblHeader".equals(name)) {
                        header = on(xml.getAttributeValue(W, "val"));
                    }
                    if (paragraph != null && kind != Kind.SKIP) {
                        switch (name == null ? "" : name) {
                            case "tab", "ptab" -> paragraph.append('\t');
                            case "br", "cr" -> paragraph.append('\n');
                            case "noBreakHyphen" -> paragraph.append('\u2011');
                            default -> {
                            }
                        }
                    }
                    path.push(kind);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (path.peek() == Kind.TEXT) {
                        paragraph.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (path.pop()) {
                        case PARAGRAPH -> {
                            if (paragraphs++ > 0) {
                                cell.append('\n'); // a person may press Enter in a note: its paragraphs become lines
                            }
                            cell.append(paragraph);
                            paragraph = null;
                        }
                        case CELL -> {
                            cells.add(cell.toString().strip());
                            cell = null;
                        }
                        case ROW -> {
                            rows.add(new Row(header, List.copyOf(cells)));
                            cells = null;
                        }
                        case TABLE -> {
                            tables.add(new Table(editable, List.copyOf(rows)));
                            rows = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return tables;
    }

    /** What an element is, from what holds it: tables only at the body's level, text only in a cell's paragraph. */
    private static Kind kind(Kind parent, String name, int depth) {
        if (parent == null) {
            return "document".equals(name) ? Kind.OTHER : Kind.SKIP;
        }
        if (parent == Kind.SKIP || name == null || name.startsWith("mc:") && parent != Kind.PARAGRAPH
                && parent != Kind.INLINE) {
            return Kind.SKIP;
        }
        boolean wrapper = WRAPPERS.contains(name);
        return switch (parent.within()) {
            case OTHER -> depth == 1 && "body".equals(name) ? Kind.BODY : Kind.SKIP;
            case BODY -> "tbl".equals(name) ? Kind.TABLE : wrapper ? Kind.BODY_WRAP : Kind.SKIP;
            case TABLE -> "tr".equals(name) ? Kind.ROW : wrapper ? Kind.TABLE_WRAP : Kind.SKIP;
            case ROW -> "tc".equals(name) ? Kind.CELL : "trPr".equals(name) ? Kind.ROW_PROPERTIES
                    : wrapper ? Kind.ROW_WRAP : Kind.SKIP;
            case CELL -> "p".equals(name) ? Kind.PARAGRAPH : wrapper ? Kind.CELL_WRAP : Kind.SKIP;
            // of what a newer word processor wrote with a fallback (an emoji as w16se:symEx), the fallback
            case PARAGRAPH, INLINE -> NOT_TEXT.contains(name) || "p".equals(name) || "tbl".equals(name)
                    || "mc:Choice".equals(name) ? Kind.SKIP : "t".equals(name) ? Kind.TEXT : Kind.INLINE;
            default -> Kind.SKIP;
        };
    }

    /** An on/off property's value: on when it is missing, as the standard says (ST_OnOff). */
    private static boolean on(String value) {
        return value == null || !(value.equals("false") || value.equals("0") || value.equals("off"));
    }

}
