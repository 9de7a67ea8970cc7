package io.hyperjet.worker.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import io.hyperjet.worker.signal.Signals;

/**
 * A cached copy of one signal code column ({@link Signals}), kept as the list of its set rows when that is smaller
 * than the column, else as a plain copy.
 * <p>
 * Why: signals are sparse (a few hundred set rows in a pair-year of 5m candles), so a full copy of four columns per
 * pair made each cache entry ~0.4 MB; storing it allocated ~2 MB per epoch on W1, and 268 MB held only ~640 of the
 * ~20,000 entries a 2000-epoch run asks for, so most lookups missed. The row list makes an entry a few KB.
 * <p>
 * Immutable; {@link #copyTo} writes every element of the target, so it needs no cleared target.
 */
final class PackedCodes
{
    private static final VarHandle BYTES_AS_LONG =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** A listed row costs its int plus, when codes differ from {@link Signals#ONE}, a code byte. */
    private static final int LISTED_ROW_BYTES = Integer.BYTES + 1;

    private final int length;
    /** The set rows in increasing order, or null for a plain copy in {@link #codes}. */
    private final int[] rows;
    /** With {@link #rows}: the code of each listed row, or null when all are {@link Signals#ONE}. Else the copy. */
    private final byte[] codes;

    private PackedCodes(final int length, final int[] rows, final byte[] codes)
    {
        this.length = length;
        this.rows = rows;
        this.codes = codes;
    }

    /**
     * A copy of a code column, in whichever form is smaller.
     *
     * @param column the codes (not kept).
     * @return the copy.
     */
    static PackedCodes of(final byte[] column)
    {
        final int length = column.length;
        final int count = countSet(column);
        if ((long)count * LISTED_ROW_BYTES >= length)
        {
            return new PackedCodes(length, null, column.clone());
        }
        final int[] rows = new int[count];
        boolean allOne = true;
        int k = 0;
        for (int r = nextSet(column, 0); r < length; r = nextSet(column, r + 1))
        {
            rows[k++] = r;
            allOne &= column[r] == Signals.ONE;
        }
        byte[] codes = null;
        if (!allOne)
        {
            codes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                codes[i] = column[rows[i]];
            }
        }
        return new PackedCodes(length, rows, codes);
    }

    /**
     * Writes the column into {@code target}, every element of it.
     *
     * @param target a column of the same length.
     */
    void copyTo(final byte[] target)
    {
        if (null == rows)
        {
            System.arraycopy(codes, 0, target, 0, length);
            return;
        }
        Arrays.fill(target, 0, length, Signals.UNSET);
        final int[] rows = this.rows;
        final byte[] codes = this.codes;
        if (null == codes)
        {
            for (final int r : rows)
            {
                target[r] = Signals.ONE;
            }
        }
        else
        {
            for (int i = 0; i < rows.length; i++)
            {
                target[rows[i]] = codes[i];
            }
        }
    }

    /**
     * The estimated heap size of this copy, for the cache's weigher.
     *
     * @return bytes.
     */
    long bytes()
    {
        return Weights.OBJECT_OVERHEAD_BYTES + Weights.of(codes) +
            (null == rows ? 0 : Weights.OBJECT_OVERHEAD_BYTES + (long)rows.length * Integer.BYTES);
    }

    private static int countSet(final byte[] column)
    {
        int count = 0;
        for (int r = nextSet(column, 0); r < column.length; r = nextSet(column, r + 1))
        {
            count++;
        }
        return count;
    }

    /** The first row at or after {@code from} with a non-zero code, or the length; skips eight zero rows at a time. */
    private static int nextSet(final byte[] column, final int from)
    {
        final int length = column.length;
        int r = from;
        while (r + Long.BYTES <= length && (long)BYTES_AS_LONG.get(column, r) == 0L)
        {
            r += Long.BYTES;
        }
        while (r < length && column[r] == Signals.UNSET)
        {
            r++;
        }
        return r;
    }
}
