package fi.alke.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of the work the library does for one document, in one place: a template from an author or an
 * input from a user must end with the library's error naming the limit, never hang the caller or exhaust
 * its memory or stack. {@link #DEFAULT} suits documents of the regional development discussions by a wide
 * margin (the longest sample takes milliseconds and writes under 100 kB of markup); a caller with larger
 * documents raises a limit with the {@code with…} methods.
 *
 * @param templateTime   how long one template may run before it is stopped
 * @param templateOutput how many characters of markup one template may write
 * @param markupDepth    how deeply markup elements may nest (a list in a list in a cell is 5 or so)
 * @param paragraphLength how many characters one paragraph, heading or table cell's text may hold (100,000
 *                       characters are some 30 pages of one paragraph); the layout's cost is linear in it
 * @param imagePixels    how many pixels an image may have, read from its header before it is decoded (the
 *                       PDF decodes it at 4 bytes a pixel)
 * @param inputSize      how many characters (code points) one input file (YAML or JSON) may hold; a larger
 *                       one is refused at the line where the limit falls, and a file of more than four bytes a
 *                       character is refused before it is read
 * @param formSize       how many bytes a returned follow-up form may unpack to: a form is unpacked into memory
 *                       (an XLSX is then read as a stream of cells, a DOCX whole), so a larger one (rows added by
 *                       the hundred thousand, or a ZIP bomb) is refused, naming the file, before it is read
 */
public record Limits(Duration templateTime, long templateOutput, int markupDepth, int paragraphLength,
                     long imagePixels, int inputSize, long formSize) {
    /**
     * 10 s of template time, 20 million characters (about 40 MB) of markup, elements nested 100 deep,
     * paragraphs of 100,000 characters, images of 40 million pixels (8000 × 5000; a scanned A4 page at 600 dpi
     * has 35 million), inputs of 16 Mi characters (four times a follow-up of 8,000 actions, a 1,000-page
     * report) and forms that unpack to 24 MiB (over twice a DOCX form of 8,000 actions, 10 MB).
     */
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 20_000_000L, 100, 100_000, 40_000_000L,
            16 * 1024 * 1024, 24L * 1024 * 1024);

    public Limits {
        Objects.requireNonNull(templateTime, "templateTime");
        if (templateTime.isNegative() || templateTime.isZero()) {
            throw new IllegalArgumentException("templateTime must be positive: " + templateTime);
        }
        if (templateOutput <= 0) {
            throw new IllegalArgumentException("templateOutput must be positive: " + templateOutput);
        }
        if (markupDepth < 3) {
            throw new IllegalArgumentException("markupDepth must be at least 3 (document, body, block): " + markupDepth);
        }
        if (paragraphLength <= 0) {
            throw new IllegalArgumentException("paragraphLength must be positive: " + paragraphLength);
        }
        if (imagePixels <= 0) {
            throw new IllegalArgumentException("imagePixels must be positive: " + imagePixels);
        }
        if (inputSize <= 0) {
            throw new IllegalArgumentException("inputSize must be positive: " + inputSize);
        }
        if (formSize <= 0) {
            throw new IllegalArgumentException("formSize must be positive: " + formSize);
        }
    }

    public Limits withTemplateTime(Duration time) {
        return new Limits(time, templateOutput, markupDepth, paragraphLength, imagePixels, inputSize, formSize);
    }

    public Limits withTemplateOutput(long characters) {
        return new Limits(templateTime, characters, markupDepth, paragraphLength, imagePixels, inputSize, formSize);
    }

    public Limits withMarkupDepth(int depth) {
        return new Limits(templateTime, templateOutput, depth, paragraphLength, imagePixels, inputSize, formSize);
    }

    public Limits withParagraphLength(int characters) {
        return new Limits(templateTime, templateOutput, markupDepth, characters, imagePixels, inputSize, formSize);
    }

    public Limits withImagePixels(long pixels) {
        return new Limits(templateTime, templateOutput, markupDepth, paragraphLength, pixels, inputSize, formSize);
    }

    public Limits withInputSize(int characters) {
        return new Limits(templateTime, templateOutput, markupDepth, paragraphLength, imagePixels, characters, formSize);
    }

    public Limits withFormSize(long bytes) {
        return new Limits(templateTime, templateOutput, markupDepth, paragraphLength, imagePixels, inputSize, bytes);
    }
}
