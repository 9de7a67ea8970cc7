package io.hyperjet.worker.metrics;

/**
 * Maximum drawdown over the trades sorted by close date (backtest-semantics.md 7.3), in absolute or relative mode.
 * <p>
 * The relative series is computed on balances, {@code ((start + high) - (start + cum)) / (start + high)}, which is
 * how Freqtrade evaluates it; the algebraically equal {@code (high - cum) / (start + high)} of the spec differs in
 * the last bits. With {@code start == 0} it is {@code (high - cum) / high}.
 * <p>
 * Not thread-safe: holds scratch arrays reused across calls.
 */
public final class Drawdown
{
    private double[] cum = new double[0];
    private double[] high = new double[0];

    /**
     * Compute the drawdown of the given trades.
     *
     * @param trades   the trade columns (their close order is used).
     * @param start    starting balance; 0 for the start-less variant of MaxDrawDownHyperOptLoss.
     * @param relative true to pick the index of the largest relative drawdown, false for the largest absolute one.
     * @param out      receives the result.
     * @return {@code out.found()}.
     */
    public boolean compute(final TradeColumns trades, final double start, final boolean relative,
        final DrawdownResult out)
    {
        out.clear();
        final int n = trades.count();
        if (n == 0)
        {
            return false;
        }
        if (cum.length < n)
        {
            cum = new double[Math.max(n, cum.length * 2)];
            high = new double[cum.length];
        }
        final double[] profit = trades.profitAbs();
        final int[] order = trades.closeOrder();
        final double[] cumLocal = cum;
        final double[] highLocal = high;
        double running = 0.0;
        double runningMax = Double.NEGATIVE_INFINITY;
        int kAbs = 0;
        int kRel = 0;
        double minDd = Double.POSITIVE_INFINITY;
        double maxRel = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++)
        {
            running += profit[order[i]];
            if (running > runningMax || i == 0)
            {
                runningMax = running;
            }
            cumLocal[i] = running;
            highLocal[i] = runningMax;
            final double dd = running - runningMax;
            final double rel = relative(start, running, runningMax);
            if (dd < minDd)
            {
                minDd = dd;
                kAbs = i;
            }
            // NaN never wins, as pandas' idxmax skips it
            if (rel > maxRel)
            {
                maxRel = rel;
                kRel = i;
            }
        }
        out.minDrawdown = minDd;
        out.maxRelative = maxRel == Double.NEGATIVE_INFINITY ? Double.NaN : maxRel;
        final int k = relative ? kRel : kAbs;
        if (k == 0)
        {
            return false;
        }
        int peak = 0;
        for (int i = 1; i < k; i++)
        {
            if (highLocal[i] > highLocal[peak])
            {
                peak = i;
            }
        }
        final long[] close = trades.closeTimeMs();
        out.found = true;
        out.drawdownAbs = Math.abs(cumLocal[k] - highLocal[k]);
        out.relativeAccountDrawdown = relative(start, cumLocal[k], highLocal[k]);
        out.highValue = cumLocal[peak];
        out.lowValue = cumLocal[k];
        out.highDateMs = close[order[peak]];
        out.lowDateMs = close[order[k]];
        return true;
    }

    private static double relative(final double start, final double cum, final double high)
    {
        if (start != 0.0)
        {
            final double maxBalance = start + high;
            return (maxBalance - (start + cum)) / maxBalance;
        }
        return (high - cum) / high;
    }
}
