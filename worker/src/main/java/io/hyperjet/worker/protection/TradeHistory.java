package io.hyperjet.worker.protection;

import java.util.Arrays;

/**
 * The closed trades of a run in closing order, as flat columns: what the protections look at (protections.md 3.1).
 * <p>
 * Close times rise during the main loop but not during the final force exits (each pair closes at its own last
 * row), so windows are found with a running maximum of the close time: scanning back from the newest trade, no
 * earlier trade can be in the window once that maximum is outside it. Mutable; one per backtester, reused.
 */
final class TradeHistory
{
    private static final int INITIAL_CAPACITY = 256;

    private int count;
    private int[] pair = new int[INITIAL_CAPACITY];
    private long[] closeMs = new long[INITIAL_CAPACITY];
    private long[] maxCloseMs = new long[INITIAL_CAPACITY];
    private double[] profitRatio = new double[INITIAL_CAPACITY];
    private boolean[] stopExit = new boolean[INITIAL_CAPACITY];
    private boolean[] isShort = new boolean[INITIAL_CAPACITY];
    private int[] window = new int[INITIAL_CAPACITY];

    void reset()
    {
        count = 0;
    }

    void add(final int pairIndex, final long close, final double profit, final boolean stop, final boolean shortSide)
    {
        if (count == pair.length)
        {
            final int n = count * 2;
            pair = Arrays.copyOf(pair, n);
            closeMs = Arrays.copyOf(closeMs, n);
            maxCloseMs = Arrays.copyOf(maxCloseMs, n);
            profitRatio = Arrays.copyOf(profitRatio, n);
            stopExit = Arrays.copyOf(stopExit, n);
            isShort = Arrays.copyOf(isShort, n);
            window = new int[n];
        }
        pair[count] = pairIndex;
        closeMs[count] = close;
        maxCloseMs[count] = count == 0 ? close : Math.max(maxCloseMs[count - 1], close);
        profitRatio[count] = profit;
        stopExit[count] = stop;
        isShort[count] = shortSide;
        count++;
    }

    /**
     * Collects the trades closed strictly after {@code afterMs} (of one pair, or of all pairs with -1) into
     * {@link #window(int)}, in closing order.
     *
     * @return how many.
     */
    int collect(final int pairIndex, final long afterMs)
    {
        int n = 0;
        for (int i = count - 1; i >= 0 && maxCloseMs[i] > afterMs; i--)
        {
            if (closeMs[i] > afterMs && (pairIndex < 0 || pair[i] == pairIndex))
            {
                window[n++] = i;
            }
        }
        for (int a = 0, b = n - 1; a < b; a++, b--)
        {
            final int t = window[a];
            window[a] = window[b];
            window[b] = t;
        }
        return n;
    }

    /** The k-th trade of the last {@link #collect}. */
    int window(final int k)
    {
        return window[k];
    }

    long closeMs(final int trade)
    {
        return closeMs[trade];
    }

    double profitRatio(final int trade)
    {
        return profitRatio[trade];
    }

    boolean isStopExit(final int trade)
    {
        return stopExit[trade];
    }

    boolean isShort(final int trade)
    {
        return isShort[trade];
    }

    /**
     * Sorts the first {@code n} window entries by close time, stably (uncertainty U3: keep closing order on ties).
     * Insertion sort: the window is already sorted except after force exits.
     */
    void sortWindowByClose(final int n)
    {
        for (int i = 1; i < n; i++)
        {
            final int t = window[i];
            int j = i - 1;
            while (j >= 0 && closeMs[window[j]] > closeMs[t])
            {
                window[j + 1] = window[j];
                j--;
            }
            window[j + 1] = t;
        }
    }
}
