package io.hyperjet.shm.attach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.test.ShmTempDirFactory;
import io.hyperjet.shm.test.TestFrames;

class AttachedRunTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path root;

    @Test
    void shouldReadBackBitIdenticalValuesAcrossSegments()
    {
        final PairFrame btc = TestFrames.frame("BTC/USDT", 1000, 1);
        final PairFrame eth = TestFrames.frame("ETH/USDT", 700, 2);
        try (SharedRun run = SharedRun.create(root, 16 * 1024, SharedRun.STDERR_LOG))
        {
            run.addPair(btc);
            run.addPair(eth);
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                assertTrue(attached.metadata().segments().size() > 2);
                assertSameFrame(btc, attached.pair("BTC/USDT", "5m"));
                assertSameFrame(eth, attached.pair("ETH/USDT", "5m"));
            }
        }
    }

    @Test
    void shouldExposeColumnsAddedAfterThePair()
    {
        final double[] rsi = TestFrames.indicator(300, 9);
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            final int btc = run.addPair(TestFrames.frame("BTC/USDT", 300, 1));
            run.addPair(TestFrames.frame("ETH/USDT", 300, 2));
            run.addColumn(btc, "rsi_14", DoubleColumn.copyOf(rsi));
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                final PairFrame frame = attached.pair("BTC/USDT", "5m");
                assertEquals(List.of("open", "high", "low", "close", "volume", "enter_long", "rsi_14"),
                    List.copyOf(frame.columns().keySet()));
                assertBitsEqual(rsi, frame.column("rsi_14").toArray());
                assertNull(attached.pair("ETH/USDT", "5m").column("rsi_14"));
            }
        }
    }

    @Test
    void shouldCarryTextColumnLabelsThroughTheMetadata()
    {
        final PairFrame plain = TestFrames.frame("BTC/USDT", 4, 1);
        final Map<String, double[]> values = new LinkedHashMap<>();
        plain.columns().forEach((name, column) -> values.put(name, column.toArray()));
        values.put("enter_tag", new double[]{1, Double.NaN, 0, 1});
        final PairFrame tagged = PairFrame.ofArrays("BTC/USDT", "5m", plain.date().toArray(), values,
            Map.of("enter_tag", List.of("dip", "breakout")));
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(tagged);
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                final PairFrame frame = attached.pair("BTC/USDT", "5m");
                assertEquals(List.of("dip", "breakout"), frame.labels("enter_tag"));
                assertNull(frame.labels("close"));
                assertEquals("breakout", frame.text("enter_tag", 0));
                assertNull(frame.text("enter_tag", 1));
                assertEquals("dip", frame.text("enter_tag", 2));
            }
        }
    }

    @Test
    void shouldKeepAnEarlierAttachValidWhileTheRunGrows()
    {
        final PairFrame btc = TestFrames.frame("BTC/USDT", 200, 1);
        try (SharedRun run = SharedRun.create(root, 8192, SharedRun.STDERR_LOG))
        {
            run.addPair(btc);
            try (AttachedRun first = AttachedRun.attach(run.publish()))
            {
                run.addPair(TestFrames.frame("ETH/USDT", 500, 2));
                try (AttachedRun second = AttachedRun.attach(run.publish()))
                {
                    assertEquals(1, first.pairs().size());
                    assertEquals(2, second.pairs().size());
                    assertSameFrame(btc, first.pairs().get(0));
                    assertTrue(first.verify().isEmpty());
                    assertTrue(second.verify().isEmpty());
                }
            }
        }
    }

    @Test
    void shouldVerifyMatchingChecksums()
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 500, 1));
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                assertEquals(List.of(), attached.verify());
            }
        }
    }

    @Test
    void shouldReportAChecksumMismatchNamingPairColumnAndFile() throws IOException
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 500, 1));
            final Path metadataFile = run.publish();
            final RunMetadata.Column close = AttachedRunTest.column(metadataFile, "close");
            try (FileChannel channel = FileChannel.open(run.directory().resolve("segment-000.dat"),
                StandardOpenOption.WRITE))
            {
                channel.write(ByteBuffer.wrap(new byte[]{42}), close.offset() + 17);
            }
            try (AttachedRun attached = AttachedRun.attach(metadataFile))
            {
                final List<String> mismatches = attached.verify();
                assertEquals(1, mismatches.size());
                assertTrue(mismatches.get(0).startsWith(metadataFile + ": checksum mismatch in pair BTC/USDT 5m " +
                    "column close (segment-000.dat offset " + close.offset() + ")"), mismatches.get(0));
            }
        }
    }

    private static RunMetadata.Column column(final Path metadataFile, final String name)
    {
        try (AttachedRun attached = AttachedRun.attach(metadataFile))
        {
            for (final RunMetadata.Column column : attached.metadata().pairs().get(0).columns())
            {
                if (column.name().equals(name))
                {
                    return column;
                }
            }
        }
        throw new AssertionError("no column " + name);
    }

    static void assertSameFrame(final PairFrame expected, final PairFrame actual)
    {
        assertEquals(expected.pair(), actual.pair());
        assertEquals(expected.timeframe(), actual.timeframe());
        assertArrayEquals(expected.date().toArray(), actual.date().toArray());
        assertEquals(expected.columns().keySet(), actual.columns().keySet());
        for (final String name : expected.columns().keySet())
        {
            assertBitsEqual(expected.column(name).toArray(), actual.column(name).toArray());
        }
    }

    static void assertBitsEqual(final double[] expected, final double[] actual)
    {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++)
        {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i]))
            {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "row " + i);
            }
        }
    }
}
