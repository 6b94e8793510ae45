package fi.alke.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfStructureElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a ruled table: Table / THead / TBody / TR / TH or TD, each cell's text its own marked content,
 * header cells with {@code Scope Column}, spans as {@code ColSpan} / {@code RowSpan} attributes;
 * borders and shading are artifacts, and so are the header rows OpenPDF repeats on later pages.
 *
 * <p>OpenPDF writes a table's rows to three canvases in one go and has no hook before a cell, only a
 * cell event after it. Each cell's event records where its text ends on the text canvas; when the
 * rows of a page are written, the table event wraps each cell's stretch of text in its element's
 * marked content, in the order the cells were written, and the borders and shading in an artifact.
 */
final class TableTags implements PdfPTableEvent {
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName THEAD = new PdfName("THead");
    private static final PdfName TBODY = new PdfName("TBody");
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName TH = new PdfName("TH");
    private static final PdfName TD = new PdfName("TD");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName COLSPAN = new PdfName("ColSpan");
    private static final PdfName ROWSPAN = new PdfName("RowSpan");
    private static final byte[] ARTIFACT = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMC = "EMC\n".getBytes(StandardCharsets.US_ASCII);

    private final Tags tags;
    private final PdfStructureElement table;
    private PdfStructureElement group;
    private PdfStructureElement row;
    private final List<Written> written = new ArrayList<>();
    /** The header cells whose text is in the structure tree already. */
    private final Map<Cell, Boolean> tagged = new IdentityHashMap<>();

    /** Tags for a ruled table, its Table element the last child of {@code parent}. */
    TableTags(Tags tags, PdfStructureElement parent) {
        this.tags = tags;
        this.table = Tags.element(parent, TABLE);
    }

    /**
     * Tags for a borderless layout table (a labelled block, the contact block): no table structure,
     * each cell's text the content of the element given for it with {@link #cell(PdfStructureElement)}.
     */
    static TableTags layout(Tags tags) {
        return new TableTags(tags);
    }

    private TableTags(Tags tags) {
        this.tags = tags;
        this.table = null;
    }

    /** The event that marks a layout table's cell as content of {@code element}. */
    Cell cell(PdfStructureElement element) {
        return new Cell(element, false);
    }

    /** Starts a row, in THead for header rows and TBody for the others. */
    void row(boolean header) {
        PdfName type = header ? THEAD : TBODY;
        if (group == null || !group.get(PdfName.S).equals(type)) {
            group = Tags.element(table, type);
        }
        row = Tags.element(group, TR);
    }

    /** The event that tags a cell of the current row. */
    Cell cell(boolean header, int colspan, int rowspan) {
        PdfStructureElement cell = Tags.element(row, header ? TH : TD);
        PdfDictionary attributes = new PdfDictionary();
        if (header) {
            attributes.put(SCOPE, COLUMN);
        }
        if (colspan > 1) {
            attributes.put(COLSPAN, new PdfNumber(colspan));
        }
        if (rowspan > 1) {
            attributes.put(ROWSPAN, new PdfNumber(rowspan));
        }
        if (attributes.size() > 0) {
            attributes.put(PdfName.O, TABLE);
            cell.put(PdfName.A, attributes);
        }
        return new Cell(cell, header);
    }

    /**
     * A cell's event. A cell of text only is one element's marked content. A cell that holds a list is
     * given its blocks with {@link #add}: then its element holds a P per paragraph and an L per list
     * (LI, Lbl, LBody as in the body), and the cell's text is split where each part ends. OpenPDF tells
     * where through the blocks' {@link Elements.Watcher}s, each noting where the text canvas stands; it
     * also calls them while it only measures, which writes nothing, so a note counts only if it is on
     * the canvas the cell is written to and past where the cell's text began there.
     */
    final class Cell implements PdfPCellEvent {
        private final PdfStructureElement element;
        private final boolean header;
        /** The cell's parts in the order OpenPDF writes them, when it holds a list. */
        private final List<Part> parts = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        /** The part OpenPDF is writing, which text no note has placed yet belongs to. */
        private int current;
        /** Whether that part's marker is being drawn. */
        private boolean inMarker;

        Cell(PdfStructureElement element, boolean header) {
            this.element = element;
            this.header = header;
        }

        /**
         * Adds a block of the cell, a paragraph or a list, in the order it was added to the OpenPDF cell;
         * {@code continued} for a paragraph that goes on the one before (a long paragraph's lines in groups,
         * {@link LineGroups}), which is the same P.
         */
        void add(Element block, boolean continued) {
            if (block instanceof Elements.Text text) {
                Part part = new Part(continued ? parts.get(parts.size() - 1).content() : Tags.element(element, Tags.P),
                        null);
                text.watch(watcher(part));
                parts.add(part);
            } else if (block instanceof com.lowagie.text.List list) {
                if (list.getItems().isEmpty()) {
                    // a list of empty items draws nothing: an L without content would leave the cell's element
                    // with a kid and no marked content ("The structure has kids", issue 14)
                    return;
                }
                for (ListTags.Piece piece : ListTags.pieces(list, Tags.element(element, Tags.L))) {
                    Part part = new Part(piece.content(), piece.label());
                    ((Elements.Item) piece.item()).watch(watcher(part));
                    parts.add(part);
                }
            } else {
                throw new IllegalArgumentException("a cell holds paragraphs and lists, not " + block);
            }
        }

