package fi.alke.documents.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who sends the document: the organisation's name in each language, its logo and its contact details.
 * Templates use it for the letterhead, the author in the metadata and the contact block at the end of
 * the body. Profiles are YAML files; the stock ones live in the alke-templates jar under
 * {@code fi/alke/templates/letterheads/}.
 *
 * <pre>{@code
 * name:
 *   fi: Työ- ja elinkeinoministeriö
 *   sv: Arbets- och näringsministeriet
 * logo: letterheads/tem.png
 * logoAlt: Työ- ja elinkeinoministeriön tunnus
 * postalAddress: [PL 32, 00023 Valtioneuvosto]
 * phone: 0295 16001
 * }</pre>
 *
 * @param name            the organisation's name by language code (fi, sv, en), in the file's order;
 *                        at least one
 * @param logo            the logo image as an {@code img src}, resolved by the markup parser's resource
 *                        loader (for the stock profiles relative to {@code fi/alke/templates/}); or
 *                        {@code null}
 * @param logoAlt         the logo's text alternative; required with a logo
 * @param logoWidth       the logo's printed width such as {@code 1.6cm}; defaults to {@value #DEFAULT_LOGO_WIDTH}
 * @param postalAddress   postal address lines, may be empty
 * @param visitingAddress visiting address lines, may be empty
 * @param phone           telephone numbers, one a line (a single value is accepted too), may be empty
 * @param email           the registry's or general e-mail address, or {@code null}
 * @param web             the web address, or {@code null}
 */
