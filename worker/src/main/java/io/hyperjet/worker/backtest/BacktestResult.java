package io.hyperjet.worker.backtest;

import java.util.List;

import io.hyperjet.worker.protection.Lock;

/**
 * The outcome of one backtest run: closed trades in result order (backtest-semantics.md 3.7: closing order, force
 * exits last as 3.6 orders them), the simulated bounds and the rejected-signal count.
 * <p>
 * Per input pair (whitelist order) it also keeps the trimmed row range {@code [trimStartRow, trimEndRow)} of the
 * full frame (1.5 step 5), so metrics can read first/last closes; a pair without rows after trimming has
 * {@code trimStartRow == trimEndRow}.
 */
public final class BacktestResult
{
    private final List<Trade> trades;
    private final long minDateMs;
    private final long maxDateMs;
    private final int rejectedSignals;
    private final String[] pairs;
    private final int[] trimStartRow;
    private final int[] trimEndRow;
    private final List<Lock> locks;

    BacktestResult(
        final List<Trade> trades,
        final long minDateMs,
        final long maxDateMs,
        final int rejectedSignals,
        final String[] pairs,
        final int[] trimStartRow,
        final int[] trimEndRow)
    {
        this(trades, minDateMs, maxDateMs, rejectedSignals, pairs, trimStartRow, trimEndRow, List.of());
    }

    BacktestResult(
        final List<Trade> trades,
        final long minDateMs,
        final long maxDateMs,
        final int rejectedSignals,
        final String[] pairs,
        final int[] trimStartRow,
        final int[] trimEndRow,
        final List<Lock> locks)
    {
        this.locks = List.copyOf(locks);
        this.trades = List.copyOf(trades);
        this.minDateMs = minDateMs;
        this.maxDateMs = maxDateMs;
        this.rejectedSignals = rejectedSignals;
        this.pairs = pairs.clone();
        this.trimStartRow = trimStartRow.clone();
        this.trimEndRow = trimEndRow.clone();
    }

    /**
     * The closed trades in result order.
     *
     * @return an unmodifiable list.
     */
    public List<Trade> trades()
    {
        return trades;
    }

    /**
     * {@code minDate}: the smallest first date over the trimmed pairs (the report's backtest start), epoch ms.
     *
     * @return the date.
     */
    public long minDateMs()
    {
        return minDateMs;
    }

    /**
     * {@code maxDate}: the largest last date over the trimmed pairs (the report's backtest end), epoch ms.
     *
     * @return the date.
     */
    public long maxDateMs()
    {
        return maxDateMs;
    }

    /**
     * The locks the protections created, in creation order (empty without protections).
     *
     * @return an unmodifiable list.
     */
    public List<Lock> locks()
    {
        return locks;
    }

    public int rejectedSignals()
    {
        return rejectedSignals;
    }

    public int pairCount()
    {
        return pairs.length;
    }

    public String pair(final int index)
    {
        return pairs[index];
    }

    /**
     * First row of the pair's trimmed range in its full frame.
     *
     * @param index pair index (input order).
     * @return the row.
     */
    public int trimStartRow(final int index)
    {
        return trimStartRow[index];
    }

    /**
     * End (exclusive) of the pair's trimmed range in its full frame.
     *
     * @param index pair index (input order).
     * @return the row.
     */
    public int trimEndRow(final int index)
    {
        return trimEndRow[index];
    }

    /**
     * Whether the pair kept rows after trimming (the pairs metrics list).
     *
     * @param index pair index (input order).
     * @return true when it has data.
     */
    public boolean hasData(final int index)
    {
        return trimEndRow[index] > trimStartRow[index];
    }

    /**
     * {@code dry_run_wallet + Σ profit_abs}, summed in result order.
     *
     * @param dryRunWallet the starting balance.
     * @return the final balance.
     */
    public double finalBalance(final double dryRunWallet)
    {
        double sum = 0.0;
        for (int i = 0; i < trades.size(); i++)
        {
            sum += trades.get(i).profitAbs;
        }
        return dryRunWallet + sum;
    }
}