        private Elements.Watcher watcher(Part part) {
            return new Elements.Watcher() {
                @Override
                public void marker() {
                    note(part, true);
                }

                @Override
                public void end() {
                    note(part, false);
                }
            };
        }

        /** Where the text canvas stands as a part's text ({@code marker}) or the whole part ends. */
        private void note(Part part, boolean marker) {
            PdfContentByte canvas = tags.tableText();
            if (canvas != null) {
                notes.add(new Note(part, marker, canvas, canvas.getInternalBuffer().size(), tags.claimLinks()));
            }
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            // A header row written again on a later page is a repetition: tagged once, then artifacts.
            PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
            written.add(new Written(this, text.getInternalBuffer().size(), header && tagged.containsKey(this),
                    notes.stream().filter(n -> n.canvas() == text).toList(), tags.claimLinks()));
            notes.clear();
        }

        /**
         * Marks the cell's text written on this page, {@code from} to {@code to} of {@code bytes} (the
         * text canvas as it was), part by part with the notes taken while it was written.
         */
        private void mark(PdfContentByte text, byte[] bytes, int from, int to, List<Note> taken,
                List<PdfAnnotation> links) {
            int start = from;
            List<PdfAnnotation> carried = new ArrayList<>();
            for (Note note : taken) {
                carried.addAll(note.links());
                if (note.at() <= from) {
                    continue; // taken while OpenPDF only measured
                }
                Part part = note.part();
                // An item's text ends where its marker begins, and the marker ends with the item.
                PdfStructureElement into = inMarker && !note.marker() ? part.label() : part.content();
                start = mark(text, bytes, start, note.at(), into, part.content(), carried);
                current = parts.indexOf(part);
                inMarker = note.marker() && part.label() != null;
                if (!note.marker()) {
                    current = Math.min(current + 1, parts.size() - 1);
                }
            }
            carried.addAll(links);
            Part part = parts.get(current);
            mark(text, bytes, start, to, inMarker ? part.label() : part.content(), part.content(), carried);
            // A marker is drawn whole; the item's text on the next page is its text again.
            inMarker = false;
        }

        /** Marks {@code from} to {@code to} as content of {@code into}, the links drawn in it in {@code paragraph}. */
        private int mark(PdfContentByte text, byte[] bytes, int from, int to, PdfStructureElement into,
                PdfStructureElement paragraph, List<PdfAnnotation> links) {
            if (to > from) {
                text.beginMarkedContentSequence(into);
                text.getInternalBuffer().append(slice(bytes, from, to));
                text.endMarkedContentSequence();
                links.forEach(link -> tags.link(paragraph, link));
                links.clear();
            }
            return Math.max(from, to);
        }
    }

    /** A paragraph, or a list item's text with the Lbl of its marker ({@code null}: text after a nested list). */
    private record Part(PdfStructureElement content, PdfStructureElement label) {
    }

    /** Where the text canvas stood as a part's text ({@code marker}) or the whole part ended, and the links drawn. */
    private record Note(Part part, boolean marker, PdfContentByte canvas, int at, List<PdfAnnotation> links) {
    }

    /** A cell's text on the text canvas up to {@code end}, the notes taken as it was written, the links drawn. */
    private record Written(Cell cell, int end, boolean artifact, List<Note> notes, List<PdfAnnotation> links) {
    }

    @Override
    public void tableLayout(PdfPTable t, float[][] widths, float[] heights, int headerRows, int rowStart,
            PdfContentByte[] canvases) {
        artifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
        artifact(canvases[PdfPTable.LINECANVAS]);
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        ByteBuffer buffer = text.getInternalBuffer();
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        int start = 0;
        for (Written w : written) {
            if (w.artifact()) {
                buffer.append(ARTIFACT);
                buffer.append(slice(bytes, start, w.end()));
                buffer.append(EMC);
            } else if (w.cell().parts.isEmpty()) {
                text.beginMarkedContentSequence(w.cell().element);
                buffer.append(slice(bytes, start, w.end()));
                text.endMarkedContentSequence();
                w.links().forEach(link -> tags.link(w.cell().element, link));
            } else {
                w.cell().mark(text, bytes, start, w.end(), w.notes(), w.links());
            }
            start = w.end();
            if (w.cell().header) {
                tagged.put(w.cell(), Boolean.TRUE); // only a header row is written again
            }
        }
        buffer.append(slice(bytes, start, bytes.length));
        written.clear();
    }

    private static void artifact(PdfContentByte canvas) {
        ByteBuffer buffer = canvas.getInternalBuffer();
        if (buffer.size() == 0) {
            return;
        }
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        buffer.append(ARTIFACT);
        buffer.append(bytes);
        buffer.append(EMC);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }
}
