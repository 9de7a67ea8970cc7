package io.hyperjet.worker.frame;

/**
 * One column of a pair's candles, like a pandas {@code Series}: {@code rows} doubles, NaN for missing values.
 * Operations return new series and never change this one.
 */
public final class Series
{
    private final double[] values;

    /**
     * Wraps values without copying them; the caller gives up the array.
     *
     * @param values one value per candle.
     */
    public Series(final double[] values)
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
     * @return the value at that row.
     */
    public double get(final int row)
    {
        return values[row];
    }

    /** @return the backing values (not a copy; do not change them). */
    public double[] values()
    {
        return values;
    }
}
