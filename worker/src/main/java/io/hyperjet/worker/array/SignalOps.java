package io.hyperjet.worker.array;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * Comparisons, crosses and boolean combinators that yield signal masks: {@code byte[]} rows holding 1 (true) or
 * 0 (false), the same codes as {@code Signals.ONE} / {@code Signals.UNSET}, so a mask can be written straight into
 * a signal column. Comparisons with NaN are false, as in pandas. Exact in every path, so there is one
 * implementation. Stateless; every method fills {@code dst} (which may be an input mask) and returns it.
 */
public final class SignalOps
{
    public static final int GT = 0;
    public static final int GE = 1;
    public static final int LT = 2;
    public static final int LE = 3;
    public static final int EQ = 4;
    public static final int NE = 5;

    private SignalOps()
    {
    }

    private static boolean test(final int op, final double x, final double y)
    {
        switch (op)
        {
            case GT:
                return x > y;
            case GE:
                return x >= y;
            case LT:
                return x < y;
            case LE:
                return x <= y;
            case EQ:
                return x == y;
            case NE:
                return x != y;
            default:
                throw new IllegalArgumentException("unknown comparison op=" + op);
        }
    }

    /** {@code dst[i] = a[i] op b[i]}. */
    public static byte[] compare(final double[] a, final int op, final double[] b, final byte[] dst)
    {
        for (int i = 0; i < a.length; i++)
        {
            dst[i] = test(op, a[i], b[i]) ? (byte)1 : 0;
        }
        return dst;
    }

    /** {@code dst[i] = a[i] op level}. */
    public static byte[] compare(final double[] a, final int op, final double level, final byte[] dst)
    {
        for (int i = 0; i < a.length; i++)
        {
            dst[i] = test(op, a[i], level) ? (byte)1 : 0;
        }
        return dst;
    }

    /** {@code dst[i] = a[i] op b[i]} over column views. */
    public static byte[] compare(final DoubleColumn a, final int op, final DoubleColumn b, final byte[] dst)
    {
        final int n = a.rows();
        for (int i = 0; i < n; i++)
        {
            dst[i] = test(op, a.get(i), b.get(i)) ? (byte)1 : 0;
        }
        return dst;
    }

    /** {@code dst[i] = a[i] op level} over a column view. */
    public static byte[] compare(final DoubleColumn a, final int op, final double level, final byte[] dst)
    {
        final int n = a.rows();
        for (int i = 0; i < n; i++)
        {
            dst[i] = test(op, a.get(i), level) ? (byte)1 : 0;
        }
        return dst;
    }

    /**
     * qtpylib {@code crossed_above(a, b)}: {@code a[i] > b[i] && a[i-1] <= b[i-1]}; row 0 is false.
     */
    public static byte[] crossedAbove(final double[] a, final double[] b, final byte[] dst)
    {
        final int n = a.length;
        if (n > 0)
        {
            dst[0] = 0;
        }
        for (int i = 1; i < n; i++)
        {
            dst[i] = a[i] > b[i] && a[i - 1] <= b[i - 1] ? (byte)1 : 0;
        }
        return dst;
    }

    /** qtpylib {@code crossed_below(a, b)}: {@code a[i] < b[i] && a[i-1] >= b[i-1]}; row 0 is false. */
    public static byte[] crossedBelow(final double[] a, final double[] b, final byte[] dst)
    {
        return crossedAbove(b, a, dst);
    }

    /** {@code crossed_above(a, level)} over a column view. */
    public static byte[] crossedAbove(final DoubleColumn a, final double level, final byte[] dst)
    {
        final int n = a.rows();
        if (n > 0)
        {
            dst[0] = 0;
        }
        double previous = n > 0 ? a.get(0) : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double current = a.get(i);
            dst[i] = current > level && previous <= level ? (byte)1 : 0;
            previous = current;
        }
        return dst;
    }

    /** {@code crossed_below(a, level)} over a column view. */
    public static byte[] crossedBelow(final DoubleColumn a, final double level, final byte[] dst)
    {
        final int n = a.rows();
        if (n > 0)
        {
            dst[0] = 0;
        }
        double previous = n > 0 ? a.get(0) : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double current = a.get(i);
            dst[i] = current < level && previous >= level ? (byte)1 : 0;
            previous = current;
        }
        return dst;
    }

    /** {@code a[i] > a[i-1]} (pandas {@code a > a.shift(1)}); row 0 is false. */
    public static byte[] rising(final DoubleColumn a, final byte[] dst)
    {
        return step(a, dst, true);
    }

    /** {@code a[i] < a[i-1]} (pandas {@code a < a.shift(1)}); row 0 is false. */
    public static byte[] falling(final DoubleColumn a, final byte[] dst)
    {
        return step(a, dst, false);
    }

    private static byte[] step(final DoubleColumn a, final byte[] dst, final boolean up)
    {
        final int n = a.rows();
        if (n > 0)
        {
            dst[0] = 0;
        }
        for (int i = 1; i < n; i++)
        {
            final double previous = a.get(i - 1);
            final double current = a.get(i);
            dst[i] = (up ? current > previous : current < previous) ? (byte)1 : 0;
        }
        return dst;
    }

    /** Element-wise and of two masks. */
    public static byte[] and(final byte[] a, final byte[] b, final byte[] dst)
    {
        for (int i = 0; i < a.length; i++)
        {
            dst[i] = (byte)(a[i] & b[i]);
        }
        return dst;
    }

    /** Element-wise or of two masks. */
    public static byte[] or(final byte[] a, final byte[] b, final byte[] dst)
    {
        for (int i = 0; i < a.length; i++)
        {
            dst[i] = (byte)(a[i] | b[i]);
        }
        return dst;
    }

    /** Element-wise not of a mask. */
    public static byte[] not(final byte[] a, final byte[] dst)
    {
        for (int i = 0; i < a.length; i++)
        {
            dst[i] = (byte)(a[i] ^ 1);
        }
        return dst;
    }

    /**
     * Copies a column view into a heap array (for ops that take {@code double[]}).
     *
     * @param column the column.
     * @param dst    at least {@code column.rows()} long.
     * @return dst.
     */
    public static double[] read(final DoubleColumn column, final double[] dst)
    {
        column.copyTo(dst, 0, 0, column.rows());
        return dst;
    }
}
