package io.hyperjet.shm.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.hyperjet.common.frame.PairFrame;

/**
 * Deterministic heap frames for shared-memory tests, including values whose bits are easy to lose
 * (NaN payloads, -0.0, infinities, subnormals).
 */
public final class TestFrames
{
    public static final long START_MS = 1_704_067_200_000L;
    public static final long STEP_MS = 300_000L;

    private TestFrames()
    {
    }

    public static PairFrame frame(final String pair, final int rows, final long seed)
    {
        final Random random = new Random(seed);
        final long[] date = new long[rows];
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : new String[]{PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE,
            PairFrame.VOLUME, "enter_long"})
        {
            values.put(name, new double[rows]);
        }
        for (int i = 0; i < rows; i++)
        {
            date[i] = START_MS + i * STEP_MS;
            for (final double[] column : values.values())
            {
                column[i] = random.nextDouble() * 1000;
            }
        }
        final double[] volume = values.get(PairFrame.VOLUME);
        final double[] special = {
            Double.longBitsToDouble(0x7ff8_0000_0000_1234L), -0.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < special.length && i < rows; i++)
        {
            volume[i] = special[i];
        }
        return PairFrame.ofArrays(pair, "5m", date, values);
    }

    public static double[] indicator(final int rows, final long seed)
    {
        final Random random = new Random(seed);
        final double[] values = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            values[i] = i < 14 ? Double.NaN : random.nextGaussian();
        }
        return values;
    }
}
