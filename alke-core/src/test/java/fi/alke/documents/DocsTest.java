package fi.alke.documents;

import static fi.alke.documents.testing.Pages.fencedBlocks;
import static fi.alke.documents.testing.Pages.read;
import static fi.alke.documents.testing.Pages.section;
import static fi.alke.documents.testing.Pages.withoutFencedBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.AlkeDocument;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps docs/templates.md honest against the markup schema, the model and the macro library (docs/library.md
 * is kept by LibraryDocsTest in alke-templates, beside the entry point it shows). The pages are read from
 * the checkout (tests run with the module folder as working directory).
 */
class DocsTest {
    private static final Path TEMPLATES_PAGE = Path.of("../docs/templates.md");
    /** The stock templates, from the sibling module's sources: alke-templates depends on this module. */
    private static final Path STOCK_TEMPLATES = Path.of("../alke-templates/src/main/resources");
    private static final String XSD = "/fi/alke/documents/markup/alke-markup.xsd";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    // ---------------------------------------------------------------- templates.md: the markup

    @Test
    void theElementTableListsEveryElementOfTheSchemaWithItsAttributes() throws Exception {
        Map<String, Set<String>> schema = schemaElements();
        Map<String, Set<String>> page = elementTable(read(TEMPLATES_PAGE));

        Set<String> missing = new TreeSet<>(schema.keySet());
        missing.removeAll(page.keySet());
        Set<String> unknown = new TreeSet<>(page.keySet());
        unknown.removeAll(schema.keySet());
        assertEquals(Set.of(), missing, "elements of alke-markup.xsd missing from the element table");
        assertEquals(Set.of(), unknown, "elements in the table that alke-markup.xsd does not have");
        for (String element : schema.keySet()) {
            assertEquals(schema.get(element), page.get(element), "attributes of <" + element + ">");
        }
    }

    @Test
    void everyElementAndAttributeNameOfTheSchemaIsInBackticks() throws Exception {
        String page = read(TEMPLATES_PAGE);
        Map<String, Set<String>> schema = schemaElements();
        Set<String> names = new TreeSet<>(schema.keySet());
        schema.values().forEach(names::addAll);
        List<String> absent = names.stream().filter(name -> !page.contains("`" + name + "`")).toList();
        assertEquals(List.of(), absent, "names of alke-markup.xsd that docs/templates.md never writes as `name`");
    }

