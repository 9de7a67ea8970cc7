package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DecimalsTest
{
    @Test
    void shouldMatchDoubleValueOnTradeValueProducts()
    {
        final SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++)
        {
            final double rate = Math.rint((0.001 + rnd.nextDouble() * 500) * 1e5) / 1e5;
            final double amount = (1 + rnd.nextDouble() * 1000) / (0.001 + rnd.nextDouble() * 500);
            final BigDecimal cost = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rate));
            final BigDecimal fees = cost.multiply(BigDecimal.valueOf(rnd.nextDouble() * 0.01));
            assertSame(cost);
            assertSame(cost.add(fees));
            assertSame(cost.subtract(fees));
            assertSame(cost.negate());
            assertSame(cost.add(fees).multiply(BigDecimal.valueOf(rnd.nextDouble() / 3)));
        }
    }

    @Test
    void shouldMatchDoubleValueOnExactTies()
    {
        final SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 25_000; i++)
        {
            final long k = (1L << 52) + rnd.nextLong(1L << 52);
            assertSame(new BigDecimal(k).add(new BigDecimal("0.5")));
            assertSame(new BigDecimal(k).add(new BigDecimal("0.25")));
            final long j = (1L << 51) + rnd.nextLong(1L << 51);
            assertSame(new BigDecimal(j).add(new BigDecimal("0.25")));
            assertSame(new BigDecimal(j).add(new BigDecimal("0.75")));
        }
    }

    @Test
    void shouldMatchDoubleValueNearPowersOfTwo()
    {
        for (int e = -30; e < 60; e++)
        {
            final double p = Math.scalb(1.0, e);
            for (final double d : new double[]{Math.nextDown(p), p, Math.nextUp(p)})
            {
                final BigDecimal x = new BigDecimal(d);
                for (final BigDecimal y : new BigDecimal[]{x, x.add(new BigDecimal(Math.ulp(d) / 2)),
                    x.subtract(new BigDecimal(Math.ulp(d) / 4))})
                {
                    if (y.scale() >= 1 && y.scale() <= 44)
                    {
                        assertSame(y);
                    }
                    assertSame(y.setScale(Math.min(40, Math.max(1, y.scale())), java.math.RoundingMode.HALF_EVEN));
                }
            }
        }
    }

    private static void assertSame(final BigDecimal x)
    {
        assertEquals(Double.doubleToRawLongBits(x.doubleValue()), Double.doubleToRawLongBits(Decimals.toDouble(x)),
            "x=" + x);
    }
}
