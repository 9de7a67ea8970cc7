package io.hyperjet.worker.epoch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One epoch's parameter values, read from the {@code params_details} object of a task (the layout of Freqtrade's
 * .fthypt and parameter file): strategy parameters under {@code buy}, {@code sell}, {@code protection}; and, when
 * those spaces are optimized, {@code roi} (minute strings to ratios), {@code stoploss}, {@code trailing} and
 * {@code max_open_trades}.
 * <p>
 * Immutable.
 */
public final class EpochParams
{
    private static final String[] STRATEGY_SPACES = {"buy", "sell", "protection"};

    private final Map<String, Object> strategyValues;
    private final SortedMap<Integer, Double> minimalRoi;
    private final double stoploss;
    private final boolean hasTrailing;
    private final boolean trailingStop;
    private final double trailingStopPositive;
    private final double trailingStopPositiveOffset;
    private final boolean trailingOnlyOffsetIsReached;
    private final boolean hasMaxOpenTrades;
    private final int maxOpenTrades;

    private EpochParams(final JsonNode details)
    {
        final Map<String, Object> values = new LinkedHashMap<>();
        for (final String space : STRATEGY_SPACES)
        {
            final JsonNode node = details.get(space);
            if (null != node && node.isObject())
            {
                for (final Map.Entry<String, JsonNode> e : node.properties())
                {
                    values.put(e.getKey(), plain(e.getValue()));
                }
            }
        }
        this.strategyValues = Collections.unmodifiableMap(values);

        final JsonNode roi = details.get("roi");
        if (null != roi && roi.isObject())
        {
            final SortedMap<Integer, Double> table = new TreeMap<>();
            for (final Map.Entry<String, JsonNode> e : roi.properties())
            {
                table.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
            }
            this.minimalRoi = Collections.unmodifiableSortedMap(table);
        }
        else
        {
            this.minimalRoi = null;
        }

        final JsonNode stop = details.path("stoploss").path("stoploss");
        this.stoploss = stop.isNumber() ? stop.asDouble() : Double.NaN;

        final JsonNode trailing = details.get("trailing");
        this.hasTrailing = null != trailing && trailing.isObject();
        this.trailingStop = hasTrailing && trailing.path("trailing_stop").asBoolean(false);
        final JsonNode positive = hasTrailing ? trailing.path("trailing_stop_positive") : null;
        this.trailingStopPositive = null != positive && positive.isNumber() ? positive.asDouble() : Double.NaN;
        this.trailingStopPositiveOffset = hasTrailing ?
            trailing.path("trailing_stop_positive_offset").asDouble(0.0) : 0.0;
        this.trailingOnlyOffsetIsReached = hasTrailing &&
            trailing.path("trailing_only_offset_is_reached").asBoolean(false);

        final JsonNode mot = details.path("max_open_trades").path("max_open_trades");
        this.hasMaxOpenTrades = mot.isNumber();
        this.maxOpenTrades = hasMaxOpenTrades ? mot.asInt() : -1;
    }

    /**
     * Reads a {@code params_details} object.
     *
     * @param details the object.
     * @return the values.
     */
    public static EpochParams of(final JsonNode details)
    {
        return new EpochParams(details);
    }

    /**
     * A JSON scalar as the boxed value a {@link io.hyperjet.worker.strategy.Parameter#set} accepts.
     *
     * @param v a boolean, number, null or text node.
     * @return Boolean, Long, Double, null or String.
     */
    public static Object plain(final JsonNode v)
    {
        if (v.isBoolean())
        {
            return v.asBoolean();
        }
        if (v.isIntegralNumber())
        {
            return v.asLong();
        }
        if (v.isNumber())
        {
            return v.asDouble();
        }
        if (v.isNull())
        {
            return null;
        }
        return v.asText();
    }

    /**
     * Strategy parameter values by name (buy, sell and protection together).
     *
     * @return the values.
     */
    public Map<String, Object> strategyValues()
    {
        return strategyValues;
    }

    /**
     * The epoch's ROI table, or null when roi is not optimized.
     *
     * @return the table or null.
     */
    public SortedMap<Integer, Double> minimalRoi()
    {
        return minimalRoi;
    }

    /**
     * The epoch's stoploss, or NaN when not optimized.
     *
     * @return the stoploss or NaN.
     */
    public double stoploss()
    {
        return stoploss;
    }

    public boolean hasTrailing()
    {
        return hasTrailing;
    }

    public boolean trailingStop()
    {
        return trailingStop;
    }

    public double trailingStopPositive()
    {
        return trailingStopPositive;
    }

    public double trailingStopPositiveOffset()
    {
        return trailingStopPositiveOffset;
    }

    public boolean trailingOnlyOffsetIsReached()
    {
        return trailingOnlyOffsetIsReached;
    }

    public boolean hasMaxOpenTrades()
    {
        return hasMaxOpenTrades;
    }

    /**
     * The epoch's max_open_trades as the backtester takes it (backtest-semantics.md 8.3): −1 and 0 mean unlimited
     * (−1), except with an unlimited stake, where they mean the config's value.
     *
     * @param unlimitedStake whether stake_amount is "unlimited".
     * @param configured     the run's max_open_trades.
     * @return the value to backtest with.
     */
    public int maxOpenTrades(final boolean unlimitedStake, final int configured)
    {
        if (maxOpenTrades <= 0)
        {
            return unlimitedStake ? configured : -1;
        }
        return maxOpenTrades;
    }
}
