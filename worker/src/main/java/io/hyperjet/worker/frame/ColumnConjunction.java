package io.hyperjet.worker.frame;

import java.util.Arrays;
import java.util.List;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * The terms of an {@code and}, compiled once per evaluation into the shapes a hand-written loop tests:
 * <ul>
 * <li>memoized crossings (exact row lists) give the rows to start from, without reading a column; without a memo,
 * the first crossing of a column and a number is found by one scan keeping the previous value;</li>
 * <li>comparisons of frame columns (shifted or not) with columns or numbers, and the other crossings of columns,
 * become flat tests {@code sign * x < y} / {@code <= y} ({@code a > b} is {@code b < a}, {@code a == b} is
 * {@code a <= b} and {@code b <= a}, {@code number < x} is {@code -x < -number}, a crossing is its two comparisons),
 * tested up to four per row by one fused loop with the columns in locals: no virtual call, operator switch or
 * bounds check per term per row, and each candidate row's cache lines fetched in one visit;</li>
 * <li>any other term ({@code !=}, computed series, negations, ors) is tested through its node, on the rows left.</li>
 * </ul>
 * The result does not depend on that order: every term is a pure test. NaN compares false, so a shifted read beyond
 * the frame fails its test as in pandas; those few rows at the ends go through bounds-checked reads.
 * <p>
 * Measured on SampleStrategy's signal phase (docs/performance.md, issue 16): the fused loop must test each row in
 * one pass with exactly the tests present; padding the loop with repeated tests or a second pass over the rows
 * cost 1.5-2x, as did a null check per read.
 * <p>
 * Built per {@code and} node (a few small arrays per epoch); not threadsafe.
 */
final class ColumnConjunction
{
    private final FusedTests tests = new FusedTests();
    private Cross scanned;
    private int[][] exact = new int[0][];
    private MaskExpr[] others = new MaskExpr[0];
    private int lowestSafeRow;
    private int firstUnsafeRow = Integer.MAX_VALUE;

    private ColumnConjunction()
    {
    }

    /**
     * Compiles the terms of a flattened {@code and}.
     *
     * @param flat the terms, none of them an {@code and}.
     * @return the conjunction.
     */
    static ColumnConjunction of(final List<MaskExpr> flat)
    {
        final ColumnConjunction c = new ColumnConjunction();
        for (final MaskExpr term : flat)
        {
            final int[] rows = term.exactRows();
            if (null != rows)
            {
                c.exact = Arrays.copyOf(c.exact, c.exact.length + 1);
                c.exact[c.exact.length - 1] = rows;
            }
            else if (null == c.scanned && term instanceof Cross && ((Cross)term).scannable())
            {
                c.scanned = (Cross)term;
            }
            else if (!c.addTests(term))
            {
                c.others = append(c.others, term);
            }
        }
        return c;
    }

    /**
     * The rows where every term holds, ascending, at the front of {@code selection}: from the shortest memoized
     * crossing when there is one (the others merged in), else from every row.
     *
     * @param selection scratch of at least {@code rows} entries.
     * @param rows      the number of rows.
     * @return how many rows are selected.
     */
    int select(final int[] selection, final int rows)
    {
        if (0 == exact.length)
        {
            if (null != scanned)
            {
                return filter(selection, scanned.scan(selection, rows), selection);
            }
            for (int i = 0; i < rows; i++)
            {
                selection[i] = i;
            }
            return filter(selection, rows, selection);
        }
        int shortest = 0;
        for (int e = 1; e < exact.length; e++)
        {
            shortest = exact[e].length < exact[shortest].length ? e : shortest;
        }
        int[] src = exact[shortest];
        int n = src.length;
        for (int e = 0; e < exact.length; e++)
        {
            if (e != shortest)
            {
                n = intersect(src, n, exact[e], selection);
                src = selection;
            }
        }
        if (null != scanned)
        {
            if (src != selection)
            {
                System.arraycopy(src, 0, selection, 0, n);
                src = selection;
            }
            n = scanned.filter(selection, n);
        }
        return filter(src, n, selection);
    }

    /**
     * Keeps the selected rows where every term holds, in order, at the front of {@code selection}.
     *
     * @param selection rows, ascending.
     * @param count     how many are selected.
     * @return how many remain.
     */
    int filter(final int[] selection, final int count)
    {
        int n = count;
        for (final int[] rows : exact)
        {
            n = intersect(selection, n, rows, selection);
        }
        if (null != scanned)
        {
            n = scanned.filter(selection, n);
        }
        return filter(selection, n, selection);
    }

    /**
     * Keeps the rows of {@code src} where every term but the memoized crossings holds, in order, at the front of
     * {@code dst} ({@code dst} may be {@code src}).
     *
     * @param src   rows, ascending.
     * @param count how many.
     * @param dst   where the kept rows go, at least {@code count} long.
     * @return how many remain.
     */
    private int filter(final int[] src, final int count, final int[] dst)
    {
        int n;
        if (tests.count > 0)
        {
            // the rows every shifted read stays inside the columns for form one run of the ascending rows: only
            // the few rows before and after it need the bounds-checked reads
            final int safeFrom = lowerBound(src, count, lowestSafeRow);
            final int safeTo = Math.max(safeFrom, lowerBound(src, count, firstUnsafeRow));
            n = filterChecked(src, 0, safeFrom, dst, 0);
            n = tests.filter(src, safeFrom, safeTo, dst, n);
            n = filterChecked(src, safeTo, count, dst, n);
        }
        else
        {
            if (src != dst)
            {
                System.arraycopy(src, 0, dst, 0, count);
            }
            n = count;
        }
        for (final MaskExpr other : others)
        {
            int kept = 0;
            for (int k = 0; k < n; k++)
            {
                final int row = dst[k];
                if (other.at(row))
                {
                    dst[kept++] = row;
                }
            }
            n = kept;
        }
        return n;
    }

