package io.hyperjet.worker.frame.informative;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.Series;
import io.hyperjet.worker.python.InformativeFrame;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.python.TestPython;
import io.hyperjet.worker.strategy.StrategyLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InformativeTest
{
    private static final double T0 = Instant.parse("2024-01-02T00:00:00Z").toEpochMilli();
    private static final double MIN = 60_000;
    private static final double NAN = Double.NaN;

    @TempDir
    Path tmp;

    @AfterAll
    static void shouldLeaveNoBridgeProcess() throws InterruptedException
    {
        assertEquals(0, TestPython.bridgeProcesses());
    }

    private static DataFrame frame(final double[] date, final double[] close)
    {
        return DataFrame.ofColumns(List.of("date", "close"), List.of(new Series(date), new Series(close)));
    }

    @Test
    void shouldJoinEachHourAtItsCloseAndSuffixItsColumns()
    {
        // 5m candles from 00:10 to 02:10 (the first hour partial); 1h candles at 23:00, 00:00, 01:00, 02:00 with
        // close 1000 + k and an indicator column.
        final double[] date = new double[25];
        final double[] close = new double[25];
        for (int i = 0; i < 25; i++)
        {
            date[i] = T0 + (10 + 5 * i) * MIN;
            close[i] = i;
        }
        final double[] hours = {T0 - 60 * MIN, T0, T0 + 60 * MIN, T0 + 120 * MIN};
        final DataFrame hourly = DataFrame.ofColumns(List.of("date", "close", "rsi"), List.of(new Series(hours),
            new Series(new double[] {1000, 1001, 1002, 1003}), new Series(new double[] {NAN, 40, 50, 60})));
        final DataFrame df = frame(date, close);
        final DataFrame merged = Informative.mergeInformativePair(df, hourly, "5m", "1h", true);

        assertEquals(List.of("date", "close", "date_1h", "close_1h", "rsi_1h"), merged.columns());
        assertFalse(df.has("close_1h"), "the strategy's frame is unchanged");
        for (int i = 0; i < 25; i++)
        {
            final int minute = 10 + 5 * i;
            // 00:55 is the last 5m candle of the 00:00 hour: from its close the hour is known; before it nothing
            // (the 23:00 hour's join, 23:55, is before the first 5m candle).
            final int hour = minute < 55 ? -1 : minute < 115 ? 1 : 2;
            assertEquals(hour < 0 ? NAN : 1000 + hour, merged.get("close_1h").get(i), "close_1h at minute " + minute);
            assertEquals(hour < 0 ? NAN : hours[hour], merged.get("date_1h").get(i), "date_1h at minute " + minute);
            assertEquals(hour < 0 ? NAN : 40 + 10 * (hour - 1), merged.get("rsi_1h").get(i), "rsi at " + minute);
            assertEquals(i, merged.get("close").get(i));
        }
        final DataFrame exact = Informative.mergeInformativePair(df, hourly, "5m", "1h", false);
        assertEquals(1001, exact.get("close_1h").get(9));
        assertTrue(Double.isNaN(exact.get("close_1h").get(10)), "no ffill: only the join row");
    }

    @Test
    void shouldRefuseToOverwriteAColumn()
    {
        final DataFrame df = DataFrame.ofColumns(List.of("date", "close_1h"),
            List.of(new Series(new double[] {T0}), new Series(new double[] {1})));
        assertEquals("mergeInformativePair: the frame already has a column 'close_1h'",
            assertThrows(IllegalArgumentException.class, () -> Informative.mergeInformativePair(df,
                frame(new double[] {T0}, new double[] {2}), "5m", "1h", true)).getMessage());
    }

    /**
     * PyInformative's populate_indicators (dp.get_pair_dataframe + Freqtrade's merge_informative_pair in pandas)
     * and Informative on the same candles, both with gaps: the merged close_1h is the same bit for bit.
     */
    @Test
    void shouldMergeAsThePythonInformativeStrategy() throws IOException
    {
        final long start = (long)T0;
        final PairFrame eth = withGaps(TestPython.randomWalk("ETH/USDT", 2000, 3, start), 21, 0.03);
        final PairFrame btcFine = TestPython.randomWalk("BTC/USDT", 2400, 4, start - 24 * 3_600_000L);
        final PairFrame btc = withGaps(hourly(btcFine), 22, 0.05);
        final double[] python;
        try (PythonStrategy s = (PythonStrategy)StrategyLoader.load("PyInformative",
            TestPython.options(tmp, "backtest"), TestPython.STRATEGIES))
        {
            PythonStrategy.informativeData(s, List.of(new InformativeFrame("BTC/USDT", "1h", btc, false,
                Path.of("unused"))));
            python = s.runIndicators(eth).get("close_1h");
        }
        final DataProvider dp = new DataProvider();
        dp.candles(List.of(new InformativeFrame("BTC/USDT", "1h", btc, false, Path.of("unused"))));
        final DataFrame merged = Informative.mergeInformativePair(toFrame(eth), dp.getPairDataframe("BTC/USDT", "1h"),
            "5m", "1h", true);
        assertArrayEquals(python, merged.get("close_1h").values());
        int seen = 0;
        for (final double v : python)
        {
            seen += Double.isNaN(v) ? 0 : 1;
        }
        assertTrue(seen > 1500, "rows with an informative close: " + seen);
    }

    private static DataFrame toFrame(final PairFrame frame)
    {
        final double[] date = new double[frame.rows()];
        for (int i = 0; i < date.length; i++)
        {
            date[i] = frame.date().get(i);
        }
        final List<String> names = new ArrayList<>(List.of("date"));
        final List<Series> series = new ArrayList<>(List.of(new Series(date)));
        frame.columns().forEach((name, column) ->
        {
            names.add(name);
            series.add(new Series(column.toArray()));
        });
        return DataFrame.ofColumns(names, series);
    }

    /** Drops a random share of the candles. */
    private static PairFrame withGaps(final PairFrame frame, final long seed, final double share)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < frame.rows(); i++)
        {
            if (random.nextDouble() >= share)
            {
                kept.add(i);
            }
        }
        final long[] date = new long[kept.size()];
        final Map<String, double[]> columns = new LinkedHashMap<>();
        frame.columns().forEach((name, column) -> columns.put(name, new double[kept.size()]));
        for (int r = 0; r < kept.size(); r++)
        {
            final int i = kept.get(r);
            date[r] = frame.date().get(i);
            final int row = r;
            frame.columns().forEach((name, column) -> columns.get(name)[row] = column.get(i));
        }
        return PairFrame.ofArrays(frame.pair(), frame.timeframe(), date, columns);
    }

    /** 5m candles resampled to 1h (first open, max high, min low, last close, summed volume). */
    private static PairFrame hourly(final PairFrame fine)
    {
        final int hours = fine.rows() / 12;
        final long[] date = new long[hours];
        final double[][] v = new double[5][hours];
        for (int h = 0; h < hours; h++)
        {
            date[h] = fine.date().get(12 * h);
            v[0][h] = fine.open().get(12 * h);
            v[1][h] = Double.NEGATIVE_INFINITY;
            v[2][h] = Double.POSITIVE_INFINITY;
            for (int i = 12 * h; i < 12 * h + 12; i++)
            {
                v[1][h] = Math.max(v[1][h], fine.high().get(i));
                v[2][h] = Math.min(v[2][h], fine.low().get(i));
                v[4][h] += fine.volume().get(i);
            }
            v[3][h] = fine.close().get(12 * h + 11);
        }
        final Map<String, double[]> columns = new LinkedHashMap<>();
        final String[] names = {PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME};
        for (int k = 0; k < names.length; k++)
        {
            columns.put(names[k], v[k]);
        }
        return PairFrame.ofArrays(fine.pair(), "1h", date, columns);
    }
}
