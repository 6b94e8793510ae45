package fi.alke.documents.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/** StAX readers for XML the library did not write itself: markup from templates, a returned form's parts. */
public final class SecureXml {
    private SecureXml() {
    }

    /**
     * A new factory (JAXP does not promise that factories are safe to share between threads) that reads no DTD
     * and no external entity, and lets elements nest {@code maxDepth} deep, or without a limit of its own when
     * 0, for a caller that counts the depth itself in its readers' terms. Set here because the JDK's default
     * differs by release: none up to Java 23, 100 from 24.
     */
    public static XMLInputFactory inputFactory(int maxDepth) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty("jdk.xml.maxElementDepth", maxDepth);
        return factory;
    }
}
