package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.Docx4jProperties;
import org.junit.jupiter.api.Test;

/**
 * docx4j finds alke-core's docx4j.properties (so it does not warn on every start that it has none) and
 * leaves the process-wide JAXP system properties alone.
 */
class Docx4jConfigurationTest {

    @Test
    void docx4jReadsTheConfigurationInTheJar() {
        assertNotNull(DocxRenderer.class.getClassLoader().getResource("docx4j.properties"));
        assertEquals("true", Docx4jProperties.getProperty("docx4j.javax.xml.parsers.SAXParserFactory.donotset"));
        assertEquals("true",
                Docx4jProperties.getProperty("docx4j.javax.xml.parsers.DocumentBuilderFactory.donotset"));
    }

    @Test
    void renderingLeavesTheJaxpSystemPropertiesAlone() throws Exception {
        String sax = System.getProperty("javax.xml.parsers.SAXParserFactory");
        String dom = System.getProperty("javax.xml.parsers.DocumentBuilderFactory");
        String markup = Files.readString(
                Path.of(getClass().getResource("/fi/alke/documents/all-features.xml").toURI()));
        new DocxRenderer(PageStyle.sfs2487()).render(Fixtures.parser().parse("all-features.xml", markup));
        assertEquals(sax, System.getProperty("javax.xml.parsers.SAXParserFactory"));
        assertEquals(dom, System.getProperty("javax.xml.parsers.DocumentBuilderFactory"));
    }
}
