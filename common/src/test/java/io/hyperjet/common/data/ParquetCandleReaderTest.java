package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;

class ParquetCandleReaderTest
{
    @TempDir
    Path dir;

    private void assertRoundTrip(final CompressionCodecName codec)
    {
        final PairFrame frame = TestFrames.sample("BTC/USDT", 700);
        final Path file = dir.resolve("BTC_USDT-5m.parquet");
        ParquetCandleWriter.write(file, frame, codec, false);
        FrameAssert.assertSameCandles(frame, ParquetCandleReader.read(file, Long.MAX_VALUE).toFrame("BTC/USDT", "5m"));
    }

    @Test
    void shouldReadSnappy()
    {
        assertRoundTrip(CompressionCodecName.SNAPPY);
    }

    @Test
    void shouldReadZstd()
    {
        assertRoundTrip(CompressionCodecName.ZSTD);
    }

    @Test
    void shouldReadGzip()
    {
        assertRoundTrip(CompressionCodecName.GZIP);
    }

    @Test
    void shouldReadUncompressed()
    {
        assertRoundTrip(CompressionCodecName.UNCOMPRESSED);
    }

    @Test
    void shouldIgnorePandasIndexColumn()
    {
        final PairFrame frame = TestFrames.sample("BTC/USDT", 50);
        final Path file = dir.resolve("idx.parquet");
        ParquetCandleWriter.write(file, frame, CompressionCodecName.SNAPPY, true);
        final PairFrame read = ParquetCandleReader.read(file, Long.MAX_VALUE).toFrame("BTC/USDT", "5m");
        FrameAssert.assertSameColumns(frame, read);
        assertFalse(read.columns().containsKey(ParquetCandleWriter.INDEX_COLUMN));
    }

    @Test
    void shouldKeepExtraColumns()
    {
        final double[] exit = new double[20];
        exit[7] = 1;
        final PairFrame frame = TestFrames.withExtra(TestFrames.sample("A/B", 20), "exit_long", exit);
        final Path file = dir.resolve("extra.parquet");
        ParquetCandleWriter.write(file, frame);
        FrameAssert.assertSameColumns(frame, ParquetCandleReader.read(file, Long.MAX_VALUE).toFrame("A/B", "5m"));
    }

    @Test
    void shouldReadMemoryMappedIdenticallyToHeap()
    {
        final PairFrame frame = TestFrames.sample("BTC/USDT", 5000);
        final Path file = dir.resolve("big.parquet");
        ParquetCandleWriter.write(file, frame);
        final PairFrame mapped = ParquetCandleReader.read(file, 0).toFrame("BTC/USDT", "5m");
        final PairFrame heap = ParquetCandleReader.read(file, Long.MAX_VALUE).toFrame("BTC/USDT", "5m");
        FrameAssert.assertSameCandles(heap, mapped);
        FrameAssert.assertSameCandles(frame, mapped);
    }

    @Test
    void shouldMapOnlyAboveThreshold()
    {
        final Path file = dir.resolve("f.parquet");
        ParquetCandleWriter.write(file, TestFrames.sample("A/B", 10));
        try (ByteBufferInputFile mapped = ByteBufferInputFile.map(file);
            ByteBufferInputFile heap = ByteBufferInputFile.readHeap(file))
        {
            assertTrue(mapped.isMapped());
            assertFalse(heap.isMapped());
            assertEquals(mapped.getLength(), heap.getLength());
        }
    }

    @Test
    void shouldReadMicrosAndMillisTimestamps() throws IOException
    {
        for (final LogicalTypeAnnotation.TimeUnit unit : new LogicalTypeAnnotation.TimeUnit[]{
            LogicalTypeAnnotation.TimeUnit.MICROS, LogicalTypeAnnotation.TimeUnit.MILLIS})
        {
            final long scale = unit == LogicalTypeAnnotation.TimeUnit.MICROS ? 1000 : 1;
            final Path file = dir.resolve("ts-" + unit + ".parquet");
            final MessageType schema = Types.buildMessage()
                .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(false, unit))
                .named("date")
                .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("open")
                .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("high")
                .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("low")
                .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("close")
                .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("volume")
                .named("schema");
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .build())
            {
                final Group g = new SimpleGroupFactory(schema).newGroup();
                g.add("date", TestFrames.START_MS * scale);
                g.add("open", 1.0);
                g.add("high", 2.0);
                g.add("low", 0.5);
                g.add("close", 1.5);
                g.add("volume", 3.0);
                w.write(g);
            }
            assertArrayEquals(new long[]{TestFrames.START_MS},
                ParquetCandleReader.read(file, Long.MAX_VALUE).toFrame("A/B", "5m").date().toArray(), unit.name());
        }
    }
}
