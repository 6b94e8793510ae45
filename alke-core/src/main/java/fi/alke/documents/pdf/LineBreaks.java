package fi.alke.documents.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of the PDF may break: at the opportunities of the Unicode line breaking algorithm (UAX
 * #14) as ICU finds them, which is what LibreOffice uses to lay out the DOCX. So a line breaks at a
 * space, after a hyphen ("ELY-" / "keskukset") or a dash ("2021–" / "2027"), but not inside "TKI:n",
 * "1.1.2026" or "TEM-2", and both formats break alike.
 *
 * <p>OpenPDF asks for every character as it fills a line, with the whole paragraph's text. Asking ICU
 * for each would cost the paragraph's length every time; instead a space is an opportunity straight
 * away, two letters or digits in a row never are, and only around other characters (punctuation,
 * dashes, symbols) does ICU decide, over the words around them.
 */
final class LineBreaks implements SplitCharacter {
    static final LineBreaks UNICODE = new LineBreaks();

    /** How far ICU looks on either side of the character, in characters: words longer than this are rare. */
    private static final int REACH = 64;

    /** ICU's iterators keep state; one each per thread, as documents render in parallel. */
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.ROOT));

    private LineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = cc[current];
        if (c == ' ') {
            return true;
        }
        if (current + 1 >= end) {
            return false;
        }
        char next = cc[current + 1];
        if (Character.isLetterOrDigit(c) && Character.isLetterOrDigit(next) || next == ' ') {
            return false;
        }
        // The words around the character: back to the space before the word it ends, on to the space
        // after the next word, within reach.
        int from = current;
        while (from > start && current - from < REACH && cc[from - 1] != ' ') {
            from--;
        }
        int to = current + 1;
        while (to < end && to - current < REACH && cc[to] != ' ') {
            to++;
        }
        BreakIterator iterator = ITERATOR.get();
        iterator.setText(new String(cc, from, to - from));
        return iterator.isBoundary(current + 1 - from);
    }
}