    /** Adds the term as tests, or answers false when it has no such form. */
    private boolean addTests(final MaskExpr term)
    {
        if (term instanceof MaskExpr.CompareScalar)
        {
            final MaskExpr.CompareScalar compare = (MaskExpr.CompareScalar)term;
            if (null == compare.column || MaskExpr.NE == compare.op)
            {
                return false;
            }
            addComparison(compare.op, compare.column, compare.lag, 0.0, null, 0, compare.number);
            return true;
        }
        if (term instanceof MaskExpr.Compare)
        {
            final MaskExpr.Compare compare = (MaskExpr.Compare)term;
            if (null == compare.leftColumn || null == compare.rightColumn || MaskExpr.NE == compare.op)
            {
                return false;
            }
            addComparison(compare.op, compare.leftColumn, compare.leftLag, 0.0, compare.rightColumn,
                compare.rightLag, 0.0);
            return true;
        }
        return term instanceof Cross && addCrossing((Cross)term);
    }

    /* crossed_above(a, b) = b < a now and a <= b on the previous row; crossed_below(a, b) = a < b and b <= a. */
    private boolean addCrossing(final Cross cross)
    {
        final DoubleColumn a = cross.left.column();
        final DoubleColumn b = null == cross.right ? null : cross.right.column();
        if (null == a || (null != cross.right && null == b))
        {
            return false;
        }
        final int aLag = cross.left.lag();
        final int bLag = null == b ? 0 : cross.right.lag();
        if (aLag < 0 || bLag < 0)
        {
            return false; // row 0 must fail, and a read one row back stays inside the column only for lags >= 0
        }
        if (cross.above)
        {
            add(b, bLag, cross.level, a, aLag, 0.0, true);
            add(a, aLag + 1, 0.0, b, bLag + 1, cross.level, false);
        }
        else
        {
            add(a, aLag, 0.0, b, bLag, cross.level, true);
            add(b, bLag + 1, cross.level, a, aLag + 1, 0.0, false);
        }
        return true;
    }

    private void addComparison(final int op, final DoubleColumn left, final int leftLag, final double leftNumber,
        final DoubleColumn right, final int rightLag, final double rightNumber)
    {
        switch (op)
        {
            case MaskExpr.GT:
                add(right, rightLag, rightNumber, left, leftLag, leftNumber, true);
                break;
            case MaskExpr.GE:
                add(right, rightLag, rightNumber, left, leftLag, leftNumber, false);
                break;
            case MaskExpr.LT:
                add(left, leftLag, leftNumber, right, rightLag, rightNumber, true);
                break;
            case MaskExpr.LE:
                add(left, leftLag, leftNumber, right, rightLag, rightNumber, false);
                break;
            case MaskExpr.EQ:
                add(left, leftLag, leftNumber, right, rightLag, rightNumber, false);
                add(right, rightLag, rightNumber, left, leftLag, leftNumber, false);
                break;
            default:
                throw new IllegalStateException("no test for comparison " + op);
        }
    }

    /**
     * One test {@code x < y} ({@code strict}) or {@code x <= y}; a null column stands for its number. A test of a
     * column against a number is kept as {@code sign * column < number} (negation is exact and keeps NaN), so
     * every test is column-vs-column or column-vs-number with the number on the right.
     */
    private void add(final DoubleColumn x, final int xLag, final double xNumber, final DoubleColumn y,
        final int yLag, final double yNumber, final boolean strict)
    {
        if (null == x)
        {
            tests.add(y, yLag, -1.0, null, 0, -xNumber, strict);
        }
        else
        {
            tests.add(x, xLag, 1.0, y, yLag, yNumber, strict);
        }
        bound(x, xLag);
        bound(y, yLag);
    }

    private void bound(final DoubleColumn column, final int lag)
    {
        if (null != column)
        {
            lowestSafeRow = Math.max(lowestSafeRow, lag);
            firstUnsafeRow = (int)Math.min(firstUnsafeRow, Math.max(0L, (long)column.rows() + lag));
        }
    }

    private int filterChecked(final int[] src, final int from, final int to, final int[] dst, final int start)
    {
        int kept = start;
        for (int k = from; k < to; k++)
        {
            final int row = src[k];
            if (tests.holdsChecked(row))
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }


    /** The first position in {@code rows[0, count)} (ascending) holding a row at or above {@code row}. */
    private static int lowerBound(final int[] rows, final int count, final int row)
    {
        int lo = 0;
        int hi = count;
        while (lo < hi)
        {
            final int mid = (lo + hi) >>> 1;
            if (rows[mid] < row)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rows of {@code src[0, n)} also in {@code rows}, both ascending, into {@code dst} (may be src). */
    static int intersect(final int[] src, final int n, final int[] rows, final int[] dst)
    {
        int kept = 0;
        int j = 0;
        for (int k = 0; k < n && j < rows.length; k++)
        {
            final int row = src[k];
            while (j < rows.length && rows[j] < row)
            {
                j++;
            }
            if (j < rows.length && rows[j] == row)
            {
                dst[kept++] = row;
            }
        }
        return kept;
    }

    private static MaskExpr[] append(final MaskExpr[] terms, final MaskExpr term)
    {
        final MaskExpr[] more = Arrays.copyOf(terms, terms.length + 1);
        more[terms.length] = term;
        return more;
    }
}
