package fi.alke.documents.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBContextFactory;
import jakarta.xml.bind.JAXBException;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A JAXB context factory that gives docx4j's WordprocessingML context only the packages the DOCX
 * renderer writes, for a process that writes documents and reads none: the command line's
 * {@code render} and {@code samples}. Not API.
 *
 * <p>Why: docx4j builds one JAXB context of 68 packages (charts, diagrams, VML, ink, OpenDoPE…) the first
 * time any of it is used, the largest single cost of a short run — about 0.7 s of processor time more
 * than the five packages below need (docs/performance.md). docx4j names those packages in a constant and
 * builds the context in a static initialiser, so the one way in is JAXB's own: the system property
 * {@code jakarta.xml.bind.JAXBContextFactory}, set by {@link StartUp#writeOnlyDocx()} before docx4j
 * starts. Every other context is built as asked, by the JAXB implementation on the class path.
 *
 * <p>Why not in the library: the context is docx4j's, shared by everything in the JVM. A system that
 * embeds the library may read any document with docx4j, which needs the whole context. The bytes are the
 * same either way: the DOCX declares only the namespaces it uses ({@code RootNamespaces}).
 */
public final class DocxWritingContext implements JAXBContextFactory {
    /** docx4j's WordprocessingML context path begins so; no other context of docx4j's does. */
    private static final String WORDPROCESSING = "org.docx4j.wml:";
    /**
     * What the renderer writes: WordprocessingML, DrawingML with its inline pictures, and Word 2012's
     * package, which {@code org.docx4j.wml.SdtPr} (a content control) refers to.
     */
    static final String PACKAGES = "org.docx4j.wml:org.docx4j.dml:org.docx4j.dml.wordprocessingDrawing"
            + ":org.docx4j.dml.picture:org.docx4j.w15";

    private final JAXBContextFactory implementation = implementation();

    /** Called by JAXB, which names this class from the system property. */
    public DocxWritingContext() {
    }

    @Override
    public JAXBContext createContext(Class<?>[] classes, Map<String, ?> properties) throws JAXBException {
        return implementation.createContext(classes, properties);
    }

    @Override
    public JAXBContext createContext(String contextPath, ClassLoader classLoader, Map<String, ?> properties)
            throws JAXBException {
        String path = contextPath.startsWith(WORDPROCESSING) ? PACKAGES : contextPath;
        return implementation.createContext(path, classLoader, properties);
    }

    /** The JAXB implementation on the class path (docx4j brings the reference implementation). */
    private static JAXBContextFactory implementation() {
        for (JAXBContextFactory factory : ServiceLoader.load(JAXBContextFactory.class,
                DocxWritingContext.class.getClassLoader())) {
            if (!(factory instanceof DocxWritingContext)) {
                return factory;
            }
        }
        throw new IllegalStateException("no JAXB implementation on the class path (docx4j needs one)");
    }
}
