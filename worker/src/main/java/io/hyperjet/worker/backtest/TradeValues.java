package io.hyperjet.worker.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact-decimal trade values of backtest-semantics.md 0 and 6: products of the shortest decimal forms of the
 * doubles ({@link ShortestDecimal}, the value {@link BigDecimal#valueOf(double)} gives on JDK 19+), converted back to
 * double once ({@link Decimals}). Used once per entry and once per
 * exit, never per candle; the caller keeps the decimal amount so each double is converted only once.
 */
final class TradeValues
{
    private TradeValues()
    {
    }

    /** Freqtrade's decimal division keeps this many fraction digits, truncated. */
    private static final int DIVISION_SCALE = 18;

    static BigDecimal decimal(final double value)
    {
        return ShortestDecimal.valueOf(value);
    }

    /**
     * The open rate Freqtrade recomputes from the entry order (backtest-semantics.md 13.4): the average price
     * {@code dec(P)·dec(A) / dec(A)}, a decimal division truncated to 18 places, so {@code D(trunc18(dec(P)))}. It
     * differs from {@code price} only when the price's shortest text has more than 18 fraction digits (prices below
     * 0.01), which the scale test finds without arithmetic.
     *
     * @param priceDecimal the shortest decimal of {@code price}.
     * @param price        the entry price.
     * @return the open rate.
     */
    static double openRate(final BigDecimal priceDecimal, final double price)
    {
        if (priceDecimal.scale() <= DIVISION_SCALE)
        {
            return price;
        }
        return Decimals.toDouble(priceDecimal.setScale(DIVISION_SCALE, RoundingMode.DOWN));
    }

    /**
     * {@code amount × rate}, exact.
     *
     * @param amount the decimal amount.
     * @param rate   the price.
     * @return the exact product.
     */
    static BigDecimal cost(final BigDecimal amount, final double rate)
    {
        return amount.multiply(ShortestDecimal.valueOf(rate));
    }

    /**
     * A value net of fees: {@code cost ± cost × fee}, as a double.
     *
     * @param cost    the exact {@code amount × rate}.
     * @param fee     the decimal fee ratio.
     * @param addFee  true to add the fee (long entry, short exit), false to subtract it.
     * @return the value.
     */
    static double withFee(final BigDecimal cost, final BigDecimal fee, final boolean addFee)
    {
        final BigDecimal fees = cost.multiply(fee);
        return Decimals.toDouble(addFee ? cost.add(fees) : cost.subtract(fees));
    }

    /**
     * The open value {@code amount × rate × (1 ± fee)}: plus the fee for a long, minus for a short.
     */
    static double openValue(final double amount, final double rate, final double fee, final boolean isShort)
    {
        return withFee(cost(decimal(amount), rate), decimal(fee), !isShort);
    }

    /**
     * The close value {@code amount × rate × (1 ∓ fee)}: minus the fee for a long, plus for a short.
     */
    static double closeValue(final double amount, final double rate, final double fee, final boolean isShort)
    {
        return withFee(cost(decimal(amount), rate), decimal(fee), isShort);
    }
}
