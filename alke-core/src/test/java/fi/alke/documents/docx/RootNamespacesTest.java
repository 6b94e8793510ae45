package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RootNamespacesTest {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    /** Uses a, r, w and w14: an element, attributes, an end tag. */
    private static final String BODY = "<w:body><a:blip r:embed=\"rId7\" w14:paraId=\"1\"></a:blip></w:body>";

    @Test
    void declarationsComeDefaultFirstThenByPrefixWhateverOrderJaxbWroteThem() {
        String a = DECLARATION + "<w:document xmlns:w=\"urn:w\" xmlns:w14=\"urn:w14\" xmlns=\"urn:d\""
                + " xmlns:a=\"urn:a\" xmlns:r=\"urn:r\">" + BODY + "</w:document>";
        String b = DECLARATION + "<w:document xmlns:r=\"urn:r\" xmlns:a=\"urn:a\" xmlns=\"urn:d\" xmlns:w=\"urn:w\""
                + " xmlns:w14=\"urn:w14\">" + BODY + "</w:document>";

        String sorted = DECLARATION + "<w:document xmlns=\"urn:d\" xmlns:a=\"urn:a\" xmlns:r=\"urn:r\""
                + " xmlns:w=\"urn:w\" xmlns:w14=\"urn:w14\">" + BODY + "</w:document>";
        assertEquals(sorted, sorted(a));
        assertEquals(sorted, sorted(b));
    }

    @Test
    void otherAttributesKeepTheirOrderAfterTheDeclarations() {
        String xml = "<w:document xmlns:w=\"urn:w\" mc:Ignorable=\"\" xmlns:mc=\"urn:mc\" w:b=\"1\"/>";

        assertEquals("<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" mc:Ignorable=\"\" w:b=\"1\"/>",
                sorted(xml));
    }

    /**
     * Which namespaces JAXB declares depends on its context (docx4j's whole one or the command line's
     * smaller one), not on the part; a made-up prefix is numbered by its place. A prefix in text is no use.
     */
    @Test
    void aDeclarationNothingUsesIsDropped() {
        String xml = "<w:hdr xmlns:w=\"urn:w\" xmlns:ns38=\"http://www.w3.org/1998/Math/MathML\""
                + " xmlns:ns39=\"http://www.w3.org/2003/InkML\" xmlns:wp14=\"urn:wp14\" xmlns:v=\"urn:v\">"
                + "<w:p><w:r><w:t>ns38: v:shape wp14:</w:t></w:r></w:p><!-- v:x --></w:hdr>";

        assertEquals("<w:hdr xmlns:w=\"urn:w\"><w:p><w:r><w:t>ns38: v:shape wp14:</w:t></w:r></w:p><!-- v:x --></w:hdr>",
                sorted(xml));
    }

    /** A type named in {@code xsi:type} needs its prefix declared too. */
    @Test
    void aPrefixThatATypeNamesIsKept() {
        String xml = "<cp:core xmlns:q=\"urn:q\" xmlns:cp=\"urn:cp\" xmlns:xsi=\"urn:xsi\" xmlns:z=\"urn:z\">"
                + "<cp:created xsi:type=\"q:W3CDTF\">z:2024</cp:created></cp:core>";

        assertEquals("<cp:core xmlns:cp=\"urn:cp\" xmlns:q=\"urn:q\" xmlns:xsi=\"urn:xsi\">"
                + "<cp:created xsi:type=\"q:W3CDTF\">z:2024</cp:created></cp:core>", sorted(xml));
    }

    /** Markup compatibility names prefixes in attribute values, which must stay declared. */
    @Test
    void aPrefixThatMarkupCompatibilityListsIsKept() {
        String xml = "<w:document xmlns:wp14=\"urn:wp14\" xmlns:w14=\"urn:w14\" xmlns:w=\"urn:w\" xmlns:v=\"urn:v\""
                + " xmlns:mc=\"urn:mc\" xmlns:x=\"urn:x\" mc:Ignorable=\" w14  wp14 \">"
                + "<w:p mc:ProcessContent=\"x:y\" w:val=\"a > b v:c\"/></w:document>";

        assertEquals("<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" xmlns:w14=\"urn:w14\" xmlns:wp14=\"urn:wp14\""
                + " xmlns:x=\"urn:x\" mc:Ignorable=\" w14  wp14 \"><w:p mc:ProcessContent=\"x:y\" w:val=\"a > b v:c\"/>"
                + "</w:document>", sorted(xml));
    }

    @Test
    void aMadeUpPrefixThatMayBeUsedIsKept() {
        String xml = "<w:body xmlns:w=\"urn:w\" xmlns:ns38=\"urn:m\"><ns38:math/></w:body>";

        assertEquals("<w:body xmlns:ns38=\"urn:m\" xmlns:w=\"urn:w\"><ns38:math/></w:body>", sorted(xml));
    }

    @Test
    void onlyTheRootStartTagChangesByteForByte() {
        String xml = DECLARATION + "<!-- ää --><w:document xmlns:w=\"urn:w\" xmlns:a=\"urn:a\">"
                + "<w:t xmlns:z=\"urn:z\" xmlns:b=\"urn:b\" a:x=\"ä\">Öljyä → 10 €</w:t></w:document>";

        assertEquals(DECLARATION + "<!-- ää --><w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\">"
                + "<w:t xmlns:z=\"urn:z\" xmlns:b=\"urn:b\" a:x=\"ä\">Öljyä → 10 €</w:t></w:document>", sorted(xml));
    }

    /** Markup JAXB does not write is not guessed at. */
    @Test
    void whatIsNotAPlainStartTagIsLeftAlone() {
        for (String xml : new String[] {"", "no markup", "<!DOCTYPE x><x xmlns:b=\"b\" xmlns:a=\"a\"/>",
                "<x xmlns:b=\"b\" xmlns:a=\"a\" broken>", "<?xml version=\"1.0\"?>",
                "<x xmlns:b=\"b\" xmlns:a=\"a\"><y broken></x>", "<x xmlns:b=\"b\" xmlns:a=\"a\"><!DOCTYPE y></x>"}) {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(bytes, RootNamespaces.sorted(bytes), xml);
        }
    }

    private static String sorted(String xml) {
        return new String(RootNamespaces.sorted(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
