package io.hyperjet.worker.frame;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * A node of a lazy mask expression. Selecting rows ({@link Mask#select}) starts from the rows a node can name
 * cheaply ({@link #candidates()}: a memoized crossing) or from every row, then narrows that selection vector node
 * by node ({@link #filter}): an {@code and} of conditions touches each condition only on the rows still selected.
 * <p>
 * Immutable. Comparisons follow pandas: NaN compares false, except {@code !=} which is true.
 */
abstract class MaskExpr
{
    static final int GT = 0;
    static final int GE = 1;
    static final int LT = 2;
    static final int LE = 3;
    static final int EQ = 4;
    static final int NE = 5;

    /**
     * The flag at one row.
     *
     * @param row a row in {@code [0, size)}.
     * @return the flag.
     */
    abstract boolean at(int row);

    /**
     * Rows, ascending, outside which this mask is certainly false, when known without a pass over the frame;
     * otherwise null.
     *
     * @return the rows (do not modify) or null.
     */
    int[] candidates()
    {
        return null;
    }

    /**
     * Keeps the selected rows where this mask holds, in order, at the front of {@code selection}.
     *
     * @param selection rows, ascending.
     * @param count     how many of them are selected.
     * @return how many remain.
     */
    int filter(final int[] selection, final int count)
    {
        int kept = 0;
        for (int k = 0; k < count; k++)
        {
            final int row = selection[k];
            if (at(row))
            {
                selection[kept++] = row;
            }
        }
        return kept;
    }

    /**
     * The rows where this mask holds, ascending, at the front of {@code selection}: from {@link #candidates()} when
     * known, else from every row, narrowed by {@link #filter}.
     *
     * @param selection scratch of at least {@code rows} entries.
     * @param rows      the number of rows.
     * @return how many rows are selected.
     */
    int select(final int[] selection, final int rows)
    {
        final int[] candidates = candidates();
        final int count;
        if (null != candidates)
        {
            System.arraycopy(candidates, 0, selection, 0, candidates.length);
            count = candidates.length;
        }
        else
        {
            for (int i = 0; i < rows; i++)
            {
                selection[i] = i;
            }
            count = rows;
        }
        return filter(selection, count);
    }

    static boolean compare(final int op, final double a, final double b)
    {
        switch (op)
        {
            case GT:
                return a > b;
            case GE:
                return a >= b;
            case LT:
                return a < b;
            case LE:
                return a <= b;
            case EQ:
                return a == b;
            case NE:
                return a != b;
            default:
                throw new IllegalStateException("unknown comparison " + op);
        }
    }

    /** Flags on the heap: a materialized mask. */
    static final class Values extends MaskExpr
    {
        final boolean[] values;

        Values(final boolean[] values)
        {
            this.values = values;
        }

        @Override
        boolean at(final int row)
        {
            return values[row];
        }
    }

    /** {@code left op right} for two series. */
    static final class Compare extends MaskExpr
    {
        final int op;
        final SeriesExpr left;
        final SeriesExpr right;
        final DoubleColumn leftColumn;
        final DoubleColumn rightColumn;
        final int leftLag;
        final int rightLag;

        Compare(final int op, final SeriesExpr left, final SeriesExpr right)
        {
            this.op = op;
            this.left = left;
            this.right = right;
            this.leftColumn = left.column();
            this.rightColumn = right.column();
            this.leftLag = left.lag();
            this.rightLag = right.lag();
        }

        @Override
        boolean at(final int row)
        {
            if (null != leftColumn && null != rightColumn)
            {
                // two frame columns (the usual signal condition): read in place, no calls through the tree
                return compare(op, SeriesExpr.read(leftColumn, leftLag, row),
                    SeriesExpr.read(rightColumn, rightLag, row));
            }
            return compare(op, left.at(row), right.at(row));
        }
    }

    /** {@code left op number}. */
    static final class CompareScalar extends MaskExpr
    {
        final int op;
        final SeriesExpr left;
        final double number;
        final DoubleColumn column;
        final int lag;

        CompareScalar(final int op, final SeriesExpr left, final double number)
        {
            this.op = op;
            this.left = left;
            this.number = number;
            this.column = left.column();
            this.lag = left.lag();
        }

        @Override
        boolean at(final int row)
        {
            return compare(op, null != column ? SeriesExpr.read(column, lag, row) : left.at(row), number);
        }
    }

    /**
     * The rows this mask holds on exactly, when known without reading a column (a memoized crossing), else null.
     * Such a term of an {@code and} narrows a selection by merging row lists instead of evaluating rows.
     */
    int[] exactRows()
    {
        return null;
    }

    /**
     * pandas {@code &}. A chain of {@code and}s is evaluated as one {@link ColumnConjunction}: memoized crossings
     * give the rows to start from, comparisons of columns and numbers are tested together per row by one fused
     * loop (a hand-written loop's shape), other terms through their nodes on the rows left.
     */
    static final class And extends MaskExpr
    {
        final MaskExpr left;
        final MaskExpr right;
        private ColumnConjunction conjunction;

        And(final MaskExpr left, final MaskExpr right)
        {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean at(final int row)
        {
            return left.at(row) && right.at(row);
        }

        @Override
        int[] candidates()
        {
            final int[] a = left.candidates();
            final int[] b = right.candidates();
            if (null == a || null == b)
            {
                return null == a ? b : a;
            }
            return a.length <= b.length ? a : b;
        }

        @Override
        int select(final int[] selection, final int rows)
        {
            return conjunction().select(selection, rows);
        }

        @Override
        int filter(final int[] selection, final int count)
        {
            return conjunction().filter(selection, count);
        }

        private ColumnConjunction conjunction()
        {
            if (null == conjunction)
            {
                final java.util.List<MaskExpr> flat = new java.util.ArrayList<>();
                flatten(this, flat);
                conjunction = ColumnConjunction.of(flat);
            }
            return conjunction;
        }

        private static void flatten(final MaskExpr expr, final java.util.List<MaskExpr> out)
        {
            if (expr instanceof And)
            {
                flatten(((And)expr).left, out);
                flatten(((And)expr).right, out);
            }
            else
            {
                out.add(expr);
            }
        }
    }

    /** pandas {@code |}. */
    static final class Or extends MaskExpr
    {
        final MaskExpr left;
        final MaskExpr right;

        Or(final MaskExpr left, final MaskExpr right)
        {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean at(final int row)
        {
            return left.at(row) || right.at(row);
        }

        @Override
        int[] candidates()
        {
            final int[] a = left.candidates();
            final int[] b = right.candidates();
            return null == a || null == b ? null : union(a, b);
        }

        private static int[] union(final int[] a, final int[] b)
        {
            final int[] rows = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length || j < b.length)
            {
                final int next;
                if (j == b.length || (i < a.length && a[i] < b[j]))
                {
                    next = a[i++];
                }
                else if (i == a.length || b[j] < a[i])
                {
                    next = b[j++];
                }
                else
                {
                    next = a[i++];
                    j++;
                }
                rows[n++] = next;
            }
            return java.util.Arrays.copyOf(rows, n);
        }
    }

    /** pandas {@code ~}. */
    static final class Not extends MaskExpr
    {
        final MaskExpr child;

        Not(final MaskExpr child)
        {
            this.child = child;
        }

        @Override
        boolean at(final int row)
        {
            return !child.at(row);
        }
    }
}
