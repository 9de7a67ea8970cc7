package io.hyperjet.worker.frame;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * A node of a lazy series expression: {@code at(row)} computes one row from the children, so a mask built from
 * comparisons is evaluated only on the rows a selection keeps, and materializing a series is one pass with no
 * intermediate arrays. Leaves are values on the heap ({@link Values}) or a frame's column ({@link Column}, read in
 * place from shared memory).
 * <p>
 * Immutable; a node must compute the same double as the eager pandas operation, so each node applies exactly one
 * IEEE operation per row, in pandas' operand order.
 */
abstract class SeriesExpr
{
    /**
     * The value at one row.
     *
     * @param row a row in {@code [0, size)}.
     * @return the value, NaN for missing.
     */
    abstract double at(int row);

    /**
     * The object whose values this leaf reads, identity-stable for a run (a column or an array), or null for a
     * computed node; keys the memoized crossings.
     */
    Object source()
    {
        return null;
    }

    /**
     * The frame column this node reads, possibly shifted ({@link #lag()}), or null when it computes something else;
     * lets comparisons of columns run as plain loops over the columns instead of calls through the tree.
     */
    DoubleColumn column()
    {
        return null;
    }

    /** How many rows back {@link #column()} is read: row {@code i} is the column's row {@code i - lag()}. */
    int lag()
    {
        return 0;
    }

    /**
     * Row {@code row - lag} of a column of {@code rows} rows, NaN outside it (a shifted column's ends).
     */
    static double read(final DoubleColumn column, final int lag, final int row)
    {
        final int from = row - lag;
        return from >= 0 && from < column.rows() ? column.get(from) : Double.NaN;
    }

    /**
     * Writes every row into {@code dst}; leaves copy, computed nodes evaluate row by row.
     *
     * @param dst at least as long as the series.
     * @param rows the number of rows.
     */
    void fill(final double[] dst, final int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            dst[i] = at(i);
        }
    }

    /** Values on the heap: a materialized series. */
    static final class Values extends SeriesExpr
    {
        final double[] values;

        Values(final double[] values)
        {
            this.values = values;
        }

        @Override
        double at(final int row)
        {
            return values[row];
        }

        @Override
        Object source()
        {
            return values;
        }

        @Override
        void fill(final double[] dst, final int rows)
        {
            System.arraycopy(values, 0, dst, 0, rows);
        }
    }

    /** A frame's column read in place (shared memory in a hyperopt's signal phase). */
    static final class Column extends SeriesExpr
    {
        final DoubleColumn column;

        Column(final DoubleColumn column)
        {
            this.column = column;
        }

        @Override
        double at(final int row)
        {
            return column.get(row);
        }

        @Override
        Object source()
        {
            return column;
        }

        @Override
        DoubleColumn column()
        {
            return column;
        }

        @Override
        void fill(final double[] dst, final int rows)
        {
            column.copyTo(dst, 0, 0, rows);
        }
    }

    /** pandas {@code shift(periods)}: the row {@code periods} earlier (later when negative), NaN beyond the ends. */
    static final class Shift extends SeriesExpr
    {
        final SeriesExpr child;
        final int periods;
        final int rows;

        Shift(final SeriesExpr child, final int periods, final int rows)
        {
            this.child = child;
            this.periods = periods;
            this.rows = rows;
        }

        @Override
        double at(final int row)
        {
            final int from = row - periods;
            return from >= 0 && from < rows ? child.at(from) : Double.NaN;
        }

        /*
         * Shifts of one direction add up: the outer shift's own bound then never cuts a row the summed lag keeps.
         * Opposite ones do not (shift(1).shift(-1) is NaN on the last row, a lag of 0 is not), so they stay nodes.
         */
        @Override
        DoubleColumn column()
        {
            final int inner = child.lag();
            return (inner >= 0 && periods >= 0) || (inner <= 0 && periods <= 0) ? child.column() : null;
        }

        @Override
        int lag()
        {
            return child.lag() + periods;
        }
    }

    /** pandas {@code where(mask, other)}: this row where the mask holds, else {@code other}'s row. */
    static final class Where extends SeriesExpr
    {
        final SeriesExpr child;
        final MaskExpr mask;
        final SeriesExpr other;

        Where(final SeriesExpr child, final MaskExpr mask, final SeriesExpr other)
        {
            this.child = child;
            this.mask = mask;
            this.other = other;
        }

        @Override
        double at(final int row)
        {
            return mask.at(row) ? child.at(row) : other.at(row);
        }
    }

    /** A number broadcast to every row (the {@code other} of {@code where(mask, 0.0)}). */
    static final class Constant extends SeriesExpr
    {
        final double value;

        Constant(final double value)
        {
            this.value = value;
        }

        @Override
        double at(final int row)
        {
            return value;
        }
    }
}