    @Test
    void markupExamplesUseOnlyTheSchemasElementsAndAttributes() throws Exception {
        Map<String, Set<String>> schema = schemaElements();
        List<String> wrong = new ArrayList<>();
        Pattern start = Pattern.compile("<([A-Za-z][A-Za-z0-9_.-]*)");
        Pattern tag = Pattern.compile("<([a-z][a-z0-9-]*)((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*/?>");
        Pattern attribute = Pattern.compile("([a-z-]+)=\"");
        List<String> blocks = fencedBlocks(read(TEMPLATES_PAGE), "xml");
        assertTrue(blocks.size() >= 2, "docs/templates.md has markup examples in ```xml blocks");
        for (String block : blocks) {
            Matcher any = start.matcher(block);
            while (any.find()) {
                if (!schema.containsKey(any.group(1))) {
                    wrong.add("<" + any.group(1) + "> is not in the schema");
                }
            }
            Matcher m = tag.matcher(block);
            while (m.find()) {
                Matcher a = attribute.matcher(m.group(2));
                while (a.find()) {
                    if (schema.containsKey(m.group(1)) && !schema.get(m.group(1)).contains(a.group(1))) {
                        wrong.add("<" + m.group(1) + "> has no attribute " + a.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every markup example parses: a complete one as it is, a fragment as the body of a minimal
     * document. Images resolve against the stock templates, as in a template's output.
     */
    @Test
    void markupExamplesAreValidMarkup() throws Exception {
        MarkupParser parser = new MarkupParser(ResourceLoader.directory(STOCK_TEMPLATES.resolve("fi/alke/templates")));
        List<String> blocks = fencedBlocks(read(TEMPLATES_PAGE), "xml");
        assertTrue(blocks.stream().anyMatch(DocsTest::isCompleteDocument),
                "docs/templates.md has a complete markup document as an example");
        for (String block : blocks) {
            String markup = isCompleteDocument(block) ? block : """
                    <document lang="fi">
                      <meta><type>Muistio</type><date value="2026-01-15">15.1.2026</date><title>Esimerkki</title>\
                    <author>Testi</author></meta>
                      <letterhead><name>Testi</name></letterhead>
                      <body>
                    %s  </body>
                    </document>
                    """.formatted(block);
            try {
                parser.parse("templates.md", markup);
            } catch (MarkupException e) {
                fail("a markup example in docs/templates.md is not valid:\n" + e.getMessage() + "\n" + block);
            }
        }
    }

    private static boolean isCompleteDocument(String block) {
        return block.startsWith("<?xml") || block.startsWith("<document");
    }

    // ---------------------------------------------------------------- templates.md: the data

    @Test
    void everyKindsSectionListsExactlyItsRecordsFields() throws Exception {
        String page = read(TEMPLATES_PAGE);
        List<String> wrong = new ArrayList<>();
        for (Class<?> kind : AlkeDocument.class.getPermittedSubclasses()) {
            String name = (String) kind.getField("KIND").get(null);
            String section = section(page, "### ", "`" + name + "`");
            if (section == null) {
                wrong.add("no '### ' section for the kind `" + name + "`");
                continue;
            }
            Set<String> fields = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> listed = new TreeSet<>();
            Matcher m = Pattern.compile("`doc\\.([A-Za-z]+)").matcher(section);
            while (m.find()) {
                listed.add(m.group(1));
            }
            for (String field : fields) {
                if (!listed.contains(field)) {
                    wrong.add(name + ": doc." + field + " is not listed");
                }
            }
            for (String field : listed) {
                if (!fields.contains(field) && !isPublicMethod(kind, field)) {
                    wrong.add(name + ": doc." + field + " is no field or method of " + kind.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyMacroAndFunctionOfTheLibraryIsListed() throws Exception {
        String library = read(STOCK_TEMPLATES.resolve("fi/alke/templates/lib/alke.ftlx"));
        Set<String> defined = new TreeSet<>();
        Matcher m = Pattern.compile("<#(?:macro|function)\\s+([A-Za-z]+)").matcher(library);
        while (m.find()) {
            defined.add(m.group(1));
        }
        String page = read(TEMPLATES_PAGE);
        Set<String> named = new TreeSet<>();
        Matcher n = Pattern.compile("`[@$]?\\{?alke\\.([A-Za-z]+)").matcher(page);
        while (n.find()) {
            named.add(n.group(1));
        }
        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(named);
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(defined);
        assertEquals(Set.of(), missing, "macros and functions of lib/alke.ftlx that docs/templates.md does not list");
        assertEquals(Set.of(), unknown, "alke.* names in docs/templates.md that lib/alke.ftlx does not define");
    }

    @Test
    void everyMessageKeyIsListed() throws Exception {
        String page = read(TEMPLATES_PAGE);
        Set<String> keys = new TreeSet<>();
        for (String line : read(STOCK_TEMPLATES.resolve("fi/alke/templates/messages_fi.properties")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        assertTrue(keys.size() > 50, "read the stock message keys");
        // A key is listed on its own (`attachments`) or inside a family written with a placeholder,
        // e.g. `board.appeal.<code>.heading` or `weekday.<n>`.
        Set<String> listed = new TreeSet<>();
        Matcher m = BACKTICKED.matcher(withoutFencedBlocks(page));
        while (m.find()) {
            listed.add(m.group(1));
        }
        List<Pattern> families = listed.stream().filter(key -> key.contains("<"))
                .map(key -> Pattern.compile(Pattern.quote(key).replaceAll("<[a-z]+>", "\\\\E[a-z0-9-]+\\\\Q")))
                .toList();
        List<String> absent = keys.stream()
                .filter(key -> !listed.contains(key) && families.stream().noneMatch(f -> f.matcher(key).matches()))
                .toList();
        assertEquals(List.of(), absent, "keys of messages_fi.properties that docs/templates.md does not list");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every element name the schema declares, each with the names of the attributes it may carry (the
     * union over its declarations: {@code img} in the letterhead and in the body are one row).
     */
    static Map<String, Set<String>> schemaElements() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        org.w3c.dom.Document xsd;
        try (InputStream in = DocsTest.class.getResourceAsStream(XSD)) {
            xsd = factory.newDocumentBuilder().parse(in);
        }
        Map<String, Element> types = new TreeMap<>();
        for (Element type : descendants(xsd.getDocumentElement(), "complexType")) {
            if (type.hasAttribute("name")) {
                types.put(type.getAttribute("name"), type);
            }
        }
        Map<String, Set<String>> elements = new TreeMap<>();
        for (Element element : descendants(xsd.getDocumentElement(), "element")) {
            Set<String> attributes = elements.computeIfAbsent(element.getAttribute("name"), k -> new TreeSet<>());
            if (element.hasAttribute("type")) {
                Element type = types.get(element.getAttribute("type"));
                if (type != null) {
                    attributes.addAll(attributesOf(type, types));
                }
            }
            for (Element inline : children(element, "complexType")) {
                attributes.addAll(attributesOf(inline, types));
            }
        }
        return elements;
    }

    /** The attributes a complex type declares, directly or through the extension of another type. */
    private static Set<String> attributesOf(Element complexType, Map<String, Element> types) {
        Set<String> names = new TreeSet<>();
        for (Element attribute : children(complexType, "attribute")) {
            names.add(attribute.getAttribute("name"));
        }
        for (String content : List.of("simpleContent", "complexContent")) {
            for (Element holder : children(complexType, content)) {
                for (Element extension : children(holder, "extension")) {
                    for (Element attribute : children(extension, "attribute")) {
                        names.add(attribute.getAttribute("name"));
                    }
                    Element base = types.get(extension.getAttribute("base"));
                    if (base != null) {
                        names.addAll(attributesOf(base, types));
                    }
                }
            }
        }
        return names;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS(XS, localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /**
     * The page's element table: the markdown table whose header starts {@code | element | attributes |}.
     * The first cell names one or more elements in backticks, the second their attributes (or a dash).
     */
    static Map<String, Set<String>> elementTable(String page) {
        List<String> lines = page.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replaceAll("\\s+", " ").startsWith("| element | attributes |")) {
                if (header >= 0) {
                    fail("docs/templates.md has two tables headed | element | attributes |");
                }
                header = i;
            }
        }
        assertTrue(header >= 0, "docs/templates.md has a table headed | element | attributes |");
        Map<String, Set<String>> table = new TreeMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("(?<!\\\\)\\|");
            // cells[0] is the empty text before the first bar
            Set<String> elements = backticked(cells[1]);
            Set<String> attributes = backticked(cells[2]);
            assertTrue(!elements.isEmpty(), "row names an element: " + lines.get(i));
            for (String element : elements) {
                if (table.containsKey(element)) {
                    fail("<" + element + "> has two rows in the element table");
                }
                table.put(element, attributes);
            }
        }
        return table;
    }

    private static Set<String> backticked(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new TreeSet<>(names);
    }

    private static boolean isPublicMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()));
    }
}
