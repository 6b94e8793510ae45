package fi.alke.documents.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the documentation pages (Markdown) in the tests that keep them honest. */
public final class Pages {
    private Pages() {
    }

    /** A page of the checkout, as UTF-8. */
    public static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The text between two markers, which must both be there. */
    public static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        assertTrue(from >= 0 && to >= 0, "'" + start + "' … '" + end + "'");
        return text.substring(from + start.length(), to);
    }

    /** The page without its fenced blocks, whose backticks would pair with those of inline code. */
    public static String withoutFencedBlocks(String page) {
        return page.replaceAll("(?ms)^[ \\t]*```.*?^[ \\t]*```[ \\t]*$", "");
    }

    /** The contents of the page's fenced blocks of a language, e.g. {@code ```xml}. */
    public static List<String> fencedBlocks(String page, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```" + language + "\\n(.*?)^```$", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** The first fenced block of a language after a marker such as {@code <!-- example:model -->}. */
    public static String fencedBlockAfter(String page, String marker, String language) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, "the page has " + marker);
        List<String> blocks = fencedBlocks(page.substring(at), language);
        assertTrue(!blocks.isEmpty(), "a ```" + language + " block follows " + marker);
        return blocks.get(0);
    }

    /** The text of the first section whose heading starts with {@code level} and contains {@code marker}. */
    public static String section(String page, String level, String marker) {
        List<String> lines = page.lines().toList();
        int depth = level.strip().length();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(level) && lines.get(i).contains(marker)) {
                StringBuilder text = new StringBuilder();
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j);
                    Matcher heading = Pattern.compile("^(#+) ").matcher(line);
                    if (heading.find() && heading.group(1).length() <= depth) {
                        break;
                    }
                    text.append(line).append('\n');
                }
                return text.toString();
            }
        }
        return null;
    }
}
