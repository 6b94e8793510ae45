package fi.alke.documents.api;

import fi.alke.documents.AlkeException;
import fi.alke.documents.Problem;
import fi.alke.documents.input.InputReader;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.model.OrganisationsFile;
import fi.alke.documents.model.Spelling;
import fi.alke.documents.template.TemplateEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lint for a template author's folder: what the author believes is in but is not, found before any
 * document is rendered. An override is used only under the stock file's name and a label only under a key
 * a template asks for, so a misspelt file name or key is otherwise silently ignored.
 *
 * <ul>
 *   <li>files whose names match no stock template, message bundle, letterhead profile or image, and that no
 *       template of the folder imports or includes (with the nearest stock name);</li>
 *   <li>templates that do not parse;</li>
 *   <li>message keys that neither the stock bundles have nor any template asks for (with the nearest
 *       known key), and keys of the author's own that one language has and another lacks;</li>
 *   <li>letterhead profiles ({@code letterheads/<name>.yaml}) and an {@code organisations.yaml} that do not
 *       validate.</li>
 * </ul>
 */
public final class AuthorFolderCheck {
    private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");
    private static final Pattern PROFILE = Pattern.compile("letterheads/[A-Za-z0-9][A-Za-z0-9_-]*\\.yaml");
    private static final Pattern IMAGE = Pattern.compile(".*\\.(png|jpe?g)", Pattern.CASE_INSENSITIVE);
    /** {@code msg["decision.decision"]}, {@code msg['x']} or {@code msg.attachments}: a label a template asks for. */
    private static final Pattern KEY_USE = Pattern.compile("msg\\[\\s*[\"']([^\"']+)[\"']\\s*]|msg\\.([A-Za-z_]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+[\"']/?([^\"']+)[\"']");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:]");

    private AuthorFolderCheck() {
    }

    /**
     * The stock files' names and the texts of their templates and bundles, read from the jar once: they
     * cannot change while the program runs, and preview checks the folder on every save.
     */
    private record Stock(List<String> names, Map<String, String> texts) {
        private static volatile Stock loaded;

        static Stock get() throws IOException {
            Stock stock = loaded;
            if (stock == null) {
                List<String> names = StockTemplates.names(AuthorFolderCheck.class.getClassLoader());
                Map<String, String> texts = new TreeMap<>();
                for (String name : names) {
                    if (name.endsWith(".ftlx") || name.endsWith(".properties")) {
                        texts.put(name, StockTemplates.text(name));
                    }
                }
                stock = new Stock(List.copyOf(names), java.util.Collections.unmodifiableMap(texts));
                loaded = stock;
            }
            return stock;
        }
    }

    /**
     * Everything found in the folder, in the order of its files; empty when nothing is.
     *
     * @throws IOException when the folder cannot be read
     */
    public static List<Problem> check(Path folder) throws IOException {
        List<String> stock = Stock.get().names();
        Map<String, String> stockText = Stock.get().texts();
        List<String> own;
        try (Stream<Path> files = Files.walk(folder)) {
            own = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !hidden(name)).sorted().toList();
        }
        Map<String, String> ownText = new TreeMap<>();
        for (String name : own) {
            if (name.endsWith(".ftlx") || name.endsWith(".properties")) {
                ownText.put(name, Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
            }
        }
        // the templates in use: the author's overrides and the stock files they do not replace
        Map<String, String> templates = new TreeMap<>();
        stockText.forEach((name, text) -> {
            if (name.endsWith(".ftlx")) {
                templates.put(name, text);
            }
        });
        ownText.forEach((name, text) -> {
            if (name.endsWith(".ftlx")) {
                templates.put(name, text);
            }
        });
        Set<String> imported = new TreeSet<>();
        Set<String> keysUsed = new TreeSet<>();
        templates.values().forEach(text -> {
            imported.addAll(matches(IMPORT, text));
            keysUsed.addAll(matches(KEY_USE, text));
        });

        List<Problem> problems = new ArrayList<>();
        TemplateEngine engine = TemplateEngine.builder().overrides(folder).build();
        List<String> stockTemplates = stock.stream().filter(n -> n.endsWith(".ftlx")).toList();
        for (String name : own) {
            String file = folder.resolve(name).toString();
            if (name.endsWith(".ftlx")) {
                if (!stock.contains(name) && !imported.contains(name)) {
                    problems.add(new Problem(file, -1, -1, "", "matches no stock template"
                            + Spelling.closest(name, stockTemplates).map(n -> " (did you mean " + n + "?)").orElse("")
                            + ", and no template imports or includes it: it is never used"));
                }
                try {
                    engine.parse(name);
                } catch (AlkeException e) {
                    problems.addAll(e.problems());
                }
            } else if (BUNDLE.matcher(name).matches() || IMAGE.matcher(name).matches()) {
                continue; // bundles are checked below, key by key; an image is the author's to name
            } else if (PROFILE.matcher(name).matches()) {
                try {
                    LetterheadProfile.load(folder.resolve(name));
                } catch (AlkeException e) {
                    problems.addAll(e.problems());
                }
            } else if (name.equals(OrganisationsFile.FILE_NAME)) {
                try {
                    InputReader.readOrganisations(folder.resolve(name));
                } catch (AlkeException e) {
                    // the reader names the file by its name alone; here it is one of the folder's
                    e.problems().forEach(p -> problems.add(p.source().equals(name)
                            ? new Problem(file, p.line(), p.column(), p.field(), p.message()) : p));
                }
            } else if (!stock.contains(name)) {
                problems.add(new Problem(file, -1, -1, "", "matches no stock template, message bundle, letterhead "
                        + "profile or image"
                        + Spelling.closest(name, stock).map(n -> " (did you mean " + n + "?)").orElse("")
                        + ": it is never used"));
            }
        }
        problems.addAll(keys(folder, stockText, ownText, keysUsed));
        return List.copyOf(problems);
    }

    /** Unknown keys of the author's bundles, and their own keys that another language lacks. */
    private static List<Problem> keys(Path folder, Map<String, String> stockText, Map<String, String> ownText,
            Set<String> used) {
        Map<String, Map<String, Integer>> stockKeys = bundles(stockText);
        Map<String, Map<String, Integer>> ownKeys = bundles(ownText);
        Set<String> allStock = new TreeSet<>();
        stockKeys.values().forEach(keys -> allStock.addAll(keys.keySet()));
        Set<String> languages = new TreeSet<>(stockKeys.keySet());
        languages.addAll(ownKeys.keySet());
        Set<String> known = new TreeSet<>(allStock);
        known.addAll(used);
        List<Problem> problems = new ArrayList<>();
        ownKeys.forEach((lang, keys) -> {
            String file = folder.resolve("messages_" + lang + ".properties").toString();
            keys.forEach((key, line) -> {
                if (!known.contains(key)) {
                    problems.add(new Problem(file, line, 1, "", "the key '" + key + "' is no stock label and no "
                            + "template asks for it" + Spelling.closest(key, known).map(k -> " (did you mean '" + k
                            + "'?)").orElse("") + ": it is never shown"));
                    return;
                }
                if (allStock.contains(key)) {
                    return; // every language has a stock value to fall back on
                }
                for (String other : languages) {
                    boolean has = ownKeys.getOrDefault(other, Map.of()).containsKey(key)
                            || stockKeys.getOrDefault(other, Map.of()).containsKey(key);
                    if (!other.equals(lang) && !has) {
                        problems.add(new Problem(file, line, 1, "", "the key '" + key + "' has no value in "
                                + "messages_" + other + ".properties: a document in that language lacks it"));
                    }
                }
            });
        });
        return problems;
    }

    /** Each bundle's keys with their lines, by language. */
    private static Map<String, Map<String, Integer>> bundles(Map<String, String> texts) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        texts.forEach((name, text) -> {
            Matcher bundle = BUNDLE.matcher(name);
            if (bundle.matches()) {
                Map<String, Integer> keys = new LinkedHashMap<>();
                List<String> lines = text.lines().toList();
                boolean continued = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    Matcher key = KEY_LINE.matcher(line);
                    if (!continued && key.find()) {
                        keys.putIfAbsent(key.group(1), i + 1);
                    }
                    continued = line.endsWith("\\") && !line.endsWith("\\\\");
                }
                out.put(bundle.group(1), keys);
            }
        });
        return out;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    /** Dot files and editors' backups: not the author's content. */
    private static boolean hidden(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.startsWith(".") || last.endsWith("~");
    }
}
