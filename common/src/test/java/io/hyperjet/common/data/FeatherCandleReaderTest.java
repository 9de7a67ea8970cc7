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
}
