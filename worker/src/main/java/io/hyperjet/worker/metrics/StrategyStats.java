package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric of one strategy's result (backtest-semantics.md 7 and 10.2), as computed by
 * {@link StatsCalculator}. A plain record with public fields; the report package turns it into JSON and tables.
 */
public final class StrategyStats
{
    public List<Trade> trades;
    public MetricsContext context;

    public int totalTrades;
    public int tradeCountLong;
    public int tradeCountShort;
    public double totalVolume;
    public double avgStakeAmount;
    public double profitMean;
    public double profitMedian;
    public double profitTotal;
    public double profitTotalLong;
    public double profitTotalShort;
    public double profitTotalAbs;
    public double profitTotalLongAbs;
    public double profitTotalShortAbs;
    public double cagr;
    public double expectancy;
    public double expectancyRatio;
    public double sortino;
    public double sharpe;
    public double calmar;
    public double profitFactor;
    public long backtestDays;
    public double tradesPerDay;
    public double finalBalance;

    public int wins;
    public int losses;
    public int draws;
    public double winrate;
    public long holdingAvgMinutes;
    public long winnerHoldingAvgMinutes;
    public long loserHoldingAvgMinutes;
    public int maxConsecutiveWins;
    public int maxConsecutiveLosses;

    /** True when a drawdown exists in both modes; otherwise every drawdown field below is 0. */
    public boolean hasDrawdown;
    public double maxDrawdownAccount;
    public double maxRelativeDrawdown;
    public double maxDrawdownAbs;
    public double maxDrawdownLow;
    public double maxDrawdownHigh;
    public long drawdownStartMs;
    public long drawdownEndMs;
    public double csumMin;
    public double csumMax;

    public DailyStats daily;
    public List<StatsLine> resultsPerPair;
    public List<StatsLine> resultsPerEnterTag;
    public List<StatsLine> exitReasonSummary;
    public List<StatsLine> mixTagStats;
    public List<StatsLine> leftOpenTrades;
    public StatsLine bestPair;
    public StatsLine worstPair;
    /** Null unless the context asks for it. */
    public Map<PeriodicBreakdown.Period, List<PeriodStats>> periodicBreakdown;

    static Map<PeriodicBreakdown.Period, List<PeriodStats>> newBreakdown()
    {
        return new EnumMap<>(PeriodicBreakdown.Period.class);
    }
}
