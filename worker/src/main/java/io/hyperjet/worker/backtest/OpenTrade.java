package io.hyperjet.worker.backtest;

import java.math.BigDecimal;

/**
 * The engine's state of one trade while it is open: the {@link Trade} record being filled (stop, min/max rates
 * live in it so callbacks see them) plus what only the engine needs. One per trade, never per candle.
 */
final class OpenTrade
{
    final Trade trade = new Trade();
    int pair;
    int entryRow;
    long sequence;
    double openValue;
    /** The amount's shortest decimal form, kept for the exact close value. */
    BigDecimal amountDecimal;
    /** {@code 1 − fee} for a long, {@code 1 + fee} for a short: close value = {@code amount × rate × feeFactor}. */
    double feeFactor;
    /** Freqtrade's {@code is_stop_loss_trailing}: the stop was raised after the entry. */
    boolean trailing;

    int exitRow = -1;
    /** The date of the exit candle: the exit row's, or one of its detail candles' (3.8). */
    long exitTimeMs;
    double exitPrice;
    String exitReason;

    /**
     * The decision profit ratio of backtest-semantics.md 4.2 at {@code rate}: fee-inclusive, rounded to 8 decimals.
     * Plain double arithmetic, as it runs per candle.
     *
     * @param rate the price.
     * @return the ratio.
     */
    double profitRatio(final double rate)
    {
        if (openValue == 0.0)
        {
            return 0.0;
        }
        final double closeValue = trade.amount * rate * feeFactor;
        return Round8.round8(trade.isShort ? 1.0 - closeValue / openValue : closeValue / openValue - 1.0);
    }

    void updateMinMax(final double high, final double low)
    {
        if (high > trade.maxRate)
        {
            trade.maxRate = high;
        }
        if (low < trade.minRate)
        {
            trade.minRate = low;
        }
    }
}
