package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class Round8Test
{
    @Test
    void shouldEqualBigDecimalDefinitionOnRandomValues()
    {
        final SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 500_000; i++)
        {
            final double x = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-10, 12));
            assertSame(x);
        }
    }

    @Test
    void shouldEqualBigDecimalDefinitionNearTies()
    {
        final SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++)
        {
            final long k = rnd.nextLong(-100_000_000_000L, 100_000_000_000L);
            final double tie = (k + 0.5) / 1e8;
            double x = tie;
            for (int j = 0; j < 4; j++)
            {
                x = Math.nextDown(x);
            }
            for (int j = 0; j < 9; j++)
            {
                assertSame(x);
                x = Math.nextUp(x);
            }
        }
    }

    @Test
    void shouldRoundExactBinaryValueHalfEven()
    {
        assertEquals(0.00000002, Round8.round8(0.000000025), "binary value of 2.5e-8 lies below the tie");
        assertEquals(1.0, Round8.round8(1.000000005), "binary value lies below the tie");
        assertEquals(0.00195312, Round8.round8(1.0 / 512), "exact tie 0.001953125 goes to the even digit");
        assertEquals(0.00585938, Round8.round8(3.0 / 512), "exact tie 0.005859375 goes to the even digit");
        assertEquals(0.12345678, Round8.round8(0.123456785));
        assertEquals(0.0, Double.doubleToRawLongBits(Round8.round8(-1e-10)), "no negative zero");
        assertEquals(-0.0188558, Round8.round8(-0.018855796));
    }

    @Test
    void shouldKeepHugeAndNonFiniteValues()
    {
        assertSame(1e20 + 0.123);
        assertSame(4.5e7 + 0.123456785);
        assertEquals(Double.POSITIVE_INFINITY, Round8.round8(Double.POSITIVE_INFINITY));
        assertEquals(Double.NaN, Round8.round8(Double.NaN));
    }

    private static void assertSame(final double x)
    {
        final double expected = Round8.exact(x);
        final double actual = Round8.round8(x);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), "x=" + x);
    }
}
