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
    private final boolean above;
    private final SeriesExpr left;
    private final SeriesExpr right;
    private final double level;
    private final CrossingCache crossings;
    private final int rows;

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

    @Override
    int[] candidates()
    {
        return null == crossings ? null : crossings.rows(left, level, above, rows);
    }
}
