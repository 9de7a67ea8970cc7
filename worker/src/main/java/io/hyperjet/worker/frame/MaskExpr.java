package io.hyperjet.worker.frame;

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

        Compare(final int op, final SeriesExpr left, final SeriesExpr right)
        {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        boolean at(final int row)
        {
            return compare(op, left.at(row), right.at(row));
        }

        @Override
        int filter(final int[] selection, final int count)
        {
            // the loop is repeated here (not inherited) so the JIT profiles the children of comparisons on their own
            final SeriesExpr l = left;
            final SeriesExpr r = right;
            final int o = op;
            int kept = 0;
            for (int k = 0; k < count; k++)
            {
                final int row = selection[k];
                if (compare(o, l.at(row), r.at(row)))
                {
                    selection[kept++] = row;
                }
            }
            return kept;
        }
    }

    /** {@code left op number}. */
    static final class CompareScalar extends MaskExpr
    {
        final int op;
        final SeriesExpr left;
        final double number;

        CompareScalar(final int op, final SeriesExpr left, final double number)
        {
            this.op = op;
            this.left = left;
            this.number = number;
        }

        @Override
        boolean at(final int row)
        {
            return compare(op, left.at(row), number);
        }

        @Override
        int filter(final int[] selection, final int count)
        {
            // repeated loop: see Compare.filter
            final SeriesExpr l = left;
            final double x = number;
            final int o = op;
            int kept = 0;
            for (int k = 0; k < count; k++)
            {
                final int row = selection[k];
                if (compare(o, l.at(row), x))
                {
                    selection[kept++] = row;
                }
            }
            return kept;
        }
    }

    /** pandas {@code &}: narrows by the left side, then the right. */
    static final class And extends MaskExpr
    {
        final MaskExpr left;
        final MaskExpr right;

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
        int filter(final int[] selection, final int count)
        {
            return right.filter(selection, left.filter(selection, count));
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
