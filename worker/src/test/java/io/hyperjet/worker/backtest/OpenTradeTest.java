package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The decision ratio of backtest-semantics.md 13.7 and the open rate of 13.4, against their BigDecimal definitions. */
class OpenTradeTest
{
    private static OpenTrade open(final double price, final double stake, final double fee, final boolean isShort)
    {
        final TradeRules rules = new TradeRules();
        rules.configure(new BacktestSettings().timeframeSeconds(300).fee(fee).stakeAmount(stake).stoploss(-0.1)
            .conclude(), null);
        final OpenTrade ot = new OpenTrade();
        rules.open(ot, "A/B", 0, 1, 0L, price, isShort, stake, "");
        return ot;
    }

    /** {@code round8(CV(r) / OV − 1)} with {@code CV(r) = D(dec(A)·dec(r)·(1 − dec(fee)))}, long; short mirrored. */
    private static double exactRatio(final OpenTrade ot, final double rate, final double fee)
    {
        final BigDecimal cost = new BigDecimal(Double.toString(ot.trade.amount))
            .multiply(new BigDecimal(Double.toString(rate)));
        final BigDecimal f = new BigDecimal(Double.toString(fee));
        final double cv = cost.multiply(ot.trade.isShort ? BigDecimal.ONE.add(f) : BigDecimal.ONE.subtract(f))
            .doubleValue();
        final double q = ot.trade.isShort ? 1.0 - cv / ot.openValue : cv / ot.openValue - 1.0;
        return new BigDecimal(q).setScale(8, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
    }

    @Test
    void shouldGiveExactDecisionRatioAlsoNextToRoundingTies()
    {
        final SplittableRandom rnd = new SplittableRandom(11);
        int nearTies = 0;
        for (int i = 0; i < 3000; i++)
        {
            final double fee = rnd.nextInt(3) == 0 ? 0.0 : Math.rint(rnd.nextDouble() * 1e4) / 1e6;
            final double price = Math.rint((0.5 + rnd.nextDouble() * 500) * 1e4) / 1e4;
            final boolean isShort = rnd.nextBoolean();
            final OpenTrade ot = open(price, 10 + Math.rint(rnd.nextDouble() * 1e4) / 10, fee, isShort);
            // the rate whose double ratio is closest to a tie k × 1e-8 + 0.5e-8, then its neighbours
            final double q = (Math.rint((rnd.nextDouble() - 0.3) * 1e6) + 0.5) * 1e-8;
            final double factor = isShort ? 1.0 - q : 1.0 + q;
            final double center = factor * ot.openValue / (ot.trade.amount * ot.feeFactor);
            double rate = center;
            for (int k = 0; k < 40; k++)
            {
                rate = Math.nextDown(rate);
            }
            for (int k = 0; k < 80; k++, rate = Math.nextUp(rate))
            {
                final double approx = ot.trade.amount * rate * ot.feeFactor;
                final double ratio = isShort ? 1.0 - approx / ot.openValue : approx / ot.openValue - 1.0;
                nearTies += Round8.isFarFromTie(ratio, 1e-14 * (2.0 + Math.abs(ratio))) ? 0 : 1;
                assertEquals(exactRatio(ot, rate, fee), ot.profitRatio(rate), () -> "price " + price + " fee " + fee);
            }
        }
        assertTrue(nearTies > 10_000, "the exact path was hardly tried: " + nearTies);
    }

    @Test
    void shouldTruncateOpenRateToEighteenDecimals()
    {
        assertEquals(6.027e-05, open(6.0270000000000004e-05, 100, 0.001, false).trade.openRate);
        assertEquals(6.0270000000000004e-05, open(6.0270000000000004e-05, 100, 0.001, false).trade.entryPrice);
        // 0.000000012345678901234567 -> 0.000000012345678901
        assertEquals(1.2345678901e-08, open(1.2345678901234567e-08, 100, 0.0, true).trade.openRate);
        // at least 0.01, 17 significant digits have at most 18 decimals: unchanged
        assertEquals(0.012345678901234567, open(0.012345678901234567, 100, 0.0, false).trade.openRate);
        assertEquals(915.95322, open(915.95322, 100, 0.002, false).trade.openRate);
    }
}
