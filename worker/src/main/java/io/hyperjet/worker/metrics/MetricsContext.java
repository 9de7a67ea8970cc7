package io.hyperjet.worker.metrics;

import java.util.List;

import io.hyperjet.worker.protection.Lock;

/**
 * What the metrics need besides the trades: balance, backtest range, pair list and run counters. Fluent setters,
 * then read-only use; one instance per run is enough (the values do not change between epochs).
 */
public final class MetricsContext
{
    private double startingBalance = 1000.0;
    private long minDateMs;
    private long maxDateMs;
    private List<String> pairlist = List.of();
    private String stakeCurrency = "USDT";
    private String timeframe = "5m";
    private long rejectedSignals;
    private double marketChange;
    private boolean periodicBreakdown;
    private List<Lock> locks = List.of();

    /** @param value {@code dry_run_wallet}. @return this. */
    public MetricsContext startingBalance(final double value)
    {
        startingBalance = value;
        return this;
    }

    /** @param value backtest start (first candle after the startup period), epoch ms. @return this. */
    public MetricsContext minDateMs(final long value)
    {
        minDateMs = value;
        return this;
    }

    /** @param value backtest end (last candle), epoch ms. @return this. */
    public MetricsContext maxDateMs(final long value)
    {
        maxDateMs = value;
        return this;
    }

    /** @param value pairs with loaded data (backtesting) or the whitelist (hyperopt). @return this. */
    public MetricsContext pairlist(final List<String> value)
    {
        pairlist = List.copyOf(value);
        return this;
    }

    /** @param value e.g. "BTC" or "USDT". @return this. */
    public MetricsContext stakeCurrency(final String value)
    {
        stakeCurrency = value;
        return this;
    }

    /** @param value e.g. "5m". @return this. */
    public MetricsContext timeframe(final String value)
    {
        timeframe = value;
        return this;
    }

    /** @param value entry signals rejected for lack of slots or balance. @return this. */
    public MetricsContext rejectedSignals(final long value)
    {
        rejectedSignals = value;
        return this;
    }

    /** @param value mean relative close change over pairs (7.1). @return this. */
    public MetricsContext marketChange(final double value)
    {
        marketChange = value;
        return this;
    }

    /** @param value true to compute {@code periodic_breakdown} (backtesting, not hyperopt). @return this. */
    public MetricsContext periodicBreakdown(final boolean value)
    {
        periodicBreakdown = value;
        return this;
    }

    /** @param value the locks the protections created (the run's {@code locks}). @return this. */
    public MetricsContext locks(final List<Lock> value)
    {
        locks = value;
        return this;
    }

    public List<Lock> locks()
    {
        return locks;
    }

    public double startingBalance()
    {
        return startingBalance;
    }

    public long minDateMs()
    {
        return minDateMs;
    }

    public long maxDateMs()
    {
        return maxDateMs;
    }

    public List<String> pairlist()
    {
        return pairlist;
    }

    public String stakeCurrency()
    {
        return stakeCurrency;
    }

    public String timeframe()
    {
        return timeframe;
    }

    public long rejectedSignals()
    {
        return rejectedSignals;
    }

    public double marketChange()
    {
        return marketChange;
    }

    public boolean periodicBreakdown()
    {
        return periodicBreakdown;
    }
}
