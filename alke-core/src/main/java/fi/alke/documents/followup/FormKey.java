package fi.alke.documents.followup;

import fi.alke.documents.followup.FormImportException.Cell;
import fi.alke.documents.internal.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The secret key the issuing office seals its follow-up forms with, so that a form cannot be forged: a form
 * carries an HMAC-SHA-256 over its format, round, party, status labels and action ids (its matching data),
 * computed with this key, and {@link FormImport} accepts only forms whose seal verifies with the key it is
 * given. Anyone holding a form can read and change its hidden matching data, but without the key nobody can
 * make a seal that verifies: a region's form edited to claim to be another region's or a ministry's is refused.
 *
 * <p>The key never goes into a form; a form carries only the key's {@link #id()}, a short public name of the
 * key derived from it (it tells which key sealed a form, so a form of another key is refused as such, but
 * reveals nothing of the key). The same follow-up, round, party and key give the same form bytes, so forms
 * made again with the same key still verify.
 *
 * <p>Keep it as the command line does: in a file of its own beside the follow-up input ({@code
 * seuranta-2024.formkey} beside {@code seuranta-2024.yaml}), written with {@link #write}, readable by its owner
 * only, never sent with the forms, and read back with {@link #read} for the import. Rotate it by making a new key
 * ({@link #generate}) and new forms: forms sealed with the old key are then refused, so rotate between rounds,
 * once every form of the old key has been imported. A system that keeps its secrets in a vault of its own gives
 * the key's bytes to {@link #of}.
 *
 * <p>An instance is immutable and safe to share between threads; its {@link #toString} shows the id only.
 */
public final class FormKey {
    /** The key's length: 256 bits, as long as the HMAC-SHA-256 output. */
    public static final int BYTES = 32;
    /** What a key file's key line starts with: the algorithm the key is for and the encoding of the rest. */
    static final String KEY_PREFIX = "hmac-sha256:";

    private static final String ALGORITHM = "HmacSHA256";
    /** Domain separation: what the key's bytes are used for, so that no two uses can give the same bytes. */
    private static final String ID_CONTEXT = "alke-follow-up-form-key-id";
    private static final String SEAL_CONTEXT = "alke-follow-up-form-seal";

    private final byte[] key;
    private final String id;

    private FormKey(byte[] key) {
        this.key = key.clone();
        this.id = HexFormat.of().formatHex(Arrays.copyOf(mac(ID_CONTEXT.getBytes(StandardCharsets.UTF_8)), 8));
    }

    /** A new key: {@value #BYTES} random bytes from {@link SecureRandom}. */
    public static FormKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new FormKey(bytes);
    }

    /**
     * A key kept elsewhere than in a key file, e.g. in a system's secret store.
     *
     * @param bytes at least {@value #BYTES} bytes, from a cryptographically strong random source; copied
     * @throws IllegalArgumentException if there are fewer
     */
    public static FormKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < BYTES) {
            throw new IllegalArgumentException("a form key has at least " + BYTES + " bytes, not " + bytes.length);
        }
        return new FormKey(bytes);
    }

    /**
     * Reads a key file written by {@link #write}: a comment line ({@code #} …), then {@value #KEY_PREFIX} and the
     * key in Base64.
     *
     * @param file the key file; named in a problem as given
     * @throws FormImportException naming the file if it is not a form key file
     * @throws IOException         if the file cannot be read (a missing file is a
     *                             {@link java.nio.file.NoSuchFileException})
     */
    public static FormKey read(Path file) throws IOException, FormImportException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        if (lines.size() != 1 || !lines.get(0).startsWith(KEY_PREFIX)) {
            throw notAKey(file, "not a form key file: expected one line " + KEY_PREFIX + "<key in Base64>, as "
                    + "alke followup forms writes it");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(lines.get(0).substring(KEY_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw notAKey(file, "not a form key file: the key is not valid Base64");
        }
        if (bytes.length < BYTES) {
            throw notAKey(file, "not a form key file: the key has " + bytes.length + " bytes, a form key at least "
                    + BYTES);
        }
        return new FormKey(bytes);
    }

    private static FormImportException notAKey(Path file, String message) {
        return new FormImportException(List.of(new Cell(file.toString(), -1, "", message)));
    }

    /**
     * Writes the key to a file, atomically and, where the file system has POSIX permissions, readable and
     * writable by its owner only ({@code rw-------}); an existing file is replaced.
     */
    public void write(Path file) throws IOException {
        String text = "# ALKE follow-up form key " + id + ". Secret: keep it here, beside the follow-up input; never "
                + "send it with the forms. alke followup import accepts only forms sealed with it.\n"
                + KEY_PREFIX + Base64.getEncoder().encodeToString(key) + "\n";
        AtomicFiles.writeOwnerOnly(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key's public name: 16 hexadecimal digits derived from the key (an HMAC of a fixed text), written into
     * every form it seals and into its key file's comment, so that a form of another key can be told apart.
     */
    public String id() {
        return id;
    }

    /**
     * The seal of a form's matching data: the HMAC-SHA-256, in hexadecimal, of the fields in an unambiguous
     * encoding (each text as its length in UTF-8 bytes and the bytes, each list as its size and its texts).
     */
    String seal(String format, String round, String partyCode, List<String> statusLabels, List<String> actionIds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String text : List.of(SEAL_CONTEXT, format, id, round, partyCode)) {
                text(out, text);
            }
            for (List<String> list : List.of(statusLabels, actionIds)) {
                out.writeInt(list.size());
                for (String text : list) {
                    text(out, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return HexFormat.of().formatHex(mac(bytes.toByteArray()));
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Whether a seal is this key's over the data, compared in constant time. */
    boolean verifies(String seal, String format, String round, String partyCode, List<String> statusLabels,
                     List<String> actionIds) {
        byte[] expected = seal(format, round, partyCode, statusLabels, actionIds).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, seal.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(byte[] data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(ALGORITHM);
            mac.init(new javax.crypto.spec.SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has " + ALGORITHM, e);
        }
    }

    /** Keys are equal when their bytes are, compared in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FormKey that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@code FormKey[id=…]}: never the key itself, so that it does not end up in a log. */
    @Override
    public String toString() {
        return "FormKey[id=" + id + "]";
    }
}
