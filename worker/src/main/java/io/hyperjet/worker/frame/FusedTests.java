package io.hyperjet.worker.frame;

import java.nio.ByteOrder;
import java.util.Arrays;

import org.agrona.DirectBuffer;
import org.agrona.UnsafeApi;

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
    private static final boolean NATIVE_LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

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
     * One loop per group size, each testing exactly its tests, reading each column as a base and an address with
     * the lag folded in: a single loop for up to four tests with flags to skip the unused ones, reading through
     * DoubleColumn.get, kept eight columns with their buffers' fields, lags and numbers live across the loop and
     * spilled them to the stack (SampleStrategy's three tests, column / hand 1.6-1.8 -> 1.2-1.35 under load; see
     * docs/performance.md, issue 16).
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
        checkRows(g, 1, src, from, to);
        final DirectBuffer x0 = xs[g].buffer();
        final Object xb0 = x0.byteArray();
        final long xa0 = x0.addressOffset() - (long)xLags[g] * Double.BYTES;
        final DirectBuffer y0 = ys[g].buffer();
        final Object yb0 = y0.byteArray();
        final long ya0 = y0.addressOffset() - (long)yLags[g] * Double.BYTES;
        final double m0 = signs[g];
        final boolean c0 = scalars[g];
        final double n0 = numbers[g];
        final boolean s0 = stricts[g];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            final long at = (long)row * Double.BYTES;
            if (holds(m0 * read(xb0, xa0 + at), pick(c0, n0, read(yb0, ya0 + at)), s0))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group2(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        checkRows(g, 2, src, from, to);
        final DirectBuffer x0 = xs[g].buffer();
        final Object xb0 = x0.byteArray();
        final long xa0 = x0.addressOffset() - (long)xLags[g] * Double.BYTES;
        final DirectBuffer y0 = ys[g].buffer();
        final Object yb0 = y0.byteArray();
        final long ya0 = y0.addressOffset() - (long)yLags[g] * Double.BYTES;
        final double m0 = signs[g];
        final boolean c0 = scalars[g];
        final double n0 = numbers[g];
        final boolean s0 = stricts[g];
        final DirectBuffer x1 = xs[g + 1].buffer();
        final Object xb1 = x1.byteArray();
        final long xa1 = x1.addressOffset() - (long)xLags[g + 1] * Double.BYTES;
        final DirectBuffer y1 = ys[g + 1].buffer();
        final Object yb1 = y1.byteArray();
        final long ya1 = y1.addressOffset() - (long)yLags[g + 1] * Double.BYTES;
        final double m1 = signs[g + 1];
        final boolean c1 = scalars[g + 1];
        final double n1 = numbers[g + 1];
        final boolean s1 = stricts[g + 1];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            final long at = (long)row * Double.BYTES;
            if (holds(m0 * read(xb0, xa0 + at), pick(c0, n0, read(yb0, ya0 + at)), s0) &&
                holds(m1 * read(xb1, xa1 + at), pick(c1, n1, read(yb1, ya1 + at)), s1))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group3(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        checkRows(g, 3, src, from, to);
        final DirectBuffer x0 = xs[g].buffer();
        final Object xb0 = x0.byteArray();
        final long xa0 = x0.addressOffset() - (long)xLags[g] * Double.BYTES;
        final DirectBuffer y0 = ys[g].buffer();
        final Object yb0 = y0.byteArray();
        final long ya0 = y0.addressOffset() - (long)yLags[g] * Double.BYTES;
        final double m0 = signs[g];
        final boolean c0 = scalars[g];
        final double n0 = numbers[g];
        final boolean s0 = stricts[g];
        final DirectBuffer x1 = xs[g + 1].buffer();
        final Object xb1 = x1.byteArray();
        final long xa1 = x1.addressOffset() - (long)xLags[g + 1] * Double.BYTES;
        final DirectBuffer y1 = ys[g + 1].buffer();
        final Object yb1 = y1.byteArray();
        final long ya1 = y1.addressOffset() - (long)yLags[g + 1] * Double.BYTES;
        final double m1 = signs[g + 1];
        final boolean c1 = scalars[g + 1];
        final double n1 = numbers[g + 1];
        final boolean s1 = stricts[g + 1];
        final DirectBuffer x2 = xs[g + 2].buffer();
        final Object xb2 = x2.byteArray();
        final long xa2 = x2.addressOffset() - (long)xLags[g + 2] * Double.BYTES;
        final DirectBuffer y2 = ys[g + 2].buffer();
        final Object yb2 = y2.byteArray();
        final long ya2 = y2.addressOffset() - (long)yLags[g + 2] * Double.BYTES;
        final double m2 = signs[g + 2];
        final boolean c2 = scalars[g + 2];
        final double n2 = numbers[g + 2];
        final boolean s2 = stricts[g + 2];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            final long at = (long)row * Double.BYTES;
            if (holds(m0 * read(xb0, xa0 + at), pick(c0, n0, read(yb0, ya0 + at)), s0) &&
                holds(m1 * read(xb1, xa1 + at), pick(c1, n1, read(yb1, ya1 + at)), s1) &&
                holds(m2 * read(xb2, xa2 + at), pick(c2, n2, read(yb2, ya2 + at)), s2))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private int group4(final int g, final int[] src, final int from, final int to, final int[] dst,
        final int start)
    {
        checkRows(g, 4, src, from, to);
        final DirectBuffer x0 = xs[g].buffer();
        final Object xb0 = x0.byteArray();
        final long xa0 = x0.addressOffset() - (long)xLags[g] * Double.BYTES;
        final DirectBuffer y0 = ys[g].buffer();
        final Object yb0 = y0.byteArray();
        final long ya0 = y0.addressOffset() - (long)yLags[g] * Double.BYTES;
        final double m0 = signs[g];
        final boolean c0 = scalars[g];
        final double n0 = numbers[g];
        final boolean s0 = stricts[g];
        final DirectBuffer x1 = xs[g + 1].buffer();
        final Object xb1 = x1.byteArray();
        final long xa1 = x1.addressOffset() - (long)xLags[g + 1] * Double.BYTES;
        final DirectBuffer y1 = ys[g + 1].buffer();
        final Object yb1 = y1.byteArray();
        final long ya1 = y1.addressOffset() - (long)yLags[g + 1] * Double.BYTES;
        final double m1 = signs[g + 1];
        final boolean c1 = scalars[g + 1];
        final double n1 = numbers[g + 1];
        final boolean s1 = stricts[g + 1];
        final DirectBuffer x2 = xs[g + 2].buffer();
        final Object xb2 = x2.byteArray();
        final long xa2 = x2.addressOffset() - (long)xLags[g + 2] * Double.BYTES;
        final DirectBuffer y2 = ys[g + 2].buffer();
        final Object yb2 = y2.byteArray();
        final long ya2 = y2.addressOffset() - (long)yLags[g + 2] * Double.BYTES;
        final double m2 = signs[g + 2];
        final boolean c2 = scalars[g + 2];
        final double n2 = numbers[g + 2];
        final boolean s2 = stricts[g + 2];
        final DirectBuffer x3 = xs[g + 3].buffer();
        final Object xb3 = x3.byteArray();
        final long xa3 = x3.addressOffset() - (long)xLags[g + 3] * Double.BYTES;
        final DirectBuffer y3 = ys[g + 3].buffer();
        final Object yb3 = y3.byteArray();
        final long ya3 = y3.addressOffset() - (long)yLags[g + 3] * Double.BYTES;
        final double m3 = signs[g + 3];
        final boolean c3 = scalars[g + 3];
        final double n3 = numbers[g + 3];
        final boolean s3 = stricts[g + 3];
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            final long at = (long)row * Double.BYTES;
            if (holds(m0 * read(xb0, xa0 + at), pick(c0, n0, read(yb0, ya0 + at)), s0) &&
                holds(m1 * read(xb1, xa1 + at), pick(c1, n1, read(yb1, ya1 + at)), s1) &&
                holds(m2 * read(xb2, xa2 + at), pick(c2, n2, read(yb2, ya2 + at)), s2) &&
                holds(m3 * read(xb3, xa3 + at), pick(c3, n3, read(yb3, ya3 + at)), s3))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    /*
     * The loops read the columns' memory directly, so they must never see a row whose read would leave a column:
     * the conjunction hands them only the rows inside every test's bounds, and since the rows ascend, checking the
     * first and the last against every column of the group proves it for all of them, whatever Agrona's bounds-check
     * setting.
     */
    private void checkRows(final int g, final int n, final int[] src, final int from, final int to)
    {
        if (from >= to)
        {
            return;
        }
        final int first = src[from];
        final int last = src[to - 1];
        for (int t = g; t < g + n; t++)
        {
            checkRows(xs[t], xLags[t], first, last);
            checkRows(ys[t], yLags[t], first, last);
        }
    }

    private static void checkRows(final DoubleColumn column, final int lag, final int first, final int last)
    {
        if (first - lag < 0 || last - lag >= column.rows())
        {
            throw new IllegalStateException("fused read outside the column: rows " + first + ".." + last +
                ", lag=" + lag + ", column rows=" + column.rows());
        }
    }

    /** A little-endian double of a column's memory (Hyperjet's column byte order), whatever the native order. */
    private static double read(final Object base, final long address)
    {
        return NATIVE_LITTLE_ENDIAN ? UnsafeApi.getDouble(base, address) :
            Double.longBitsToDouble(Long.reverseBytes(UnsafeApi.getLong(base, address)));
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
