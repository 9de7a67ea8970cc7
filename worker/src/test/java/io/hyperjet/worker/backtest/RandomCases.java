package io.hyperjet.worker.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.hyperjet.common.data.PandasJsonNumber;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.protection.Protections;
import io.hyperjet.worker.signal.Signals;

/**
 * Test helper: random backtest cases (candles with gaps and flat candles, raw signals, settings) from a seed. A third
 * of the pairs trade below 0.01 with prices as Freqtrade reads them from json (13.2): their shortest texts often
 * have more than 18 fraction digits, so the open rate is truncated (13.4) and the entry-candle ROI veto (13.8) can
 * happen.
 */
final class RandomCases
{
    private static final double[] SIGNAL_VALUES = {0.0, 0.0, 0.0, 1.0, 2.0, Double.NaN, -1.0};
    private static final String[] TAGS = {"", "", "a", "b", null};

    final BacktestSettings settings;
    final List<BacktestPair> pairs = new ArrayList<>();

    RandomCases(final long seed)
    {
        this(seed, Protections.NONE);
    }

    /** The same case as {@code RandomCases(seed)}, with protections. */
    RandomCases(final long seed, final Protections protections)
    {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final long tfSeconds = rnd.nextBoolean() ? 300 : 3600;
        settings = settings(rnd, tfSeconds, protections);
        final int pairCount = 1 + rnd.nextInt(5);
        final long originMs = 1_704_067_200_000L;
        for (int p = 0; p < pairCount; p++)
        {
            final int startRow = rnd.nextInt(4) == 0 ? rnd.nextInt(40) : 0;
            final int rows = 2 + rnd.nextInt(rnd.nextInt(10) == 0 ? 8 : 250);
            pairs.add(pair(rnd, "P" + p + "/USDT", originMs + startRow * tfSeconds * 1000L, tfSeconds, rows));
        }
    }

    static BacktestSettings settings(final SplittableRandom rnd, final long tfSeconds)
    {
        return settings(rnd, tfSeconds, Protections.NONE);
    }

    static BacktestSettings settings(final SplittableRandom rnd, final long tfSeconds, final Protections protections)
    {
        final long tfMin = tfSeconds / 60;
        final BacktestSettings s = new BacktestSettings().timeframeSeconds(tfSeconds)
            .fee(pick(rnd, 0.0, 0.001, 0.0025, rnd.nextDouble() * 0.01))
            .dryRunWallet(pick(rnd, 1000.0, 500.0, 100 + rnd.nextDouble() * 2000))
            .tradableBalanceRatio(pick(rnd, 0.99, 1.0, 0.5 + rnd.nextDouble() * 0.5))
            .maxOpenTrades(rnd.nextInt(7) - 1)
            .positionStacking(rnd.nextInt(5) == 0)
            .stoploss(pick(rnd, -0.1, -0.03, -(0.005 + rnd.nextDouble() * 0.3), -1.0))
            .useExitSignal(rnd.nextInt(4) != 0)
            .exitProfitOnly(rnd.nextInt(4) == 0)
            .exitProfitOffset(pick(rnd, 0.0, 0.0, rnd.nextDouble() * 0.03 - 0.01))
            .ignoreRoiIfEntrySignal(rnd.nextInt(4) == 0)
            .canShort(rnd.nextInt(3) == 0)
            .tradingMode(rnd.nextBoolean() ? BacktestSettings.TradingMode.FUTURES : BacktestSettings.TradingMode.SPOT)
            .startupCandleCount(rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0)
            .amendLastStakeAmount(rnd.nextInt(4) == 0)
            .minStake(rnd.nextInt(5) == 0 ? rnd.nextDouble() * 150 : 0.0);
        if (rnd.nextInt(3) == 0)
        {
            s.unlimitedStake();
        }
        else
        {
            s.stakeAmount(pick(rnd, 100.0, 10 + rnd.nextDouble() * 400));
        }
        if (rnd.nextInt(6) == 0)
        {
            s.availableCapital(200 + rnd.nextDouble() * 1000);
        }
        if (rnd.nextBoolean())
        {
            s.trailingStop(true)
                .trailingStopPositive(rnd.nextBoolean() ? Double.NaN : pick(rnd, 0.0, 0.02, rnd.nextDouble() * 0.06))
                .trailingStopPositiveOffset(pick(rnd, 0.0, 0.04, rnd.nextDouble() * 0.08))
                .trailingOnlyOffsetIsReached(rnd.nextBoolean());
        }
        s.minimalRoi(roi(rnd, tfMin));
        if (rnd.nextInt(8) == 0)
        {
            final long rowMs = tfSeconds * 1000L;
            final long startMs = rnd.nextBoolean() ? 0 : 1_704_067_200_000L + rnd.nextInt(30) * rowMs;
            final long stopMs = rnd.nextBoolean() ? 0 : 1_704_067_200_000L + (40 + rnd.nextInt(200)) * rowMs;
            s.timerangeMs(startMs, stopMs);
        }
        return s.protections(protections).conclude();
    }

