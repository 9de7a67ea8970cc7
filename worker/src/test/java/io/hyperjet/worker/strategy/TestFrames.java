package io.hyperjet.worker.strategy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import io.hyperjet.common.frame.PairFrame;

/** Seeded random-walk candles for strategy tests (2% of candles without volume). */
public final class TestFrames
{
    private TestFrames()
    {
    }

    public static PairFrame randomWalk(final String pair, final int rows, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] date = new long[rows];
        final double[] open = new double[rows];
        final double[] high = new double[rows];
        final double[] low = new double[rows];
        final double[] close = new double[rows];
        final double[] volume = new double[rows];
        double price = 100.0;
        for (int i = 0; i < rows; i++)
        {
            date[i] = 1_600_000_000_000L + i * 300_000L;
            open[i] = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.01;
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1.0 + random.nextDouble() * 0.002);
            low[i] = Math.min(open[i], close[i]) * (1.0 - random.nextDouble() * 0.002);
            volume[i] = random.nextDouble() < 0.02 ? 0.0 : 1.0 + random.nextDouble() * 100.0;
        }
        final Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put(PairFrame.OPEN, open);
        columns.put(PairFrame.HIGH, high);
        columns.put(PairFrame.LOW, low);
        columns.put(PairFrame.CLOSE, close);
        columns.put(PairFrame.VOLUME, volume);
        return PairFrame.ofArrays(pair, "5m", date, columns);
    }
}
