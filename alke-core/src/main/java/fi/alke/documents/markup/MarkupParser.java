package fi.alke.documents.markup;

import fi.alke.documents.Limits;
import fi.alke.documents.Problem;
import fi.alke.documents.internal.ImageProbe;
import fi.alke.documents.internal.PropertyNames;
import fi.alke.documents.internal.SecureXml;
import fi.alke.documents.internal.TableGrid;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.ContactBlock;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.LabelledBlock;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.Letterhead;
import fi.alke.documents.tree.ListBlock;
import fi.alke.documents.tree.Metadata;
import fi.alke.documents.tree.PageBreak;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Signatures;
import fi.alke.documents.tree.Table;
import fi.alke.documents.tree.Title;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ALKE markup into a {@link Document}.
 *
 * <p>The markup is first validated against {@code alke-markup.xsd}, then read with StAX into the tree.
 * DOCTYPE declarations and external entities are refused. Every error names the source and the
 * line:column it was found at. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * MarkupParser parser = new MarkupParser(ResourceLoader.directory(Path.of("images")));
 * Document document = parser.parse("letter.xml", markupText);
 * }</pre>
 */
public final class MarkupParser {
    private final ResourceLoader resources;
    private final Limits limits;

    /** A parser that loads {@code img} sources through {@code resources}. */
    public MarkupParser(ResourceLoader resources) {
        this(resources, Limits.DEFAULT);
    }

    /** A parser whose markup may nest at most {@link Limits#markupDepth()} elements deep. */
    public MarkupParser(ResourceLoader resources, Limits limits) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Validates and parses markup.
     *
     * @param source a name for the markup in messages, e.g. a file or template name
     * @param text   the markup text; a leading byte order mark is dropped
     * @throws MarkupException naming every problem found, each with line:column
     */
    public Document parse(String source, String text) throws MarkupException {
        // a byte order mark that came with a file read as text (Files.readString keeps it) is no content
        String markup = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Problem> problems = SchemaCheck.validate(source, markup);
        if (!problems.isEmpty()) {
            throw new MarkupException(problems);
        }
        try {
            // no depth limit of the JDK's: Depth says it at the element, with Limits.markupDepth to raise it
            XMLStreamReader reader = new Depth(SecureXml.inputFactory(0).createXMLStreamReader(new StringReader(markup)),
                    source, limits.markupDepth());
            try {
                return new Reading(source, reader, resources, limits).document();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int[] end = SchemaCheck.end(markup); // where the reader gives no place, the end it reached
            throw new MarkupException(List.of(new Problem(source,
                    at == null || at.getLineNumber() < 1 ? end[0] : at.getLineNumber(),
                    at == null || at.getLineNumber() < 1 ? end[1] : at.getColumnNumber(), "", e.getMessage())));
        } catch (Reading.Failure f) {
            throw new MarkupException(List.of(f.problem));
        }
    }

    /**
     * Counts how deeply the elements read so far nest, and stops the reading past the limit: the parser
     * descends recursively, so markup nested thousands deep would otherwise end in StackOverflowError.
     * The schema check before it keeps its own stack and reads any depth.
     */
    private static final class Depth extends javax.xml.stream.util.StreamReaderDelegate {
        private final String source;
        private final int limit;
        private int depth;

        Depth(XMLStreamReader in, String source, int limit) {
            super(in);
            this.source = source;
            this.limit = limit;
        }

        @Override
        public int next() throws XMLStreamException {
            Location before = getLocation();
            int event = super.next();
            count(event);
            xml10(event, before);
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = super.nextTag();
            count(event);
            xml10(event, null);
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            Location before = getLocation();
            String text = super.getElementText();
            depth--; // it read up to and including the element's end
            xml10(text, before, "");
            return text;
        }

        /**
         * Markup declared XML 1.1 may hold control characters (as references such as {@code &#x1;}) that
         * XML 1.0 forbids; the DOCX and the PDF are XML 1.0 inside, so such a character is refused where it
         * stands, in the markup's terms.
         */
        private void xml10(int event, Location before) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                xml10(getText(), before, "");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                for (int i = 0; i < getAttributeCount(); i++) {
                    xml10(getAttributeValue(i), null, " in the attribute " + getAttributeLocalName(i) + " of <"
                            + getLocalName() + ">");
                }
            }
        }

