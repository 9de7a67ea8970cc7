package io.hyperjet.worker.frame;

/**
 * A boolean per row, like a pandas boolean {@code Series}: the result of comparisons, combined with
 * {@code and}/{@code or}/{@code not} (pandas' {@code &}, {@code |}, {@code ~}) and used to set signals with
 * {@link DataFrame#loc}.
 * <p>
 * Lazy like {@link Series}: combining masks builds an expression; {@link DataFrame#loc} selects its rows without
 * materializing it, starting from a memoized crossing when the mask has one (see {@link Series#crossedAbove}).
 * {@link #values()} materializes once and keeps the flags. Not threadsafe.
 */
public final class Mask
{
    private final FrameContext context;
    private final int size;
    private final MaskExpr expr;
    private boolean[] values;

    /**
     * Wraps values without copying them; the caller gives up the array.
     *
     * @param values one flag per candle.
     */
    public Mask(final boolean[] values)
    {
        this.context = FrameContext.STANDALONE;
        this.size = values.length;
        this.expr = new MaskExpr.Values(values);
        this.values = values;
    }

    Mask(final FrameContext context, final int size, final MaskExpr expr)
    {
        this.context = context;
        this.size = size;
        this.expr = expr;
    }

    /** @return the number of rows. */
    public int size()
    {
        return size;
    }

    /**
     * @param row the row.
     * @return the flag at that row.
     */
    public boolean get(final int row)
    {
        if (row < 0 || row >= size)
        {
            throw new IndexOutOfBoundsException("row=" + row + ", size=" + size);
        }
        return null != values ? values[row] : expr.at(row);
    }

    /**
     * The flags, computed on first call and kept.
     *
     * @return the backing flags (not a copy; do not change them).
     */
    public boolean[] values()
    {
        if (null == values)
        {
            final boolean[] computed = new boolean[size];
            for (int i = 0; i < size; i++)
            {
                computed[i] = expr.at(i);
            }
            values = computed;
        }
        return values;
    }

    /** pandas {@code self & other}. */
    public Mask and(final Mask other)
    {
        return new Mask(context, size, new MaskExpr.And(expr, other.expr(size)));
    }

    /** pandas {@code self | other}. */
    public Mask or(final Mask other)
    {
        return new Mask(context, size, new MaskExpr.Or(expr, other.expr(size)));
    }

    /** pandas {@code ~self}. */
    public Mask not()
    {
        return new Mask(context, size, new MaskExpr.Not(expr));
    }

    /** pandas {@code any()}: true when some row is set. */
    public boolean any()
    {
        return select(context.selection(size)) > 0;
    }

    /** pandas {@code all()}: true when every row is set (also for no rows). */
    public boolean all()
    {
        return select(context.selection(size)) == size;
    }

    FrameContext context()
    {
        return context;
    }

    MaskExpr expr(final int expectedSize)
    {
        if (expectedSize != size)
        {
            throw new IllegalArgumentException("mask has " + size + " rows, series has " + expectedSize);
        }
        return expr;
    }

    /**
     * The rows where the mask holds, ascending, at the front of {@code selection}: from the memoized candidates
     * when the expression names some, else from every row.
     *
     * @param selection scratch of at least {@link #size()} entries.
     * @return how many rows are selected.
     */
    int select(final int[] selection)
    {
        if (null != values)
        {
            int n = 0;
            for (int i = 0; i < size; i++)
            {
                if (values[i])
                {
                    selection[n++] = i;
                }
            }
            return n;
        }
        return expr.select(selection, size);
    }
}
