package fi.alke.documents.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** White space collapses as HTML collapses it: every run of spaces, tabs and line ends to one space. */
class InlinesCollapseTest {
    @Test
    void everyRunOfWhiteSpaceBecomesOneSpaceAsTheRegularExpressionSaysIt() {
        Random random = new Random(20261202);
        char[] alphabet = {'a', 'ä', ' ', ' ', '\t', '\r', '\n', '\u00a0', 'Z'};
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String raw = new String(text);
            assertEquals(raw.replaceAll("[ \\t\\r\\n]+", " "), Inlines.collapse(raw), "for '" + raw + "'");
        }
    }

    @Test
    void textWithNothingToCollapseIsReturnedAsItIs() {
        String text = "Aluekehittämisen keskustelut kokoavat näkemykset.";
        assertSame(text, Inlines.collapse(text));
    }
}
