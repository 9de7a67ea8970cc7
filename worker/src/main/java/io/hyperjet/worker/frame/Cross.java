package io.hyperjet.worker.frame;

/**
 * qtpylib's {@code crossed_above(a, b)} / {@code crossed_below(a, b)} as a mask node: above is
 * {@code a > b and a.shift(1) <= b.shift(1)}, below is {@code a < b and a.shift(1) >= b.shift(1)}; row 0 and any
 * NaN operand give false, as the pandas comparisons do.
 * <p>
 * Against a number, with a memo in the context, the node names its rows ({@link #candidates()}) from the
 * {@link CrossingCache}: a hyperopt epoch then visits only the rows where an indicator crosses its level.
 */
final class Cross extends MaskExpr
{
    final boolean above;
    final SeriesExpr left;
    final SeriesExpr right;
    final double level;
    private final CrossingCache crossings;
    private final int rows;
    private int[] memo;

    private Cross(final boolean above, final SeriesExpr left, final SeriesExpr right, final double level,
        final CrossingCache crossings, final int rows)
    {
        this.above = above;
        this.left = left;
        this.right = right;
        this.level = level;
        this.crossings = crossings;
        this.rows = rows;
    }

    /** {@code left} crossing the series {@code right}. */
    static Cross ofSeries(final boolean above, final SeriesExpr left, final SeriesExpr right)
    {
        return new Cross(above, left, right, Double.NaN, null, 0);
    }

    /** {@code left} crossing the number {@code level}; {@code crossings} may be null (no sparse path). */
    static Cross ofLevel(
        final boolean above, final SeriesExpr left, final double level, final CrossingCache crossings, final int rows)
    {
        return new Cross(above, left, null, level, null == left.source() ? null : crossings, rows);
    }

    @Override
    boolean at(final int row)
    {
        if (row < 1)
        {
            return false;
        }
        final double a = left.at(row);
        final double previous = left.at(row - 1);
        final double b = null == right ? level : right.at(row);
        final double bPrevious = null == right ? level : right.at(row - 1);
        return above ? a > b && previous <= bPrevious : a < b && previous >= bPrevious;
    }

    /**
     * Whether {@link #scan} applies: a frame column (shifted or not) crossing a number, with no memoized rows; an
     * {@code and} then starts from the rows this scan names instead of testing every row against every term.
     */
    boolean scannable()
    {
        return null == right && null != left.column() && null == candidates();
    }

    /**
     * The rows where a {@link #scannable} crossing holds, ascending, into {@code selection}: one pass over the
     * column keeping the previous value, as a hand-written loop does.
     *
     * @return how many rows.
     */
    int scan(final int[] selection, final int rows)
    {
        final io.hyperjet.common.frame.DoubleColumn column = left.column();
        final int lag = left.lag();
        int n = 0;
        double previous = rows > 0 ? SeriesExpr.read(column, lag, 0) : Double.NaN;
        for (int i = 1; i < rows; i++)
        {
            final double x = SeriesExpr.read(column, lag, i);
            if (above ? x > level && previous <= level : x < level && previous >= level)
            {
                selection[n++] = i;
            }
            previous = x;
        }
        return n;
    }

    @Override
    int[] candidates()
    {
        if (null == memo && null != crossings)
        {
            memo = crossings.rows(left, level, above, rows); // looked up once per node, i.e. once per epoch
        }
        return memo;
    }

    @Override
    int select(final int[] selection, final int rows)
    {
        final int[] crossing = candidates();
        if (null == crossing)
        {
            return super.select(selection, rows);
        }
        System.arraycopy(crossing, 0, selection, 0, crossing.length);
        return crossing.length;
    }

    @Override
    int[] exactRows()
    {
        return candidates();
    }

    /*
     * With memoized rows the crossing is exactly those rows: keep the selected ones by merging two ascending lists,
     * without reading the column again.
     */
    @Override
    int filter(final int[] selection, final int count)
    {
        final int[] crossing = candidates();
        if (null == crossing)
        {
            return super.filter(selection, count);
        }
        return ColumnConjunction.intersect(selection, count, crossing, selection);
    }
}
