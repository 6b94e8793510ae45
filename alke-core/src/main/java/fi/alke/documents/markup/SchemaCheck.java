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
     * A factory per thread: JAXP does not promise that factories are safe to share between threads, and making
     * one per check cost a fifth of parsing (each security feature set makes a parser to try it on).
     */
    private static final ThreadLocal<SAXParserFactory> SAX = ThreadLocal.withInitial(SchemaCheck::saxFactory);
    /**
     * A parser and a validator per thread, reused from check to check: making them anew (a SAX parser with its
     * security features, a validator with its grammar pool) was a sixth of parsing a page of markup. Neither
     * is safe to share between threads, and neither keeps a document once its check is over; each check gives
     * them its own error handler.
     */
    private static final ThreadLocal<Checker> CHECKER = ThreadLocal.withInitial(Checker::new);

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
        Checker checker = CHECKER.get();
        try {
            checker.reader.setErrorHandler(collect);
            checker.validator.setErrorHandler(collect);
            checker.validator.validate(new SAXSource(checker.reader, new InputSource(new StringReader(markup))));
        } catch (SAXParseException e) {
            // already collected
        } catch (SAXException | IOException e) {
            problems.add(new Problem(source, 1, 1, "", e.getMessage()));
        } finally {
            // nothing of this check stays with the thread: not its handler, not its document's state
            checker.reader.setErrorHandler(null);
            checker.validator.reset();
        }
        return MarkupMessages.plain(problems);
    }

    /** One thread's parser and validator. */
    private static final class Checker {
        final XMLReader reader;
        final Validator validator;

        Checker() {
            try {
                reader = SAX.get().newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("the JDK's SAX parser cannot be made with its security features", e);
            }
            validator = SCHEMA.newValidator();
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
