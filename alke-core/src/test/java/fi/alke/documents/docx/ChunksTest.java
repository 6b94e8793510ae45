package fi.alke.documents.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The chunks hold what was written, in order, across the first chunk's growth and the chunks' edges. */
class ChunksTest {
    @Test
    void holdWhatWasWrittenAcrossChunkEdges() {
        Random random = new Random(15);
        for (int size : new int[] {0, 1, 15, 16, 17, Chunks.SIZE - 1, Chunks.SIZE, Chunks.SIZE + 1, 5 * Chunks.SIZE + 77}) {
            Chunks chunks = new Chunks(16);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            while (expected.size() < size) {
                // single bytes and runs of every length, so that runs cross the edges at every offset
                if (random.nextInt(4) == 0) {
                    int b = random.nextInt(256);
                    chunks.write(b);
                    expected.write(b);
                } else {
                    byte[] run = new byte[Math.min(random.nextInt(3 * Chunks.SIZE / 2), size - expected.size())];
                    random.nextBytes(run);
                    int off = run.length > 0 ? random.nextInt(run.length) : 0;
                    chunks.write(run, off, run.length - off);
                    expected.write(run, off, run.length - off);
                }
            }
            byte[] bytes = expected.toByteArray();
            assertEquals(bytes.length, chunks.length());
            for (int i = 0; i < bytes.length; i += 1 + random.nextInt(97)) {
                assertEquals(bytes[i], chunks.at(i), "byte " + i + " of " + size);
            }
            byte[] all = chunks.addTo(Slices.empty(), 0, chunks.length()).toByteArray();
            assertArrayEquals(bytes, all);
            if (bytes.length > 10) {
                int from = random.nextInt(bytes.length / 2);
                int to = from + random.nextInt(bytes.length - from);
                assertArrayEquals(Arrays.copyOfRange(bytes, from, to), chunks.addTo(Slices.empty(), from, to).toByteArray());
                byte wanted = bytes[to - 1 < from ? from : to - 1];
                int found = -1;
                for (int i = from; i < bytes.length; i++) {
                    if (bytes[i] == wanted) {
                        found = i;
                        break;
                    }
                }
                assertEquals(found, chunks.indexOf(wanted, from));
            }
        }
    }

    /** A part in slices is checked and compressed as the same bytes in one array are. */
    @Test
    void slicesCompressAndCheckAsOneArray() {
        byte[] text = "<w:p><w:r><w:t>Aluekehittämisen keskustelut</w:t></w:r></w:p>".repeat(3_000)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Chunks chunks = Chunks.of(text);
        Slices slices = chunks.addTo(Slices.empty(), 0, 100).then("<x/>".getBytes(), 0, 4)
                .then(text, 100, 200);
        chunks.addTo(slices, 200, text.length);
        byte[] whole = slices.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(whole);
        assertEquals(crc.getValue(), slices.crc());
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] expected = deflate(whole, deflater);
        assertArrayEquals(expected, slices.deflated(deflater));
        deflater.end();
    }

    private static byte[] deflate(byte[] bytes, Deflater deflater) {
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }
}
