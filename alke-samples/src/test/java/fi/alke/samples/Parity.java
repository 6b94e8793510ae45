package fi.alke.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * How one document's two layouts compare: our PDF's pages and lines against LibreOffice's PDF of our DOCX.
 * On each page the lines are matched in order (the longest common subsequence), so that a line that moved to
 * the next page counts once on each page and the lines after it still match; a page only one layout has counts
 * all its lines.
 *
 * @param name        the document
 * @param ourPages    the pages of our PDF
 * @param theirPages  the pages of LibreOffice's PDF
 * @param lines       the lines compared: on each page, the more of the two layouts' lines
 * @param differing   the lines of those with no match on the same page of the other layout
 * @param differences the differing lines, each line of one layout beside the next differing line of the other on
 *                    the same page, as "page N, PDF: … | DOCX: …"
 */
record Parity(String name, int ourPages, int theirPages, int lines, int differing, List<String> differences) {
    /** Compares the two layouts' lines, page by page. */
    static Parity of(String name, List<List<String>> ours, List<List<String>> theirs) {
        int lines = 0;
        int differing = 0;
        List<String> differences = new ArrayList<>();
        for (int page = 0; page < Math.max(ours.size(), theirs.size()); page++) {
            List<String> a = page < ours.size() ? ours.get(page) : List.of();
            List<String> b = page < theirs.size() ? theirs.get(page) : List.of();
            boolean[][] matched = match(a, b);
            int common = 0;
            for (boolean m : matched[0]) {
                common += m ? 1 : 0;
            }
            lines += Math.max(a.size(), b.size());
            differing += Math.max(a.size(), b.size()) - common;
            List<String> ourOwn = unmatched(a, matched[0]);
            List<String> theirOwn = unmatched(b, matched[1]);
            for (int k = 0; k < Math.max(ourOwn.size(), theirOwn.size()); k++) {
                differences.add("page " + (page + 1) + ", PDF: " + (k < ourOwn.size() ? ourOwn.get(k) : "(no line)")
                        + " | DOCX: " + (k < theirOwn.size() ? theirOwn.get(k) : "(no line)"));
            }
        }
        return new Parity(name, ours.size(), theirs.size(), lines, differing, List.copyOf(differences));
    }

    /** Whether the two layouts have as many pages. */
    boolean samePages() {
        return ourPages == theirPages;
    }

    /** Which lines of each side the other has too, in order (a longest common subsequence). */
    private static boolean[][] match(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        boolean[][] matched = {new boolean[a.size()], new boolean[b.size()]};
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                matched[0][i++] = true;
                matched[1][j++] = true;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }

    /** The lines the other layout has not on this page, quoted. */
    private static List<String> unmatched(List<String> lines, boolean[] matched) {
        List<String> own = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!matched[i]) {
                own.add("“" + lines.get(i) + "”");
            }
        }
        return own;
    }
}
