package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The double-double trade values against the exact decimal path they stand in for: same bits, or NaN. */
class DecimalProductsTest
{
    private static final double[] FEES = {0.001, 0.00075, 0.0005, 0.002, 0.0, 0.1, 1e-4, 0.0025};

    @Test
    void shouldGiveTheExactPathsDoubleOnTradeValues()
    {
        final SplittableRandom rnd = new SplittableRandom(21);
        int decided = 0;
        int checked = 0;
        for (int i = 0; i < 150_000; i++)
        {
            final double price = randomPrice(rnd);
            final double amount = (1 + rnd.nextDouble() * 1000) / price;
            final double close = rnd.nextBoolean() ? randomPrice(rnd) : price * (0.9 + rnd.nextDouble() * 0.2);
            final double fee = rnd.nextInt(4) == 0 ? rnd.nextDouble() * 0.01 : FEES[rnd.nextInt(FEES.length)];
            for (final double rate : new double[]{price, close})
            {
                final boolean inDomain = !Double.isNaN(ShortestDecimal.offset(amount) + ShortestDecimal.offset(rate) +
                    ShortestDecimal.offset(fee));
                decided += inDomain ? check(amount, rate, fee) : 0;
                checked += inDomain ? 1 : 0;
            }
        }
        // Values outside ShortestDecimal's fast domain (prices far below 0.01 with 17 digits) always take the exact
        // path; inside it, near-ties are rare.
        assertTrue(checked > 200_000, "too few values in the fast domain: " + checked);
        assertTrue(decided > checked - 10, "undecided too often: " + (checked - decided) + " of " + checked);
    }

    @Test
    void shouldGiveTheExactPathsDoubleOnRandomDoubles()
    {
        final SplittableRandom rnd = new SplittableRandom(23);
        for (int i = 0; i < 100_000; i++)
        {
            check(Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-30, 40)),
                Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-30, 40)), rnd.nextDouble() * 0.05);
        }
    }

    /*
     * Products of short decimals are often exactly representable or exactly halfway between two doubles: the first
     * must be decided, the second refused (NaN), never rounded the wrong way.
     */
    @Test
    void shouldRefuseExactTiesAndDecideExactProducts()
    {
        // (2^52 + 1) · 3 is odd and between 2^53 and 2^54, where doubles are 2 apart: an exact tie.
        assertEquals(Double.NaN, DecimalProducts.product(4503599627370497.0, 0.0, 3.0, 0.0));
        assertEquals(Double.NaN,
            DecimalProducts.productWithFee(4503599627370497.0, 0.0, 1.5, 0.0, 1.0, 0.0, true));
        assertEquals(6.0, DecimalProducts.product(2.0, 0.0, 3.0, 0.0));
        final SplittableRandom rnd = new SplittableRandom(29);
        for (int i = 0; i < 100_000; i++)
        {
            final double x = rnd.nextLong(1, 1L << 40) / 1024.0;
            final double y = rnd.nextInt(1, 1 << 20) / 64.0;
            check(x, y, rnd.nextInt(0, 1000) / 8.0 / 1024.0);
            check(x, y, 0.5);
        }
    }

    private static double randomPrice(final SplittableRandom rnd)
    {
        final double raw = Math.exp(rnd.nextDouble(-12, 12));
        final double rounded = Math.rint(raw * Math.pow(10, rnd.nextInt(1, 9))) / Math.pow(10, rnd.nextInt(1, 9));
        return rnd.nextBoolean() || rounded == 0.0 ? raw : rounded;
    }

    /** Checks both products of (x, y, fee) against the decimal path; returns 1 when both were decided. */
    private static int check(final double x, final double y, final double fee)
    {
        final double dx = ShortestDecimal.offset(x);
        final double dy = ShortestDecimal.offset(y);
        final double df = ShortestDecimal.offset(fee);
        final BigDecimal cost = ShortestDecimal.valueOf(x).multiply(ShortestDecimal.valueOf(y));
        final BigDecimal feeDecimal = ShortestDecimal.valueOf(fee);
        int both = 1;
        final double stake = DecimalProducts.product(x, dx, y, dy);
        if (!Double.isNaN(stake))
        {
            assertBits(Decimals.toDouble(cost), stake, x + " * " + y);
        }
        else
        {
            both = 0;
        }
        for (final boolean add : new boolean[]{true, false})
        {
            final double value = DecimalProducts.productWithFee(x, dx, y, dy, fee, df, add);
            if (!Double.isNaN(value))
            {
                assertBits(TradeValues.withFee(cost, feeDecimal, add), value, x + " * " + y + " fee " + fee + add);
            }
            else
            {
                both = 0;
            }
        }
        return both;
    }

    @Test
    void shouldGiveTheShortestDecimalsOffset()
    {
        final SplittableRandom rnd = new SplittableRandom(31);
        int fast = 0;
        for (int i = 0; i < 100_000; i++)
        {
            final double x = i % 2 == 0 ? randomPrice(rnd) : Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-40, 49));
            final double offset = ShortestDecimal.offset(x);
            if (Double.isNaN(offset))
            {
                continue;
            }
            fast++;
            final BigDecimal exact = ShortestDecimal.valueOf(x).subtract(new BigDecimal(x));
            final double error = exact.subtract(new BigDecimal(offset)).abs().doubleValue();
            assertTrue(error <= Math.abs(exact.doubleValue()) * 0x1p-51,
                () -> x + ": offset " + offset + ", exact " + exact.round(MathContext.DECIMAL64));
        }
        assertTrue(fast > 75_000, "fast path taken " + fast + " times");
        assertEquals(0.0, ShortestDecimal.offset(0.0));
        assertEquals(0.0, ShortestDecimal.offset(100.5));
        assertEquals(Double.NaN, ShortestDecimal.offset(-1.0));
    }

    private static void assertBits(final double expected, final double actual, final String what)
    {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
            () -> what + ": exact " + expected + ", fast " + actual);
    }
}