    private static Map<Integer, Double> roi(final SplittableRandom rnd, final long tfMin)
    {
        final int kind = rnd.nextInt(6);
        if (kind == 0)
        {
            return Map.of();
        }
        if (kind == 1)
        {
            return Map.of(0, BacktestSettings.ROI_DEFAULT);
        }
        final Map<Integer, Double> table = new HashMap<>();
        final int steps = 1 + rnd.nextInt(4);
        int key = rnd.nextInt(4) == 0 ? (int)(tfMin * rnd.nextInt(3)) + rnd.nextInt(3) : 0;
        double ratio = 0.01 + rnd.nextDouble() * 0.15;
        for (int i = 0; i < steps; i++)
        {
            table.put(key, rnd.nextInt(10) == 0 ? -1.0 : ratio);
            key += rnd.nextInt(3) == 0 ? 1 + rnd.nextInt((int)tfMin * 3) : (int)tfMin * (1 + rnd.nextInt(20));
            ratio = Math.max(-0.02, ratio - rnd.nextDouble() * 0.06);
        }
        return table;
    }

    private static BacktestPair pair(
        final SplittableRandom rnd, final String name, final long startMs, final long tfSeconds, final int rows)
    {
        final long[] date = new long[rows];
        final double[] o = new double[rows];
        final double[] h = new double[rows];
        final double[] l = new double[rows];
        final double[] c = new double[rows];
        final double vol = pick(rnd, 0.005, 0.02, 0.05);
        final boolean tiny = rnd.nextInt(3) == 0;
        double price = tiny ? Math.pow(10, -2 - rnd.nextDouble() * 5) : 10 + rnd.nextDouble() * 200;
        for (int i = 0; i < rows; i++)
        {
            date[i] = startMs + i * tfSeconds * 1000L;
            if (rnd.nextInt(15) == 0)
            {
                price *= 1 + (rnd.nextDouble() - 0.5) * 0.3;
            }
            final double open = price;
            if (rnd.nextInt(12) == 0)
            {
                o[i] = open;
                h[i] = open;
                l[i] = open;
                c[i] = open;
                continue;
            }
            final double close = open * (1 + (rnd.nextDouble() - 0.5) * 2 * vol);
            o[i] = round(open, tiny);
            c[i] = round(close, tiny);
            h[i] = round(Math.max(open, close) * (1 + rnd.nextDouble() * vol), tiny);
            l[i] = round(Math.min(open, close) * (1 - rnd.nextDouble() * vol), tiny);
            h[i] = Math.max(h[i], Math.max(o[i], c[i]));
            l[i] = Math.min(l[i], Math.min(o[i], c[i]));
            price = c[i];
        }
        final Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put(PairFrame.OPEN, o);
        cols.put(PairFrame.HIGH, h);
        cols.put(PairFrame.LOW, l);
        cols.put(PairFrame.CLOSE, c);
        cols.put(PairFrame.VOLUME, new double[rows]);
        final Signals signals = new Signals(rows);
        final double density = pick(rnd, 0.05, 0.2, 0.5);
        fill(rnd, signals.enterLong(), density);
        fill(rnd, signals.exitLong(), density);
        fill(rnd, signals.enterShort(), density);
        fill(rnd, signals.exitShort(), density);
        if (rnd.nextBoolean())
        {
            signals.enterTag(tags(rnd, rows));
            signals.exitTag(tags(rnd, rows));
        }
        return new BacktestPair(name, PairFrame.ofArrays(name, tfSeconds / 60 + "m", date, cols), signals);
    }

