package fi.alke.samples;

/** Counts printed to people, with the noun in the number the count needs: "1 input", "2 inputs". */
final class Counts {
    private Counts() {
    }

    /**
     * The count and its noun, the noun made plural with -s for every count but one (the nouns the commands
     * count, such as input, problem, file and form, are all regular).
     */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
