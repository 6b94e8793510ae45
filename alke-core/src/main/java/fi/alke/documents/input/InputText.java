package fi.alke.documents.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an input file: UTF-8, with a leading byte order mark dropped. Bytes that are not UTF-8 are
 * the writer's mistake, so they are reported at their line and column ({@link NotText}), not as the
 * decoder's {@code MalformedInputException} ("Input length = 1").
 */
final class InputText {
    private InputText() {
    }

    /**
     * The file's text, if it has at most {@code maxBytes} bytes: no more than that is read, so a huge file
     * (or a device such as {@code /dev/zero}) costs no more memory than the limit.
     *
     * @throws TooLarge when the file has more bytes
     */
    static String read(Path file, long maxBytes) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return decode(bounded(in, maxBytes));
        }
    }

    /** At most {@code maxBytes} bytes of the stream, or {@link TooLarge}. */
    static byte[] bounded(java.io.InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return bytes;
    }

    /** The bytes as text. */
    static String decode(byte[] bytes) throws NotText {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new NotText(1, 1, "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), result.length());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static NotText notUtf8(byte[] bytes, int at, int length) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return new NotText(line, column, "the file is not UTF-8 text: the byte" + (length > 1 ? "s " : " ") + shown
                + " here " + (length > 1 ? "are" : "is") + " not UTF-8 (was it saved as Latin-1 or Windows-1252?); "
                + "save it as UTF-8");
    }

    /** A file longer than the input size limit allows. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("more than " + maxBytes + " bytes");
        }
    }

    /** Bytes that are not UTF-8 text, at the line and column where they stand. */
    static final class NotText extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        NotText(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