public record LetterheadProfile(Map<String, String> name, String logo, String logoAlt, String logoWidth,
                                List<String> postalAddress, List<String> visitingAddress, List<String> phone,
                                String email, String web) {
    /** The logo width when a profile gives none. */
    public static final String DEFAULT_LOGO_WIDTH = "1.6cm";
    /** The class-path folder of the stock profiles. */
    public static final String CLASSPATH_FOLDER = "fi/alke/templates/letterheads/";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern LENGTH = Pattern.compile("[0-9]+(\\.[0-9]+)?(cm|mm)");
    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build()
            .readerFor(LetterheadProfile.class);

    /**
     * The stock profiles read so far, by name: a profile is immutable and the class path does not change, and
     * reading and checking the YAML again was a quarter of a warm template's time for every document. Only
     * profiles that exist and are valid are kept, so there are no more entries than stock profiles.
     */
    private static final java.util.concurrent.ConcurrentMap<String, LetterheadProfile> STOCK =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Checks the fields; the messages name the field as it is spelled in the YAML file. */
    public LetterheadProfile {
        if (name == null || name.isEmpty()) {
            throw new Invalid("name", "the organisation's name is required, e.g. name: {fi: ..., sv: ...}");
        }
        name.forEach((lang, text) -> {
            if (lang == null || !LANGUAGE.matcher(lang).matches()) {
                throw new Invalid("name", "keys must be language codes such as fi, sv, en: '" + lang + "'");
            }
            text(("name." + lang), text);
        });
        name = Collections.unmodifiableMap(new LinkedHashMap<>(name));
        optionalText("logo", logo);
        optionalText("logoAlt", logoAlt);
        if (logo != null && logoAlt == null) {
            throw new Invalid("logoAlt", "a text alternative is required when a logo is given");
        }
        logoWidth = logoWidth == null ? DEFAULT_LOGO_WIDTH : logoWidth.strip();
        if (!LENGTH.matcher(logoWidth).matches()) {
            throw new Invalid("logoWidth", "must be a length such as 1.6cm or 16mm: '" + logoWidth + "'");
        }
        postalAddress = lines("postalAddress", postalAddress);
        visitingAddress = lines("visitingAddress", visitingAddress);
        phone = lines("phone", phone);
        optionalText("email", email);
        optionalText("web", web);
    }

    /** The name in {@code lang}, or in the profile's first language when it has none in {@code lang}. */
    public String nameIn(String lang) {
        String text = name.get(lang);
        return text != null ? text : name.values().iterator().next();
    }

    /**
     * Whether a sender's name is the name of a profile: letters, digits, {@code -} and {@code _}, so that it
     * cannot reach out of a folder of profiles.
     */
    public static boolean isProfileName(String name) {
        return name != null && PROFILE_NAME.matcher(name).matches();
    }

    /**
     * Loads a stock profile, {@code fi/alke/templates/letterheads/<profileName>.yaml}, from the class path.
     *
     * @param profileName e.g. {@code tem} or {@code regional-council}
     * @throws ProfileException when there is no such profile or it is invalid
     */
    public static LetterheadProfile load(String profileName) throws ProfileException {
        String resource = CLASSPATH_FOLDER + profileName + ".yaml";
        if (!isProfileName(profileName)) {
            throw new ProfileException(resource, null, "a profile name has letters, digits, '-' and '_' only", null);
        }
        LetterheadProfile known = STOCK.get(profileName);
        if (known != null) {
            return known;
        }
        LetterheadProfile loaded = loadResource(resource);
        STOCK.putIfAbsent(profileName, loaded);
        return loaded;
    }

    private static LetterheadProfile loadResource(String resource) throws ProfileException {
        try (InputStream in = LetterheadProfile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProfileException(resource, null, "no such letterhead profile on the class path", null);
            }
            return read(resource, in);
        } catch (IOException e) {
            throw new ProfileException(resource, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a profile from a YAML file of one's own.
     *
     * @throws ProfileException when the file cannot be read or is invalid
     */
    public static LetterheadProfile load(Path file) throws ProfileException {
        return load(file, file.toString());
    }

    /**
     * Loads a profile from a YAML file of one's own, named in problems as {@code source}, e.g. its path in
     * an author's folder ({@code letterheads/tem.yaml}) rather than the machine's absolute path.
     *
     * @throws ProfileException when the file cannot be read or is invalid
     */
    public static LetterheadProfile load(Path file, String source) throws ProfileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in);
        } catch (IOException e) {
            // the reason without the path: the source names the file
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : "the file cannot be read";
            throw new ProfileException(source, 1, null, "cannot read: " + reason, e);
        }
    }

    private static LetterheadProfile read(String source, InputStream in) throws IOException, ProfileException {
        LetterheadProfile profile;
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            profile = READER.readValue(text);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new ProfileException(source, lineOf(text, field), field, "unknown field; the fields are "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")), e);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof Invalid invalid) {
                throw new ProfileException(source, lineOf(text, invalid.field), invalid.field, invalid.reason, e);
            }
            throw new ProfileException(source, lineOf(text, path(e)), path(e), e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            throw new ProfileException(source, lineOf(text, path(e)), path(e), e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            throw new ProfileException(source, where == null || where.getLineNr() < 1 ? 1 : where.getLineNr(), null,
                    "not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (profile == null) {
            throw new ProfileException(source, 1, null, "the file is empty", null);
        }
        return profile;
    }

    /**
     * The line of a field such as {@code logoAlt}, {@code name.fi} or {@code phone[1]} in a profile's text,
     * or -1. Mapping problems carry no useful location (records are built from buffered fields, so
     * Jackson's would be the file's end), and profiles are flat, so the keys are found by their indentation.
     */
    static int lineOf(String text, String field) {
        if (field == null) {
            return -1;
        }
        String[] parts = field.replaceAll("\\[[0-9]+]", "").split("\\.");
        String[] lines = text.split("\n", -1);
        int found = -1;
        int from = 0;
        for (String part : parts) {
            int at = -1;
            java.util.regex.Pattern key = java.util.regex.Pattern.compile("(^\\s*|[{,]\\s*)" 
                    + java.util.regex.Pattern.quote(part) + "\\s*:");
            for (int i = from; i < lines.length && at < 0; i++) {
                if (key.matcher(lines[i]).find()) {
                    at = i;
                }
            }
            if (at < 0) {
                return found < 0 ? -1 : found + 1;
            }
            found = at;
            from = at;
        }
        return found + 1;
    }

    /** The JSON path of a mapping problem as the file spells it, e.g. {@code name.fi} or {@code phone[1]}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Invalid(field, "must not be empty");
        }
    }

    private static void optionalText(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new Invalid(field, "must not be blank; leave it out instead");
        }
    }

    private static List<String> lines(String field, List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        for (int i = 0; i < lines.size(); i++) {
            text(field + "[" + i + "]", lines.get(i));
        }
        return List.copyOf(lines);
    }

    /** A field check that failed; carries the field name out of the constructor through Jackson. */
    private static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String reason;

        Invalid(String field, String reason) {
            super("field '" + field + "': " + reason);
            this.field = field;
            this.reason = reason;
        }
    }
}
