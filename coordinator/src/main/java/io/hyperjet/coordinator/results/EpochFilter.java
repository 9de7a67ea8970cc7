package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Freqtrade's epoch filters for {@code hyperopt-list} and {@code hyperopt-show}. Bounds are strict; every bound on
 * profit or objective also drops epochs without trades. Average profit is in percent, total profit in the stake
 * currency; {@code minObjective} keeps losses below it and {@code maxObjective} losses above it, as Freqtrade does.
 * Mutable settings, then {@link #apply}; not thread-safe.
 */
public final class EpochFilter
{
    private boolean onlyBest;
    private boolean onlyProfitable;
    private int minTrades;
    private int maxTrades;
    private Double minAvgProfitPct;
    private Double maxAvgProfitPct;
    private Double minTotalProfit;
    private Double maxTotalProfit;
    private Double minObjective;
    private Double maxObjective;
    private Double minAvgMinutes;
    private Double maxAvgMinutes;

    public EpochFilter onlyBest(final boolean value)
    {
        onlyBest = value;
        return this;
    }

    public EpochFilter onlyProfitable(final boolean value)
    {
        onlyProfitable = value;
        return this;
    }

    /**
     * @param value keep epochs with more trades than this; 0 or less: no bound.
     * @return this.
     */
    public EpochFilter minTrades(final int value)
    {
        minTrades = value;
        return this;
    }

    /**
     * @param value keep epochs with fewer trades than this; 0 or less: no bound.
     * @return this.
     */
    public EpochFilter maxTrades(final int value)
    {
        maxTrades = value;
        return this;
    }

    public EpochFilter avgProfitPct(final Double min, final Double max)
    {
        minAvgProfitPct = min;
        maxAvgProfitPct = max;
        return this;
    }

    public EpochFilter totalProfit(final Double min, final Double max)
    {
        minTotalProfit = min;
        maxTotalProfit = max;
        return this;
    }

    /**
     * Bounds on the average trade duration in whole minutes ({@code holding_avg_s} / 60, rounded down, as Freqtrade
     * compares it).
     *
     * @param min keep epochs whose average lasts longer than this, or null.
     * @param max keep epochs whose average is shorter than this, or null.
     * @return this.
     */
    public EpochFilter avgMinutes(final Double min, final Double max)
    {
        minAvgMinutes = min;
        maxAvgMinutes = max;
        return this;
    }

    public EpochFilter objective(final Double min, final Double max)
    {
        minObjective = min;
        maxObjective = max;
        return this;
    }

    /**
     * The epochs that pass every filter, in their order.
     *
     * @param epochs epoch objects as read from the file.
     * @return a new list.
     */
    public List<JsonNode> apply(final List<JsonNode> epochs)
    {
        final List<JsonNode> kept = new ArrayList<>(epochs.size());
        for (final JsonNode epoch : epochs)
        {
            if (passes(epoch))
            {
                kept.add(epoch);
            }
        }
        return kept;
    }

    boolean passes(final JsonNode epoch)
    {
        final JsonNode m = epoch.path("results_metrics");
        if (onlyBest && !epoch.path("is_best").asBoolean(false))
        {
            return false;
        }
        if (onlyProfitable && !(m.path("profit_total").asDouble(0.0) > 0.0))
        {
            return false;
        }
        final int trades = m.path("total_trades").asInt(0);
        if ((minTrades > 0 && !(trades > minTrades)) || (maxTrades > 0 && !(trades < maxTrades)))
        {
            return false;
        }
        final boolean anyValueBound = null != minAvgProfitPct || null != maxAvgProfitPct || null != minTotalProfit ||
            null != maxTotalProfit || null != minObjective || null != maxObjective || null != minAvgMinutes ||
            null != maxAvgMinutes;
        if (anyValueBound && trades <= 0)
        {
            return false;
        }
        if (null != minAvgMinutes || null != maxAvgMinutes)
        {
            final JsonNode holding = m.get("holding_avg_s");
            if (null == holding || !holding.isNumber())
            {
                throw new UserInputException("epoch " + epoch.path("current_epoch").asInt() + " has no " +
                    "holding_avg_s (average trade duration); omit --min-avg-time/--max-avg-time for this file");
            }
            final double minutes = Math.floor(holding.asDouble() / 60.0);
            if (!above(minutes, minAvgMinutes) || !below(minutes, maxAvgMinutes))
            {
                return false;
            }
        }
        final double avgProfitPct = m.path("profit_mean").asDouble(0.0) * 100.0;
        final double totalProfit = m.path("profit_total_abs").asDouble(0.0);
        final double loss = epoch.path("loss").asDouble();
        return above(avgProfitPct, minAvgProfitPct) && below(avgProfitPct, maxAvgProfitPct) &&
            above(totalProfit, minTotalProfit) && below(totalProfit, maxTotalProfit) &&
            below(loss, minObjective) && above(loss, maxObjective);
    }

    private static boolean above(final double value, final Double bound)
    {
        return null == bound || value > bound;
    }

    private static boolean below(final double value, final Double bound)
    {
        return null == bound || value < bound;
    }
}
