package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;

/**
 * The real Freqtrade files of the shared data folder, checked against the row counts and candle ranges in its README.
 */
class RealFreqtradeFilesTest
{
    private Path dir;

    @BeforeEach
    void setUp()
    {
        dir = Path.of(System.getProperty("hyperjet.sharedData", "../shared/data/freqtrade"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data absent at " + dir.toAbsolutePath());
    }

    private PairFrame read(final String fileName)
    {
        final Path file = dir.resolve(fileName);
        final DataFileName name = PairFiles.parse(file.getFileName().toString());
        return CandleFiles.read(file, name.format(), name.pair(), name.timeframe());
    }

    private static void assertRange(final PairFrame frame, final int rows, final String first, final String last)
    {
        assertEquals(rows, frame.rows());
        assertEquals(Instant.parse(first).toEpochMilli(), frame.date().get(0));
        assertEquals(Instant.parse(last).toEpochMilli(), frame.date().get(frame.rows() - 1));
    }

    @Test
    void shouldReadUnittest1mFeather()
    {
        assertRange(read("UNITTEST_BTC-1m.feather"), 13_681, "2017-11-04T23:02:00Z", "2017-11-14T22:59:00Z");
    }

    @Test
    void shouldReadUnittest1mJson()
    {
        assertRange(read("UNITTEST_BTC-1m.json"), 13_681, "2017-11-04T23:02:00Z", "2017-11-14T22:59:00Z");
    }

    @Test
    void shouldReadUnittest1mJsonGz()
    {
        assertRange(read("UNITTEST_BTC-1m.json.gz"), 13_681, "2017-11-04T23:02:00Z", "2017-11-14T22:59:00Z");
    }

    @Test
    void shouldReadSameCandlesFromFeatherJsonAndJsonGz()
    {
        final PairFrame feather = read("UNITTEST_BTC-1m.feather");
        final PairFrame json = read("UNITTEST_BTC-1m.json");
        final PairFrame jsonGz = read("UNITTEST_BTC-1m.json.gz");
        FrameAssert.assertSameCandles(feather, json);
        FrameAssert.assertSameCandles(json, jsonGz);
    }

    @Test
    void shouldReadBtc5mJsonAsTheFeatherFreqtradeMadeFromIt()
    {
        final String[] bases = {"ADA", "DASH", "ETC", "ETH", "LTC", "NXT", "TRX", "UNITTEST", "XLM", "XMR", "ZEC"};
        for (final String base : bases)
        {
            FrameAssert.assertSameCandles(read(base + "_BTC-5m.feather"), read("json/" + base + "_BTC-5m.json"));
        }
    }

    @Test
    void shouldReadUnittest30mFeather()
    {
        assertRange(read("UNITTEST_BTC-30m.feather"), 1920, "2017-12-03T13:00:00Z", "2018-01-12T12:30:00Z");
    }

    @Test
    void shouldReadXrpEthFeathers()
    {
        assertRange(read("XRP_ETH-5m.feather"), 706, "2019-10-11T00:00:00Z", "2019-10-13T11:15:00Z");
        assertRange(read("XRP_ETH-1m.feather"), 2469, "2019-10-11T00:00:00Z", "2019-10-13T11:19:00Z");
    }

    @Test
    void shouldReadEveryBtc5mFeatherInItsRange()
    {
        final String[] bases = {"ADA", "DASH", "ETC", "ETH", "LTC", "NXT", "TRX", "UNITTEST", "XLM", "XMR", "ZEC"};
        final long first = Instant.parse("2018-01-10T04:55:00Z").toEpochMilli();
        final long lastLow = Instant.parse("2018-01-30T04:45:00Z").toEpochMilli();
        final long lastHigh = Instant.parse("2018-01-30T04:50:00Z").toEpochMilli();
        for (final String base : bases)
        {
            final PairFrame frame = read(base + "_BTC-5m.feather");
            assertEquals(base + "/BTC", frame.pair());
            assertTrue(frame.rows() >= 5720 && frame.rows() <= 5760, base + " rows " + frame.rows());
            assertEquals(first, frame.date().get(0), base);
            final long last = frame.date().get(frame.rows() - 1);
            assertTrue(last == lastLow || last == lastHigh, base + " last " + Instant.ofEpochMilli(last));
        }
    }

    @Test
    void shouldReadParquetLikeFeather()
    {
        for (final String name : new String[]{"UNITTEST_BTC-5m", "ETH_BTC-5m", "XRP_ETH-5m"})
        {
            final PairFrame feather = read(name + ".feather");
            final PairFrame parquet = read("parquet/" + name + ".parquet");
            FrameAssert.assertSameCandles(feather, parquet);
        }
    }

    @Test
    void shouldReadParquetIdenticallyWhenMemoryMapped()
    {
        final Path file = dir.resolve("parquet/ETH_BTC-5m.parquet");
        final CandleBuffer heap = ParquetCandleReader.read(file, Long.MAX_VALUE);
        final CandleBuffer mapped = ParquetCandleReader.read(file, 0);
        final PairFrame a = heap.toFrame("ETH/BTC", "5m");
        final PairFrame b = mapped.toFrame("ETH/BTC", "5m");
        assertArrayEquals(a.date().toArray(), b.date().toArray());
        FrameAssert.assertSameCandles(a, b);
    }
}
