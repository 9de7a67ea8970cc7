package io.hyperjet.common.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A read-only column of {@code float64} values, little-endian, over a heap array or a memory-mapped segment.
 * <p>
 * Typed as {@link DirectBuffer} so nothing can write through it: writing into a read-only mapping kills the JVM.
 * One final class serves heap and shared-memory data so hot loops stay monomorphic. Not threadsafe to re-wrap;
 * reads from many threads are fine once wrapped.
 */
public final class DoubleColumn
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private int rows;

    /**
     * Wraps a region of a buffer: {@code rows} doubles starting at {@code offset}.
     *
     * @param segment the buffer holding the column.
     * @param offset  the byte offset of row 0.
     * @param rows    the number of values.
     * @return this, for chaining.
     */
    public DoubleColumn wrap(final DirectBuffer segment, final int offset, final int rows)
    {
        buffer.wrap(segment, offset, rows * Double.BYTES);
        this.rows = rows;
        return this;
    }

    /**
     * A column over a heap copy of the values.
     *
     * @param values the values to copy.
     * @return a new column.
     */
    public static DoubleColumn copyOf(final double[] values)
    {
        return copyOf(values, values.length);
    }

    /**
     * A column over a heap copy of the first values of an array (a reader's buffer, longer than its rows).
     *
     * @param values the values to copy from.
     * @param rows   how many, from index 0; at most {@code values.length}.
     * @return a new column.
     */
    public static DoubleColumn copyOf(final double[] values, final int rows)
    {
        final byte[] bytes = new byte[rows * Double.BYTES];
        // one bulk copy rather than a put per value: the data phase copies every indicator column this way
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values, 0, rows);
        return new DoubleColumn().wrap(new UnsafeBuffer(bytes), 0, rows);
    }

    public int rows()
    {
        return rows;
    }

    public double get(final int row)
    {
        return buffer.getDouble(row * Double.BYTES, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Copies the values into a new heap array; for tests, tools and code off the hot path.
     *
     * @return the values.
     */
    public double[] toArray()
    {
        final double[] values = new double[rows];
        copyTo(values, 0, 0, rows);
        return values;
    }

    /**
     * Copies {@code length} values starting at {@code fromRow} into {@code dst} at {@code dstIndex}.
     *
     * @param dst      destination array.
     * @param dstIndex first index written in dst.
     * @param fromRow  first row read.
     * @param length   number of values.
     */
    public void copyTo(final double[] dst, final int dstIndex, final int fromRow, final int length)
    {
        final byte[] heap = buffer.byteArray();
        if (null != heap && length > 0)
        {
            // a heap column (the coordinator's data phase, tests): one bulk copy through a little-endian view
            buffer.boundsCheck(fromRow * Double.BYTES, length * Double.BYTES);
            ByteBuffer.wrap(heap, buffer.wrapAdjustment() + fromRow * Double.BYTES, length * Double.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(dst, dstIndex, length);
            return;
        }
        for (int i = 0; i < length; i++)
        {
            dst[dstIndex + i] = buffer.getDouble((fromRow + i) * Double.BYTES, ByteOrder.LITTLE_ENDIAN);
        }
    }

    /**
     * The buffer under this column, read-only; for checksums and bulk readers.
     *
     * @return the wrapped buffer, {@code rows() * 8} bytes long.
     */
    public DirectBuffer buffer()
    {
        return buffer;
    }
}
