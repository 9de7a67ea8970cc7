package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hand-written LZ4 frame decoder against commons-compress, the reference Arrow Java itself uses.
 */
class Lz4FeatherTest
{
    private static byte[] compress(final byte[] data, final boolean dependentBlocks) throws IOException
    {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final FramedLZ4CompressorOutputStream.Parameters params = new FramedLZ4CompressorOutputStream.Parameters(
            FramedLZ4CompressorOutputStream.BlockSize.K64, true, dependentBlocks, true);
        try (FramedLZ4CompressorOutputStream out = new FramedLZ4CompressorOutputStream(bytes, params))
        {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] sampleBytes()
    {
        // doubles of a slow walk: repetitive enough for long matches, with overlapping short-offset runs
        final Random random = new Random(3);
        final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(300_000);
        double price = 100;
        while (buffer.remaining() >= 8)
        {
            price += random.nextInt(3) - 1;
            buffer.putDouble(price);
        }
        return buffer.array();
    }

    @Test
    void shouldDecodeIndependentBlocksLikeCommonsCompress() throws IOException
    {
        final byte[] data = sampleBytes();
        final byte[] compressed = compress(data, false);
        final byte[] out = new byte[data.length];
        assertEquals(data.length, Lz4FrameDecoder.decode(compressed, 0, compressed.length, out));
        assertArrayEquals(data, out);
    }

    @Test
    void shouldDecodeDependentBlocks() throws IOException
    {
        final byte[] data = sampleBytes();
        final byte[] compressed = compress(data, true);
        final byte[] out = new byte[data.length];
        Lz4FrameDecoder.decode(compressed, 0, compressed.length, out);
        assertArrayEquals(data, out);
    }

    @Test
    void shouldRejectCorruptInput() throws IOException
    {
        final byte[] compressed = compress(sampleBytes(), false);
        final byte[] cut = java.util.Arrays.copyOf(compressed, compressed.length / 2);
        assertThrows(RuntimeException.class, () -> Lz4FrameDecoder.decode(cut, 0, cut.length, new byte[300_000]));
        compressed[0] = 0;
        assertThrows(IllegalArgumentException.class,
            () -> Lz4FrameDecoder.decode(compressed, 0, compressed.length, new byte[300_000]));
    }

    @Test
    void shouldReadRealFreqtradeFeatherLikeArrowsOwnCodec() throws IOException
    {
        final Path file = Path.of(System.getProperty("hyperjet.sharedData", "../shared/data/freqtrade"))
            .resolve("UNITTEST_BTC-1m.feather");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent at " + file.toAbsolutePath());
        final double[] fast = FeatherCandleReader.read(file).toFrame("UNITTEST/BTC", "1m").close().toArray();
        final double[] reference = new double[fast.length];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            BufferAllocator allocator = new RootAllocator();
            ArrowFileReader reader = new ArrowFileReader(channel, allocator, CommonsCompressionFactory.INSTANCE))
        {
            final VectorSchemaRoot root = reader.getVectorSchemaRoot();
            int row = 0;
            for (final ArrowBlock block : reader.getRecordBlocks())
            {
                reader.loadRecordBatch(block);
                final Float8Vector close = (Float8Vector)root.getVector("close");
                for (int i = 0; i < root.getRowCount(); i++)
                {
                    reference[row++] = close.get(i);
                }
            }
        }
        assertArrayEquals(reference, fast);
    }
}
