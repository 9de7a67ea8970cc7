package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.TimeStampSecVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;

class FeatherCandleReaderTest
{
    @TempDir
    Path dir;

    private PairFrame roundTrip(final CompressionUtil.CodecType codec)
    {
        final PairFrame frame = TestFrames.sample("BTC/USDT", 500);
        final Path file = dir.resolve("BTC_USDT-5m.feather");
        FeatherCandleWriter.write(file, frame, codec);
        FrameAssert.assertSameCandles(frame, FeatherCandleReader.read(file).toFrame("BTC/USDT", "5m"));
        return frame;
    }

    @Test
    void shouldReadLz4FrameCompressed()
    {
        roundTrip(CompressionUtil.CodecType.LZ4_FRAME);
    }

    @Test
    void shouldReadZstdCompressed()
    {
        roundTrip(CompressionUtil.CodecType.ZSTD);
    }

    @Test
    void shouldReadUncompressed()
    {
        roundTrip(CompressionUtil.CodecType.NO_COMPRESSION);
    }

    @Test
    void shouldReadExtraNumericColumns()
    {
        final double[] signal = new double[10];
        signal[3] = 1;
        final PairFrame frame = TestFrames.withExtra(TestFrames.sample("A/B", 10), "enter_long", signal);
        final Path file = dir.resolve("A_B-5m.feather");
        FeatherCandleWriter.write(file, frame, CompressionUtil.CodecType.ZSTD);
        FrameAssert.assertSameColumns(frame, FeatherCandleReader.read(file).toFrame("A/B", "5m"));
    }

    @Test
    void shouldReadDateInSecondsWithoutZone() throws IOException
    {
        assertDates((a) -> new TimeStampSecVector("date", a), 1000);
    }

    @Test
    void shouldReadDateInMillisWithZone() throws IOException
    {
        assertDates((a) -> new TimeStampMilliTZVector("date", a, "UTC"), 1);
    }

    @Test
    void shouldReadDateInMicrosWithoutZone() throws IOException
    {
        assertDates((a) -> new TimeStampMicroVector("date", a), -1000);
    }

    @Test
    void shouldReadDateAsInt64Millis() throws IOException
    {
        final long[] ms = {TestFrames.START_MS, TestFrames.START_MS + TestFrames.TF_5M_MS};
        final Path file = dir.resolve("int.feather");
        try (BufferAllocator allocator = new RootAllocator())
        {
            final BigIntVector date = new BigIntVector("date", allocator);
            date.allocateNew(2);
            date.set(0, ms[0]);
            date.set(1, ms[1]);
            date.setValueCount(2);
            writeWithOhlcv(file, allocator, date, 2);
        }
        assertArrayEquals(ms, FeatherCandleReader.read(file).toFrame("X/Y", "5m").date().toArray());
    }

    interface DateVectorFactory
    {
        TimeStampVector create(BufferAllocator allocator);
    }

    /**
     * scale > 0: raw value = ms / scale; scale < 0: raw value = ms * -scale.
     */
    private void assertDates(final DateVectorFactory factory, final long scale) throws IOException
    {
        final long[] ms = {TestFrames.START_MS, TestFrames.START_MS + TestFrames.TF_5M_MS};
        final Path file = dir.resolve("dates.feather");
        try (BufferAllocator allocator = new RootAllocator())
        {
            final TimeStampVector date = factory.create(allocator);
            date.allocateNew(2);
            for (int i = 0; i < 2; i++)
            {
                date.setSafe(i, scale > 0 ? ms[i] / scale : ms[i] * -scale);
            }
            date.setValueCount(2);
            writeWithOhlcv(file, allocator, date, 2);
        }
        final PairFrame frame = FeatherCandleReader.read(file).toFrame("X/Y", "5m");
        assertArrayEquals(ms, frame.date().toArray());
        assertEquals(1.5, frame.high().get(1));
    }

    private static void writeWithOhlcv(
        final Path file, final BufferAllocator allocator, final FieldVector date, final int rows) throws IOException
    {
        final List<FieldVector> vectors = new ArrayList<>();
        vectors.add(date);
        for (final String name : new String[]{"open", "high", "low", "close", "volume"})
        {
            final Float8Vector v = new Float8Vector(name, allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++)
            {
                v.set(i, "low".equals(name) ? 0.5 : 1.5);
            }
            v.setValueCount(rows);
            vectors.add(v);
        }
        try (VectorSchemaRoot root = new VectorSchemaRoot(vectors);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            ArrowFileWriter writer = new ArrowFileWriter(root, null, ch))
        {
            root.setRowCount(rows);
            writer.start();
            writer.writeBatch();
            writer.end();
        }
    }

