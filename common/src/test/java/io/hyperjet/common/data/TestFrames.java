package io.hyperjet.common.data;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;

final class TestFrames
{
    static final long START_MS = 1_704_067_200_000L;
    static final long TF_5M_MS = 300_000L;

    private TestFrames()
    {
    }

    /**
     * A small valid 5m frame with values that are not round in binary.
     */
    static PairFrame sample(final String pair, final int rows)
    {
        final long[] date = new long[rows];
        final Map<String, double[]> values = new LinkedHashMap<>();
        final double[] open = new double[rows];
        final double[] high = new double[rows];
        final double[] low = new double[rows];
        final double[] close = new double[rows];
        final double[] volume = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            date[i] = START_MS + i * TF_5M_MS;
            open[i] = 100.1 + i * 0.3;
            close[i] = open[i] + ((i % 3) - 1) * 0.7;
            high[i] = Math.max(open[i], close[i]) + 0.11;
            low[i] = Math.min(open[i], close[i]) - 0.13;
            volume[i] = 10.5 + i;
        }
        values.put(PairFrame.OPEN, open);
        values.put(PairFrame.HIGH, high);
        values.put(PairFrame.LOW, low);
        values.put(PairFrame.CLOSE, close);
        values.put(PairFrame.VOLUME, volume);
        return PairFrame.ofArrays(pair, "5m", date, values);
    }

    static PairFrame withExtra(final PairFrame frame, final String name, final double[] extra)
    {
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String n : frame.columns().keySet())
        {
            values.put(n, frame.column(n).toArray());
        }
        values.put(name, extra);
        return PairFrame.ofArrays(frame.pair(), frame.timeframe(), frame.date().toArray(), values);
    }
}
