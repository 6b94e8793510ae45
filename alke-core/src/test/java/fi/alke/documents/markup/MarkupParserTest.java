package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.alke.documents.testing.Fixtures;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Heading;
import fi.alke.documents.tree.Image;
import fi.alke.documents.tree.Inline;
import fi.alke.documents.tree.Paragraph;
import fi.alke.documents.tree.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkupParserTest {
    private static final String HEAD = """
            <document lang="fi">
              <meta><type>Ohje</type><date value="2024-02-14">14.2.2024</date><title>T</title><author>A</author></meta>
              <letterhead><name>Org</name></letterhead>
              <body>
            """;
    private static final String TAIL = """
              </body>
            </document>
            """;

    /** One row: fill-in "true", "false", "1", "0" and none. */
    private static final String FILL_IN_ROW = """
            <table>
              <tbody><tr><td fill-in="true">a</td><td fill-in="false">b</td><td fill-in="1">c</td>\
            <td fill-in="0">d</td><td>e</td></tr></tbody>
            </table>
            """;

    private static MarkupException fails(String body) {
        return assertThrows(MarkupException.class, () -> Fixtures.parser().parse("bad.xml", HEAD + body + TAIL));
    }

    private static Document parses(String body) throws MarkupException {
        return Fixtures.parser().parse("ok.xml", HEAD + body + TAIL);
    }

    @Test
    void unknownElementNamesTheLine() {
        MarkupException e = fails("<p>one</p>\n<blink>two</blink>\n");
        assertEquals(6, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.xml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("blink"), e.getMessage());
    }

    /**
     * The schema check's parser and validator are reused within a thread: a check cut short by a fatal error
     * leaves nothing behind for the next, neither its problems nor a half-read document.
     */
    @Test
    void aCheckCutShortLeavesNothingForTheNext() throws Exception {
        Document first = parses("<p>yksi</p>\n");
        MarkupException cut = fails("<p>one\n<p>two</p>\n");
        assertFalse(cut.problems().isEmpty());
        MarkupException unknown = fails("<blink>x</blink>\n");
        assertEquals(1, unknown.problems().size(), unknown.getMessage());
        assertEquals(5, unknown.problems().get(0).line(), unknown.getMessage());
        assertEquals(first, parses("<p>yksi</p>\n"));
    }

    @Test
    void unclosedTagNamesTheLine() {
        MarkupException e = fails("<p>one\n<p>two</p>\n");
        assertTrue(e.getMessage().contains("bad.xml:"), e.getMessage());
        assertTrue(e.problems().get(0).line() >= 6, e.getMessage());
        assertTrue(e.getMessage().contains("p"), e.getMessage());
    }

    @Test
    void unknownAttributeNamesTheLineAndAttribute() {
        MarkupException e = fails("<p>ok</p>\n<p style=\"color:red\">x</p>\n");
        assertEquals(6, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("style"), e.getMessage());
    }

    @Test
    void colspanOverrunningTheRowNamesTableRowAndLine() {
        MarkupException e = fails("""
                <table id="schedule">
                  <col/><col/>
                  <tbody>
                    <tr><td>a</td><td>b</td></tr>
                    <tr><td colspan="2">a</td><td>b</td></tr>
                  </tbody>
                </table>
                """);
        assertEquals(9, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("table 'schedule', row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("past the table's 2 columns"), e.getMessage());
    }

    @Test
    void aOneColumnTableIsCountedInTheSingular() {
        MarkupException e = fails("""
                <table id="one">
                  <col/>
                  <tbody>
                    <tr><td colspan="2">a</td></tr>
                  </tbody>
                </table>
                """);
        assertEquals("bad.xml:8:9: table 'one', row 1: cell 1 starts at column 1 and spans 2, past the table's 1 column",
                e.problems().get(0).toString());
    }

    @Test
    void rowWithTooFewCellsIsRejected() {
        MarkupException e = fails("""
                <table id="t">
                  <thead><tr><td>a</td><td>b</td><td>c</td></tr></thead>
                  <tbody><tr><td>1</td><td>2</td></tr></tbody>
                </table>
                """);
        assertTrue(e.getMessage().contains("table 't', row 1: the cells cover 2 of the table's 3 columns"),
                e.getMessage());
        assertEquals(7, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void rowspanPastTheLastRowIsRejected() {
        MarkupException e = fails("""
                <table>
                  <tbody><tr><td rowspan="3">a</td><td>b</td></tr><tr><td>c</td></tr></tbody>
                </table>
                """);
        assertTrue(e.getMessage().contains("runs past the last row"), e.getMessage());
    }

    @Test
    void everySchemaErrorIsReportedAtOnce() {
        MarkupException e = fails("<blink/>\n<p foo=\"1\">x</p>\n<marquee/>\n");
        assertTrue(e.problems().size() >= 2, e.getMessage());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + HEAD + "<p>&x;</p>" + TAIL;
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("evil.xml", xml));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void controlCharactersAreRejectedWithTheLine() {
        MarkupException e = fails("<p>bell \u0007 here</p>\n");
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("0x7"), e.getMessage());
    }

    @Test
    void missingImageNamesTheSourceAndLine() {
        MarkupException e = fails("<img src=\"nope.png\" alt=\"x\" width=\"2cm\"/>\n");
        assertTrue(e.getMessage().contains("ok.xml") || e.getMessage().contains("bad.xml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("nope.png"), e.getMessage());
    }

    @Test
    void buildsTheTree() throws Exception {
        Document doc = Fixtures.document("all-features.xml");
        assertEquals("Muistio", doc.metadata().documentType());
        assertEquals(List.of("14.2.2024", "VN/1/2024", "VN/1/2024-TEM-2", "Julkinen"), doc.metadata().blockLines());
        assertEquals("2024-02-14T08:00:00Z", doc.metadata().created().toString());
        List<String> numbers = doc.body().stream().filter(b -> b instanceof Heading)
                .map(b -> ((Heading) b).number()).toList();
        assertEquals(List.of("1", "1.1", "1.1.1", "2"), numbers);

        Paragraph p = (Paragraph) doc.body().stream().filter(b -> b instanceof Paragraph).findFirst().orElseThrow();
        assertEquals(new Inline.Text("Tavallista tekstiä, ", false, false, false), p.content().get(0));
        assertEquals(new Inline.Text("molempia", true, true, false), p.content().get(7));
        assertInstanceOf(Inline.Link.class, p.content().get(9));
        assertInstanceOf(Inline.LineBreak.class, p.content().get(11));
        assertEquals(new Inline.Text("Rivinvaihdon jälkeen.", false, false, false), p.content().get(12));

        Table table = (Table) doc.body().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertEquals(List.of(2.0, 1.0, 1.0), table.columnWidths());
        List<int[]> starts = fi.alke.documents.internal.TableGrid.startColumns(java.util.stream.Stream.concat(table.headerRows().stream(), table.bodyRows().stream()).toList(), 3);
        assertEquals(List.of(0, 1), java.util.Arrays.stream(starts.get(0)).boxed().toList());
        assertEquals(List.of(1, 2), java.util.Arrays.stream(starts.get(1)).boxed().toList());
        assertEquals(List.of(0, 1), java.util.Arrays.stream(starts.get(3)).boxed().toList());

        Image image = (Image) doc.body().stream().filter(b -> b instanceof Image).findFirst().orElseThrow();
        assertEquals(Image.Format.JPEG, image.format());
        assertEquals(160, image.pixelWidth());
        assertEquals(3.75, image.heightCm(), 1e-9);
        assertEquals(Image.Format.PNG, doc.letterhead().logo().format());
    }

    @Test
    void treeRejectsForbiddenCharactersFromJavaToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Inline.Text("a\u0001b", false, false, false));
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
    }

    @Test
    void blockCountIsStable() throws Exception {
        List<Block> body = parses("<p> a  <b>b</b>\n c </p>").body();
        assertEquals(List.of(new Inline.Text("a ", false, false, false), new Inline.Text("b", true, false, false),
                new Inline.Text(" c", false, false, false)), ((Paragraph) body.get(0)).content());
    }

    /** Spans past a table's possible width are refused with the table's line, not out of memory or bounds. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1000000000", "2147483647"})
    void aHugeColspanIsRefusedAtTheTable(String colspan) {
        MarkupException e = fails("<table><tbody><tr><td colspan=\"" + colspan + "\">a</td><td colspan=\"" + colspan
                + "\">b</td></tr></tbody></table>\n");
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("spans more than a table's 63 columns"), e.getMessage());
    }

    @Test
    void aTableOfMoreColumnsThanWordHasIsRefused() {
        MarkupException e = fails("<table><tbody><tr>" + "<td>a</td>".repeat(64) + "</tr></tbody></table>\n");
        assertTrue(e.getMessage().contains("table has 64 columns; at most 63 fit, as in Word"), e.getMessage());
    }

    @Test
    void aHugeRowspanIsRefusedAsRunningPastTheLastRow() {
        MarkupException e = fails("<table><tbody><tr><td rowspan=\"2147483647\">a</td></tr></tbody></table>\n");
        assertTrue(e.getMessage().contains("runs past the last row"), e.getMessage());
    }

    /** An image of more pixels than the limit is refused from its header, before any decoding. */
    @Test
    void anImageOfTooManyPixelsIsRefusedFromItsHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.write(dir.resolve("huge.png"), pngHeader(30_000, 30_000));
        MarkupParser parser = new MarkupParser(ResourceLoader.directory(dir));
        MarkupException e = assertThrows(MarkupException.class, () -> parser.parse("bad.xml",
                HEAD + "<img src=\"huge.png\" alt=\"Kuva\" width=\"2cm\"/>\n" + TAIL));
        assertTrue(e.getMessage().contains("image 'huge.png': has 30000 × 30000 pixels; at most 40000000"),
                e.getMessage());
        // The caller sets the limit: a smaller one refuses a 100 × 100 image, from its header too.
        java.nio.file.Files.write(dir.resolve("small.png"), pngHeader(100, 100));
        MarkupParser strict = new MarkupParser(ResourceLoader.directory(dir),
                fi.alke.documents.Limits.DEFAULT.withImagePixels(5_000));
        MarkupException small = assertThrows(MarkupException.class, () -> strict.parse("bad.xml",
                HEAD + "<img src=\"small.png\" alt=\"Kuva\" width=\"2cm\"/>\n" + TAIL));
        assertTrue(small.getMessage().contains("has 100 × 100 pixels; at most 5000"), small.getMessage());
    }

    /**
     * An image is read in memory: with ImageIO's file cache pointed at a directory that is gone (as where the
     * temporary directory is read-only), reading its size still works, so no temporary file is made for it.
     */
    @Test
    void anImageIsReadWithoutATemporaryFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.write(dir.resolve("small.png"), pngHeader(120, 80));
        java.nio.file.Path cache = java.nio.file.Files.createDirectory(dir.resolve("cache"));
        java.io.File before = javax.imageio.ImageIO.getCacheDirectory();
        javax.imageio.ImageIO.setCacheDirectory(cache.toFile());
        java.nio.file.Files.delete(cache);
        try {
            Document doc = new MarkupParser(ResourceLoader.directory(dir)).parse("ok.xml",
                    HEAD + "<img src=\"small.png\" alt=\"Kuva\" width=\"2cm\"/>\n" + TAIL);
            Image image = assertInstanceOf(Image.class, doc.body().get(0));
            assertEquals(120, image.pixelWidth());
            assertEquals(80, image.pixelHeight());
        } finally {
            javax.imageio.ImageIO.setCacheDirectory(before);
        }
    }

    /** The signature and IHDR chunk of a PNG of the size, with an empty IEND: all a header read needs. */
    private static byte[] pngHeader(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws java.io.IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Markup nested thousands deep is refused at the element past the limit, never StackOverflowError. */
    @Test
    void markupNestedPastTheLimitIsRefusedAtItsLine() {
        MarkupException lists = fails("<ul><li>".repeat(1000) + "x" + "</li></ul>".repeat(1000) + "\n");
        assertTrue(lists.getMessage().contains("is nested more than 100 elements deep"), lists.getMessage());
        assertEquals(5, lists.problems().get(0).line());
        MarkupException inline = fails("<p>" + "<b>".repeat(10_000) + "x" + "</b>".repeat(10_000) + "</p>\n");
        assertTrue(inline.getMessage().contains("<b> is nested more than 100 elements deep"), inline.getMessage());
    }

    @Test
    void nestingWithinTheLimitParsesAndTheLimitCanBeRaised() throws MarkupException {
        String deep = "<ul><li>".repeat(40) + "x" + "</li></ul>".repeat(40) + "\n";
        parses(deep);
        MarkupParser strict = new MarkupParser(ResourceLoader.classpath(getClass().getClassLoader(), "fi/alke/documents/"),
                fi.alke.documents.Limits.DEFAULT.withMarkupDepth(20));
        MarkupException e = assertThrows(MarkupException.class, () -> strict.parse("bad.xml", HEAD + deep + TAIL));
        assertTrue(e.getMessage().contains("nested more than 20 elements deep"), e.getMessage());
        // raised past 100, which from Java 24 is the JDK's own default limit: the raised limit is the one that holds
        MarkupParser lenient = new MarkupParser(ResourceLoader.classpath(getClass().getClassLoader(), "fi/alke/documents/"),
                fi.alke.documents.Limits.DEFAULT.withMarkupDepth(300));
        String deeper = "<ul><li>".repeat(70) + "x" + "</li></ul>".repeat(70) + "\n";
        lenient.parse("deep.xml", HEAD + deeper + TAIL);
    }

    /**
     * A paragraph, or a table cell's bare text, past {@code Limits.paragraphLength} is refused at its
     * element's line, naming the limit; a raised limit lets it through.
     */
    @Test
    void aParagraphPastTheLengthLimitIsRefusedAtItsLine() throws MarkupException {
        String words = "sana ".repeat(20_001); // 100,005 characters, 100,004 without the trailing space
        MarkupException p = fails("\n<p>" + words + "</p>\n");
        assertTrue(p.getMessage().contains("<p> holds 100004 characters; at most 100000"), p.getMessage());
        assertEquals(6, p.problems().get(0).line());
        MarkupException cell = fails("<table><tbody><tr><td>K1</td><td>" + words + "</td></tr></tbody></table>\n");
        assertTrue(cell.getMessage().contains("<td> holds 100004 characters"), cell.getMessage());
        MarkupParser lenient = new MarkupParser(ResourceLoader.classpath(getClass().getClassLoader(), "fi/alke/documents/"),
                fi.alke.documents.Limits.DEFAULT.withParagraphLength(200_000));
        lenient.parse("long.xml", HEAD + "<p>" + words + "</p>\n" + TAIL);
    }

    /** A stored property longer than a PDF/A string can hold is refused at its line, not written into a failing PDF. */
    @Test
    void aPropertyTooLongForPdfAIsRefusedAtItsLine() {
        String head = HEAD.replace("<author>A</author>", "<author>A</author>\n<property name=\"data\" value=\""
                + "x".repeat(20_000) + "\"/>");
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("bad.xml", head + TAIL));
        assertTrue(e.getMessage().contains("metadata.properties.data has 20000 characters; at most 16000 fit"),
                e.getMessage().substring(0, Math.min(300, e.getMessage().length())));
        assertTrue(e.problems().get(0).line() > 0, e.getMessage());
    }

    /** Links lead to the web, mail and phones: a javascript: or file: address is refused at its line. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)", "JavaScript:x", "file:///etc/passwd",
            "data:text/html,x"})
    void aLinkOutsideTheWebMailAndPhoneIsRefused(String href) {
        MarkupException e = fails("<p><a href=\"" + href + "\">x</a></p>\n");
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("a link may be https, http, mailto, tel or relative"), e.getMessage());
    }

    @Test
    void webMailPhoneAndRelativeLinksAreKept() throws MarkupException {
        for (String href : List.of("https://a.fi", "http://a.fi", "mailto:a@b.fi", "tel:+358501234567", "liite.pdf")) {
            parses("<p><a href=\"" + href + "\">x</a></p>\n");
        }
    }

    /** An image whose name is inside the folder but that links out of it is not read. */
    @Test
    void anImageLinkedOutOfItsFolderIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("images"));
        java.nio.file.Path secret = java.nio.file.Files.write(dir.resolve("secret.png"),
                Fixtures.markup("all-features.xml").getBytes());
        java.nio.file.Files.createSymbolicLink(folder.resolve("kuva.png"), secret);
        MarkupParser parser = new MarkupParser(ResourceLoader.directory(folder));
        MarkupException e = assertThrows(MarkupException.class, () -> parser.parse("bad.xml",
                HEAD + "<img src=\"kuva.png\" alt=\"Kuva\" width=\"2cm\"/>\n" + TAIL));
        assertTrue(e.getMessage().contains("'kuva.png' is a link to a file outside the folder"), e.getMessage());
        assertTrue(!e.getMessage().contains(dir.toString()), "no absolute path in the message: " + e.getMessage());
    }

    @Test
    void linkInsideALinkIsRejectedWithTheLine() {
        MarkupException e = fails("<p><a href=\"https://a.fi\">x <a href=\"https://b.fi\">y</a></a></p>\n");
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().endsWith("<a> cannot stand here; <b>, <i> or <u> can"), e.getMessage());
    }

    @Test
    void nestedOrEmptyLandscapeSectionsAreRejectedWithTheLine() {
        MarkupException nested = fails("<p>x</p>\n<landscape><p>a</p><landscape><p>b</p></landscape></landscape>\n");
        assertEquals(6, nested.problems().get(0).line(), nested.getMessage());
        assertTrue(nested.getMessage().contains("cannot contain another"), nested.getMessage());
        MarkupException empty = fails("<p>x</p>\n<landscape/>\n");
        assertTrue(empty.getMessage().contains("bad.xml:6:"), empty.getMessage());
        assertTrue(empty.getMessage().contains("at least one block"), empty.getMessage());
    }

    @Test
    void aDateWithAZoneIsRejectedWithAMessage() {
        String xml = HEAD.replace("2024-02-14\">", "2024-02-14Z\">") + "<p>x</p>" + TAIL;
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("zone.xml", xml));
        assertTrue(e.getMessage().startsWith("zone.xml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("plain date"), e.getMessage());
    }

    @Test
    void linkAddressesAreKeptAsAsciiAndBadOnesNamed() throws Exception {
        Paragraph p = (Paragraph) parses("<p><a href=\"https://fi.wikipedia.org/wiki/Ähtäri\">Ähtäri</a></p>").body().get(0);
        assertEquals("https://fi.wikipedia.org/wiki/%C3%84ht%C3%A4ri", ((Inline.Link) p.content().get(0)).href());
        MarkupException e = fails("<p>x</p>\n<p><a href=\"https://a.fi/two words\">y</a></p>\n");
        assertTrue(e.getMessage().contains("bad.xml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid URI"), e.getMessage());
    }

    @Test
    void textWrappedOverLinesCollapsesToOneLine() throws Exception {
        String xml = HEAD.replace("<title>T</title>", "<title>\n   Pitkä otsikko\n   kahdella rivillä\n </title>")
                + "<p>x</p>" + TAIL;
        Document doc = Fixtures.parser().parse("wrapped.xml", xml);
        assertEquals("Pitkä otsikko kahdella rivillä", doc.metadata().title());
    }

    @Test
    void numberedHeadingsCannotSkipALevel() {
        String xml = HEAD.replace("<document lang=\"fi\">", "<document lang=\"fi\" numbered-headings=\"true\">")
                + "<h1>A</h1>\n<h3>C</h3>" + TAIL;
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("skip.xml", xml));
        assertTrue(e.getMessage().startsWith("skip.xml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot skip a level"), e.getMessage());
    }

    // ---- fill-in cells, xs:boolean attributes and stored properties

    @Test
    void fillInReachesTheCellsAsABoolean() throws Exception {
        Table table = (Table) parses(FILL_IN_ROW).body().get(0);
        assertEquals(List.of(true, false, true, false, false),
                table.bodyRows().get(0).cells().stream().map(Table.Cell::fillIn).toList());
        assertTrue(table.hasFillIn());
        Table plain = (Table) parses("<table><tbody><tr><td>a</td></tr></tbody></table>").body().get(0);
        assertFalse(plain.hasFillIn());
    }

    @Test
    void fillInMustBeABoolean() {
        MarkupException e = fails("<p>x</p>\n<table><tbody><tr><td fill-in=\"yes\">a</td></tr></tbody></table>\n");
        assertEquals(6, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("yes"), e.getMessage());
    }

    @Test
    void numberedHeadingsTakesEveryBooleanSpelling() throws Exception {
        for (String on : List.of("true", "1")) {
            assertEquals(Arrays.asList("1", "1.1", "2"), headingNumbers(on), on);
        }
        for (String off : List.of("false", "0")) {
            assertEquals(Arrays.asList(null, null, null), headingNumbers(off), off);
        }
    }

    @Test
    void propertiesReachTheMetadataInTheirOrder() throws Exception {
        Document doc = Fixtures.parser().parse("props.xml", withProperties("""
                <property name="round" value="2026-1"/>
                <property name="alke-form" value="follow-up"/>
                <property name="Region_code" value="Etelä-Savo &amp; Pohjois-Savo"/>
                <property name="empty" value=""/>
                """));
        assertEquals(List.of("round", "alke-form", "Region_code", "empty"),
                List.copyOf(doc.metadata().properties().keySet()));
        assertEquals(Map.of("round", "2026-1", "alke-form", "follow-up",
                "Region_code", "Etelä-Savo & Pohjois-Savo", "empty", ""), doc.metadata().properties());
        assertEquals(Map.of(), parses("<p>x</p>").metadata().properties());
    }

    @Test
    void aPropertyGivenTwiceIsAnErrorAtItsSecondLine() {
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("twice.xml",
                withProperties("""
                        <property name="round" value="2026-1"/>
                        <property name="other" value="x"/>
                        <property name="round" value="2026-2"/>
                        """)));
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("twice.xml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("'round' is given twice"), e.getMessage());
    }

    @Test
    void aPropertyNameOutsideThePatternIsRejectedByTheSchemaAtItsLine() {
        for (String name : List.of("1st", "two words", "ääkkönen", "a.b", "")) {
            MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("name.xml",
                    withProperties("<property name=\"ok\" value=\"1\"/>\n<property name=\"" + name
                            + "\" value=\"2\"/>\n")));
            assertEquals(4, e.problems().get(0).line(), e.getMessage());
            assertTrue(e.getMessage().startsWith("name.xml:4:"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
        }
    }

    @Test
    void aStandardPdfInformationNameIsRejectedWithAMessage() {
        MarkupException e = assertThrows(MarkupException.class, () -> Fixtures.parser().parse("title.xml",
                withProperties("<property name=\"Title\" value=\"Toinen otsikko\"/>\n")));
        assertTrue(e.getMessage().startsWith("title.xml:"), e.getMessage());
        assertTrue(e.getMessage().contains("'Title' is a standard document property"), e.getMessage());
    }

    /** The numbers of an h1, an h2 and an h1 with numbered-headings set to {@code value}. */
    private static List<String> headingNumbers(String value) throws MarkupException {
        String xml = HEAD.replace("<document lang=\"fi\">", "<document lang=\"fi\" numbered-headings=\"" + value + "\">")
                + "<h1>A</h1><h2>B</h2><h1>C</h1>" + TAIL;
        return Fixtures.parser().parse("numbered.xml", xml).body().stream().map(b -> ((Heading) b).number()).toList();
    }

    /** The fragment's document with {@code properties} at the end of its meta, from line 3. */
    private static String withProperties(String properties) {
        return HEAD.replace("<author>A</author></meta>", "<author>A</author>\n" + properties + "</meta>")
                + "<p>x</p>" + TAIL;
    }
}
