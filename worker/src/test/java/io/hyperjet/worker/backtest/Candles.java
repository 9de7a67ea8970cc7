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
        return new BacktestPair(pair, PairFrame.ofArrays(pair, (tfMs / 60_000L) + "m", date, cols), signals);
    }
}
