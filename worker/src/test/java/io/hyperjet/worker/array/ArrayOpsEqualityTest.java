package io.hyperjet.worker.array;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrayOpsEqualityTest
{
    private static final int CASES = 400;

    private static double[] randomColumn(final SplittableRandom random, final int n)
    {
        final double[] values = new double[n];
        final int style = random.nextInt(4);
        double price = 1.0 + random.nextDouble() * 50_000.0;
        for (int i = 0; i < n; i++)
        {
            final double r = random.nextDouble();
            if (r < 0.03)
            {
                values[i] = Double.NaN;
                continue;
            }
            if (r < 0.035 && style == 3)
            {
                values[i] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                continue;
            }
            switch (style)
            {
                case 0:
                    price *= 1.0 + (random.nextDouble() - 0.5) * 0.01;
                    values[i] = price;
                    break;
                case 1:
                    values[i] = (random.nextDouble() - 0.5) * Math.pow(10.0, random.nextInt(-20, 20));
                    break;
                case 2:
                    values[i] = random.nextInt(-3, 4) * 0.1 + (random.nextBoolean() ? 0.0 : -0.0);
                    break;
                default:
                    values[i] = random.nextDouble() * 100.0 - 50.0;
                    break;
            }
        }
        return values;
    }

    private interface Op
    {
        double[] apply(ArrayOps ops, double[] src, int window, double[] dst);
    }

    private static void assertSameBits(final Op op, final String name)
    {
        final SplittableRandom random = new SplittableRandom(42);
        for (int c = 0; c < CASES; c++)
        {
            final int n = random.nextInt(0, 400);
            final int window = random.nextInt(1, 60);
            final double[] src = randomColumn(random, n);
            final double[] fast = op.apply(ArrayOps.optimized(), src, window, new double[n]);
            final double[] slow = op.apply(ArrayOps.reference(), src, window, new double[n]);
            for (int i = 0; i < n; i++)
            {
                assertEquals(Double.doubleToRawLongBits(slow[i]), Double.doubleToRawLongBits(fast[i]),
                    () -> name + " differs: case n=" + n + " window=" + window);
            }
        }
    }

    @Test
    void shouldGiveIdenticalRollingSums()
    {
        assertSameBits(ArrayOps::rollingSum, "sum");
    }

    @Test
    void shouldGiveIdenticalRollingMeans()
    {
        assertSameBits(ArrayOps::rollingMean, "mean");
    }

    @Test
    void shouldGiveIdenticalRollingStd()
    {
        assertSameBits(ArrayOps::rollingStd, "std");
    }

    @Test
    void shouldGiveIdenticalRollingMin()
    {
        assertSameBits(ArrayOps::rollingMin, "min");
    }

    @Test
    void shouldGiveIdenticalRollingMax()
    {
        assertSameBits(ArrayOps::rollingMax, "max");
    }

    @Test
    void shouldGiveIdenticalMinMaxFromDeque()
    {
        assertSameBits((ops, src, w, dst) ->
        {
            if (ops.isOptimized())
            {
                DequeExtreme.max(src, src.length, w, dst);
                return dst;
            }
            return ops.rollingMax(src, w, dst);
        }, "deque max");
        assertSameBits((ops, src, w, dst) ->
        {
            if (ops.isOptimized())
            {
                DequeExtreme.min(src, src.length, w, dst);
                return dst;
            }
            return ops.rollingMin(src, w, dst);
        }, "deque min");
    }

    @Test
    void shouldRoundExactSumsCorrectly()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final ExactSum sum = new ExactSum();
        for (int c = 0; c < 2000; c++)
        {
            sum.reset();
            BigDecimal exact = BigDecimal.ZERO;
            final int n = random.nextInt(1, 30);
            for (int i = 0; i < n; i++)
            {
                final double v = (random.nextDouble() - 0.5) * Math.pow(2.0, random.nextInt(-60, 60));
                sum.add(v);
                exact = exact.add(new BigDecimal(v));
            }
            assertEquals(exact.doubleValue(), sum.round(), "case " + c);
        }
    }

    @Test
    void shouldSlideTheExactSumWithoutDrift()
    {
        final double[] src = new double[10_000];
        for (int i = 0; i < src.length; i++)
        {
            src[i] = i % 2 == 0 ? 1e16 : 1.0;
        }
        final double[] out = ArrayOps.optimized().rollingSum(src, 2, new double[src.length]);
        for (int i = 1; i < src.length; i++)
        {
            assertEquals(1e16 + 1.0, out[i], "row " + i);
        }
    }
}
