package io.hyperjet.worker.backtest;

import java.math.BigDecimal;

/**
 * The engine's state of one trade while it is open: the {@link Trade} record being filled (stop, min/max rates
 * live in it so callbacks see them) plus what only the engine needs. One per trade, never per candle.
 */
final class OpenTrade
{
    /**
     * How far (per unit of {@code 2 + |ratio|}) the double ratio can be from the one of the exact close value: the
     * double close value carries about 7 rounding errors of 2^-53 relative, the division one more; this is ten times
     * that.
     */
    private static final double TIE_MARGIN = 1e-14;

    final Trade trade = new Trade();
    int pair;
    int entryRow;
    long sequence;
    /** {@code open_trade_value} of backtest-semantics.md 13.4, from the (truncated) open rate. */
    double openValue;
    /** 13.9's total stake {@code TS}: the open value from the entry price, the denominator of profit_ratio. */
    double totalStake;
    /** The amount's shortest decimal form, made on first use by {@link #amountDecimal()}; null before. */
    BigDecimal amountDecimal;
    /** {@link ShortestDecimal#offset} of the amount, for {@link DecimalProducts}. */
    double amountOffset;
    /** The fee's shortest decimal form. */
    BigDecimal feeDecimal;
    /** {@code 1 − fee} for a long, {@code 1 + fee} for a short: close value = {@code amount × rate × feeFactor}. */
    double feeFactor;
    /** Freqtrade's {@code is_stop_loss_trailing}: the stop was raised after the entry. */
    boolean trailing;

    int exitRow = -1;
    /** The vectorized backtester's loop step of {@link #exitRow}, or {@code Integer.MAX_VALUE} for none. */
    int exitStep = Integer.MAX_VALUE;
    /** The date of the exit candle: the exit row's, or one of its detail candles' (3.8). */
    long exitTimeMs;
    double exitPrice;
    String exitReason;

    /**
     * The decision profit ratio of backtest-semantics.md 13.7 at {@code rate}: fee-inclusive, rounded to 8 decimals,
     * from the exact close value. It runs per candle, so the close value is first taken in doubles, which is within
     * a few ulps of the exact one; only when the ratio lies so near a rounding tie of round8 that those ulps could
     * matter (a few in a million calls) is the exact decimal product made.
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
        final double approx = ratio(trade.amount * rate * feeFactor);
        if (Round8.isFarFromTie(approx, TIE_MARGIN * (2.0 + Math.abs(approx))))
        {
            return Round8.round8(approx);
        }
        final BigDecimal cost = TradeValues.cost(amountDecimal(), rate);
        return Round8.round8(ratio(TradeValues.withFee(cost, feeDecimal, trade.isShort)));
    }

    /**
     * The amount's shortest decimal, for the exact paths (rare: near ties and values outside the fast domain).
     *
     * @return the decimal.
     */
    BigDecimal amountDecimal()
    {
        if (null == amountDecimal)
        {
            amountDecimal = TradeValues.decimal(trade.amount);
        }
        return amountDecimal;
    }

    private double ratio(final double closeValue)
    {
        return trade.isShort ? 1.0 - closeValue / openValue : closeValue / openValue - 1.0;
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
