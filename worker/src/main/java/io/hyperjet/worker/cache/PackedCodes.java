package io.hyperjet.worker.cache;

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
    private static final byte[] ZEROS = new byte[4096];
    private static final int INITIAL_ROWS = 256;
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
        // past this many set rows the list is no smaller than the column
        final int maxListed = Math.floorDiv(length - 1, LISTED_ROW_BYTES);
        if (maxListed < 0)
        {
            return new PackedCodes(length, null, column.clone());
        }
        int[] rows = new int[Math.min(maxListed + 1, INITIAL_ROWS)];
        int count = 0;
        boolean allOne = true;
        for (int r = nextSet(column, 0); r < length; r = nextSet(column, r + 1))
        {
            if (count == maxListed)
            {
                return new PackedCodes(length, null, column.clone());
            }
            if (count == rows.length)
            {
                rows = Arrays.copyOf(rows, Math.min(maxListed, 2 * count));
            }
            rows[count++] = r;
            allOne &= column[r] == Signals.ONE;
        }
        if (count != rows.length)
        {
            rows = Arrays.copyOf(rows, count);
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
     * A copy of one column of a pair's signals; when kept as a row list, the list is also declared on the signals
     * ({@link Signals#setRows(int, int[])}), so their next clear is cheap and the backtester can use it.
     *
     * @param signals the signals.
     * @param column  a column number of {@link Signals}.
     * @return the copy.
     */
    static PackedCodes of(final Signals signals, final int column)
    {
        final PackedCodes packed = of(signals.codes(column));
        if (null != packed.rows)
        {
            signals.setRows(column, packed.rows);
        }
        return packed;
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
        writeRows(target);
    }

    /**
     * Writes the column into one column of a pair's signals, clearing it first only where it is known to be set, and
     * declares the set rows when kept as a list.
     *
     * @param signals the signals, of the same length.
     * @param column  a column number of {@link Signals}.
     */
    void copyTo(final Signals signals, final int column)
    {
        final byte[] target = signals.zeroed(column);
        if (null == rows)
        {
            System.arraycopy(codes, 0, target, 0, length);
            return;
        }
        writeRows(target);
        signals.setRows(column, rows);
    }

    private void writeRows(final byte[] target)
    {
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

    /**
     * The first row at or after {@code from} with a non-zero code, or the length. Compares runs of rows against
     * zeros with {@link Arrays#mismatch}, which the JIT turns into wide vector compares: columns are mostly unset.
     */
    private static int nextSet(final byte[] column, final int from)
    {
        final int length = column.length;
        for (int r = from; r < length; r += ZEROS.length)
        {
            final int n = Math.min(ZEROS.length, length - r);
            final int at = Arrays.mismatch(column, r, r + n, ZEROS, 0, n);
            if (at >= 0)
            {
                return r + at;
            }
        }
        return length;
    }
}
