package io.hyperjet.common.frame;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A read-only column of {@code int64} values (timestamps in epoch ms), little-endian, over a heap array or a memory-mapped segment.
 * <p>
 * Typed as {@link DirectBuffer} so nothing can write through it: writing into a read-only mapping kills the JVM.
 * One final class serves heap and shared-memory data so hot loops stay monomorphic. Not threadsafe to re-wrap;
 * reads from many threads are fine once wrapped.
 */
public final class LongColumn
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
    private int rows;

    /**
     * Wraps a region of a buffer: {@code rows} longs starting at {@code offset}.
     *
     * @param segment the buffer holding the column.
     * @param offset  the byte offset of row 0.
     * @param rows    the number of values.
     * @return this, for chaining.
     */
    public LongColumn wrap(final DirectBuffer segment, final int offset, final int rows)
    {
        buffer.wrap(segment, offset, rows * Long.BYTES);
        this.rows = rows;
        return this;
    }

    /**
     * A column over a heap copy of the values.
     *
     * @param values the values to copy.
     * @return a new column.
     */
    public static LongColumn copyOf(final long[] values)
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
    public static LongColumn copyOf(final long[] values, final int rows)
    {
        final UnsafeBuffer heap = new UnsafeBuffer(new byte[rows * Long.BYTES]);
        for (int i = 0; i < rows; i++)
        {
            heap.putLong(i * Long.BYTES, values[i], ByteOrder.LITTLE_ENDIAN);
        }
        return new LongColumn().wrap(heap, 0, rows);
    }

    public int rows()
    {
        return rows;
    }

    public long get(final int row)
    {
        return buffer.getLong(row * Long.BYTES, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Copies the values into a new heap array; for tests, tools and code off the hot path.
     *
     * @return the values.
     */
    public long[] toArray()
    {
        final long[] values = new long[rows];
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
    public void copyTo(final long[] dst, final int dstIndex, final int fromRow, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            dst[dstIndex + i] = buffer.getLong((fromRow + i) * Long.BYTES, ByteOrder.LITTLE_ENDIAN);
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
