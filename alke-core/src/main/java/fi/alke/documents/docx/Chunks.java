package fi.alke.documents.docx;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A part as it is serialised, in chunks of one size: the main document of a long report is tens of megabytes,
 * and a growing array (as {@link java.io.ByteArrayOutputStream}'s) copies itself at each doubling and holds up
 * to twice what it was given — for a 78 MB part, 192 MB at once. The first chunk starts small and grows to the
 * chunk size, so that the small parts take no more than they need. Read in place by {@link RootNamespaces} and
 * handed on as {@link Slices}.
 */
final class Chunks extends OutputStream {
    private static final int SHIFT = 16;
    /** 64 KiB: large enough that a chunk's loop runs long, small enough that G1 takes it as an ordinary object. */
    static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;

    private byte[][] chunks = new byte[1][];
    private int count = 1;
    private int length;

    Chunks(int initial) {
        chunks[0] = new byte[Math.min(Math.max(initial, 16), SIZE)];
    }

    /** The bytes of {@code bytes}, copied. */
    static Chunks of(byte[] bytes) {
        Chunks chunks = new Chunks(bytes.length);
        chunks.write(bytes, 0, bytes.length);
        return chunks;
    }

    @Override
    public void write(int b) {
        room();
        chunks[count - 1][length++ & MASK] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            room();
            byte[] chunk = chunks[count - 1];
            int at = length & MASK;
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(b, off, chunk, at, n);
            length += n;
            off += n;
            len -= n;
        }
    }

    /** Makes room for a byte more: the first chunk grows up to the chunk size, then a new chunk is begun. */
    private void room() {
        if (count == 1) {
            if (length < chunks[0].length) {
                return;
            }
            if (chunks[0].length < SIZE) {
                chunks[0] = Arrays.copyOf(chunks[0], Math.min(chunks[0].length * 2, SIZE));
                return;
            }
        } else if (length < (long) count * SIZE) {
            return;
        }
        if (count == chunks.length) {
            chunks = Arrays.copyOf(chunks, count * 2);
        }
        chunks[count++] = new byte[SIZE];
    }

    int length() {
        return length;
    }

    byte at(int i) {
        if (i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        return chunks[i >>> SHIFT][i & MASK];
    }

    /** The chunk that holds the byte at {@code i}: its first byte is the one at {@code i & ~(SIZE - 1)}. */
    byte[] chunkOf(int i) {
        if (i >= length || i < 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return chunks[i >>> SHIFT];
    }

    /** The first index of {@code b} from {@code from} on, or -1. */
    int indexOf(byte b, int from) {
        for (int i = Math.max(from, 0); i < length; ) {
            byte[] chunk = chunks[i >>> SHIFT];
            int base = i & ~MASK;
            int end = Math.min(length - base, chunk.length);
            for (int k = i - base; k < end; k++) {
                if (chunk[k] == b) {
                    return base + k;
                }
            }
            i = base + SIZE;
        }
        return -1;
    }

    /** The bytes {@code from} to {@code to} (exclusive) added to {@code slices}, chunk by chunk. */
    Slices addTo(Slices slices, int from, int to) {
        for (int i = from; i < to; ) {
            int base = i & ~MASK;
            int end = Math.min(to - base, SIZE);
            slices.then(chunks[i >>> SHIFT], i - base, end);
            i = base + end;
        }
        return slices;
    }
}
