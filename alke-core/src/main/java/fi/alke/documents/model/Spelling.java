package fi.alke.documents.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest of known names to a misspelt one, for "did you mean …?" in messages: letter case is no
 * difference, and two neighbouring letters swapped ("tilte") are one slip of the fingers, not two.
 */
public final class Spelling {
    /** How many edits a misspelling may be from what was meant. */
    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** The first of the names nearest to the misspelt one, if one is near enough to be what was meant. */
    public static Optional<String> closest(String misspelt, Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = distance(misspelt.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        // a two-letter word is two edits from every other two-letter word: that is no resemblance
        boolean near = bestDistance <= MAX_EDITS && bestDistance < misspelt.length();
        return near ? Optional.of(best) : Optional.empty();
    }

    /** The edit distance of two words with swaps of neighbouring letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