    /**
     * The case with random detail candles (3.8) for most pairs: {@code k} candles per main candle at
     * {@code tf / k} steps, wandering inside and a little outside the main candle, over a random part of the rows,
     * with some main candles left without detail candles, some windows cut short and some starting late.
     */
    List<BacktestPair> withDetail(final long seed)
    {
        final SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        final long tfMs = settings.timeframeMs();
        final List<BacktestPair> out = new ArrayList<>();
        for (final BacktestPair pair : pairs)
        {
            out.add(rnd.nextInt(5) == 0 ? pair : new BacktestPair(pair.pair(), pair.frame(), pair.signals(),
                detail(rnd, pair.frame(), tfMs)));
        }
        return out;
    }

    /**
     * The case with most pairs' signals copied with every column's set rows declared ({@link Signals#setRows(int,
     * int[])}), as the signal cache leaves them, so the backtester's entry search walks the listed rows.
     */
    List<BacktestPair> withDeclaredSetRows(final long seed)
    {
        final SplittableRandom rnd = new SplittableRandom(seed * 13 + 5);
        final List<BacktestPair> out = new ArrayList<>();
        for (final BacktestPair pair : pairs)
        {
            if (rnd.nextInt(5) == 0)
            {
                out.add(pair);
                continue;
            }
            final Signals from = pair.signals();
            final Signals copy = new Signals(from.rows());
            for (int column = 0; column < Signals.COLUMNS; column++)
            {
                final byte[] codes = from.codes(column);
                System.arraycopy(codes, 0, copy.codes(column), 0, codes.length);
                copy.setRows(column, setRows(codes));
            }
            copy.enterTag(from.enterTags().toArray());
            copy.exitTag(from.exitTags().toArray());
            out.add(new BacktestPair(pair.pair(), pair.frame(), copy, pair.detail()));
        }
        return out;
    }

