package io.hyperjet.worker.frame;

/**
 * One column of a pair's candles, like a pandas {@code Series}: {@code size()} doubles, NaN for missing values.
 * Operations return new series and never change this one: {@code df.get("close").sub(df.get("bb_lowerband"))}.
 * <p>
 * Element-wise operations ({@code add}, comparisons, {@code shift}, {@code where}, ...) are lazy: they build a small
 * expression (a few objects per operation, none per candle) that is evaluated when the values are needed:
 * {@link #values()} materializes once and keeps the array, {@link #get(int)} computes one row, and a {@link Mask}
 * given to {@link DataFrame#loc} is evaluated only on the rows it can select. Window operations ({@link #rolling},
 * {@link #ewm}) and anything reading {@link #values()} materialize. Results are those of the eager pandas
 * operations, bit for bit: each row applies the same IEEE operations in the same order.
 * <p>
 * NaN rules are pandas': arithmetic propagates NaN, comparisons with NaN are false except {@link #ne}.
 * Not threadsafe (materializing caches the values); a strategy instance runs on one thread.
 */
public final class Series
{
    private final FrameContext context;
    private final int size;
    private final SeriesExpr expr;
    private double[] values;

    /**
     * Wraps values without copying them; the caller gives up the array.
     *
     * @param values one value per candle.
     */
    public Series(final double[] values)
    {
        this(FrameContext.STANDALONE, values);
    }

    Series(final FrameContext context, final double[] values)
    {
        this.context = context;
        this.size = values.length;
        this.expr = new SeriesExpr.Values(values);
        this.values = values;
    }

    Series(final FrameContext context, final int size, final SeriesExpr expr)
    {
        this.context = context;
        this.size = size;
        this.expr = expr;
    }

    /**
     * A series of one number on every row (pandas broadcasting a scalar).
     *
     * @param size  the number of rows.
     * @param value the value.
     * @return the series.
     */
    public static Series constant(final int size, final double value)
    {
        return new Series(FrameContext.STANDALONE, size, new SeriesExpr.Constant(value));
    }

    /** @return the number of rows. */
    public int size()
    {
        return size;
    }

    /**
     * @param row the row.
     * @return the value at that row.
     */
    public double get(final int row)
    {
        if (row < 0 || row >= size)
        {
            throw new IndexOutOfBoundsException("row=" + row + ", size=" + size);
        }
        return null != values ? values[row] : expr.at(row);
    }

    /**
     * The values, computed on first call and kept.
     *
     * @return the backing values (not a copy; do not change them).
     */
    public double[] values()
    {
        if (null == values)
        {
            final double[] computed = new double[size];
            expr.fill(computed, size);
            values = computed;
        }
        return values;
    }

    SeriesExpr expr()
    {
        return expr;
    }

    FrameContext context()
    {
        return context;
    }

    private Series derive(final SeriesExpr node)
    {
        return new Series(context, size, node);
    }

    private SeriesExpr other(final Series other)
    {
        if (other.size != size)
        {
            throw new IllegalArgumentException("series lengths differ: " + size + " and " + other.size);
        }
        return other.expr;
    }

    /** pandas {@code self + other}. */
    public Series add(final Series other)
    {
        return derive(new Arithmetic.Binary(Arithmetic.ADD, expr, other(other)));
    }

