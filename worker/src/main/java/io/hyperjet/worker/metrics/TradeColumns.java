package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;

import java.util.List;

/**
 * The trades of one result as flat primitive columns, in result order, plus the close-date order that drawdown
 * and daily series need. Reused across epochs: {@link #fill(List)} grows the arrays only when a result has more
 * trades than any before.
 * <p>
 * Not thread-safe: one instance per evaluating thread.
 */
public final class TradeColumns
{
    private int count;
    private double[] profitAbs = new double[0];
    private double[] profitRatio = new double[0];
    private double[] durationMinutes = new double[0];
    private double[] stakeAmount = new double[0];
    private long[] closeTimeMs = new long[0];
    private boolean[] isShort = new boolean[0];
    private int[] closeOrder = new int[0];
    private int[] sortScratch = new int[0];

    /**
     * Copy the trades into the columns and sort the close order.
     *
     * @param trades closed trades in result order.
     * @return this.
     */
    public TradeColumns fill(final List<Trade> trades)
    {
        final int n = trades.size();
        ensureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            final Trade t = trades.get(i);
            profitAbs[i] = t.profitAbs;
            profitRatio[i] = t.profitRatio;
            durationMinutes[i] = t.durationMinutes();
            stakeAmount[i] = t.stakeAmount;
            closeTimeMs[i] = t.closeTimeMs;
            isShort[i] = t.isShort;
        }
        count = n;
        StableSort.orderByKey(closeTimeMs, n, closeOrder, sortScratch);
        return this;
    }

    private void ensureCapacity(final int n)
    {
        if (profitAbs.length < n)
        {
            final int capacity = Math.max(n, profitAbs.length * 2);
            profitAbs = new double[capacity];
            profitRatio = new double[capacity];
            durationMinutes = new double[capacity];
            stakeAmount = new double[capacity];
            closeTimeMs = new long[capacity];
            isShort = new boolean[capacity];
            closeOrder = new int[capacity];
            sortScratch = new int[capacity];
        }
    }

    public int count()
    {
        return count;
    }

    public double[] profitAbs()
    {
        return profitAbs;
    }

    public double[] profitRatio()
    {
        return profitRatio;
    }

    public double[] durationMinutes()
    {
        return durationMinutes;
    }

    public double[] stakeAmount()
    {
        return stakeAmount;
    }

    public long[] closeTimeMs()
    {
        return closeTimeMs;
    }

    public boolean[] isShort()
    {
        return isShort;
    }

    /**
     * Trade indices sorted by close time ascending, ties kept in result order.
     *
     * @return the first {@link #count()} entries are valid.
     */
    public int[] closeOrder()
    {
        return closeOrder;
    }
}
