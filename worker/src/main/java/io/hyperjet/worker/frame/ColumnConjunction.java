package io.hyperjet.worker.frame;

import java.util.List;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * The terms of an {@code and}, as flat arrays: each comparison of frame columns (or of a column and a number) is
 * an operation code, its columns and lags, tested by a monomorphic loop that reads the columns in place, instead
 * of a virtual call per term and per operand. Terms of any other shape are tested through their nodes.
 * <p>
 * Built per {@code and} per evaluation (a few small arrays per epoch); not threadsafe.
 */
final class ColumnConjunction
{
    private static final int BLOCK = 64;

    private final int[] ops;
    private final DoubleColumn[] lefts;
    private final int[] leftLags;
    private final DoubleColumn[] rights;
    private final int[] rightLags;
    private final double[] numbers;
    private final MaskExpr[] others;

    private ColumnConjunction(final int terms)
    {
        ops = new int[terms];
        lefts = new DoubleColumn[terms];
        leftLags = new int[terms];
        rights = new DoubleColumn[terms];
        rightLags = new int[terms];
        numbers = new double[terms];
        others = new MaskExpr[terms];
    }

    /**
     * The terms, in the order written (the first ones narrow the most rows, as in a hand-written loop), flat where
     * they are column comparisons.
     */
    static ColumnConjunction of(final List<MaskExpr> terms)
    {
        final ColumnConjunction c = new ColumnConjunction(terms.size());
        for (int t = 0; t < terms.size(); t++)
        {
            final MaskExpr term = terms.get(t);
            if (term instanceof MaskExpr.Compare && null != ((MaskExpr.Compare)term).leftColumn &&
                null != ((MaskExpr.Compare)term).rightColumn)
            {
                final MaskExpr.Compare compare = (MaskExpr.Compare)term;
                c.ops[t] = compare.op;
                c.lefts[t] = compare.leftColumn;
                c.leftLags[t] = compare.leftLag;
                c.rights[t] = compare.rightColumn;
                c.rightLags[t] = compare.rightLag;
            }
            else if (term instanceof MaskExpr.CompareScalar && null != ((MaskExpr.CompareScalar)term).column)
            {
                final MaskExpr.CompareScalar compare = (MaskExpr.CompareScalar)term;
                c.ops[t] = compare.op;
                c.lefts[t] = compare.column;
                c.leftLags[t] = compare.lag;
                c.numbers[t] = compare.number;
            }
            else
            {
                c.others[t] = term;
            }
        }
        return c;
    }

    /**
     * Keeps the selected rows where every term holds, in order, at the front of {@code selection}.
     * <p>
     * Rows go through in blocks of {@link #BLOCK}: each term narrows the block in a loop of its own (its columns'
     * buffers loaded once, outside the loop), and the block's rows stay in the L1 cache from one term to the next,
     * so the scattered rows of a sparse selection are fetched from memory once, as by a hand-written loop.
     *
     * @param selection rows, ascending.
     * @param count     how many are selected.
     * @return how many remain.
     */
    int filter(final int[] selection, final int count)
    {
        int kept = 0;
        for (int start = 0; start < count; start += BLOCK)
        {
            int n = Math.min(BLOCK, count - start);
            System.arraycopy(selection, start, selection, kept, n);
            for (int t = 0; t < ops.length && n > 0; t++)
            {
                if (null != others[t])
                {
                    n = filterOther(others[t], selection, kept, n);
                }
                else if (null == rights[t])
                {
                    n = filterScalar(ops[t], lefts[t], leftLags[t], numbers[t], selection, kept, n);
                }
                else
                {
                    n = filterColumns(ops[t], lefts[t], leftLags[t], rights[t], rightLags[t], selection, kept, n);
                }
            }
            kept += n;
        }
        return kept;
    }

    private static int filterColumns(final int op, final DoubleColumn left, final int leftLag,
        final DoubleColumn right, final int rightLag, final int[] selection, final int from, final int n)
    {
        int kept = from;
        for (int k = from, end = from + n; k < end; k++)
        {
            final int row = selection[k];
            if (MaskExpr.compare(op, SeriesExpr.read(left, leftLag, row), SeriesExpr.read(right, rightLag, row)))
            {
                selection[kept++] = row;
            }
        }
        return kept - from;
    }

    private static int filterScalar(final int op, final DoubleColumn left, final int leftLag, final double number,
        final int[] selection, final int from, final int n)
    {
        int kept = from;
        for (int k = from, end = from + n; k < end; k++)
        {
            final int row = selection[k];
            if (MaskExpr.compare(op, SeriesExpr.read(left, leftLag, row), number))
            {
                selection[kept++] = row;
            }
        }
        return kept - from;
    }

    private static int filterOther(final MaskExpr term, final int[] selection, final int from, final int n)
    {
        int kept = from;
        for (int k = from, end = from + n; k < end; k++)
        {
            final int row = selection[k];
            if (term.at(row))
            {
                selection[kept++] = row;
            }
        }
        return kept - from;
    }
}