    /*
     * Values are copied in bulk from a batch without nulls and one by one from a batch with nulls: both must give
     * every value bit for bit (NaN payloads, -0.0, infinities, subnormals), in row order across batches of unequal
     * length, with NaN for nulls.
     */
    @Test
    void shouldReadEveryValueOfSeveralBatchesBitForBit() throws IOException
    {
        final java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 20; round++)
        {
            final int batches = 1 + random.nextInt(4);
            final int[] sizes = new int[batches];
            int total = 0;
            for (int b = 0; b < batches; b++)
            {
                sizes[b] = 1 + random.nextInt(round % 2 == 0 ? 5 : 3000);
                total += sizes[b];
            }
            final String[] names = {"open", "high", "low", "close", "volume"};
            final double[][] expected = new double[names.length][total];
            final boolean[][] nulls = new boolean[names.length][total];
            for (int c = 0; c < names.length; c++)
            {
                final boolean withNulls = random.nextInt(3) == 0;
                for (int r = 0; r < total; r++)
                {
                    expected[c][r] = anyDouble(random);
                    nulls[c][r] = withNulls && random.nextInt(10) == 0;
                }
            }
            final Path file = dir.resolve("batches-" + round + ".feather");
            writeBatches(file, names, sizes, expected, nulls);
            final CandleBuffer read = FeatherCandleReader.read(file);
            assertEquals(total, read.rows());
            final PairFrame frame = read.toFrame("X/Y", "5m");
            assertEquals(total, frame.rows());
            for (int r = 0; r < total; r++)
            {
                assertEquals(TestFrames.START_MS + r * TestFrames.TF_5M_MS, frame.date().get(r));
            }
            for (int c = 0; c < names.length; c++)
            {
                final double[] values = frame.column(names[c]).toArray();
                for (int r = 0; r < total; r++)
                {
                    final double want = nulls[c][r] ? Double.NaN : expected[c][r];
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(values[r]),
                        "round " + round + ", column " + names[c] + ", row " + r);
                }
            }
        }
    }

    private static double anyDouble(final java.util.Random random)
    {
        switch (random.nextInt(8))
        {
            case 0:
                // any bit pattern: NaNs with payloads, subnormals, infinities
                return Double.longBitsToDouble(random.nextLong());
            case 1:
                return -0.0;
            case 2:
                return Double.NEGATIVE_INFINITY;
            default:
                return random.nextGaussian() * 1000;
        }
    }

    private static void writeBatches(
        final Path file, final String[] names, final int[] sizes, final double[][] values, final boolean[][] nulls)
        throws IOException
    {
        try (BufferAllocator allocator = new RootAllocator())
        {
            final List<FieldVector> vectors = new ArrayList<>();
            final TimeStampMilliTZVector date = new TimeStampMilliTZVector("date", allocator, "UTC");
            vectors.add(date);
            for (final String name : names)
            {
                vectors.add(new Float8Vector(name, allocator));
            }
            try (VectorSchemaRoot root = new VectorSchemaRoot(vectors);
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, ch))
            {
                writer.start();
                int first = 0;
                for (final int size : sizes)
                {
                    date.allocateNew(size);
                    for (int r = 0; r < size; r++)
                    {
                        date.set(r, TestFrames.START_MS + (first + r) * TestFrames.TF_5M_MS);
                    }
                    date.setValueCount(size);
                    for (int c = 0; c < names.length; c++)
                    {
                        final Float8Vector v = (Float8Vector)vectors.get(1 + c);
                        v.allocateNew(size);
                        for (int r = 0; r < size; r++)
                        {
                            if (nulls[c][first + r])
                            {
                                v.setNull(r);
                            }
                            else
                            {
                                v.set(r, values[c][first + r]);
                            }
                        }
                        v.setValueCount(size);
                    }
                    root.setRowCount(size);
                    writer.writeBatch();
                    first += size;
                }
                writer.end();
            }
        }
    }
}
