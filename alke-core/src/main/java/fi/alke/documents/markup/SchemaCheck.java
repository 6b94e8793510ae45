package fi.alke.documents.markup;

import fi.alke.documents.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** Validates markup against alke-markup.xsd, collecting every error with its line:column, in the markup's terms. */
final class SchemaCheck {
    /** Where the schema lives on the class path, for tools and documentation. */
    static final String XSD = "/fi/alke/documents/markup/alke-markup.xsd";
    private static final int MAX_PROBLEMS = 50;
    private static final Schema SCHEMA = load();
    /**
     * A SAX parser per thread, reused from check to check: making one with its security features for every
     * check (each feature set makes a parser to try it on) was a fifth of parsing a page of markup. It is set to drop the names it has read at the start of
     * each parse ({@code jdk.xml.resetSymbolTable}), so that it keeps nothing of earlier documents, and it is a
     * JDK object, so the thread does not hold this library's classes. The validator is made per check: a
     * reused one would keep every name of every document it has checked.
     */
    private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(SchemaCheck::reader);

    private SchemaCheck() {
    }

    static List<Problem> validate(String source, String markup) {
        List<Problem> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make markup invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                add(e);
                throw e;
            }

            private void add(SAXParseException e) throws SAXException {
                if (e.getLineNumber() < 1) {
                    // the parser gives no place for an end that comes too soon ("<?xml" alone): the end's
                    problems.add(new Problem(source, end(markup)[0], end(markup)[1], "", e.getMessage()));
                } else {
                    problems.add(new Problem(source, e.getLineNumber(), e.getColumnNumber(), "",
                            e.getMessage()));
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    throw e;
                }
            }
        };
        XMLReader reader = READER.get();
        try {
            reader.setErrorHandler(collect);
            Validator validator = SCHEMA.newValidator();
            validator.setErrorHandler(collect);
            validator.validate(new SAXSource(reader, new InputSource(new StringReader(markup))));
        } catch (SAXParseException e) {
            // already collected
        } catch (SAXException | IOException e) {
            problems.add(new Problem(source, 1, 1, "", e.getMessage()));
        } finally {
            // the thread's parser keeps nothing of this check: not its handlers, nor through them the validator
            reader.setErrorHandler(null);
            reader.setContentHandler(null);
        }
        return MarkupMessages.plain(problems);
    }

    private static XMLReader reader() {
        try {
            XMLReader reader = saxFactory().newSAXParser().getXMLReader();
            try {
                reader.setFeature("jdk.xml.resetSymbolTable", true);
            } catch (SAXException e) {
                // another parser than the JDK's: it is made per check's thread still, and names are its own affair
            }
            try {
                // no depth limit of the JDK's (100 from Java 24): MarkupParser says Limits.markupDepth at the element
                reader.setProperty("jdk.xml.maxElementDepth", "0");
            } catch (SAXException e) {
                // another parser than the JDK's, with limits of its own
            }
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be made with its security features", e);
        }
    }

    /** The line and column of the text's end, 1-based. */
    static int[] end(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, text.length()) + 1};
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(SchemaCheck.class.getResource(XSD));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled " + XSD + " does not load", e);
        }
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // No DTDs at all: no entity expansion, no external fetches.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a required security feature", e);
        }
    }
}
