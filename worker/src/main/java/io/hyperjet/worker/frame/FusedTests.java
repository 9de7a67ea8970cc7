package io.hyperjet.worker.frame;

import java.util.Arrays;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * Tests {@code sign * x < y} or {@code <=}, where {@code y} is a column or, for a test against a number, that
 * number ({@code numbers[t]}, with {@code ys[t]} the test's own column so every slot reads two columns and
 * needs no null check per row). The fused loop takes up to four at a time with their columns in locals, one loop
 * per group size.
 */
final class FusedTests
{
    private static final int GROUP = 4;

    int count;
    private DoubleColumn[] xs = new DoubleColumn[GROUP];
    private int[] xLags = new int[GROUP];
    private double[] signs = new double[GROUP];
    private DoubleColumn[] ys = new DoubleColumn[GROUP];
    private int[] yLags = new int[GROUP];
    private boolean[] scalars = new boolean[GROUP];
    private double[] numbers = new double[GROUP];
    private boolean[] stricts = new boolean[GROUP];

    void add(final DoubleColumn x, final int xLag, final double sign, final DoubleColumn y, final int yLag,
        final double number, final boolean strict)
    {
        if (count == xs.length)
        {
            final int length = count + GROUP;
            xs = Arrays.copyOf(xs, length);
            xLags = Arrays.copyOf(xLags, length);
            signs = Arrays.copyOf(signs, length);
            ys = Arrays.copyOf(ys, length);
            yLags = Arrays.copyOf(yLags, length);
            scalars = Arrays.copyOf(scalars, length);
            numbers = Arrays.copyOf(numbers, length);
            stricts = Arrays.copyOf(stricts, length);
        }
        xs[count] = x;
        xLags[count] = xLag;
        signs[count] = sign;
        scalars[count] = null == y;
        ys[count] = null == y ? x : y;
        yLags[count] = null == y ? xLag : yLag;
        numbers[count] = number;
        stricts[count] = strict;
        count++;
    }

    boolean holdsChecked(final int row)
    {
        for (int t = 0; t < count; t++)
        {
            final double x = signs[t] * SeriesExpr.read(xs[t], xLags[t], row);
            final double y = scalars[t] ? numbers[t] : SeriesExpr.read(ys[t], yLags[t], row);
            if (!holds(x, y, stricts[t]))
            {
                return false;
            }
        }
        return true;
    }

    /** Keeps the rows of {@code src[from, to)} passing every test, from {@code dst[start]} on. */
    int filter(final int[] src, final int from, final int to, final int[] dst, final int start)
    {
        int end = group(0, src, from, to, dst, start);
        for (int g = GROUP; g < count; g += GROUP)
        {
            end = group(g, dst, start, end, dst, start);
        }
        return end;
    }

    /*
     * One loop per group size, each testing exactly its tests: a single loop for up to four tests with flags to skip
     * the unused ones kept eight columns, their lags and numbers live across the loop and spilled them to the stack
     * (ColumnApiCpuTime, SampleStrategy's three tests: see docs/performance.md, issue 16).
     */
    private int group(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        switch (Math.min(GROUP, count - g))
        {
            case 1:
                return group1(g, src, from, to, dst, start);
            case 2:
                return group2(g, src, from, to, dst, start);
            case 3:
                return group3(g, src, from, to, dst, start);
            default:
                return group4(g, src, from, to, dst, start);
        }
    }

