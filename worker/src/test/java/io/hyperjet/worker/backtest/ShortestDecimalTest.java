package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ShortestDecimalTest
{
    @Test
    void shouldGiveTheShortestClosestDecimalOfTradeValues()
    {
        final SplittableRandom rnd = new SplittableRandom(13);
        int fast = 0;
        for (int i = 0; i < 60_000; i++)
        {
            final double price = Math.rint((0.0001 + rnd.nextDouble() * 1000) * Math.pow(10, rnd.nextInt(1, 9))) /
                Math.pow(10, rnd.nextInt(1, 9));
            fast += check(price);
            fast += check((1 + rnd.nextDouble() * 1000) / price);
            fast += check(100.0 / price);
            fast += check(price * (1 - rnd.nextDouble() * 0.1));
        }
        assertTrue(fast > 200_000, "fast path taken " + fast + " times");
    }

    @Test
    void shouldGiveTheShortestClosestDecimalOfRandomDoubles()
    {
        final SplittableRandom rnd = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++)
        {
            check(Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-40, 50)));
        }
    }

    @Test
    void shouldKeepShortValuesShort()
    {
        assertEquals(new BigDecimal("100.5"), ShortestDecimal.valueOf(100.5).stripTrailingZeros());
        assertEquals(0, new BigDecimal("0.1").compareTo(ShortestDecimal.valueOf(0.1)));
        assertEquals(0, new BigDecimal("0.99502487562189").compareTo(ShortestDecimal.valueOf(0.99502487562189)));
        assertEquals(0, new BigDecimal("0.9950248756218906").compareTo(ShortestDecimal.valueOf(100 / 100.5)));
    }

    /** Checks the fast path against a brute-force shortest decimal; returns 1 when the fast path applied. */
    private static int check(final double x)
    {
        final BigDecimal fast = ShortestDecimal.fastOrNull(x);
        if (null == fast)
        {
            return 0;
        }
        final BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits <= 17; digits++)
        {
            final BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x)
            {
                assertEquals(0, d.compareTo(fast), "x=" + x + " shortest " + d + " fast " + fast);
                return 1;
            }
        }
        throw new AssertionError("no decimal for " + x);
    }
}
