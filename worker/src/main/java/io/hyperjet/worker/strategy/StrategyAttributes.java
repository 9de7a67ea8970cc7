package io.hyperjet.worker.strategy;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Freqtrade strategy attributes of a {@link Strategy} (timeframe, minimal_roi, stoploss, trailing settings, exit
 * rules, can_short, startup_candle_count, max_open_trades, default parameter values). A strategy sets the protected
 * fields in its initializers or constructor, as a Freqtrade class body does; the engine reads them through the
 * getters, and the params file and the config override them through the setters (config > file > strategy).
 */
public abstract class StrategyAttributes
{
    /** {@link #maxOpenTrades()} when the strategy does not set it. */
    public static final int MAX_OPEN_TRADES_UNSET = Integer.MIN_VALUE;

    protected String timeframe = "5m";
    protected Map<Integer, Double> minimalRoi = new TreeMap<>();
    /** NaN when the strategy does not set it (then the config must). */
    protected double stoploss = Double.NaN;
    protected boolean trailingStop;
    /** NaN for Freqtrade's None. */
    protected double trailingStopPositive = Double.NaN;
    protected double trailingStopPositiveOffset;
    protected boolean trailingOnlyOffsetIsReached;
    protected boolean useExitSignal = true;
    protected boolean exitProfitOnly;
    protected double exitProfitOffset;
    protected boolean ignoreRoiIfEntrySignal;
    protected boolean canShort;
    protected int startupCandleCount;
    protected int maxOpenTrades = MAX_OPEN_TRADES_UNSET;
    protected boolean useCustomStoploss;
    protected Map<String, Object> buyParams = Collections.emptyMap();
    protected Map<String, Object> sellParams = Collections.emptyMap();
    protected Map<String, Object> protectionParams = Collections.emptyMap();

    /**
     * A ROI table from (minutes, ratio) pairs: {@code roi(60, 0.01, 30, 0.02, 0, 0.04)} is Freqtrade's
     * {@code {"60": 0.01, "30": 0.02, "0": 0.04}}.
     *
     * @param minutesThenRatio alternating minutes and ratios.
     * @return a sorted map.
     */
    protected static Map<Integer, Double> roi(final double... minutesThenRatio)
    {
        if (minutesThenRatio.length % 2 != 0)
        {
            throw new IllegalArgumentException("roi needs (minutes, ratio) pairs");
        }
        final Map<Integer, Double> table = new TreeMap<>();
        for (int i = 0; i < minutesThenRatio.length; i += 2)
        {
            table.put((int)minutesThenRatio[i], minutesThenRatio[i + 1]);
        }
        return table;
    }

    final Map<String, Object> defaultParams(final Space space)
    {
        switch (space)
        {
            case BUY:
                return buyParams;
            case SELL:
                return sellParams;
            default:
                return protectionParams;
        }
    }


    /** timeframe. */
    public final String timeframe()
    {
        return timeframe;
    }

    public final void timeframe(final String value)
    {
        this.timeframe = value;
    }

    /** minimal_roi, minutes to ratio. */
    public final Map<Integer, Double> minimalRoi()
    {
        return Collections.unmodifiableMap(minimalRoi);
    }

    public final void minimalRoi(final Map<Integer, Double> value)
    {
        this.minimalRoi = new TreeMap<>(value);
    }

    /** stoploss; NaN when unset. */
    public final double stoploss()
    {
        return stoploss;
    }

    public final void stoploss(final double value)
    {
        this.stoploss = value;
    }

    /** trailing_stop. */
    public final boolean trailingStop()
    {
        return trailingStop;
    }

    public final void trailingStop(final boolean value)
    {
        this.trailingStop = value;
    }

    /** trailing_stop_positive; NaN for None. */
    public final double trailingStopPositive()
    {
        return trailingStopPositive;
    }

    public final void trailingStopPositive(final double value)
    {
        this.trailingStopPositive = value;
    }

    /** trailing_stop_positive_offset. */
    public final double trailingStopPositiveOffset()
    {
        return trailingStopPositiveOffset;
    }

    public final void trailingStopPositiveOffset(final double value)
    {
        this.trailingStopPositiveOffset = value;
    }

    /** trailing_only_offset_is_reached. */
    public final boolean trailingOnlyOffsetIsReached()
    {
        return trailingOnlyOffsetIsReached;
    }

    public final void trailingOnlyOffsetIsReached(final boolean value)
    {
        this.trailingOnlyOffsetIsReached = value;
    }

    /** use_exit_signal. */
    public final boolean useExitSignal()
    {
        return useExitSignal;
    }

    public final void useExitSignal(final boolean value)
    {
        this.useExitSignal = value;
    }

    /** exit_profit_only. */
    public final boolean exitProfitOnly()
    {
        return exitProfitOnly;
    }

    public final void exitProfitOnly(final boolean value)
    {
        this.exitProfitOnly = value;
    }

    /** exit_profit_offset. */
    public final double exitProfitOffset()
    {
        return exitProfitOffset;
    }

    public final void exitProfitOffset(final double value)
    {
        this.exitProfitOffset = value;
    }

    /** ignore_roi_if_entry_signal. */
    public final boolean ignoreRoiIfEntrySignal()
    {
        return ignoreRoiIfEntrySignal;
    }

    public final void ignoreRoiIfEntrySignal(final boolean value)
    {
        this.ignoreRoiIfEntrySignal = value;
    }

    /** can_short. */
    public final boolean canShort()
    {
        return canShort;
    }

    public final void canShort(final boolean value)
    {
        this.canShort = value;
    }

    /** startup_candle_count. */
    public final int startupCandleCount()
    {
        return startupCandleCount;
    }

    public final void startupCandleCount(final int value)
    {
        this.startupCandleCount = value;
    }

    /** max_open_trades; MAX_OPEN_TRADES_UNSET when unset. */
    public final int maxOpenTrades()
    {
        return maxOpenTrades;
    }

    public final void maxOpenTrades(final int value)
    {
        this.maxOpenTrades = value;
    }

    /** use_custom_stoploss. */
    public final boolean useCustomStoploss()
    {
        return useCustomStoploss;
    }

    public final void useCustomStoploss(final boolean value)
    {
        this.useCustomStoploss = value;
    }
}
