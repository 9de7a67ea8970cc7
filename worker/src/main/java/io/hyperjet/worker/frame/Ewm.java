package io.hyperjet.worker.frame;

/**
 * pandas {@code series.ewm(span=..., adjust=...)}: exponentially weighted windows, NaN rows kept in the weights
 * ({@code ignore_na=False}); see {@link io.hyperjet.worker.array.Ewm} for the recurrence.
 */
public final class Ewm
{
    private final Series series;
    private final double alpha;
    private final boolean adjust;
    private final int minPeriods;

    private Ewm(final Series series, final double alpha, final boolean adjust, final int minPeriods)
    {
        this.series = series;
        this.alpha = alpha;
        this.adjust = adjust;
        this.minPeriods = minPeriods;
    }

    static Ewm ofSpan(final Series series, final double span, final boolean adjust)
    {
        if (!(span >= 1.0))
        {
            throw new IllegalArgumentException("ewm span must be >= 1: span=" + span);
        }
        return new Ewm(series, io.hyperjet.worker.array.Ewm.alphaFromSpan(span), adjust, 0);
    }

    /**
     * pandas {@code ewm(com=com, adjust=adjust)}, the form of a positional {@code ewm(x)}.
     *
     * @param series the input.
     * @param com    the centre of mass, >= 0.
     * @param adjust pandas {@code adjust}.
     * @return the window.
     */
    public static Ewm ofCom(final Series series, final double com, final boolean adjust)
    {
        if (!(com >= 0.0))
        {
            throw new IllegalArgumentException("ewm com must be >= 0: com=" + com);
        }
        return new Ewm(series, io.hyperjet.worker.array.Ewm.alphaFromCom(com), adjust, 0);
    }

    /**
     * pandas {@code min_periods}: rows before that many non-NaN values are NaN.
     *
     * @param minPeriods the minimum count.
     * @return a window with that minimum.
     */
    public Ewm minPeriods(final int minPeriods)
    {
        return new Ewm(series, alpha, adjust, minPeriods);
    }

    /** pandas {@code ewm(...).mean()}. */
    public Series mean()
    {
        final double[] src = series.values();
        return new Series(series.context(),
            io.hyperjet.worker.array.Ewm.mean(src, alpha, adjust, minPeriods, new double[src.length]));
    }
}