        private void xml10(String text, Location start, String where) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)) {
                    int line;
                    int column;
                    int newline = text.lastIndexOf('\n', i);
                    if (start == null) {
                        Location at = getLocation();
                        line = at.getLineNumber();
                        column = at.getColumnNumber();
                    } else {
                        line = start.getLineNumber() + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
                        column = newline < 0 ? start.getColumnNumber() + i : i - newline;
                    }
                    throw new Reading.Failure(new Problem(source, line, column, "", String.format("the character U+%04X%s "
                            + "is not allowed: it is a control character that XML 1.1 allows (as &#x%X;) but XML 1.0, "
                            + "which DOCX and PDF are written in, does not; remove it", c, where, c)));
                }
                i += Character.charCount(c);
            }
        }

        private void count(int event) {
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > limit) {
                Location at = getLocation();
                throw new Reading.Failure(new Problem(source, at.getLineNumber(), at.getColumnNumber(), "",
                        "<" + getLocalName() + "> is nested more than " + limit + " elements deep (lists in lists, "
                                + "formatting in formatting?); Limits.markupDepth raises the limit"));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The years a document's dates may have: the DOCX and the PDF store them with four-digit years (a
     * year such as -999999999 ran the DOCX's ZIP time stamp past a long's range).
     */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    private static final String YEARS = "the year is outside 1–9999, the years that the DOCX and PDF can store";

    /** One pass over one valid markup text. Relies on the schema for structure. */
    private static final class Reading {
        private final String source;
        private final XMLStreamReader in;
        private final ResourceLoader resources;
        private final Limits limits;
        private boolean numberedHeadings;
        private final int[] headingCounters = new int[3];

        Reading(String source, XMLStreamReader in, ResourceLoader resources, Limits limits) {
            this.source = source;
            this.in = in;
            this.resources = resources;
            this.limits = limits;
        }

        Document document() throws XMLStreamException {
            nextStart();
            String lang = in.getAttributeValue(null, "lang");
            String created = in.getAttributeValue(null, "created");
            numberedHeadings = booleanAttribute("numbered-headings");
            Location createdAt = in.getLocation();

            nextStart(); // meta
            Metadata metadata = metadata(lang, created, createdAt);
            nextStart(); // letterhead
            Letterhead letterhead = letterhead();
            nextStart();
            List<String> recipient = List.of();
            if (in.getLocalName().equals("recipient")) {
                recipient = lines();
                nextStart();
            }
            List<Block> body = blocks();
            try {
                return new Document(metadata, letterhead, recipient, body);
            } catch (IllegalArgumentException e) {
                throw new Failure(problem(in.getLocation(), e.getMessage()));
            }
        }

        private Metadata metadata(String lang, String created, Location createdAt) throws XMLStreamException {
            String type = null;
            String dateText = null;
            LocalDate date = null;
            List<String> ids = new ArrayList<>();
            String confidentiality = null;
            String title = null;
            String author = null;
            Map<String, String> properties = new LinkedHashMap<>();
            // The names given so far, each folded as String#equalsIgnoreCase compares (a set, not a search per name).
            java.util.Set<String> propertyNames = new java.util.HashSet<>();
            while (nextChildStart()) {
                switch (in.getLocalName()) {
                    case "type" -> type = text();
                    case "date" -> {
                        String value = in.getAttributeValue(null, "value");
                        try {
                            date = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            throw new Failure(problem(in.getLocation(),
                                    "date value must be a plain date such as 2024-02-14, was " + value));
                        }
                        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                            throw new Failure(problem(in.getLocation(), "date value " + value + ": " + YEARS));
                        }
                        dateText = text();
                    }
                    case "id" -> ids.add(text());
                    case "confidentiality" -> confidentiality = text();
                    case "title" -> title = text();
                    case "author" -> author = text();
                    case "property" -> {
                        String name = in.getAttributeValue(null, "name");
                        try {
                            PropertyNames.check(name);
                        } catch (IllegalArgumentException e) {
                            throw new Failure(problem(in.getLocation(), e.getMessage()));
                        }
                        if (!propertyNames.add(ignoringCase(name))) {
                            throw new Failure(problem(in.getLocation(), "the property '" + name
                                    + "' is given twice (names are compared ignoring case)"));
                        }
                        properties.put(name, in.getAttributeValue(null, "value"));
                        in.nextTag(); // the element is empty
                    }
                    default -> throw unexpected();
                }
            }
            Instant instant;
            try {
                // Without an explicit instant, midnight UTC of the document date: stable across runs.
                instant = created == null ? date.atStartOfDay(ZoneOffset.UTC).toInstant()
                        : java.time.OffsetDateTime.parse(created).toInstant();
            } catch (DateTimeParseException e) {
                throw new Failure(problem(createdAt, "created must be a date-time with an offset, e.g. "
                        + "2024-02-14T09:00:00Z: " + e.getParsedString()));
            }
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (created != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                throw new Failure(problem(createdAt, "created " + created + ": " + YEARS));
            }
            try {
                return new Metadata(type, date, dateText, ids, confidentiality, title, author, lang, instant,
                        properties);
            } catch (IllegalArgumentException e) {
                throw new Failure(problem(createdAt, e.getMessage()));
            }
        }

        private Letterhead letterhead() throws XMLStreamException {
            Image logo = null;
            List<Letterhead.Name> names = new ArrayList<>();
            while (nextChildStart()) {
                if (in.getLocalName().equals("img")) {
                    logo = image();
                } else {
                    String lang = in.getAttributeValue(null, "lang");
                    names.add(new Letterhead.Name(text(), lang));
                }
            }
            return new Letterhead(logo, names);
        }

        private List<String> lines() throws XMLStreamException {
            List<String> lines = new ArrayList<>();
            while (nextChildStart()) {
                lines.add(text());
            }
            return lines;
        }

        /** Reads block children until the current element ends. */
        private List<Block> blocks() throws XMLStreamException {
            List<Block> blocks = new ArrayList<>();
            while (nextChildStart()) {
                blocks.add(block());
            }
            return blocks;
        }

        /** One block; a rule of the tree that the block breaks is reported at the block's start tag. */
        private Block block() throws XMLStreamException {
            Location at = in.getLocation();
            String name = in.getLocalName(); // read before the block's content moves the reader on
            try {
                return blockAt(at);
            } catch (IllegalArgumentException e) {
                throw new Failure(problem(at, "<" + name + ">: " + e.getMessage()));
            }
        }

        private Block blockAt(Location at) throws XMLStreamException {
            String name = in.getLocalName();
            return switch (name) {
                case "title" -> new Title(true, inlines());
                case "subject" -> new Title(false, inlines());
                case "h1", "h2", "h3" -> heading(name.charAt(1) - '0');
                case "p" -> {
                    String lang = in.getAttributeValue(null, "lang");
                    yield new Paragraph(inlines(), lang);
                }
                case "ul", "ol" -> list(name.equals("ol"));
                case "table" -> table(at);
                case "labelled" -> {
                    String label = in.getAttributeValue(null, "label");
                    yield new LabelledBlock(label, blocks());
                }
                case "signatures" -> signatures();
                case "contact" -> contact();
                case "img" -> image();
                case "pagebreak" -> {
                    skipToEnd();
                    yield new PageBreak();
                }
                case "landscape" -> new Landscape(blocks());
                default -> throw unexpected();
            };
        }

        private Heading heading(int level) throws XMLStreamException {
            String number = null;
            if (numberedHeadings) {
                if (level > 1 && headingCounters[level - 2] == 0) {
                    throw new Failure(problem(in.getLocation(), "<h" + level + "> follows no <h" + (level - 1)
                            + ">: numbered headings cannot skip a level"));
                }
                headingCounters[level - 1]++;
                for (int k = level; k < headingCounters.length; k++) {
                    headingCounters[k] = 0;
                }
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < level; k++) {
                    sb.append(k == 0 ? "" : ".").append(headingCounters[k]);
                }
                number = sb.toString();
            }
            return new Heading(level, number, inlines());
        }

        private ListBlock list(boolean ordered) throws XMLStreamException {
            List<ListBlock.ListItem> items = new ArrayList<>();
            while (nextChildStart()) {
                items.add(new ListBlock.ListItem(flow()));
            }
            return new ListBlock(ordered, items);
        }

        private Table table(Location tableAt) throws XMLStreamException {
            String id = in.getAttributeValue(null, "id");
            boolean fromMargin = "margin".equals(in.getAttributeValue(null, "from"));
            List<Double> widths = new ArrayList<>();
            List<Table.Row> head = new ArrayList<>();
            List<Table.Row> body = new ArrayList<>();
            List<Location> headLines = new ArrayList<>();
            List<Location> bodyLines = new ArrayList<>();
            while (nextChildStart()) {
                switch (in.getLocalName()) {
                    case "col" -> {
                        String w = in.getAttributeValue(null, "width");
                        widths.add(w == null ? 1.0 : Double.parseDouble(w));
                        skipToEnd();
                    }
                    case "thead" -> rows(head, headLines);
                    case "tbody" -> rows(body, bodyLines);
                    default -> throw unexpected();
                }
            }
            String name = id == null ? "table" : "table '" + id + "'";
            long counted = widths.isEmpty() ? columnsOfFirstRow(head.isEmpty() ? body : head) : widths.size();
            if (counted > Table.MAX_COLUMNS) {
                throw new Failure(problem(tableAt, name + " has " + counted + " columns; at most " + Table.MAX_COLUMNS
                        + " fit, as in Word"));
            }
            int columns = (int) counted;
            if (widths.isEmpty()) {
                widths = java.util.Collections.nCopies(columns, 1.0);
            }
            checkRows(name, "header row", head, headLines, columns);
            checkRows(name, "row", body, bodyLines, columns);
            return new Table(widths, head, body, fromMargin);
        }

        private static long columnsOfFirstRow(List<Table.Row> rows) {
            return rows.get(0).cells().stream().mapToLong(Table.Cell::colspan).sum(); // no int overflow
        }

        private void checkRows(String table, String what, List<Table.Row> rows, List<Location> lines, int columns) {
            try {
                TableGrid.startColumns(rows, columns);
            } catch (TableGrid.SpanException e) {
                throw new Failure(problem(lines.get(e.row()),
                        String.format("%s, %s %d: %s", table, what, e.row() + 1, e.getMessage())));
            }
        }

        private void rows(List<Table.Row> rows, List<Location> lines) throws XMLStreamException {
            while (nextChildStart()) { // tr
                lines.add(in.getLocation());
                List<Table.Cell> cells = new ArrayList<>();
                while (nextChildStart()) { // td
                    int colspan = intAttribute("colspan");
                    int rowspan = intAttribute("rowspan");
                    boolean fillIn = booleanAttribute("fill-in");
                    cells.add(new Table.Cell(colspan, rowspan, flow(), fillIn));
                }
                rows.add(new Table.Row(cells));
            }
        }

        /** An xs:boolean attribute, absent meaning false; the schema has already refused other values. */
        private boolean booleanAttribute(String name) {
            String value = in.getAttributeValue(null, name);
            return value != null && (value.strip().equals("true") || value.strip().equals("1"));
        }

        private int intAttribute(String name) {
            String value = in.getAttributeValue(null, name);
            try {
                return value == null ? 1 : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new Failure(problem(in.getLocation(), name + " is too large: " + value));
            }
        }

        private Signatures signatures() throws XMLStreamException {
            boolean electronic = "electronic".equals(in.getAttributeValue(null, "type"));
            String statement = null;
            List<Signatures.Signer> signers = new ArrayList<>();
            while (nextChildStart()) {
                if (in.getLocalName().equals("statement")) {
                    statement = text();
                } else {
                    String title = in.getAttributeValue(null, "title");
                    signers.add(new Signatures.Signer(in.getAttributeValue(null, "name"), title == null ? "" : title));
                    skipToEnd();
                }
            }
            return new Signatures(electronic, statement, signers);
        }

        private ContactBlock contact() throws XMLStreamException {
            String org = in.getAttributeValue(null, "org");
            List<ContactBlock.Column> columns = new ArrayList<>();
            while (nextChildStart()) {
                List<String> labels = new ArrayList<>();
                List<String> values = new ArrayList<>();
                while (nextChildStart()) {
                    (in.getLocalName().equals("label") ? labels : values).add(text());
                }
                columns.add(new ContactBlock.Column(labels, values));
            }
            return new ContactBlock(org, columns);
        }

        private Image image() throws XMLStreamException {
            Location at = in.getLocation();
            String src = in.getAttributeValue(null, "src");
            String alt = in.getAttributeValue(null, "alt");
            String width = in.getAttributeValue(null, "width");
            skipToEnd();
            double widthCm = width.endsWith("mm")
                    ? Double.parseDouble(width.substring(0, width.length() - 2)) / 10
                    : Double.parseDouble(width.substring(0, width.length() - 2));
            byte[] data;
            try {
                data = resources.load(src);
            } catch (IOException e) {
                throw new Failure(problem(at, "cannot load image '" + src + "': " + e.getMessage()));
            }
            try {
                return ImageProbe.image(data, widthCm, alt, limits.imagePixels());
            } catch (IOException | IllegalArgumentException e) {
                throw new Failure(problem(at, "image '" + src + "': " + e.getMessage()));
            }
        }

        /** Mixed content of list items and cells: inline runs become paragraphs between blocks. */
        private List<Block> flow() throws XMLStreamException {
            Location at = in.getLocation();
            String element = in.getLocalName();
            List<Block> blocks = new ArrayList<>();
            Inlines pending = new Inlines();
            while (true) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.CHARACTERS) {
                    pending.text(in.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = in.getLocalName();
                    switch (name) {
                        case "p", "ul", "ol" -> {
                            pending.flushInto(blocks);
                            blocks.add(block());
                        }
                        default -> inline(pending);
                    }
                }
            }
            pending.flushInto(blocks);
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    checkLength(p.content(), at, element); // bare text of a cell or item, as a paragraph
                }
            }
            return blocks;
        }

        private List<Inline> inlines() throws XMLStreamException {
            Location at = in.getLocation();
            String element = in.getLocalName();
            Inlines out = new Inlines();
            inlineChildren(out);
            List<Inline> inlines = out.finish();
            checkLength(inlines, at, element);
            return inlines;
        }

        /** Refuses a paragraph longer than {@link Limits#paragraphLength()}, at the start tag of its element. */
        private void checkLength(List<Inline> inlines, Location at, String element) {
            long length = 0;
            for (Inline inline : inlines) {
                length += inline instanceof Inline.Text t ? t.text().length()
                        : inline instanceof Inline.Link link ? link.content().stream().mapToLong(c -> c.text().length()).sum()
                        : 1;
            }
            if (length > limits.paragraphLength()) {
                throw new Failure(problem(at, "<" + element + "> holds " + length + " characters; at most "
                        + limits.paragraphLength() + " may stand in one paragraph, heading or cell (Limits.paragraphLength "
                        + "raises the limit; a text that long reads better in several paragraphs)"));
            }
        }

        /** Reads inline content until the current element ends, into {@code out}. */
        private void inlineChildren(Inlines out) throws XMLStreamException {
            while (true) {
                int event = in.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (event == XMLStreamConstants.CHARACTERS) {
                    out.text(in.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    inline(out);
                }
            }
        }

        private void inline(Inlines out) throws XMLStreamException {
            switch (in.getLocalName()) {
                case "b" -> out.styled(Inlines.BOLD, () -> inlineChildren(out));
                case "i" -> out.styled(Inlines.ITALIC, () -> inlineChildren(out));
                case "u" -> out.styled(Inlines.UNDERLINE, () -> inlineChildren(out));
                case "a" -> {
                    String href = in.getAttributeValue(null, "href");
                    out.link(href, () -> inlineChildren(out));
                }
                case "br" -> {
                    skipToEnd();
                    out.lineBreak();
                }
                default -> throw unexpected();
            }
        }

        /** Element text with runs of white space collapsed, as the schema's token type reads it. */
        private String text() throws XMLStreamException {
            return in.getElementText().replaceAll("[ \\t\\r\\n]+", " ").strip();
        }

        /** Moves to the next child start tag; false when the current element ends first. */
        private boolean nextChildStart() throws XMLStreamException {
            while (true) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
        }

        private void nextStart() throws XMLStreamException {
            while (in.next() != XMLStreamConstants.START_ELEMENT) {
                // skip whitespace and comments
            }
        }

        private void skipToEnd() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private Failure unexpected() {
            return new Failure(problem(in.getLocation(), "unexpected element <" + in.getLocalName() + ">"));
        }

        private Problem problem(Location at, String message) {
            return new Problem(source, at.getLineNumber(), at.getColumnNumber(), "", message);
        }

        /** Carries one problem out of the recursive descent. */
        static final class Failure extends RuntimeException {
            final transient Problem problem;

            Failure(Problem problem) {
                super(problem.toString(), null, false, false);
                this.problem = problem;
            }
        }
    }

    /** The name with each character as {@link String#equalsIgnoreCase} compares it: equal for names it finds equal. */
    private static String ignoringCase(String name) {
        char[] folded = name.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(folded[i]));
        }
        return new String(folded);
    }
}
