package fi.alke.documents.followup;

/**
 * Apache POI is an optional dependency of alke-core: only the follow-up forms read and write XLSX and DOCX
 * through it, so a system that renders documents does not get it. Making or reading forms without it
 * fails at once, saying what to add, rather than with a {@code NoClassDefFoundError} in the middle of a form.
 */
final class Poi {
    /** The release of poi-ooxml that alke-core is built and tested with (the parent pom's {@code poi.version}). */
    static final String VERSION = "5.5.1";
    private static final String PROBE = "org.apache.poi.xssf.usermodel.XSSFWorkbook";

    private Poi() {
    }

    /**
     * @param what what needs POI, to start the message with
     * @throws IllegalStateException when POI is not on the class path
     */
    static void require(String what) {
        try {
            Class.forName(PROBE, false, Poi.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(what + " needs Apache POI, an optional dependency of alke-core: add "
                    + "org.apache.poi:poi-ooxml:" + VERSION + " to the application's dependencies", e);
        }
    }
}
