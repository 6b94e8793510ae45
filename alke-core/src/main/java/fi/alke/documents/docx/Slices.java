package fi.alke.documents.docx;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP entry's content as stretches of byte arrays, in order: a part as it was serialised, with its root
 * start tag put in from an array of its own ({@link RootNamespaces}), is checked and compressed where it
 * lies rather than copied whole first.
 */
final class Slices {
    private record Slice(byte[] bytes, int from, int to) {
    }

    private final List<Slice> slices = new ArrayList<>(4);
    private int length;

    private Slices() {
    }

    /** No bytes yet. */
    static Slices empty() {
        return new Slices();
    }

    static Slices of(byte[] bytes) {
        return empty().then(bytes, 0, bytes.length);
    }

    /** These bytes, then {@code from} to {@code to} of {@code bytes}. */
    Slices then(byte[] bytes, int from, int to) {
        if (to > from) {
            slices.add(new Slice(bytes, from, to));
            length += to - from;
        }
        return this;
    }

    int length() {
        return length;
    }

    long crc() {
        CRC32 check = new CRC32();
        for (Slice s : slices) {
            check.update(s.bytes(), s.from(), s.to() - s.from());
        }
        return check.getValue();
    }

    /** The bytes raw-deflated by {@code deflater}, which is reset first. */
    byte[] deflated(Deflater deflater) {
        deflater.reset();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(length / 4 + 64);
        byte[] buffer = new byte[8192];
        for (Slice s : slices) {
            deflater.setInput(s.bytes(), s.from(), s.to() - s.from());
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        return compressed.toByteArray();
    }

    /** The bytes in one array: the array itself when they are all of one. */
    byte[] toByteArray() {
        if (slices.size() == 1 && slices.get(0).from() == 0 && slices.get(0).to() == slices.get(0).bytes().length) {
            return slices.get(0).bytes();
        }
        byte[] all = new byte[length];
        int at = 0;
        for (Slice s : slices) {
            System.arraycopy(s.bytes(), s.from(), all, at, s.to() - s.from());
            at += s.to() - s.from();
        }
        return all;
    }
}