    /** pandas {@code self + number}. */
    public Series add(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.ADD, expr, number));
    }

    /** pandas {@code self - other}. */
    public Series sub(final Series other)
    {
        return derive(new Arithmetic.Binary(Arithmetic.SUB, expr, other(other)));
    }

    /** pandas {@code self - number}. */
    public Series sub(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.SUB, expr, number));
    }

    /** pandas {@code self * other}. */
    public Series mul(final Series other)
    {
        return derive(new Arithmetic.Binary(Arithmetic.MUL, expr, other(other)));
    }

    /** pandas {@code self * number}. */
    public Series mul(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.MUL, expr, number));
    }

    /** pandas {@code self / other} (x/0 is ±inf, 0/0 NaN). */
    public Series div(final Series other)
    {
        return derive(new Arithmetic.Binary(Arithmetic.DIV, expr, other(other)));
    }

    /** pandas {@code self / number}. */
    public Series div(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.DIV, expr, number));
    }

    /** pandas {@code number - self}. */
    public Series rsub(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.RSUB, expr, number));
    }

    /** pandas {@code number / self}. */
    public Series rdiv(final double number)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.RDIV, expr, number));
    }

    /** pandas {@code -self}. */
    public Series neg()
    {
        return derive(new Arithmetic.Scalar(Arithmetic.NEG, expr, 0.0));
    }

    /** pandas {@code abs(self)}. */
    public Series abs()
    {
        return derive(new Arithmetic.Scalar(Arithmetic.ABS, expr, 0.0));
    }

    /** numpy {@code maximum(a, b)}: element-wise, NaN when either is NaN. */
    public static Series max(final Series a, final Series b)
    {
        return a.derive(new Arithmetic.Binary(Arithmetic.MAX, a.expr, a.other(b)));
    }

    /** numpy {@code minimum(a, b)}: element-wise, NaN when either is NaN. */
    public static Series min(final Series a, final Series b)
    {
        return a.derive(new Arithmetic.Binary(Arithmetic.MIN, a.expr, a.other(b)));
    }

    /**
     * numpy {@code where(cond, a, b)} of two numbers (Freqtrade's {@code np.where(cond, 1, 0)}): a where the mask
     * holds, else b, on every row of the mask's frame.
     */
    public static Series where(final Mask cond, final double a, final double b)
    {
        return new Series(cond.context(), cond.size(),
            new SeriesExpr.Where(new SeriesExpr.Constant(a), cond.expr(cond.size()), new SeriesExpr.Constant(b)));
    }

    private Mask compare(final int op, final Series other)
    {
        return new Mask(context, size, new MaskExpr.Compare(op, expr, other(other)));
    }

    private Mask compare(final int op, final double number)
    {
        return new Mask(context, size, new MaskExpr.CompareScalar(op, expr, number));
    }

    /** pandas {@code self > other}. */
    public Mask gt(final Series other)
    {
        return compare(MaskExpr.GT, other);
    }

    /** pandas {@code self > number}. */
    public Mask gt(final double number)
    {
        return compare(MaskExpr.GT, number);
    }

    /** pandas {@code self >= other}. */
    public Mask ge(final Series other)
    {
        return compare(MaskExpr.GE, other);
    }

    /** pandas {@code self >= number}. */
    public Mask ge(final double number)
    {
        return compare(MaskExpr.GE, number);
    }

    /** pandas {@code self < other}. */
    public Mask lt(final Series other)
    {
        return compare(MaskExpr.LT, other);
    }

    /** pandas {@code self < number}. */
    public Mask lt(final double number)
    {
        return compare(MaskExpr.LT, number);
    }

    /** pandas {@code self <= other}. */
    public Mask le(final Series other)
    {
        return compare(MaskExpr.LE, other);
    }

    /** pandas {@code self <= number}. */
    public Mask le(final double number)
    {
        return compare(MaskExpr.LE, number);
    }

    /** pandas {@code self == other} (NaN is never equal). */
    public Mask eq(final Series other)
    {
        return compare(MaskExpr.EQ, other);
    }

    /** pandas {@code self == number}. */
    public Mask eq(final double number)
    {
        return compare(MaskExpr.EQ, number);
    }

    /** pandas {@code self != other} (true where either is NaN). */
    public Mask ne(final Series other)
    {
        return compare(MaskExpr.NE, other);
    }

    /** pandas {@code self != number}. */
    public Mask ne(final double number)
    {
        return compare(MaskExpr.NE, number);
    }

    /** pandas {@code shift(periods)}: row {@code i} holds row {@code i - periods}, NaN where there is none. */
    public Series shift(final int periods)
    {
        return derive(new SeriesExpr.Shift(expr, periods, size));
    }

    /** pandas {@code diff(periods)}: {@code self - self.shift(periods)}. */
    public Series diff(final int periods)
    {
        return sub(shift(periods));
    }

    /**
     * pandas {@code pct_change(periods)}: {@code self / self.shift(periods) - 1}. pandas before 3.0 first
     * forward-fills NaN by default ({@code fill_method='pad'}); this is the {@code fill_method=None} form, the only
     * one left in pandas 3: call {@code ffill()} first for the old default.
     */
    public Series pctChange(final int periods)
    {
        return div(shift(periods)).sub(1.0);
    }

    /** pandas {@code fillna(value)}. */
    public Series fillna(final double value)
    {
        return derive(new Arithmetic.Scalar(Arithmetic.FILLNA, expr, value));
    }

    /** pandas {@code ffill()}: a NaN row takes the last non-NaN value before it (leading NaN rows stay). */
    public Series ffill()
    {
        final double[] src = values();
        final double[] out = new double[size];
        double last = Double.NaN;
        for (int i = 0; i < size; i++)
        {
            if (!Double.isNaN(src[i]))
            {
                last = src[i];
            }
            out[i] = last;
        }
        return new Series(context, out);
    }

    /** pandas {@code cumsum()}: running sum skipping NaN rows, which stay NaN. */
    public Series cumsum()
    {
        final double[] src = values();
        final double[] out = new double[size];
        double sum = 0.0;
        for (int i = 0; i < size; i++)
        {
            if (Double.isNaN(src[i]))
            {
                out[i] = Double.NaN;
            }
            else
            {
                sum += src[i];
                out[i] = sum;
            }
        }
        return new Series(context, out);
    }

    /** pandas {@code where(mask, other)}: this value where the mask holds, else other's. */
    public Series where(final Mask mask, final Series other)
    {
        return derive(new SeriesExpr.Where(expr, mask.expr(size), other(other)));
    }

    /** pandas {@code where(mask, number)}: this value where the mask holds, else the number. */
    public Series where(final Mask mask, final double other)
    {
        return derive(new SeriesExpr.Where(expr, mask.expr(size), new SeriesExpr.Constant(other)));
    }

    /** pandas {@code rolling(window)} with {@code min_periods = window}. */
    public Rolling rolling(final int window)
    {
        return new Rolling(this, window, window);
    }

    /** pandas {@code rolling(window, min_periods=minPeriods)}. */
    public Rolling rolling(final int window, final int minPeriods)
    {
        return new Rolling(this, window, minPeriods);
    }

    /** pandas {@code ewm(span=span)}: pandas' default {@code adjust=True}. */
    public Ewm ewm(final double span)
    {
        return ewm(span, true);
    }

    /** pandas {@code ewm(span=span, adjust=adjust)}. */
    public Ewm ewm(final double span, final boolean adjust)
    {
        return Ewm.ofSpan(this, span, adjust);
    }

    /** qtpylib {@code crossed_above(self, other)}. */
    public Mask crossedAbove(final Series other)
    {
        return new Mask(context, size, Cross.ofSeries(true, expr, other(other)));
    }

    /** qtpylib {@code crossed_above(self, level)}. */
    public Mask crossedAbove(final double level)
    {
        return new Mask(context, size, Cross.ofLevel(true, expr, level, context.crossings(), size));
    }

    /** qtpylib {@code crossed_below(self, other)}. */
    public Mask crossedBelow(final Series other)
    {
        return new Mask(context, size, Cross.ofSeries(false, expr, other(other)));
    }

    /** qtpylib {@code crossed_below(self, level)}. */
    public Mask crossedBelow(final double level)
    {
        return new Mask(context, size, Cross.ofLevel(false, expr, level, context.crossings(), size));
    }
}
