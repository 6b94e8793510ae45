package fi.alke.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code alke --version}: the version of the build, which the build writes into {@code version.properties}. */
final class Version implements IVersionProvider {

    /** The build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("fi/alke/samples/version.properties is missing: the build writes it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"alke (ALKE documents) " + number(),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")};
    }
}
