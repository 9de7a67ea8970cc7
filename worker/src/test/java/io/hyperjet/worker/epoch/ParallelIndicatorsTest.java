package io.hyperjet.worker.epoch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.data.PairPrefetch;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timerange;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.informative.PairTimeframe;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.SampleStrategy;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyException;

@Timeout(120)
class ParallelIndicatorsTest
{
    private static final long START_MS = 1_704_067_200_000L; // 2024-01-01 00:00 UTC
    private static final long FIVE_MINUTES_MS = 300_000L;
    private static final EnumSet<Space> SPACES = EnumSet.of(Space.BUY, Space.SELL);

    @TempDir
    Path dir;

    @AfterEach
    void shouldLeaveNoThreadRunning()
    {
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            assertFalse(thread.isAlive() && (thread.getName().startsWith(ParallelIndicators.THREAD_NAME_PREFIX) ||
                "hyperjet-pair-loader".equals(thread.getName())), "thread left: " + thread.getName());
        }
    }

    private List<String> writePairs(final SplittableRandom random, final int count, final long startMs)
    {
        final List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            final String pair = SyntheticCandles.pairName(i, "USDT");
            final DataFormat format = random.nextBoolean() ? DataFormat.FEATHER : DataFormat.JSON;
            CandleFiles.write(PairFiles.path(dir, pair, "5m", format), format,
                SyntheticCandles.generate(pair, i, random.nextLong(), startMs, "5m", 200 + random.nextInt(1500)));
            pairs.add(pair);
        }
        return pairs;
    }

    private PairLoader loader(final List<String> pairs)
    {
        return new PairLoader().datadir(dir).pairs(pairs).timeframe("5m");
    }

    private static List<Strategy> sampleStrategies(final int count)
    {
        final List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            strategies.add(new SampleStrategy());
        }
        return strategies;
    }

    @Test
    void shouldHandTheSameFramesInOrderAsTheCallingThreadAlone()
    {
        final SplittableRandom random = new SplittableRandom(12);
        for (int round = 0; round < 6; round++)
        {
            final List<String> pairs = writePairs(random, 2 + random.nextInt(7), START_MS);
            final Strategy one = new SampleStrategy();
            final List<PairFrame> expected = new ArrayList<>();
            PairPrefetch.load(loader(pairs), frame -> expected.add(one.runIndicators(frame, SPACES).appendTo(frame)));
            final int threads = 2 + random.nextInt(3);
            final List<PairFrame> actual = new ArrayList<>();
            final Thread caller = Thread.currentThread();
            final int handed = ParallelIndicators.load(loader(pairs), sampleStrategies(threads), SPACES, frame ->
            {
                assertEquals(caller, Thread.currentThread());
                actual.add(frame);
            });
            assertEquals(pairs.size(), handed);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++)
            {
                assertSameColumns(expected.get(i), actual.get(i));
            }
        }
    }

    @Test
    void shouldReportAPairWithoutDataInItsPlace()
    {
        final SplittableRandom random = new SplittableRandom(5);
        final List<String> pairs = new ArrayList<>(writePairs(random, 4, START_MS + 30 * 86_400_000L));
        final String early = "OLD/USDT";
        CandleFiles.write(PairFiles.path(dir, early, "5m", DataFormat.FEATHER), DataFormat.FEATHER,
            SyntheticCandles.generate(early, 7, 3, START_MS, "5m", 300));
        pairs.add(2, early);
        final List<String> events = new ArrayList<>();
        final int handed = ParallelIndicators.load(loader(pairs).timerange(Timerange.parse("20240115-")),
            sampleStrategies(3), SPACES, new PairFrameHandler()
            {
                @Override
                public void onPair(final PairFrame frame)
                {
                    events.add(frame.pair());
                }

                @Override
                public void onNoData(final String pair, final Path file)
                {
                    events.add("no data: " + pair);
                }
            });
        assertEquals(4, handed);
        assertEquals(List.of(pairs.get(0), pairs.get(1), "no data: " + early, pairs.get(3), pairs.get(4)), events);
    }

    @Test
    void shouldGiveEachInstanceToOneThreadAtATime()
    {
        final List<String> pairs = writePairs(new SplittableRandom(8), 9, START_MS);
        final List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            strategies.add(new Exclusive());
        }
        assertEquals(9, ParallelIndicators.load(loader(pairs), strategies, null, frame -> { }));
        int used = 0;
        for (final Strategy strategy : strategies)
        {
            used += ((Exclusive)strategy).pairs;
        }
        assertEquals(9, used);
    }

    @Test
    void shouldRethrowAFailureAfterThePairsBeforeIt()
    {
        final List<String> pairs = writePairs(new SplittableRandom(3), 8, START_MS);
        final String failing = pairs.get(4);
        final List<Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            strategies.add(new FailsOn(failing));
        }
        final List<String> handed = new ArrayList<>();
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> ParallelIndicators.load(loader(pairs), strategies, null, frame -> handed.add(frame.pair())));
        assertEquals(pairs.subList(0, 4), handed);
        assertTrue(ex.getMessage().matches(".* on " + failing + " at ParallelIndicatorsTest\\.java:\\d+: " +
            "IllegalStateException: no indicators here"),
            ex.getMessage());
    }

    @Test
    void shouldStopTheThreadsWhenTheHandlerFails()
    {
        final List<String> pairs = writePairs(new SplittableRandom(4), 6, START_MS);
        final List<String> handed = new ArrayList<>();
        final IllegalStateException ex = assertThrows(IllegalStateException.class,
            () -> ParallelIndicators.load(loader(pairs), sampleStrategies(2), SPACES, frame ->
            {
                handed.add(frame.pair());
                if (handed.size() == 2)
                {
                    throw new IllegalStateException("disk full");
                }
            }));
        assertEquals("disk full", ex.getMessage());
        assertEquals(pairs.subList(0, 2), handed);
    }

    @Test
    void shouldGiveCopiesTheInformativeCandlesAndValuesOfTheCallersInstance()
    {
        final List<String> pairs = writePairs(new SplittableRandom(21), 6, START_MS);
        final HyperjetConfig config = ConfigLoader.fromJson(String.format(
            "{\"datadir\": \"%s\", \"timeframe\": \"5m\", \"stake_currency\": \"USDT\", " +
            "\"stake_amount\": 100, \"stoploss\": -0.1, \"minimal_roi\": {\"0\": 0.1}, " +
            "\"exchange\": {\"name\": \"binance\", \"pair_whitelist\": []}}",
            dir.toString().replace("\\", "\\\\")), "config.json");
        final List<PairFrame> expected = prepare(config, pairs, IndicatorThreads.ONE);
        final List<PairFrame> actual = prepare(config, pairs, new IndicatorThreads(3, () ->
        {
            final Strategy copy = new Informed();
            StrategyState.apply(copy, StrategyState.capture(informed()));
            return copy;
        }));
        assertEquals(pairs.size(), actual.size());
        for (int i = 0; i < expected.size(); i++)
        {
            assertSameColumns(expected.get(i), actual.get(i));
        }
        assertEquals(pairs.size(), (int)actual.get(0).column("whitelist").get(0));
        assertEquals(77.0, actual.get(5).column("period").get(0));
    }

    private static Strategy informed()
    {
        final Strategy strategy = new Informed();
        strategy.parameters().byName("period").set(77);
        return strategy;
    }

    private static List<PairFrame> prepare(
        final HyperjetConfig config, final List<String> pairs, final IndicatorThreads threads)
    {
        final Strategy strategy = informed();
        final List<PairFrame> frames = new ArrayList<>();
        EngineData.prepare(config, TradingRules.resolve(config, strategy), pairs, strategy, SPACES, frames::add,
            frame -> { }, line -> { }, threads);
        return frames;
    }

    private static void assertSameColumns(final PairFrame expected, final PairFrame actual)
    {
        assertEquals(expected.pair(), actual.pair());
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.columns().keySet().stream().toList(), actual.columns().keySet().stream().toList());
        assertNotEquals(0, expected.columns().size());
        for (final Map.Entry<String, DoubleColumn> e : expected.columns().entrySet())
        {
            final double[] want = e.getValue().toArray();
            final double[] got = actual.column(e.getKey()).toArray();
            final long[] wantBits = new long[want.length];
            final long[] gotBits = new long[got.length];
            for (int i = 0; i < want.length; i++)
            {
                wantBits[i] = Double.doubleToRawLongBits(want[i]);
                gotBits[i] = Double.doubleToRawLongBits(got[i]);
            }
            assertArrayEquals(wantBits, gotBits, expected.pair() + " " + e.getKey());
        }
    }

    /** No signals: these strategies only write columns. */
    public abstract static class IndicatorsOnly extends Strategy
    {
        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
        }

        @Override
        protected void populateExitTrend(final PairFrame frame, final Signals signals)
        {
        }
    }

    /** Fails when two threads run its indicator phase at once. */
    public static final class Exclusive extends IndicatorsOnly
    {
        private final AtomicBoolean busy = new AtomicBoolean();
        int pairs;

        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
        {
            if (!busy.compareAndSet(false, true))
            {
                throw new IllegalStateException("instance used by two threads");
            }
            try
            {
                Thread.sleep(5);
                pairs++;
                out.put("one", new double[frame.rows()]);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
            finally
            {
                busy.set(false);
            }
        }
    }

    /** Reads its informative candles, the whitelist and a parameter in the indicator phase. */
    public static final class Informed extends IndicatorsOnly
    {
        public final IntParameter period = new IntParameter(10, 90, 20, "buy");

        @Override
        protected List<PairTimeframe> informativePairs()
        {
            return List.of(PairTimeframe.of("ETH/USDT", "5m"));
        }

        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
        {
            final DataFrame eth = dp.getPairDataframe("ETH/USDT", "5m");
            final double[] close = new double[frame.rows()];
            for (int i = 0; i < close.length; i++)
            {
                close[i] = eth.get("close").values()[Math.min(i, eth.rows() - 1)] * frame.close().get(i);
            }
            out.put("eth_close", close);
            final double[] whitelist = new double[frame.rows()];
            java.util.Arrays.fill(whitelist, dp.currentWhitelist().size());
            out.put("whitelist", whitelist);
            final double[] value = new double[frame.rows()];
            java.util.Arrays.fill(value, period.value());
            out.put("period", value);
        }
    }

    /** Fails in the indicator phase of one pair. */
    public static final class FailsOn extends IndicatorsOnly
    {
        private final String pair;

        FailsOn(final String pair)
        {
            this.pair = pair;
        }

        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
        {
            if (frame.pair().equals(pair))
            {
                throw new IllegalStateException("no indicators here");
            }
            out.put("one", new double[frame.rows()]);
        }
    }
}
