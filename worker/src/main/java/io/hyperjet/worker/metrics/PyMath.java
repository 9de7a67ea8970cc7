package io.hyperjet.worker.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Arithmetic in the order NumPy, pandas and Python use, so sums, means and roundings land on the same doubles as
 * Freqtrade's reports.
 * <ul>
 *     <li>{@link #sum} is NumPy's pairwise summation (8 accumulators per block of up to 128 values, halves above),
 *     which is what {@code Series.sum()} and {@code Series.mean()} do; a plain loop differs in the last bits.</li>
 *     <li>{@link #std} is pandas' standard deviation with bottleneck installed (plain sums, two passes).</li>
 *     <li>{@link #kahanSum} is pandas' compensated group sum (resample/groupby sums).</li>
 *     <li>{@link #roundPy} is Python's {@code round(float, d)} (exact value, half-even); {@link #roundNp} is
 *     NumPy's {@code round} (scale, rint, unscale) which numpy scalars and Series use.</li>
 * </ul>
 */
public final class PyMath
{
    private static final int PAIRWISE_BLOCK = 128;
    private static final int UNROLL = 8;
    private static final double[] POW10 = new double[23];

    static
    {
        double p = 1.0;
        for (int i = 0; i < POW10.length; i++)
        {
            POW10[i] = p;
            p *= 10.0;
        }
    }

    private PyMath()
    {
    }

    /**
     * NumPy's sum of {@code values[from .. from+length)}.
     *
     * @param values the values.
     * @param from   first index.
     * @param length number of values.
     * @return the pairwise sum (0.0 when empty).
     */
    public static double sum(final double[] values, final int from, final int length)
    {
        return 0.0 + pairwise(values, from, length);
    }

    private static double pairwise(final double[] a, final int from, final int n)
    {
        if (n < UNROLL)
        {
            double res = 0.0;
            for (int i = 0; i < n; i++)
            {
                res += a[from + i];
            }
            return res;
        }
        if (n <= PAIRWISE_BLOCK)
        {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            final int end = n - (n % UNROLL);
            int i = UNROLL;
            for (; i < end; i += UNROLL)
            {
                final int b = from + i;
                r0 += a[b];
                r1 += a[b + 1];
                r2 += a[b + 2];
                r3 += a[b + 3];
                r4 += a[b + 4];
                r5 += a[b + 5];
                r6 += a[b + 6];
                r7 += a[b + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % UNROLL;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }

    /**
     * NumPy's mean: pairwise sum divided by the count.
     *
     * @param values the values.
     * @param length number of values from index 0.
     * @return the mean, NaN when empty.
     */
    public static double mean(final double[] values, final int length)
    {
        return sum(values, 0, length) / length;
    }

    /**
     * Standard deviation as pandas' {@code Series.std} computes it in a Freqtrade install, which is also what
     * {@code np.std(series)} calls: Freqtrade's requirements install bottleneck, and pandas then hands {@code nanstd}
     * to bottleneck, which takes two passes of plain left-to-right sums (the mean, then the squared deviations)
     * instead of NumPy's pairwise ones. The difference is in the last bits, and it decides whether equal values get
     * a standard deviation of exactly 0 (so Freqtrade's -100 for Sharpe and Sortino) or of 1e-19.
     *
     * @param values the values.
     * @param length number of values from index 0.
     * @param ddof   delta degrees of freedom (0 for {@code np.std}, 1 for {@code Series.std()}).
     * @return the standard deviation; NaN when {@code length - ddof <= 0}.
     */
    public static double std(final double[] values, final int length, final int ddof)
    {
        if (length - ddof <= 0)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int i = 0; i < length; i++)
        {
            sum += values[i];
        }
        final double mean = sum / length;
        double squares = 0.0;
        for (int i = 0; i < length; i++)
        {
            final double d = values[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / (length - ddof));
    }

    /**
     * pandas' compensated (Kahan) sum used by groupby and resample sums.
     *
     * @param values the values.
     * @param order  indices into values, in summation order.
     * @param from   first position in order.
     * @param to     end position in order (exclusive).
     * @return the compensated sum.
     */
    public static double kahanSum(final double[] values, final int[] order, final int from, final int to)
    {
        double sum = 0.0;
        double compensation = 0.0;
        for (int i = from; i < to; i++)
        {
            final double y = values[order[i]] - compensation;
            final double t = sum + y;
            compensation = t - sum - y;
            sum = t;
        }
        return sum;
    }

    /**
     * Median as NumPy computes it (mean of the two middle values for an even count).
     *
     * @param values  the values.
     * @param length  number of values from index 0.
     * @param scratch a buffer of at least {@code length} doubles.
     * @return the median, NaN when empty.
     */
    public static double median(final double[] values, final int length, final double[] scratch)
    {
        if (length == 0)
        {
            return Double.NaN;
        }
        System.arraycopy(values, 0, scratch, 0, length);
        // the middle elements of the sorted values, found by selection (a hyperopt epoch takes one median of ~1000
        // ratios, and a sort was ~2 % of a W1 worker); same total order as Arrays.sort (-0.0 < 0.0, NaN last)
        final int mid = length / 2;
        final double upper = select(scratch, length, mid);
        if ((length & 1) == 1)
        {
            return upper;
        }
        // after the selection every element left of mid is <= the upper middle one: the lower middle is their maximum
        double lower = scratch[0];
        for (int i = 1; i < mid; i++)
        {
            if (Double.compare(scratch[i], lower) > 0)
            {
                lower = scratch[i];
            }
        }
        return (lower + upper) / 2.0;
    }

    /**
     * The {@code k}-th smallest of {@code a[0 .. length)} in {@link Double#compare} order (Hoare's selection with a
     * median-of-three pivot; partitions {@code a} so that no element left of {@code k} is greater than it).
     */
    static double select(final double[] a, final int length, final int k)
    {
        int lo = 0;
        int hi = length - 1;
        while (hi > lo)
        {
            final double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (Double.compare(a[i], pivot) < 0)
                {
                    i++;
                }
                while (Double.compare(a[j], pivot) > 0)
                {
                    j--;
                }
                if (i <= j)
                {
                    final double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(final double a, final double b, final double c)
    {
        if (Double.compare(a, b) > 0)
        {
            return Double.compare(b, c) >= 0 ? b : Double.compare(a, c) <= 0 ? a : c;
        }
        return Double.compare(a, c) >= 0 ? a : Double.compare(b, c) <= 0 ? b : c;
    }

    /**
     * Python's {@code round(x, digits)} for a float: the exact binary value rounded half-even.
     *
     * @param x      the value.
     * @param digits decimal places.
     * @return the rounded value; non-finite values unchanged.
     */
    public static double roundPy(final double x, final int digits)
    {
        if (!Double.isFinite(x))
        {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * NumPy's {@code round(x, digits)}: {@code rint(x * 10^digits) / 10^digits}.
     *
     * @param x      the value.
     * @param digits decimal places, 0 to 22.
     * @return the rounded value.
     */
    public static double roundNp(final double x, final int digits)
    {
        final double scale = POW10[digits];
        return Math.rint(x * scale) / scale;
    }

    /**
     * {@code round8} of the spec: 8 decimals, half-even on the exact value.
     *
     * @param x the value.
     * @return the rounded value.
     */
    public static double round8(final double x)
    {
        return roundPy(x, 8);
    }
}
