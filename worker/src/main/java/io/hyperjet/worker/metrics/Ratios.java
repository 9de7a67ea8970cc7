package io.hyperjet.worker.metrics;

/**
 * Sharpe, Sortino, Calmar and CAGR as the report shows them (backtest-semantics.md 7.5), with NumPy's summation
 * and pandas' population standard deviation ({@link PyMath#std}).
 * <p>
 * Not thread-safe: holds scratch arrays reused across calls.
 */
public final class Ratios
{
    /** Value of Sharpe, Sortino and Calmar when their denominator is zero. */
    public static final double DEGENERATE = -100.0;

    private static final double SQRT_365 = Math.sqrt(365.0);
    private static final long DAY_MS = 86_400_000L;

    private double[] returns = new double[0];

    /**
     * Whole days between two dates, floored, at least 1.
     *
     * @param minDateMs start.
     * @param maxDateMs end.
     * @return {@code max(1, floor((max - min) / day))}.
     */
    public static long backtestDays(final long minDateMs, final long maxDateMs)
    {
        return Math.max(1L, Math.floorDiv(maxDateMs - minDateMs, DAY_MS));
    }

    /**
     * Sharpe ratio over per-trade returns {@code profit_abs / start}.
     *
     * @param trades    the trades.
     * @param minDateMs backtest start.
     * @param maxDateMs backtest end.
     * @param start     starting balance.
     * @return the ratio; 0 without trades or with equal dates, {@link #DEGENERATE} when the std is 0.
     */
    public double sharpe(final TradeColumns trades, final long minDateMs, final long maxDateMs, final double start)
    {
        final int n = trades.count();
        if (n == 0 || minDateMs == maxDateMs)
        {
            return 0.0;
        }
        ensure(n);
        final double[] profit = trades.profitAbs();
        for (int i = 0; i < n; i++)
        {
            returns[i] = profit[i] / start;
        }
        final double meanDaily = PyMath.sum(returns, 0, n) / backtestDays(minDateMs, maxDateMs);
        final double std = PyMath.std(returns, n, 0);
        return std != 0.0 ? meanDaily / std * SQRT_365 : DEGENERATE;
    }

    /**
     * Sortino ratio: like Sharpe, with the std over losing trades only.
     *
     * @param trades    the trades.
     * @param minDateMs backtest start.
     * @param maxDateMs backtest end.
     * @param start     starting balance.
     * @return the ratio; 0 without trades or with equal dates, {@link #DEGENERATE} without a usable downside std.
     */
    public double sortino(final TradeColumns trades, final long minDateMs, final long maxDateMs, final double start)
    {
        final int n = trades.count();
        if (n == 0 || minDateMs == maxDateMs)
        {
            return 0.0;
        }
        ensure(n);
        final double[] profit = trades.profitAbs();
        for (int i = 0; i < n; i++)
        {
            returns[i] = profit[i] / start;
        }
        final double meanDaily = PyMath.sum(returns, 0, n) / backtestDays(minDateMs, maxDateMs);
        int losers = 0;
        for (int i = 0; i < n; i++)
        {
            if (profit[i] < 0.0)
            {
                returns[losers++] = profit[i] / start;
            }
        }
        final double downStd = losers == 0 ? Double.NaN : PyMath.std(returns, losers, 0);
        return downStd != 0.0 && !Double.isNaN(downStd) ? meanDaily / downStd * SQRT_365 : DEGENERATE;
    }

    /**
     * Calmar ratio.
     *
     * @param trades         the trades.
     * @param minDateMs      backtest start.
     * @param maxDateMs      backtest end.
     * @param start          starting balance.
     * @param maxDrawdownAcc {@code max_drawdown_account} (0 when there is no drawdown).
     * @return the ratio; 0 without trades or with equal dates, {@link #DEGENERATE} when the drawdown is 0.
     */
    public static double calmar(final TradeColumns trades, final long minDateMs, final long maxDateMs,
        final double start, final double maxDrawdownAcc)
    {
        final int n = trades.count();
        if (n == 0 || minDateMs == maxDateMs)
        {
            return 0.0;
        }
        final double totalProfit = PyMath.sum(trades.profitAbs(), 0, n) / start;
        final double meanReturn = totalProfit / backtestDays(minDateMs, maxDateMs) * 100.0;
        return maxDrawdownAcc != 0.0 ? meanReturn / maxDrawdownAcc * SQRT_365 : DEGENERATE;
    }

    /**
     * Compound annual growth rate.
     *
     * @param backtestDays  whole days, at least 1.
     * @param start         starting balance.
     * @param finalBalance  final balance.
     * @return the rate; 0 when the final balance is negative.
     */
    public static double cagr(final long backtestDays, final double start, final double finalBalance)
    {
        if (finalBalance < 0.0)
        {
            return 0.0;
        }
        return Math.pow(finalBalance / start, 1.0 / (backtestDays / 365.0)) - 1.0;
    }

    private void ensure(final int n)
    {
        if (returns.length < n)
        {
            returns = new double[Math.max(n, returns.length * 2)];
        }
    }
}
