package io.hyperjet.worker.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PyMathTest
{
    @Test
    void shouldSumBelowEightValuesSequentially()
    {
        final double[] v = {0.1, 0.2, 0.3};
        assertEquals((0.1 + 0.2) + 0.3, PyMath.sum(v, 0, 3));
    }

    @Test
    void shouldSumWithEightAccumulatorsLikeNumpy()
    {
        final double[] v = new double[19];
        for (int i = 0; i < v.length; i++)
        {
            v[i] = 0.1 * (i + 1) + 1e-3 / (i + 7);
        }
        final double[] r = new double[8];
        for (int k = 0; k < 8; k++)
        {
            r[k] = v[k] + v[k + 8];
        }
        double expected = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        expected += v[16];
        expected += v[17];
        expected += v[18];
        assertEquals(expected, PyMath.sum(v, 0, 19));
        double sequential = 0.0;
        for (final double x : v)
        {
            sequential += x;
        }
        assertNotEquals(sequential, expected, "values chosen so the order matters");
    }

    @Test
    void shouldSplitLargeArraysInHalvesAlignedToEight()
    {
        final double[] v = new double[300];
        for (int i = 0; i < v.length; i++)
        {
            v[i] = 1.0 / (i + 3);
        }
        // 300 -> 144 + 156; 144 -> 72 + 72, 156 -> 72 + 84 (each <= 128 is one block)
        final double expected = (PyMath.sum(v, 0, 72) + PyMath.sum(v, 72, 72)) +
            (PyMath.sum(v, 144, 72) + PyMath.sum(v, 216, 84));
        assertEquals(expected, PyMath.sum(v, 0, 300));
    }

    @Test
    void shouldRoundPythonStyleOnTheExactBinaryValue()
    {
        assertEquals(2.67, PyMath.roundPy(2.675, 2));
        assertEquals(0.12, PyMath.roundPy(0.125, 2));
        assertEquals(0.38, PyMath.roundPy(0.375, 2));
        assertEquals(9.42, PyMath.roundPy(179.0 / 19.0, 2));
    }

    @Test
    void shouldRoundNumpyStyleByScaling()
    {
        // 1.005 * 100 = 100.49999999999999 in binary, rint gives 100
        assertEquals(1.0, PyMath.roundNp(1.005, 2));
        assertEquals(0.12, PyMath.roundNp(0.125, 2));
        assertEquals(-4.46, PyMath.roundNp(-0.04463842000000001 * 100.0, 2));
    }

    @Test
    void shouldComputePopulationAndSampleStd()
    {
        final double[] v = {1.0, 2.0, 3.0, 4.0};
        assertEquals(Math.sqrt(1.25), PyMath.std(v, 4, 0), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3.0), PyMath.std(v, 4, 1), 1e-15);
        assertTrue(Double.isNaN(PyMath.std(v, 1, 1)));
    }

    @Test
    void shouldSumPlainlyInStdAsBottleneckDoes()
    {
        // 22 copies of -0.0001: the plain running sum divided by 22 gives -0.0001 back exactly, so the std is 0
        // (bottleneck.nanstd, hence pandas and Freqtrade, print 0.0); NumPy's pairwise sum is 1 ulp off and
        // np.std of the same ndarray is 1.3552527156068805e-20.
        final double[] v = new double[22];
        java.util.Arrays.fill(v, -0.1 / 1000.0);
        assertEquals(0.0, PyMath.std(v, 22, 0));
        // 47 copies of -0.0001199: here the plain sum is the one that is off; bottleneck gives 2.710505431213761e-20.
        final double[] w = new double[47];
        java.util.Arrays.fill(w, -0.1199 / 1000.0);
        assertEquals(2.710505431213761e-20, PyMath.std(w, 47, 0));
    }

    @Test
    void shouldTakeMeanOfMiddleValuesForEvenMedian()
    {
        final double[] scratch = new double[4];
        assertEquals(2.5, PyMath.median(new double[]{4.0, 1.0, 3.0, 2.0}, 4, scratch));
        assertEquals(3.0, PyMath.median(new double[]{5.0, 1.0, 3.0}, 3, scratch));
    }

    @Test
    void shouldGiveTheSortedMedianBitForBitOnRandomValues()
    {
        // many ties (draws are 0.0), signed zeros and NaN: the selection must pick the same doubles as a sort
        final java.util.SplittableRandom rnd = new java.util.SplittableRandom(12);
        final double[] pool = {0.0, -0.0, Double.NaN, 1e-3, -1e-3, 0.0099900099, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (int c = 0; c < 3000; c++)
        {
            final int n = 1 + (c < 2000 ? rnd.nextInt(40) : rnd.nextInt(3000));
            final double[] values = new double[n];
            final int kinds = 1 + rnd.nextInt(6);
            for (int i = 0; i < n; i++)
            {
                values[i] = rnd.nextInt(kinds) == 0 ? pool[rnd.nextInt(pool.length)] :
                    rnd.nextInt(kinds) == 0 ? rnd.nextInt(5) * 0.01 : rnd.nextDouble() - 0.5;
            }
            final double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            final double expected = (n & 1) == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            final double[] before = values.clone();
            final double actual = PyMath.median(values, n, new double[n]);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                "case " + c + ": " + java.util.Arrays.toString(before));
            assertTrue(java.util.Arrays.equals(before, values), "the input is left as it was");
        }
    }

    @Test
    void shouldCompensateInKahanSum()
    {
        final double[] v = {1.0, 1e-16, 1e-16, 1e-16, 1e-16};
        final int[] order = {0, 1, 2, 3, 4};
        assertEquals(1.0000000000000004, PyMath.kahanSum(v, order, 0, 5));
    }
}
