package io.hyperjet.worker.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/** Test helper: builds a pair's frame and raw signals row by row. */
final class Candles
{
    static final long MARCH_1_2024_MS = 1_709_251_200_000L;

    private final String pair;
    private final long startMs;
    private final long tfMs;
    private final double[][] ohlc;
    private final Signals signals;

    Candles(final String pair, final long startMs, final long tfMs, final double[][] ohlc)
    {
        this.pair = pair;
        this.startMs = startMs;
        this.tfMs = tfMs;
        this.ohlc = ohlc;
        this.signals = new Signals(ohlc.length);
    }

    static Candles hourly(final String pair, final double[][] ohlc)
    {
        return new Candles(pair, MARCH_1_2024_MS, 3_600_000L, ohlc);
    }

    /** {@code n} quiet candles around {@code price}: open = close = price, high +1, low −1. */
    static double[][] flat(final int n, final double price)
    {
        final double[][] rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new double[]{price, price + 1, price - 1, price};
        }
        return rows;
    }

    /** {@code n} quiet candles with opens 100, 101, 102...: high open + 1, low open − 1. */
    static double[][] rising(final int n)
    {
        final double[][] rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new double[]{100 + i, 101 + i, 99 + i, 100 + i};
        }
        return rows;
    }

    Candles enterLong(final int... rows)
    {
        for (final int r : rows)
        {
            signals.enterLong()[r] = Signals.ONE;
        }
        return this;
    }

    Candles exitLong(final int... rows)
    {
        for (final int r : rows)
        {
            signals.exitLong()[r] = Signals.ONE;
        }
        return this;
    }

    Candles enterShort(final int... rows)
    {
        for (final int r : rows)
        {
            signals.enterShort()[r] = Signals.ONE;
        }
        return this;
    }

    Candles exitShort(final int... rows)
    {
        for (final int r : rows)
        {
            signals.exitShort()[r] = Signals.ONE;
        }
        return this;
    }

    Candles enterTags(final String... tags)
    {
        signals.enterTag(tags);
        return this;
    }

    Candles exitTags(final String... tags)
    {
        signals.exitTag(tags);
        return this;
    }

    Signals signals()
    {
        return signals;
    }

    long dateMs(final int row)
    {
        return startMs + row * tfMs;
    }

    BacktestPair build()
    {
        return build(null);
    }

    /** The pair with these detail candles (null for none). */
    BacktestPair build(final PairFrame detail)
    {
        return new BacktestPair(pair, frame(pair, startMs, tfMs, ohlc), signals, detail);
    }

    /** A frame of candles {@code {open, high, low, close}} starting at {@code startMs}, one every {@code tfMs}. */
    static PairFrame frame(final String pair, final long startMs, final long tfMs, final double[][] ohlc)
    {
        final int n = ohlc.length;
        final long[] date = new long[n];
        final Map<String, double[]> cols = new LinkedHashMap<>();
        final double[] o = new double[n];
        final double[] h = new double[n];
        final double[] l = new double[n];
        final double[] c = new double[n];
        for (int i = 0; i < n; i++)
        {
            date[i] = startMs + i * tfMs;
            o[i] = ohlc[i][0];
            h[i] = ohlc[i][1];
            l[i] = ohlc[i][2];
            c[i] = ohlc[i][3];
        }
        cols.put(PairFrame.OPEN, o);
        cols.put(PairFrame.HIGH, h);
        cols.put(PairFrame.LOW, l);
        cols.put(PairFrame.CLOSE, c);
        cols.put(PairFrame.VOLUME, new double[n]);
        return PairFrame.ofArrays(pair, (tfMs / 60_000L) + "m", date, cols);
    }
}
