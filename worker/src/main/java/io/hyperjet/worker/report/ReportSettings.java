package io.hyperjet.worker.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a stats object reports as configured (backtest-semantics.md 10.2), and the run's wall-clock
 * times. Fluent setters, then read-only use. Defaults are Freqtrade's.
 */
public final class ReportSettings
{
    private String strategyName = "";
    private Object stakeAmount = "unlimited";
    private double maxOpenTrades = Double.POSITIVE_INFINITY;
    private String timeframeDetail = "";
    private String timerange = "";
    private boolean enableProtections;
    private double stoploss = -0.1;
    private boolean trailingStop;
    private Double trailingStopPositive;
    private double trailingStopPositiveOffset;
    private boolean trailingOnlyOffsetIsReached;
    private boolean useCustomStoploss;
    private Map<String, Double> minimalRoi = new LinkedHashMap<>();
    private boolean useExitSignal = true;
    private boolean exitProfitOnly;
    private double exitProfitOffset;
    private boolean ignoreRoiIfEntrySignal;
    private long runStartEpochS;
    private long runEndEpochS;

    /**
     * Freqtrade's decimals for a stake currency: 8 for BTC, 5 for ETH, 3 otherwise.
     *
     * @param currency the stake currency.
     * @return decimal places.
     */
    public static int decimalsOf(final String currency)
    {
        if ("BTC".equals(currency))
        {
            return 8;
        }
        return "ETH".equals(currency) ? 5 : 3;
    }

    public ReportSettings strategyName(final String value)
    {
        strategyName = value;
        return this;
    }

    /** @param value a number, or the string "unlimited". @return this. */
    public ReportSettings stakeAmount(final Object value)
    {
        stakeAmount = value;
        return this;
    }

    /** @param value the setting; +Infinity for unlimited slots. @return this. */
    public ReportSettings maxOpenTrades(final double value)
    {
        maxOpenTrades = value;
        return this;
    }

    public ReportSettings timeframeDetail(final String value)
    {
        timeframeDetail = value == null ? "" : value;
        return this;
    }

    public ReportSettings timerange(final String value)
    {
        timerange = value == null ? "" : value;
        return this;
    }

    public ReportSettings enableProtections(final boolean value)
    {
        enableProtections = value;
        return this;
    }

    public ReportSettings stoploss(final double value)
    {
        stoploss = value;
        return this;
    }

    public ReportSettings trailingStop(final boolean value)
    {
        trailingStop = value;
        return this;
    }

    /** @param value null when unset. @return this. */
    public ReportSettings trailingStopPositive(final Double value)
    {
        trailingStopPositive = value;
        return this;
    }

    public ReportSettings trailingStopPositiveOffset(final double value)
    {
        trailingStopPositiveOffset = value;
        return this;
    }

    public ReportSettings trailingOnlyOffsetIsReached(final boolean value)
    {
        trailingOnlyOffsetIsReached = value;
        return this;
    }

    public ReportSettings useCustomStoploss(final boolean value)
    {
        useCustomStoploss = value;
        return this;
    }

    /** @param value ROI table as configured, string keys (minutes) in configured order. @return this. */
    public ReportSettings minimalRoi(final Map<String, Double> value)
    {
        minimalRoi = new LinkedHashMap<>(value);
        return this;
    }

    public ReportSettings useExitSignal(final boolean value)
    {
        useExitSignal = value;
        return this;
    }

    public ReportSettings exitProfitOnly(final boolean value)
    {
        exitProfitOnly = value;
        return this;
    }

    public ReportSettings exitProfitOffset(final double value)
    {
        exitProfitOffset = value;
        return this;
    }

    public ReportSettings ignoreRoiIfEntrySignal(final boolean value)
    {
        ignoreRoiIfEntrySignal = value;
        return this;
    }

    /** @param startS wall-clock start of the run, epoch s. @param endS its end. @return this. */
    public ReportSettings runTimes(final long startS, final long endS)
    {
        runStartEpochS = startS;
        runEndEpochS = endS;
        return this;
    }

    public String strategyName()
    {
        return strategyName;
    }

    public Object stakeAmount()
    {
        return stakeAmount;
    }

    public double maxOpenTrades()
    {
        return maxOpenTrades;
    }

    public String timeframeDetail()
    {
        return timeframeDetail;
    }

    public String timerange()
    {
        return timerange;
    }

    public boolean enableProtections()
    {
        return enableProtections;
    }

    public double stoploss()
    {
        return stoploss;
    }

    public boolean trailingStop()
    {
        return trailingStop;
    }

    public Double trailingStopPositive()
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

    public boolean useCustomStoploss()
    {
        return useCustomStoploss;
    }

    public Map<String, Double> minimalRoi()
    {
        return minimalRoi;
    }

    public boolean useExitSignal()
    {
        return useExitSignal;
    }

    public boolean exitProfitOnly()
    {
        return exitProfitOnly;
    }

    public double exitProfitOffset()
    {
        return exitProfitOffset;
    }

    public boolean ignoreRoiIfEntrySignal()
    {
        return ignoreRoiIfEntrySignal;
    }

    public long runStartEpochS()
    {
        return runStartEpochS;
    }

    public long runEndEpochS()
    {
        return runEndEpochS;
    }
}
