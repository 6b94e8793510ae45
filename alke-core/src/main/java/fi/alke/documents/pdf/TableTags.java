package fi.alke.documents.pdf;

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
    /** The cells whose text is in the structure tree already. */
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
    PdfPCellEvent cell(PdfStructureElement element) {
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
    PdfPCellEvent cell(boolean header, int colspan, int rowspan) {
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

    private final class Cell implements PdfPCellEvent {
        private final PdfStructureElement element;
        private final boolean header;

        Cell(PdfStructureElement element, boolean header) {
            this.element = element;
            this.header = header;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            // A header row written again on a later page is a repetition: tagged once, then artifacts.
            written.add(new Written(this, canvases[PdfPTable.TEXTCANVAS].getInternalBuffer().size(),
                    header && tagged.containsKey(this), tags.claimLinks()));
        }
    }

    /** A cell's text on the text canvas up to {@code end}, and the links drawn in it. */
    private record Written(Cell cell, int end, boolean artifact, List<PdfAnnotation> links) {
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
            } else {
                text.beginMarkedContentSequence(w.cell().element);
                buffer.append(slice(bytes, start, w.end()));
                text.endMarkedContentSequence();
                w.links().forEach(link -> tags.link(w.cell().element, link));
            }
            start = w.end();
            tagged.put(w.cell(), Boolean.TRUE);
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
