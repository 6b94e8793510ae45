package fi.alke.documents.api;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a document is rendered in. */
public enum Format {
    /** Word's format, with named styles, as docx4j writes it. */
    DOCX,
    /** Tagged PDF/A-2a and PDF/UA-1, as OpenPDF writes it. */
    PDF;

    /** The file name extension without the dot: {@code docx}, {@code pdf}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a file's name ends in, {@code .docx} or {@code .pdf} (in any case).
     *
     * @throws IllegalArgumentException naming the file and the extensions there are
     */
    public static Format of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        throw new IllegalArgumentException(file + ": the file name does not end in "
                + Arrays.stream(values()).map(f -> "." + f.extension()).collect(Collectors.joining(" or "))
                + ", so it names no format");
    }
}
