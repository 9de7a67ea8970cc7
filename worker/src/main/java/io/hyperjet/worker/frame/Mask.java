package io.hyperjet.worker.frame;

/**
 * A boolean per row, like a pandas boolean {@code Series}: the result of comparisons, combined with
 * {@code and}/{@code or}/{@code not} (pandas' {@code &}, {@code |}, {@code ~}) and used to set signals.
 */
public final class Mask
{
    private final boolean[] values;

    /**
     * Wraps values without copying them; the caller gives up the array.
     *
     * @param values one flag per candle.
     */
    public Mask(final boolean[] values)
    {
        this.values = values;
    }

    /** @return the number of rows. */
    public int size()
    {
        return values.length;
    }

    /**
     * @param row the row.
     * @return the flag at that row.
     */
    public boolean get(final int row)
    {
        return values[row];
    }

    /** @return the backing flags (not a copy; do not change them). */
    public boolean[] values()
    {
        return values;
    }
}
