package fi.alke.documents.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/** Start-up tuning for short-lived processes such as the command line. Not API. */
public final class StartUp {
    /** JAXB's system property naming the factory of every context it builds. */
    private static final String CONTEXT_FACTORY = "jakarta.xml.bind.JAXBContextFactory";
    /**
     * The reference implementation's switch that keeps it from generating an accessor class for every
     * field it binds: reflection serves a short run better than classes made, loaded and compiled for it
     * (about 0.1–0.2 s less at the start; docs/performance.md).
     */
    private static final String NO_ACCESSOR_CLASSES = "org.glassfish.jaxb.runtime.v2.bytecode.ClassTailor.noOptimize";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StartUp() {
    }

    /**
     * Sets docx4j up for a process that writes DOCX and reads none ({@link DocxWritingContext}): call
     * before anything uses docx4j, and only in such a process — the setting holds until docx4j's own
     * set-up has run, and its context then serves the whole JVM. Options the user set are kept.
     */
    public static void writeOnlyDocx() {
        if (System.getProperty(CONTEXT_FACTORY) == null) {
            System.setProperty(CONTEXT_FACTORY, DocxWritingContext.class.getName());
        }
        if (System.getProperty(NO_ACCESSOR_CLASSES) == null) {
            System.setProperty(NO_ACCESSOR_CLASSES, "true");
        }
    }

    /**
     * Starts docx4j's one-time set-up — chiefly its JAXB context, about a second — on a background
     * thread and returns at once, so that the set-up overlaps with reading input and laying out the
     * PDF. Optional: a first render waits for a set-up that is still running, or does it itself. Only
     * the first call starts it.
     */
    public static void prepareDocxInBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread setUp = new Thread(() -> {
            org.docx4j.jaxb.Context.getWmlObjectFactory();
            // docx4j's contexts are built: later contexts of anything else get JAXB's default factory
            if (DocxWritingContext.class.getName().equals(System.getProperty(CONTEXT_FACTORY))) {
                System.clearProperty(CONTEXT_FACTORY);
            }
        }, "docx4j-set-up");
        setUp.setDaemon(true);
        setUp.start();
    }

    /**
     * The classes a first document needs whose static set-up is slow — JSON schemas and YAML mappers, the
     * markup's XSD, the PDF fonts and colour profile, Unicode line breaking — in the order a render meets them. By name:
     * they are internal to their packages, and only their initialisation is wanted here.
     */
    static final java.util.List<String> SLOW_TO_SET_UP = java.util.List.of(
            "fi.alke.documents.input.InputReader", "fi.alke.documents.markup.SchemaCheck",
            "fi.alke.documents.pdf.Fonts", "fi.alke.documents.pdf.PdfA", "fi.alke.documents.pdf.LineBreaks");

    /**
     * Sets up, on a background thread, what rendering a first document needs whatever the document
     * ({@link #SLOW_TO_SET_UP}), so that a short run does it while it parses its command line and while
     * docx4j sets itself up, on the processor the one thread that renders leaves idle. Optional: a
     * render that gets there first waits for the class being set up, or sets it up itself.
     */
    public static void prepareRenderingInBackground() {
        Thread setUp = new Thread(() -> {
            for (String name : SLOW_TO_SET_UP) {
                try {
                    Class.forName(name, true, StartUp.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    return; // the render that needs it will say what is wrong
                }
            }
            com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.ROOT); // ICU's rule data
            javax.imageio.ImageIO.getImageReadersBySuffix("png").hasNext(); // ImageIO's registry of readers
        }, "alke-set-up");
        setUp.setDaemon(true);
        setUp.start();
    }
}
