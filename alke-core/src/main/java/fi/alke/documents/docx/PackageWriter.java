package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;

import fi.alke.documents.style.PageStyle;
import fi.alke.documents.tree.Block;
import fi.alke.documents.tree.Document;
import fi.alke.documents.tree.Landscape;
import fi.alke.documents.tree.Metadata;
import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.openpackaging.Base;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.io3.Save;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTCompat;
import org.docx4j.wml.CTCompatSetting;
import org.docx4j.wml.CTDocProtect;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.CTTwipsMeasure;
import org.docx4j.wml.STDocProtect;

/**
 * Assembles the package of one document from parts we build ourselves (no docx4j templates) and
 * saves it to memory. Parts are added in a fixed order, so relationship ids are the same every time.
 * Only {@link DocxRenderer} creates it, whose class initialisation sets the docx4j properties that
 * keep the saved XML free of a version comment and of indentation.
 */
final class PackageWriter {
    private static final org.docx4j.docProps.core.dc.elements.ObjectFactory DUBLIN_CORE =
            new org.docx4j.docProps.core.dc.elements.ObjectFactory();

    private final PageStyle page;
    private final StyleSheet styles;
    private final HeadWriter head;
    private final FixedParts fixed = new FixedParts();

    PackageWriter(PageStyle page) {
        this.page = page;
        this.styles = new StyleSheet(page);
        this.head = new HeadWriter(page);
    }

    /** The saved package, in the same bytes for the same document ({@link StableZip}). */
    byte[] write(Document document) throws Docx4JException {
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new MainDocumentPart();
        pkg.addTargetPart(main);
        ListNumbering numbering = new ListNumbering(page);
        String language = document.metadata().language();
        StyleDefinitionsPart stylePart = new StyleDefinitionsPart();
        add(main, stylePart, styles.build(language));
        add(main, new NumberingDefinitionsPart(), numbering.numbering());
        CTSettings settings = settings();
        DocumentSettingsPart settingsPart = new DocumentSettingsPart();
        add(main, settingsPart, settings);
        HeaderPart firstPage = header(1);
        String firstHeader = add(main, firstPage, HeadWriter.emptyHeader());
        String defaultHeader = add(main, header(2), head.runningHeader(document, false));
        String landscapeHeader = add(main, header(3), head.runningHeader(document, true));
        add(pkg, new DocPropsCorePart(), coreProperties(document.metadata()));
        if (!document.metadata().properties().isEmpty()) {
            add(pkg, new DocPropsCustomPart(), customProperties(document.metadata().properties()));
        }

        Media media = new Media(pkg, main);
        Sections sections = new Sections(page, firstHeader, defaultHeader, landscapeHeader);
        Body body = FACTORY.createBody();
        body.getContent().addAll(head.firstPage(document, media));
        BodyWriter bodyWriter = new BodyWriter(page, numbering, media, sections);
        bodyWriter.body(document.body(), body.getContent());
        if (bodyWriter.hasFillIn()) {
            settings.setDocumentProtection(readOnlyExceptRanges());
        }
        List<Block> blocks = document.body();
        boolean endsLandscape = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Landscape;
        // A document that ends in a landscape section must not get an empty portrait section after it.
        body.setSectPr(endsLandscape ? Sections.detachLast(body.getContent()) : sections.next(false));
        org.docx4j.wml.Document content = FACTORY.createDocument();
        content.setBody(body);
        main.setJaxbElement(content);

        // the parts built from this writer's page style and these keys alone, written once for all documents
        StableZip zip = new StableZip(document.metadata().created(), fixed);
        zip.fixed(stylePart.getPartName(), List.of("styles", language));
        zip.fixed(settingsPart.getPartName(), List.of("settings", bodyWriter.hasFillIn()));
        zip.fixed(firstPage.getPartName(), "empty header");
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        new Save(pkg, zip).save(out);
        return out.toByteArray();
    }

    /** Adds {@code part} with its content as a target of {@code source}; returns the relationship id. */
    private static <E> String add(Base source, JaxbXmlPart<E> part, E content)
            throws InvalidFormatException {
        part.setJaxbElement(content);
        return source.addTargetPart(part).getId();
    }

    private static HeaderPart header(int number) throws InvalidFormatException {
        return new HeaderPart(new PartName("/word/header" + number + ".xml"));
    }

    /**
     * Word 2013+ compatibility, so Word does not open the file in compatibility mode and lays tables
     * out by the current rules; default tab stops on the SFS 2487 grid.
     */
    private CTSettings settings() {
        CTCompatSetting mode = FACTORY.createCTCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        CTCompat compat = FACTORY.createCTCompat();
        compat.getCompatSetting().add(mode);
        CTTwipsMeasure tabs = FACTORY.createCTTwipsMeasure();
        tabs.setVal(Units.twipsOf(page.gridColumn()));
        CTSettings settings = FACTORY.createCTSettings();
        settings.setDefaultTabStop(tabs);
        settings.setCompat(compat);
        return settings;
    }

    /**
     * A form: read-only but for its editable ranges, which Word highlights. No password: the protection
     * guards against accidents, not against a person who means to edit (Word's passwords are no security
     * for that), and without one the same input keeps giving the same bytes.
     */
    private static CTDocProtect readOnlyExceptRanges() {
        CTDocProtect protection = FACTORY.createCTDocProtect();
        protection.setEdit(STDocProtect.READ_ONLY);
        protection.setEnforcement(true);
        return protection;
    }

    /**
     * The custom properties as text properties, made as docx4j's {@code DocPropsCustomPart.setProperty} makes
     * them (ids from 2 up, the text type's format id) but in one pass: setProperty looks each name up among those
     * set before, and a follow-up form has one property per action, which made a form of n actions cost n².
     */
    private static org.docx4j.docProps.custom.Properties customProperties(Map<String, String> values) {
        org.docx4j.docProps.custom.ObjectFactory factory = new org.docx4j.docProps.custom.ObjectFactory();
        org.docx4j.docProps.custom.Properties properties = factory.createProperties();
        int id = 2; // the lowest Word accepts, as docx4j's getNextPid says
        for (Map.Entry<String, String> value : values.entrySet()) {
            org.docx4j.docProps.custom.Properties.Property property = factory.createPropertiesProperty();
            property.setName(value.getKey());
            property.setFmtid(DocPropsCustomPart.fmtidValLpwstr);
            property.setPid(id++);
            property.setLpwstr(value.getValue());
            properties.getProperty().add(property);
        }
        return properties;
    }

    /** The stored properties agree with the visible metadata block. */
    private static CoreProperties coreProperties(Metadata metadata) {
        CoreProperties properties = new org.docx4j.docProps.core.ObjectFactory().createCoreProperties();
        properties.setTitle(DUBLIN_CORE.createTitle(literal(new SimpleLiteral(), metadata.title())));
        properties.setCreator(literal(new SimpleLiteral(), metadata.author()));
        properties.setLanguage(literal(new SimpleLiteral(), metadata.language()));
        String created = metadata.created().truncatedTo(ChronoUnit.SECONDS).toString();
        properties.setCreated(literal(new W3CDTF(), created));
        properties.setModified(literal(new W3CDTF(), created));
        return properties;
    }

    private static SimpleLiteral literal(SimpleLiteral literal, String value) {
        literal.getContent().add(value);
        return literal;
    }
}