    private int group1(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        final DoubleColumn x0 = xs[g];
        final DoubleColumn y0 = ys[g];
        final int xl0 = xLags[g];
        final int yl0 = yLags[g];
        final double m0 = signs[g];
        final boolean c0 = scalars[g];
        final double n0 = numbers[g];
        final boolean s0 = stricts[g];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            if (holds(m0 * x0.get(row - xl0), pick(c0, n0, y0.get(row - yl0)), s0))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group2(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        final DoubleColumn x0 = xs[g];
        final DoubleColumn x1 = xs[g + 1];
        final DoubleColumn y0 = ys[g];
        final DoubleColumn y1 = ys[g + 1];
        final int xl0 = xLags[g];
        final int xl1 = xLags[g + 1];
        final int yl0 = yLags[g];
        final int yl1 = yLags[g + 1];
        final double m0 = signs[g];
        final double m1 = signs[g + 1];
        final boolean c0 = scalars[g];
        final boolean c1 = scalars[g + 1];
        final double n0 = numbers[g];
        final double n1 = numbers[g + 1];
        final boolean s0 = stricts[g];
        final boolean s1 = stricts[g + 1];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            if (holds(m0 * x0.get(row - xl0), pick(c0, n0, y0.get(row - yl0)), s0) &&
                holds(m1 * x1.get(row - xl1), pick(c1, n1, y1.get(row - yl1)), s1))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group3(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        final DoubleColumn x0 = xs[g];
        final DoubleColumn x1 = xs[g + 1];
        final DoubleColumn x2 = xs[g + 2];
        final DoubleColumn y0 = ys[g];
        final DoubleColumn y1 = ys[g + 1];
        final DoubleColumn y2 = ys[g + 2];
        final int xl0 = xLags[g];
        final int xl1 = xLags[g + 1];
        final int xl2 = xLags[g + 2];
        final int yl0 = yLags[g];
        final int yl1 = yLags[g + 1];
        final int yl2 = yLags[g + 2];
        final double m0 = signs[g];
        final double m1 = signs[g + 1];
        final double m2 = signs[g + 2];
        final boolean c0 = scalars[g];
        final boolean c1 = scalars[g + 1];
        final boolean c2 = scalars[g + 2];
        final double n0 = numbers[g];
        final double n1 = numbers[g + 1];
        final double n2 = numbers[g + 2];
        final boolean s0 = stricts[g];
        final boolean s1 = stricts[g + 1];
        final boolean s2 = stricts[g + 2];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            if (holds(m0 * x0.get(row - xl0), pick(c0, n0, y0.get(row - yl0)), s0) &&
                holds(m1 * x1.get(row - xl1), pick(c1, n1, y1.get(row - yl1)), s1) &&
                holds(m2 * x2.get(row - xl2), pick(c2, n2, y2.get(row - yl2)), s2))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group4(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        final DoubleColumn x0 = xs[g];
        final DoubleColumn x1 = xs[g + 1];
        final DoubleColumn x2 = xs[g + 2];
        final DoubleColumn x3 = xs[g + 3];
        final DoubleColumn y0 = ys[g];
        final DoubleColumn y1 = ys[g + 1];
        final DoubleColumn y2 = ys[g + 2];
        final DoubleColumn y3 = ys[g + 3];
        final int xl0 = xLags[g];
        final int xl1 = xLags[g + 1];
        final int xl2 = xLags[g + 2];
        final int xl3 = xLags[g + 3];
        final int yl0 = yLags[g];
        final int yl1 = yLags[g + 1];
        final int yl2 = yLags[g + 2];
        final int yl3 = yLags[g + 3];
        final double m0 = signs[g];
        final double m1 = signs[g + 1];
        final double m2 = signs[g + 2];
        final double m3 = signs[g + 3];
        final boolean c0 = scalars[g];
        final boolean c1 = scalars[g + 1];
        final boolean c2 = scalars[g + 2];
        final boolean c3 = scalars[g + 3];
        final double n0 = numbers[g];
        final double n1 = numbers[g + 1];
        final double n2 = numbers[g + 2];
        final double n3 = numbers[g + 3];
        final boolean s0 = stricts[g];
        final boolean s1 = stricts[g + 1];
        final boolean s2 = stricts[g + 2];
        final boolean s3 = stricts[g + 3];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            if (holds(m0 * x0.get(row - xl0), pick(c0, n0, y0.get(row - yl0)), s0) &&
                holds(m1 * x1.get(row - xl1), pick(c1, n1, y1.get(row - yl1)), s1) &&
                holds(m2 * x2.get(row - xl2), pick(c2, n2, y2.get(row - yl2)), s2) &&
                holds(m3 * x3.get(row - xl3), pick(c3, n3, y3.get(row - yl3)), s3))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    /*
     * The column is read even for a test against a number (it is the test's own column, already in cache): a read
     * under a condition kept the JIT from hoisting the column's buffer fields out of the loop, which cost more.
     */
    private static double pick(final boolean number, final double value, final double read)
    {
        return number ? value : read;
    }

    static boolean holds(final double x, final double y, final boolean strict)
    {
        return x < y || (!strict && x == y);
    }
}
