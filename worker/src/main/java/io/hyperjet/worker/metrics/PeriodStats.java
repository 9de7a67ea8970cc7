package io.hyperjet.worker.metrics;

/**
 * One entry of {@code periodic_breakdown} (backtest-semantics.md 7.4).
 */
public final class PeriodStats
{
    /** Label date as epoch day. */
    public long labelEpochDay;
    public double profitAbs;
    public int wins;
    public int draws;
    public int loses;
    public double winrate;
}
