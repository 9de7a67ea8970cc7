package io.hyperjet.worker.array;

import io.hyperjet.common.frame.DoubleColumn;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArrayOpsTest
{
    private static final double NAN = Double.NaN;
    private static final ArrayOps OPS = ArrayOps.optimized();

    @Test
    void shouldShiftDownAndUp()
    {
        final double[] src = {1, 2, 3};
        assertArrayEquals(new double[]{NAN, 1, 2}, OPS.shift(src, 1, new double[3]));
        assertArrayEquals(new double[]{2, 3, NAN}, OPS.shift(src, -1, new double[3]));
        assertArrayEquals(new double[]{NAN, 1, 2}, OPS.shift(src.clone(), 1, src));
    }

    @Test
    void shouldDiffAndPctChange()
    {
        final double[] src = {2, 3, 6};
        assertArrayEquals(new double[]{NAN, 1, 3}, OPS.diff(src, 1, new double[3]));
        assertArrayEquals(new double[]{NAN, 0.5, 1.0}, OPS.pctChange(src, 1, new double[3]));
    }

    @Test
    void shouldComputeRollingWindowsLikePandas()
    {
        final double[] src = {1, 2, 3, 4, NAN, 6, 7, 8};
        for (final ArrayOps ops : new ArrayOps[]{ArrayOps.optimized(), ArrayOps.reference()})
        {
            assertArrayEquals(new double[]{NAN, NAN, 6, 9, NAN, NAN, NAN, 21}, ops.rollingSum(src, 3, new double[8]));
            assertArrayEquals(new double[]{NAN, NAN, 2, 3, NAN, NAN, NAN, 7}, ops.rollingMean(src, 3, new double[8]));
            assertArrayEquals(new double[]{NAN, NAN, 1, 1, NAN, NAN, NAN, 1}, ops.rollingStd(src, 3, new double[8]));
            assertArrayEquals(new double[]{NAN, NAN, 1, 2, NAN, NAN, NAN, 6}, ops.rollingMin(src, 3, new double[8]));
            assertArrayEquals(new double[]{NAN, NAN, 3, 4, NAN, NAN, NAN, 8}, ops.rollingMax(src, 3, new double[8]));
        }
    }

    @Test
    void shouldReadInfinitiesAsNanInRollingWindowsLikePandas()
    {
        // pandas 1.5: pd.Series([1, 2, inf, 4, 5, -inf, 7, 8, 9]).rolling(3).<stat>() is NaN but for the last row.
        final double inf = Double.POSITIVE_INFINITY;
        final double[] src = {1, 2, inf, 4, 5, -inf, 7, 8, 9};
        final double[] onlyLast = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 0};
        for (final ArrayOps ops : new ArrayOps[]{ArrayOps.optimized(), ArrayOps.reference()})
        {
            onlyLast[8] = 24;
            assertArrayEquals(onlyLast, ops.rollingSum(src, 3, new double[9]));
            onlyLast[8] = 8;
            assertArrayEquals(onlyLast, ops.rollingMean(src, 3, new double[9]));
            onlyLast[8] = 1;
            assertArrayEquals(onlyLast, ops.rollingStd(src, 3, new double[9]));
            onlyLast[8] = 7;
            assertArrayEquals(onlyLast, ops.rollingMin(src, 3, new double[9]));
            onlyLast[8] = 9;
            assertArrayEquals(onlyLast, ops.rollingMax(src, 3, new double[9]));
        }
    }

    @Test
    void shouldTrackMaxThroughDecreasingRuns()
    {
        final double[] src = {5, 4, 3, 2, 1, 9, 1, 1};
        assertArrayEquals(new double[]{NAN, NAN, 5, 4, 3, 9, 9, 9}, OPS.rollingMax(src, 3, new double[8]));
        assertArrayEquals(new double[]{NAN, NAN, 3, 2, 1, 1, 1, 1}, OPS.rollingMin(src, 3, new double[8]));
    }

    @Test
    void shouldReturnNanStdForWindowOfOne()
    {
        assertArrayEquals(new double[]{NAN, NAN}, OPS.rollingStd(new double[]{1, 2}, 1, new double[2]));
    }

    @Test
    void shouldRejectWindowBelowOne()
    {
        assertThrows(IllegalArgumentException.class, () -> OPS.rollingMean(new double[3], 0, new double[3]));
    }

    @Test
    void shouldComputeEwmWithAndWithoutAdjust()
    {
        final double[] src = {1, 2, 3};
        assertArrayEquals(new double[]{1, 2.5 / 1.5, 4.25 / 1.75}, Ewm.mean(src, 0.5, true, 0, new double[3]), 1e-15);
        assertArrayEquals(new double[]{1, 1.5, 2.25}, Ewm.mean(src, 0.5, false, 0, new double[3]), 1e-15);
    }

    @Test
    void shouldReadInfinitiesAsNanInEwm()
    {
        final double inf = Double.POSITIVE_INFINITY;
        // pandas 1.5: pd.Series([inf, 1, -inf, 3]).ewm(alpha=0.5).mean() == [nan, 1, 1, 3.25 / 1.25]
        assertArrayEquals(new double[]{NAN, 1, 1, 3.25 / 1.25}, Ewm.mean(new double[]{inf, 1, -inf, 3}, 0.5, true, 0,
            new double[4]), 0);
    }

    @Test
    void shouldCarryEwmAcrossNanAndHonourMinPeriods()
    {
        final double[] src = {NAN, 1, NAN, 3};
        // Row 3: past weight decays twice (the NaN row counts), so avg = (0.25 * 1 + 1 * 3) / 1.25.
        assertArrayEquals(new double[]{NAN, NAN, NAN, 3.25 / 1.25}, Ewm.mean(src, 0.5, true, 2, new double[4]), 0);
        assertArrayEquals(new double[]{NAN, 1, 1, 3.25 / 1.25}, Ewm.mean(src, 0.5, true, 0, new double[4]), 0);
    }

    @Test
    void shouldDetectCrossesLikeQtpylib()
    {
        final double[] a = {1, 3, 2, 2, 5, NAN, 6};
        final double[] b = {2, 2, 2, 2, 2, 2, 2};
        assertArrayEquals(new byte[]{0, 1, 0, 0, 1, 0, 0}, SignalOps.crossedAbove(a, b, new byte[7]));
        assertArrayEquals(new byte[]{0, 0, 0, 0, 0, 0, 0}, SignalOps.crossedBelow(a, b, new byte[7]));
        final DoubleColumn column = DoubleColumn.copyOf(a);
        assertArrayEquals(new byte[]{0, 1, 0, 0, 1, 0, 0}, SignalOps.crossedAbove(column, 2.0, new byte[7]));
        assertArrayEquals(new byte[]{0, 0, 1, 0, 0, 0, 0}, SignalOps.crossedBelow(column, 2.5, new byte[7]));
    }

    @Test
    void shouldCombineComparisonMasks()
    {
        final double[] a = {1, 2, 3, NAN};
        final byte[] gt = SignalOps.compare(a, SignalOps.GT, 1.5, new byte[4]);
        final byte[] le = SignalOps.compare(a, SignalOps.LE, 2.0, new byte[4]);
        assertArrayEquals(new byte[]{0, 1, 1, 0}, gt);
        assertArrayEquals(new byte[]{0, 1, 0, 0}, SignalOps.and(gt, le, new byte[4]));
        assertArrayEquals(new byte[]{1, 1, 1, 0}, SignalOps.or(gt, le, new byte[4]));
        assertArrayEquals(new byte[]{1, 0, 0, 1}, SignalOps.not(gt, new byte[4]));
    }

    @Test
    void shouldDetectRisingAndFallingColumns()
    {
        final DoubleColumn column = DoubleColumn.copyOf(new double[]{1, 2, 2, 1});
        assertArrayEquals(new byte[]{0, 1, 0, 0}, SignalOps.rising(column, new byte[4]));
        assertArrayEquals(new byte[]{0, 0, 0, 1}, SignalOps.falling(column, new byte[4]));
    }
}
