package io.hyperjet.worker.frame.ta;

import java.util.SplittableRandom;

/** Random-walk candles for the TA-Lib tests: open, high, low, close, volume and an MAVP periods column. */
public final class RandomCandles
{
    /** Column names, in the order of {@link #of}'s arrays. */
    public static final String[] NAMES = {"open", "high", "low", "close", "volume", "periods"};

    private RandomCandles()
    {
    }

    /**
     * @param n    rows.
     * @param seed random seed.
     * @return one array per {@link #NAMES} entry; high/low bracket open and close; periods in [2, 21].
     */
    public static double[][] of(final int n, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[][] c = new double[NAMES.length][n];
        double price = 100.0;
        for (int i = 0; i < n; i++)
        {
            final double open = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.04;
            c[0][i] = open;
            c[1][i] = Math.max(open, price) * (1.0 + random.nextDouble() * 0.01);
            c[2][i] = Math.min(open, price) * (1.0 - random.nextDouble() * 0.01);
            c[3][i] = price;
            c[4][i] = 1.0 + random.nextDouble() * 10.0;
            c[5][i] = 2 + random.nextInt(20);
        }
        return c;
    }
}
