package io.hyperjet.worker.array;

/**
 * An exact running sum of doubles, kept as a non-overlapping expansion (Shewchuk's grow-expansion, the scheme behind
 * Python's {@code math.fsum}), with values that can be added and removed exactly and a correctly rounded result.
 * <p>
 * Why: the optimized rolling sum slides one expansion (add the entering value, add the negated leaving value) while
 * the reference path sums each window from scratch. Both hold the exact window sum, and a correctly rounded result
 * of one exact value is unique, so both paths give the same double bit for bit. The one ambiguity, the sign of an
 * exact zero, is removed by returning {@code +0.0} for every zero sum.
 * <p>
 * Inputs must be finite, and partial sums must stay below {@code Double.MAX_VALUE} (no overflow); callers filter
 * NaN and infinities before adding. Not threadsafe.
 */
public final class ExactSum
{
    private static final int INITIAL_CAPACITY = 8;

    private double[] partials = new double[INITIAL_CAPACITY];
    private int size;

    /** Forgets every value added so far. */
    public void reset()
    {
        size = 0;
    }

    /**
     * Adds a finite value exactly.
     *
     * @param value the value.
     */
    public void add(final double value)
    {
        double x = value;
        int kept = 0;
        final double[] p = partials;
        final int n = size;
        for (int j = 0; j < n; j++)
        {
            double y = p[j];
            if (Math.abs(x) < Math.abs(y))
            {
                final double t = x;
                x = y;
                y = t;
            }
            final double hi = x + y;
            final double lo = y - (hi - x);
            if (lo != 0.0)
            {
                p[kept++] = lo;
            }
            x = hi;
        }
        if (kept == p.length)
        {
            partials = java.util.Arrays.copyOf(p, p.length * 2);
        }
        partials[kept++] = x;
        size = kept;
    }

    /**
     * Adds the exact square of a finite value: {@code x*x} and its rounding error from a fused multiply-add.
     *
     * @param x the value to square.
     */
    public void addSquare(final double x)
    {
        final double product = x * x;
        add(product);
        add(Math.fma(x, x, -product));
    }

    /**
     * Removes the exact square of a value added by {@link #addSquare(double)}.
     *
     * @param x the value whose square leaves.
     */
    public void subtractSquare(final double x)
    {
        final double product = x * x;
        add(-product);
        add(-Math.fma(x, x, -product));
    }

    /**
     * The exact sum rounded once to the nearest double (ties to even); {@code +0.0} when the sum is zero.
     *
     * @return the correctly rounded sum.
     */
    public double round()
    {
        int n = size;
        if (n == 0)
        {
            return 0.0;
        }
        final double[] p = partials;
        double hi = p[--n];
        double lo = 0.0;
        while (n > 0)
        {
            final double x = hi;
            final double y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
            {
                break;
            }
        }
        // A half-way case: the remaining partials decide whether lo pushes the result one ulp further.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
        {
            final double y = lo * 2.0;
            final double x = hi + y;
            if (y == x - hi)
            {
                hi = x;
            }
        }
        return hi == 0.0 ? 0.0 : hi;
    }

    /**
     * Sets this sum to {@code window * squares - sum * sum}, exactly: every product of partials split into a double
     * and its rounding error by a fused multiply-add. Over a window's values that is {@code window (window - 1)}
     * times their sample variance, with no cancellation however far the values sit from 0, and exactly 0 when they
     * are all equal.
     *
     * @param window  the number of values.
     * @param sum     the exact sum of the values.
     * @param squares the exact sum of their squares.
     */
    public void setVarianceNumerator(final int window, final ExactSum sum, final ExactSum squares)
    {
        reset();
        final double w = window;
        for (int i = 0; i < squares.size; i++)
        {
            final double p = squares.partials[i];
            final double product = w * p;
            add(product);
            add(Math.fma(w, p, -product));
        }
        for (int i = 0; i < sum.size; i++)
        {
            for (int j = 0; j < sum.size; j++)
            {
                final double a = sum.partials[i];
                final double b = sum.partials[j];
                final double product = a * b;
                add(-product);
                add(-Math.fma(a, b, -product));
            }
        }
    }
}
