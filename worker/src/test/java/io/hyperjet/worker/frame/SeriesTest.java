package io.hyperjet.worker.frame;

import java.util.SplittableRandom;

import io.hyperjet.worker.array.ArrayOps;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lazy series and masks against eager row loops written from pandas' rules, on random data with NaN and
 * infinities; each row read lazily ({@code get}) must equal the materialized value bit for bit.
 */
class SeriesTest
{
    private static final int ROWS = 300;

    static double[] randomValues(final SplittableRandom random, final int rows)
    {
        final double[] values = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            final double u = random.nextDouble();
            values[i] = u < 0.05 ? Double.NaN : u < 0.06 ? Double.POSITIVE_INFINITY : u < 0.07 ? 0.0 :
                u < 0.2 ? Math.floor(random.nextDouble() * 5) : (random.nextDouble() - 0.5) * 100;
        }
        return values;
    }

    private static void assertSameRows(final double[] expected, final Series actual, final String what)
    {
        assertEquals(expected.length, actual.size(), what);
        for (int i = 0; i < expected.length; i++)
        {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(actual.get(i)),
                what + " row " + i + ": " + expected[i] + " vs " + actual.get(i));
        }
        final double[] values = actual.values();
        for (int i = 0; i < expected.length; i++)
        {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(values[i]),
                what + " materialized row " + i);
        }
    }

    private static void assertSameRows(final boolean[] expected, final Mask actual, final String what)
    {
        for (int i = 0; i < expected.length; i++)
        {
            assertEquals(expected[i], actual.get(i), what + " row " + i);
        }
        assertArrayEquals(expected, actual.values(), what);
    }

    @Test
    void shouldDoArithmeticLikePandas()
    {
        final SplittableRandom random = new SplittableRandom(1);
        for (int round = 0; round < 20; round++)
        {
            final double[] a = randomValues(random, ROWS);
            final double[] b = randomValues(random, ROWS);
            final double x = round % 3 == 0 ? 0.0 : random.nextDouble() * 10 - 5;
            final double[] sum = new double[ROWS];
            final double[] quotient = new double[ROWS];
            final double[] chain = new double[ROWS];
            final double[] reversed = new double[ROWS];
            final double[] maximum = new double[ROWS];
            final double[] minimum = new double[ROWS];
            final double[] filled = new double[ROWS];
            for (int i = 0; i < ROWS; i++)
            {
                sum[i] = a[i] + b[i];
                quotient[i] = a[i] / b[i];
                chain[i] = Math.abs(-((a[i] - x) * b[i]));
                reversed[i] = (x - a[i]) + (x / b[i]);
                maximum[i] = Double.isNaN(a[i]) || Double.isNaN(b[i]) ? Double.NaN : Math.max(a[i], b[i]);
                minimum[i] = Double.isNaN(a[i]) || Double.isNaN(b[i]) ? Double.NaN : Math.min(a[i], b[i]);
                filled[i] = Double.isNaN(a[i]) ? x : a[i];
            }
            final Series sa = new Series(a);
            final Series sb = new Series(b);
            assertSameRows(sum, sa.add(sb), "add");
            assertSameRows(quotient, sa.div(sb), "div");
            assertSameRows(chain, sa.sub(x).mul(sb).neg().abs(), "chain");
            assertSameRows(reversed, sa.rsub(x).add(sb.rdiv(x)), "rsub rdiv");
            assertSameRows(maximum, Series.max(sa, sb), "max");
            assertSameRows(minimum, Series.min(sa, sb), "min");
            assertSameRows(filled, sa.fillna(x), "fillna");
        }
    }

    @Test
    void shouldShiftDiffAndPctChangeLikeArrayOps()
    {
        final SplittableRandom random = new SplittableRandom(2);
        final ArrayOps ops = ArrayOps.optimized();
        for (final int periods : new int[]{1, 2, 7, ROWS, ROWS + 3})
        {
            final double[] a = randomValues(random, ROWS);
            final Series s = new Series(a);
            assertSameRows(ops.shift(a, periods, new double[ROWS]), s.shift(periods), "shift " + periods);
            assertSameRows(ops.shift(a, -periods, new double[ROWS]), s.shift(-periods), "shift -" + periods);
            assertSameRows(ops.diff(a, periods, new double[ROWS]), s.diff(periods), "diff " + periods);
            assertSameRows(ops.pctChange(a, periods, new double[ROWS]), s.pctChange(periods), "pct " + periods);
        }
    }

    @Test
    void shouldCompareWithPandasNanRules()
    {
        final SplittableRandom random = new SplittableRandom(3);
        final double[] a = randomValues(random, ROWS);
        final double[] b = randomValues(random, ROWS);
        final Series sa = new Series(a);
        final Series sb = new Series(b);
        final boolean[][] expected = new boolean[6][ROWS];
        for (int i = 0; i < ROWS; i++)
        {
            expected[0][i] = a[i] > b[i];
            expected[1][i] = a[i] >= b[i];
            expected[2][i] = a[i] < b[i];
            expected[3][i] = a[i] <= b[i];
            expected[4][i] = a[i] == b[i];
            expected[5][i] = !(a[i] == b[i]);
        }
        assertSameRows(expected[0], sa.gt(sb), "gt");
        assertSameRows(expected[1], sa.ge(sb), "ge");
        assertSameRows(expected[2], sa.lt(sb), "lt");
        assertSameRows(expected[3], sa.le(sb), "le");
        assertSameRows(expected[4], sa.eq(sb), "eq");
        assertSameRows(expected[5], sa.ne(sb), "ne");
        final Series nan = new Series(new double[]{Double.NaN});
        assertFalse(nan.gt(0).get(0) || nan.ge(0).get(0) || nan.lt(0).get(0) || nan.le(0).get(0) ||
            nan.eq(Double.NaN).get(0));
        assertTrue(nan.ne(Double.NaN).get(0));
    }

    @Test
    void shouldCombineMasksAndWhere()
    {
        final SplittableRandom random = new SplittableRandom(4);
        final double[] a = randomValues(random, ROWS);
        final double[] b = randomValues(random, ROWS);
        final Series sa = new Series(a);
        final Series sb = new Series(b);
        final boolean[] combined = new boolean[ROWS];
        final double[] where = new double[ROWS];
        final double[] whereNumber = new double[ROWS];
        final double[] whereTwoNumbers = new double[ROWS];
        boolean any = false;
        for (int i = 0; i < ROWS; i++)
        {
            final boolean m = a[i] > 0;
            combined[i] = (m && b[i] < 1) || !(a[i] > b[i]);
            where[i] = m ? a[i] : b[i];
            whereNumber[i] = combined[i] ? a[i] : -1.5;
            whereTwoNumbers[i] = combined[i] ? 1 : 0;
            any |= combined[i];
        }
        final Mask mask = sa.gt(0).and(sb.lt(1)).or(sa.gt(sb).not());
        assertSameRows(combined, mask, "and/or/not");
        assertSameRows(where, sa.where(sa.gt(0), sb), "where");
        assertSameRows(whereNumber, sa.where(mask, -1.5), "where number");
        assertSameRows(whereTwoNumbers, Series.where(mask, 1, 0), "np.where of two numbers");
        assertEquals(any, mask.any());
        assertFalse(mask.all());
        assertTrue(sa.ne(Double.NaN).all());
    }

    @Test
    void shouldCrossLikeQtpylib()
    {
        final SplittableRandom random = new SplittableRandom(5);
        final double[] a = randomValues(random, ROWS);
        final double[] b = randomValues(random, ROWS);
        final boolean[] above = new boolean[ROWS];
        final boolean[] below = new boolean[ROWS];
        final boolean[] aboveLevel = new boolean[ROWS];
        final boolean[] belowLevel = new boolean[ROWS];
        for (int i = 1; i < ROWS; i++)
        {
            above[i] = a[i] > b[i] && a[i - 1] <= b[i - 1];
            below[i] = a[i] < b[i] && a[i - 1] >= b[i - 1];
            aboveLevel[i] = a[i] > 2 && a[i - 1] <= 2;
            belowLevel[i] = a[i] < 2 && a[i - 1] >= 2;
        }
        final Series sa = new Series(a);
        final Series sb = new Series(b);
        assertSameRows(above, sa.crossedAbove(sb), "above");
        assertSameRows(below, sa.crossedBelow(sb), "below");
        assertSameRows(aboveLevel, sa.crossedAbove(2), "above level");
        assertSameRows(belowLevel, sa.crossedBelow(2), "below level");
        final QtpylibFunctions qtpylib = new QtpylibFunctions();
        final boolean[] either = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++)
        {
            either[i] = above[i] || below[i];
        }
        assertSameRows(either, qtpylib.crossed(sa, sb), "crossed");
    }

    @Test
    void shouldRollLikePandasIncludingMinPeriods()
    {
        final double[] a = {1, 2, Double.NaN, 4, 8, 16, 32, Double.NaN, Double.NaN, Double.NaN, 5};
        final Series s = new Series(a);
        final double nan = Double.NaN;
        // pandas: Series(a).rolling(3).mean() / .rolling(3, min_periods=1).mean() / .sum()
        assertArrayEquals(new double[]{nan, nan, nan, nan, nan, 28.0 / 3, 56.0 / 3, nan, nan, nan, nan},
            s.rolling(3).mean().values());
        assertArrayEquals(new double[]{1, 1.5, 1.5, 3, 6, 28.0 / 3, 56.0 / 3, 24, 32, nan, 5},
            s.rolling(3, 1).mean().values());
        assertArrayEquals(new double[]{1, 3, 3, 6, 12, 28, 56, 48, 32, nan, 5}, s.rolling(3, 1).sum().values());
        // min_periods=0: the sum of no values is 0
        assertArrayEquals(new double[]{1, 3, 3, 6, 12, 28, 56, 48, 32, 0.0, 5}, s.rolling(3, 0).sum().values());
        assertArrayEquals(new double[]{nan, nan, nan, nan, nan, 4, 8, nan, nan, nan, nan}, s.rolling(3).min().values());
        assertArrayEquals(new double[]{1, 2, 2, 4, 8, 16, 32, 32, 32, nan, 5}, s.rolling(3, 1).max().values());
        // std (ddof 1): a lone value has none
        final double[] std = s.rolling(3, 1).std().values();
        assertTrue(Double.isNaN(std[0]) && Double.isNaN(std[8]) && Double.isNaN(std[9]) && Double.isNaN(std[10]));
        assertEquals(Math.sqrt(0.5), std[1], 1e-15);
        assertEquals(Math.sqrt(8), std[4], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> s.rolling(0));
        assertThrows(IllegalArgumentException.class, () -> s.rolling(3, 4));
    }

    @Test
    void shouldEwmLikePandas()
    {
        final double[] a = {1, 2, 3, Double.NaN, 5};
        final Series s = new Series(a);
        // pandas Series(a).ewm(span=3, adjust=False).mean(): alpha 0.5, NaN rows repeat the average
        assertArrayEquals(new double[]{1, 1.5, 2.25, 2.25, 4.083333333333333}, s.ewm(3, false).mean().values(), 1e-15);
        // adjust=True row 1: (2 + 0.5 * 1) / 1.5
        assertEquals(2.5 / 1.5, s.ewm(3).mean().get(1), 1e-15);
        assertEquals(2.5 / 1.5, Ewm.ofCom(s, 1, true).mean().get(1), 1e-15);
        assertTrue(Double.isNaN(s.ewm(3).minPeriods(2).mean().get(0)));
    }

    @Test
    void shouldCumsumAndFfillSkippingNan()
    {
        final Series s = new Series(new double[]{Double.NaN, 1, Double.NaN, 2, 3});
        assertArrayEquals(new double[]{Double.NaN, 1, Double.NaN, 3, 6}, s.cumsum().values());
        assertArrayEquals(new double[]{Double.NaN, 1, 1, 2, 3}, s.ffill().values());
    }

    @Test
    void shouldRefuseSeriesOfOtherLengths()
    {
        final Series a = new Series(new double[3]);
        final Series b = new Series(new double[4]);
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> a.add(b));
        assertEquals("series lengths differ: 3 and 4", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.where(b.gt(0), 1.0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(3));
    }
}