    private static int[] setRows(final byte[] codes)
    {
        int count = 0;
        final int[] rows = new int[codes.length];
        for (int r = 0; r < codes.length; r++)
        {
            if (codes[r] != Signals.UNSET)
            {
                rows[count++] = r;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /**
     * The case with most pairs' dates drawn back by part of a timeframe at a few random rows (every later row moves
     * with it), so consecutive dates are at most one timeframe apart but not evenly spaced: the backtesters must then
     * read dates instead of computing them.
     */
    List<BacktestPair> withUnevenDates(final long seed)
    {
        final SplittableRandom rnd = new SplittableRandom(seed * 17 + 3);
        final long tfMs = settings.timeframeMs();
        final List<BacktestPair> out = new ArrayList<>();
        for (final BacktestPair pair : pairs)
        {
            out.add(rnd.nextInt(5) == 0 ? pair :
                new BacktestPair(pair.pair(), uneven(rnd, pair.frame(), tfMs), pair.signals()));
        }
        return out;
    }

    private static PairFrame uneven(final SplittableRandom rnd, final PairFrame frame, final long tfMs)
    {
        final int rows = frame.rows();
        final long[] date = new long[rows];
        long shiftMs = 0;
        for (int r = 0; r < rows; r++)
        {
            if (r > 0 && rnd.nextInt(25) == 0)
            {
                final int kind = rnd.nextInt(3);
                shiftMs += kind == 0 ? tfMs / 2 : kind == 1 ? 60_000L : 1 + rnd.nextLong(tfMs - 1);
            }
            date[r] = frame.date().get(r) - shiftMs;
        }
        return PairFrame.ofArrays(frame.pair(), frame.timeframe(), date, prices(frame));
    }

    /**
     * The case with a few highs or lows of most pairs replaced by NaN (a row the exit scan cannot pass over: every
     * comparison with NaN fails), so block skipping must leave such rows to the row-by-row rules.
     */
    List<BacktestPair> withNaNPrices(final long seed)
    {
        final SplittableRandom rnd = new SplittableRandom(seed * 19 + 11);
        final List<BacktestPair> out = new ArrayList<>();
        for (final BacktestPair pair : pairs)
        {
            if (rnd.nextInt(5) == 0)
            {
                out.add(pair);
                continue;
            }
            final PairFrame frame = pair.frame();
            final Map<String, double[]> map = prices(frame);
            for (int r = 0; r < frame.rows(); r++)
            {
                if (rnd.nextInt(40) == 0)
                {
                    map.get(rnd.nextBoolean() ? PairFrame.HIGH : PairFrame.LOW)[r] = Double.NaN;
                }
            }
            final long[] date = new long[frame.rows()];
            for (int r = 0; r < date.length; r++)
            {
                date[r] = frame.date().get(r);
            }
            out.add(new BacktestPair(pair.pair(), PairFrame.ofArrays(frame.pair(), frame.timeframe(), date, map),
                pair.signals()));
        }
        return out;
    }

    private static Map<String, double[]> prices(final PairFrame frame)
    {
        final int rows = frame.rows();
        final Map<String, double[]> map = new LinkedHashMap<>();
        for (final String name : new String[]{PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE,
            PairFrame.VOLUME})
        {
            final double[] values = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                values[r] = frame.column(name).get(r);
            }
            map.put(name, values);
        }
        return map;
    }

    private static PairFrame detail(final SplittableRandom rnd, final PairFrame main, final long tfMs)
    {
        final int k = 2 + rnd.nextInt(5);
        final long stepMs = tfMs / k;
        final int rows = main.rows();
        final int from = rnd.nextInt(3) == 0 ? rnd.nextInt(rows) : 0;
        final int to = rnd.nextInt(3) == 0 ? from + rnd.nextInt(rows - from + 1) : rows;
        final List<double[]> candles = new ArrayList<>();
        final List<Long> dates = new ArrayList<>();
        for (int r = from; r < to; r++)
        {
            if (rnd.nextInt(20) == 0)
            {
                continue;
            }
            final int skip = rnd.nextInt(10) == 0 ? 1 : 0;
            final int count = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(k) : k;
            final double lo = main.low().get(r);
            final double hi = main.high().get(r);
            final double span = Math.max(hi - lo, lo * 0.001);
            double price = main.open().get(r);
            // Detail candles of a sub-cent pair are json-read too, so the truncated open rate meets detail rows.
            final boolean tiny = price < 0.01;
            for (int j = skip; j < count; j++)
            {
                final double o = round(price, tiny);
                final double c = round(lo + rnd.nextDouble() * span * 1.1 - span * 0.05, tiny);
                final double h = round(Math.max(o, c) + rnd.nextDouble() * span * 0.3, tiny);
                final double l = round(Math.min(o, c) - rnd.nextDouble() * span * 0.3, tiny);
                candles.add(new double[]{o, Math.max(h, Math.max(o, c)), Math.min(l, Math.min(o, c)), c});
                dates.add(main.date().get(r) + j * stepMs);
                price = c;
            }
        }
        final int n = candles.size();
        final long[] date = new long[n];
        final double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++)
        {
            date[i] = dates.get(i);
            for (int c = 0; c < 4; c++)
            {
                cols[c][i] = candles.get(i)[c];
            }
        }
        final Map<String, double[]> map = new LinkedHashMap<>();
        map.put(PairFrame.OPEN, cols[0]);
        map.put(PairFrame.HIGH, cols[1]);
        map.put(PairFrame.LOW, cols[2]);
        map.put(PairFrame.CLOSE, cols[3]);
        map.put(PairFrame.VOLUME, new double[n]);
        return PairFrame.ofArrays(main.pair(), "detail", date, map);
    }

    static void fill(final SplittableRandom rnd, final byte[] codes, final double density)
    {
        for (int i = 0; i < codes.length; i++)
        {
            codes[i] = rnd.nextDouble() < density ? Signals.code(SIGNAL_VALUES[rnd.nextInt(SIGNAL_VALUES.length)]) :
                Signals.UNSET;
        }
    }

    private static String[] tags(final SplittableRandom rnd, final int rows)
    {
        final String[] tags = new String[rows];
        for (int i = 0; i < rows; i++)
        {
            tags[i] = TAGS[rnd.nextInt(TAGS.length)];
        }
        return tags;
    }

    private static double round(final double x, final boolean tiny)
    {
        return tiny ? fromJson(x) : Math.rint(x * 1e4) / 1e4;
    }

    /** {@code x} to 4 significant digits as a json text like {@code 6.027e-05}, read back as Freqtrade reads it. */
    private static double fromJson(final double x)
    {
        final int exponent = (int)Math.floor(Math.log10(x));
        final long digits = Math.round(x / Math.pow(10, exponent - 3));
        final String text = digits / 1000 + "." + String.format("%03d", digits % 1000) + "e" + exponent;
        return PandasJsonNumber.parse(text.toCharArray(), 0, text.length());
    }

    private static double pick(final SplittableRandom rnd, final double... values)
    {
        return values[rnd.nextInt(values.length)];
    }
}
