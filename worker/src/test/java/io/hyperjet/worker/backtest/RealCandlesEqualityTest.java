package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.JsonCandleReader;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * Both backtesters on real exchange candles (UNITTEST_BTC-1m from the shared data, gap-filled as 1.6 says, sliced
 * into three overlapping pairs) with random signals and settings: prices around 0.002 BTC exercise the thresholds
 * at small magnitudes. The json is read as Freqtrade reads it (13.2).
 */
class RealCandlesEqualityTest
{
    private static final int CASES = 150;
    private static final long TF_MS = 60_000L;

    @Test
    void shouldGiveIdenticalTradesOnRealCandles()
    {
        final Path file = Path.of(System.getProperty("hyperjet.sharedData", "../shared/data/freqtrade"))
            .resolve("UNITTEST_BTC-1m.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent at " + file);
        final double[][] raw = rows(JsonCandleReader.read(file, false).toFrame("UNITTEST/BTC", "1m"));
        final double[][] filled = gapFill(raw);
        final IterativeBacktester iterative = new IterativeBacktester();
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        long trades = 0;
        for (long seed = 1; seed <= CASES; seed++)
        {
            final SplittableRandom rnd = new SplittableRandom(seed);
            final BacktestSettings settings = RandomCases.settings(rnd, 60);
            final List<BacktestPair> pairs = new ArrayList<>();
            pairs.add(slice(rnd, filled, "A/BTC", 0, 8000));
            pairs.add(slice(rnd, filled, "B/BTC", 2000, 13000));
            pairs.add(slice(rnd, filled, "C/BTC", 5000, filled.length));
            final BacktestResult expected;
            try
            {
                expected = iterative.run(settings, pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final String diff = BacktesterEqualityTest.diff(expected, vectorized.run(settings, pairs, null));
            if (null != diff)
            {
                fail("seed " + seed + ": " + diff);
            }
            trades += expected.trades().size();
        }
        assertTrue(trades > CASES, "too few trades: " + trades);
    }

    /** The frame as rows {@code [ms, o, h, l, c, v]}, with the values Freqtrade reads from the json file (13.2). */
    private static double[][] rows(final PairFrame frame)
    {
        final double[][] rows = new double[frame.rows()][];
        for (int r = 0; r < rows.length; r++)
        {
            rows[r] = new double[]{frame.date().get(r), frame.open().get(r), frame.high().get(r), frame.low().get(r),
                frame.close().get(r), frame.volume().get(r)};
        }
        return rows;
    }

    /** 1.6 step 3: a missing slot gets open = high = low = close = the previous close, volume 0. */
    private static double[][] gapFill(final double[][] raw)
    {
        final long first = (long)raw[0][0];
        final long last = (long)raw[raw.length - 1][0];
        final double[][] out = new double[(int)((last - first) / TF_MS) + 1][];
        int src = 0;
        for (int i = 0; i < out.length; i++)
        {
            final long date = first + i * TF_MS;
            if ((long)raw[src][0] == date)
            {
                out[i] = raw[src++];
            }
            else
            {
                final double close = out[i - 1][4];
                out[i] = new double[]{date, close, close, close, close, 0.0};
            }
        }
        return out;
    }

    private static BacktestPair slice(
        final SplittableRandom rnd, final double[][] rows, final String name, final int from, final int to)
    {
        final int n = to - from;
        final long[] date = new long[n];
        final double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++)
        {
            date[i] = (long)rows[from + i][0];
            for (int c = 0; c < 5; c++)
            {
                cols[c][i] = rows[from + i][c + 1];
            }
        }
        final Map<String, double[]> values = new LinkedHashMap<>();
        values.put(PairFrame.OPEN, cols[0]);
        values.put(PairFrame.HIGH, cols[1]);
        values.put(PairFrame.LOW, cols[2]);
        values.put(PairFrame.CLOSE, cols[3]);
        values.put(PairFrame.VOLUME, cols[4]);
        final Signals signals = new Signals(n);
        final double density = 0.002 + rnd.nextDouble() * 0.05;
        RandomCases.fill(rnd, signals.enterLong(), density);
        RandomCases.fill(rnd, signals.exitLong(), density);
        RandomCases.fill(rnd, signals.enterShort(), density);
        RandomCases.fill(rnd, signals.exitShort(), density);
        return new BacktestPair(name, PairFrame.ofArrays(name, "1m", date, values), signals);
    }
}
