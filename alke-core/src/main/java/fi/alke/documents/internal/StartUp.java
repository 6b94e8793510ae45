package fi.alke.documents.internal;

/** Start-up tuning for short-lived processes such as the command line. Not API. */
public final class StartUp {
    private StartUp() {
    }

    /**
     * Starts docx4j's one-time set-up — chiefly its JAXB context, about a second — on a background
     * thread and returns at once, so that the set-up overlaps with reading input and laying out the
     * PDF. Optional: a first render waits for a set-up that is still running, or does it itself.
     */
    public static void prepareDocxInBackground() {
        Thread setUp = new Thread(org.docx4j.jaxb.Context::getWmlObjectFactory, "docx4j-set-up");
        setUp.setDaemon(true);
        setUp.start();
    }
}
