package io.hyperjet.worker.backtest;

import java.math.BigDecimal;

/**
 * The exact-decimal trade values of backtest-semantics.md 0 and 6: products of the shortest decimal forms of the
 * doubles ({@link BigDecimal#valueOf(double)}), converted back to double once. Called once or twice per trade,
 * never per candle.
 */
final class TradeValues
{
    private TradeValues()
    {
    }

    /**
     * {@code amount × rate}, exact, as a double: the stake a fill represents.
     *
     * @param amount the amount.
     * @param rate   the price.
     * @return the value.
     */
    static double cost(final double amount, final double rate)
    {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rate)).doubleValue();
    }

    /**
     * The open value {@code amount × rate × (1 ± fee)}: plus the fee for a long, minus for a short.
     *
     * @param amount  the amount.
     * @param rate    the open rate.
     * @param fee     the fee ratio.
     * @param isShort the direction.
     * @return the value.
     */
    static double openValue(final double amount, final double rate, final double fee, final boolean isShort)
    {
        final BigDecimal trade = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rate));
        final BigDecimal fees = trade.multiply(BigDecimal.valueOf(fee));
        return (isShort ? trade.subtract(fees) : trade.add(fees)).doubleValue();
    }

    /**
     * The close value {@code amount × rate × (1 ∓ fee)}: minus the fee for a long, plus for a short.
     *
     * @param amount  the amount.
     * @param rate    the close rate.
     * @param fee     the fee ratio.
     * @param isShort the direction.
     * @return the value.
     */
    static double closeValue(final double amount, final double rate, final double fee, final boolean isShort)
    {
        final BigDecimal trade = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rate));
        final BigDecimal fees = trade.multiply(BigDecimal.valueOf(fee));
        return (isShort ? trade.add(fees) : trade.subtract(fees)).doubleValue();
    }
}
