package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timerange;

class PairLoaderTest
{
    @TempDir
    Path dir;

    private void write(final String pair, final DataFormat format, final int rows)
    {
        CandleFiles.write(PairFiles.path(dir, pair, "5m", format), format, TestFrames.sample(pair, rows));
    }

    @Test
    void shouldHandEachPairInOrderWithDetectedFormats()
    {
        write("A/B", DataFormat.FEATHER, 100);
        write("C/B", DataFormat.JSONGZ, 50);
        write("D/B", DataFormat.CSV, 20);
        final List<String> seen = new ArrayList<>();
        final int loaded = new PairLoader().datadir(dir).pairs(List.of("C/B", "A/B", "D/B")).timeframe("5m")
            .load((frame) -> seen.add(frame.pair() + ":" + frame.rows()));
        assertEquals(3, loaded);
        assertEquals(List.of("C/B:50", "A/B:100", "D/B:20"), seen);
    }

    @Test
    void shouldLoadStartupCandlesBeforeTimerangeStart()
    {
        write("A/B", DataFormat.PARQUET, 100);
        final long startSec = (TestFrames.START_MS + 50 * TestFrames.TF_5M_MS) / 1000;
        final long stopSec = (TestFrames.START_MS + 79 * TestFrames.TF_5M_MS) / 1000;
        final List<PairFrame> frames = new ArrayList<>();
        new PairLoader().datadir(dir).pairs(List.of("A/B")).timeframe("5m").format(DataFormat.PARQUET)
            .timerange(Timerange.ofSeconds(startSec, stopSec)).startupCandles(10).load(frames::add);
        final PairFrame frame = frames.get(0);
        assertEquals(40, frame.rows());
        assertEquals(TestFrames.START_MS + 40 * TestFrames.TF_5M_MS, frame.date().get(0));
        assertEquals(stopSec * 1000, frame.date().get(39));
    }

    @Test
    void shouldReportPairWithoutDataInWindow()
    {
        write("A/B", DataFormat.JSON, 10);
        final List<String> empty = new ArrayList<>();
        final int loaded = new PairLoader().datadir(dir).pairs(List.of("A/B")).timeframe("5m")
            .timerange(Timerange.parse("20300101-"))
            .load(new PairFrameHandler()
            {
                @Override
                public void onPair(final PairFrame frame)
                {
                    throw new AssertionError("no frame expected");
                }

                @Override
                public void onNoData(final String pair, final Path file)
                {
                    empty.add(pair + " " + file.getFileName());
                }
            });
        assertEquals(0, loaded);
        assertEquals(List.of("A/B A_B-5m.json"), empty);
    }

    @Test
    void shouldCleanEachFrameBeforeHandingIt()
    {
        final CandleBuffer gappy = CandleBuffer.ohlcv();
        gappy.add(TestFrames.START_MS + 2 * TestFrames.TF_5M_MS, 2, 3, 1, 2.5, 1);
        gappy.add(TestFrames.START_MS, 1, 2, 0.5, 1.5, 1);
        CandleFiles.write(dir.resolve("A_B-5m.json"), DataFormat.JSON, gappy.toFrame("A/B", "5m"));
        final List<PairFrame> frames = new ArrayList<>();
        new PairLoader().datadir(dir).pairs(List.of("A/B")).timeframe("5m").load(frames::add);
        assertEquals(3, frames.get(0).rows());
        assertEquals(0.0, frames.get(0).volume().get(1));
        assertTrue(frames.get(0).date().get(0) < frames.get(0).date().get(1));
    }

    @Test
    void shouldNotHoldEarlierFramesWhileLoadingLaterOnes()
    {
        write("A/B", DataFormat.FEATHER, 1000);
        write("C/B", DataFormat.FEATHER, 1000);
        write("D/B", DataFormat.FEATHER, 1000);
        final List<WeakReference<PairFrame>> seen = new ArrayList<>();
        final List<Boolean> earlierCollected = new ArrayList<>();
        new PairLoader().datadir(dir).pairs(List.of("A/B", "C/B", "D/B")).timeframe("5m").load((frame) ->
        {
            if (!seen.isEmpty())
            {
                System.gc();
                earlierCollected.add(null == seen.get(seen.size() - 1).get());
            }
            seen.add(new WeakReference<>(frame));
        });
        assertEquals(List.of(true, true), earlierCollected);
    }

    @Test
    void shouldConfigureFromConfigExpandingWhitelist()
    {
        write("ETH/BTC", DataFormat.JSON, 30);
        write("ADA/BTC", DataFormat.JSON, 30);
        write("XRP/ETH", DataFormat.JSON, 30);
        final HyperjetConfig config = ConfigLoader.fromJson("{\"datadir\": \"" + dir.toString().replace("\\", "/") +
            "\", \"exchange\": {\"pair_whitelist\": [\".*/BTC\", \"XRP/ETH\"], \"pair_blacklist\": [\"ADA/.*\"]}, " +
            "\"timerange\": \"20240101-\", \"dataformat_ohlcv\": \"json\"}", "mem");
        final PairLoader loader = PairLoader.fromConfig(config, "5m", 0);
        assertEquals(List.of("ETH/BTC", "XRP/ETH"), loader.pairs());
        final List<String> loaded = new ArrayList<>();
        loader.load((frame) -> loaded.add(frame.pair()));
        assertEquals(List.of("ETH/BTC", "XRP/ETH"), loaded);
    }
}
