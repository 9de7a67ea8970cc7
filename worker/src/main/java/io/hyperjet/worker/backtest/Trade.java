package io.hyperjet.worker.backtest;

/**
 * One closed trade of a backtest, with the fields of Freqtrade's trade record (backtest-semantics.md 10.3).
 * Times are epoch ms (UTC). Ratios follow the spec: {@code stopLossRatio} and {@code initialStopLossRatio} are
 * minus the absolute stop distance; {@code profitRatio} is {@code profitAbs} over the total stake (13.9), not rounded
 * again.
 * <p>
 * A plain mutable record filled by the backtester; one instance per trade, never per candle.
 */
public final class Trade
{
    /** Freqtrade's {@code trade.id}: 1, 2, ... in opening order within a run (set by the iterative backtester). */
    public int id;
    public String pair;
    public boolean isShort;
    public long openTimeMs;
    public long closeTimeMs;
    /** Freqtrade's {@code open_rate}: the entry price, truncated to 18 decimals (backtest-semantics.md 13.4). */
    public double openRate;
    /** The entry order's fill price, the candle open; differs from {@code openRate} for some prices below 0.01. */
    public double entryPrice;
    public double closeRate;
    public double amount;
    public double stakeAmount;
    public double fee;
    public double profitAbs;
    public double profitRatio;
    public String exitReason;
    /** The entry tag: "" when the strategy set none, null for a null tag. */
    public String enterTag;
    public double initialStopLossAbs;
    public double initialStopLossRatio;
    public double stopLossAbs;
    public double stopLossRatio;
    public double minRate;
    public double maxRate;
    /** Freqtrade's {@code is_stop_loss_trailing}: the stop was raised after the entry (callbacks read it). */
    public boolean stopLossTrailing;

    /**
     * Whole minutes between open and close, floored.
     *
     * @return the trade duration in minutes.
     */
    public long durationMinutes()
    {
        return Math.floorDiv(closeTimeMs - openTimeMs, 60_000L);
    }

    @Override
    public String toString()
    {
        return "Trade{pair=" + pair + ", short=" + isShort + ", open=" + openTimeMs + "@" + openRate +
            " (order " + entryPrice + "), close=" + closeTimeMs + "@" + closeRate + ", amount=" + amount +
            ", stake=" + stakeAmount +
            ", profitAbs=" + profitAbs + ", profitRatio=" + profitRatio + ", reason=" + exitReason +
            ", tag=" + enterTag + ", sl=" + stopLossAbs + "/" + stopLossRatio + ", initSl=" + initialStopLossAbs +
            "/" + initialStopLossRatio + ", min=" + minRate + ", max=" + maxRate + "}";
    }
}
