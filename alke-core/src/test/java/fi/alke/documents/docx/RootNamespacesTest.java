package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RootNamespacesTest {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    @Test
    void declarationsComeDefaultFirstThenByPrefixWhateverOrderJaxbWroteThem() {
        String a = DECLARATION + "<w:document xmlns:w=\"urn:w\" xmlns:w14=\"urn:w14\" xmlns=\"urn:d\""
                + " xmlns:a=\"urn:a\" xmlns:r=\"urn:r\"><w:body/></w:document>";
        String b = DECLARATION + "<w:document xmlns:r=\"urn:r\" xmlns:a=\"urn:a\" xmlns=\"urn:d\" xmlns:w=\"urn:w\""
                + " xmlns:w14=\"urn:w14\"><w:body/></w:document>";

        String sorted = DECLARATION + "<w:document xmlns=\"urn:d\" xmlns:a=\"urn:a\" xmlns:r=\"urn:r\""
                + " xmlns:w=\"urn:w\" xmlns:w14=\"urn:w14\"><w:body/></w:document>";
        assertEquals(sorted, sorted(a));
        assertEquals(sorted, sorted(b));
    }

    @Test
    void otherAttributesKeepTheirOrderAfterTheDeclarations() {
        String xml = "<w:document xmlns:w=\"urn:w\" mc:Ignorable=\"w14 wp14\" xmlns:mc=\"urn:mc\" w:b=\"1\"/>";

        assertEquals("<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" mc:Ignorable=\"w14 wp14\" w:b=\"1\"/>",
                sorted(xml));
    }

    /** JAXB numbers a prefix it makes up by its place, so it would change with the order. */
    @Test
    void aMadeUpPrefixNothingUsesIsDropped() {
        String xml = "<w:hdr xmlns:w=\"urn:w\" xmlns:ns38=\"http://www.w3.org/1998/Math/MathML\""
                + " xmlns:ns39=\"http://www.w3.org/2003/InkML\"><w:p><w:r><w:t>ns38</w:t></w:r></w:p></w:hdr>";

        assertEquals("<w:hdr xmlns:w=\"urn:w\"><w:p><w:r><w:t>ns38</w:t></w:r></w:p></w:hdr>", sorted(xml));
    }

    @Test
    void aMadeUpPrefixThatMayBeUsedIsKept() {
        String xml = "<w:body xmlns:w=\"urn:w\" xmlns:ns38=\"urn:m\"><ns38:math/></w:body>";

        assertEquals("<w:body xmlns:ns38=\"urn:m\" xmlns:w=\"urn:w\"><ns38:math/></w:body>", sorted(xml));
    }

    @Test
    void onlyTheRootStartTagChangesByteForByte() {
        String xml = DECLARATION + "<!-- ää --><w:document xmlns:w=\"urn:w\" xmlns:a=\"urn:a\">"
                + "<w:t xmlns:z=\"urn:z\" xmlns:b=\"urn:b\">Öljyä → 10 €</w:t></w:document>";

        assertEquals(DECLARATION + "<!-- ää --><w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\">"
                + "<w:t xmlns:z=\"urn:z\" xmlns:b=\"urn:b\">Öljyä → 10 €</w:t></w:document>", sorted(xml));
    }

    /** Markup JAXB does not write is not guessed at. */
    @Test
    void whatIsNotAPlainStartTagIsLeftAlone() {
        for (String xml : new String[] {"", "no markup", "<!DOCTYPE x><x xmlns:b=\"b\" xmlns:a=\"a\"/>",
                "<x xmlns:b=\"b\" xmlns:a=\"a\" broken>", "<?xml version=\"1.0\"?>"}) {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(bytes, RootNamespaces.sorted(bytes), xml);
        }
    }

    private static String sorted(String xml) {
        return new String(RootNamespaces.sorted(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
