package io.hyperjet.worker.frame;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.array.ArrayOps;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ColumnConjunction}'s specialised paths against the nodes' own row-at-a-time evaluation
 * ({@link MaskExpr#at}), on random conjunctions of every term shape: column against column and against a number
 * with every operator, shifts both ways (nested too), crossings of columns and of levels (memoized, scanned and
 * tested), computed and negated terms, over columns with NaN runs and repeated values, on the sparse
 * (memoized crossings) and dense contexts, selected from every row and filtered from a given selection.
 */
class ColumnConjunctionTest
{
    private static final int ROWS = 700;
    private static final String[] NAMES = {"a", "b", "c", "volume"};
    private static final double[] LEVELS = {-1.0, 0.0, 0.5, 2.0, Double.NaN};

    private static PairFrame frame(final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : new String[]{"open", "high", "low", "close", "volume", "a", "b", "c"})
        {
            final double[] v = new double[ROWS];
            for (int i = 0; i < ROWS; i++)
            {
                // few distinct values so equality and crossings happen often; NaN runs at the head and inside
                v[i] = i < 3 || random.nextInt(40) == 0 ? Double.NaN : random.nextInt(7) * 0.5 - 1.0;
            }
            values.put(name, v);
        }
        final long[] date = new long[ROWS];
        for (int i = 0; i < ROWS; i++)
        {
            date[i] = i * 300_000L;
        }
        return PairFrame.ofArrays("A/B", "5m", date, values);
    }

    private static Series series(final DataFrame df, final SplittableRandom random)
    {
        Series s = df.get(NAMES[random.nextInt(NAMES.length)]);
        switch (random.nextInt(6))
        {
            case 0:
                s = s.shift(random.nextInt(4));
                break;
            case 1:
                s = s.shift(-1 - random.nextInt(2));
                break;
            case 2:
                s = s.shift(random.nextInt(3) - 1).shift(random.nextInt(3) - 1); // nested, either direction
                break;
            case 3:
                s = s.add(df.get("c")); // computed: tested through its node
                break;
            default:
                break;
        }
        return s;
    }

    private static Mask term(final DataFrame df, final FrameContext context, final SplittableRandom random)
    {
        final Series left = series(df, random);
        final double level = LEVELS[random.nextInt(LEVELS.length)];
        switch (random.nextInt(10))
        {
            case 0:
                return left.crossedAbove(level);
            case 1:
                return left.crossedBelow(level);
            case 2:
                return left.crossedAbove(series(df, random));
            case 3:
                return left.crossedBelow(series(df, random));
            case 4:
                return left.gt(level).not();
            case 5:
            case 6:
                return compare(left, random.nextInt(6), level);
            default:
                return compare(left, random.nextInt(6), series(df, random));
        }
    }

    private static Mask compare(final Series left, final int op, final double number)
    {
        switch (op)
        {
            case MaskExpr.GT:
                return left.gt(number);
            case MaskExpr.GE:
                return left.ge(number);
            case MaskExpr.LT:
                return left.lt(number);
            case MaskExpr.LE:
                return left.le(number);
            case MaskExpr.EQ:
                return left.eq(number);
            default:
                return left.ne(number);
        }
    }

    private static Mask compare(final Series left, final int op, final Series right)
    {
        switch (op)
        {
            case MaskExpr.GT:
                return left.gt(right);
            case MaskExpr.GE:
                return left.ge(right);
            case MaskExpr.LT:
                return left.lt(right);
            case MaskExpr.LE:
                return left.le(right);
            case MaskExpr.EQ:
                return left.eq(right);
            default:
                return left.ne(right);
        }
    }

    @Test
    void shouldSelectTheRowsEveryTermHoldsOnForRandomConjunctions()
    {
        int selected = 0;
        for (int seed = 0; seed < 400; seed++)
        {
            final PairFrame frame = frame(seed % 20);
            final FrameContext context = new FrameContext(new CrossingCache());
            context.ops(seed % 2 == 0 ? ArrayOps.optimized() : ArrayOps.reference());
            final DataFrame df = DataFrame.forSignals(context, frame, new Signals(ROWS));
            final SplittableRandom random = new SplittableRandom(seed);
            Mask mask = term(df, context, random);
            for (int t = 1 + random.nextInt(7); t > 0; t--)
            {
                mask = mask.and(term(df, context, random));
            }
            final MaskExpr expr = mask.expr(ROWS);
            final int[] expected = expected(expr);
            final int[] selection = new int[ROWS];
            final int count = mask.select(selection);
            assertArrayEquals(expected, java.util.Arrays.copyOf(selection, count), "seed " + seed);
            selected += count;

            // filtering a given selection (the and nested under an or): every other row
            int n = 0;
            for (int i = 0; i < ROWS; i += 2)
            {
                selection[n++] = i;
            }
            final int kept = expr.filter(selection, n);
            assertArrayEquals(everyOther(expected), java.util.Arrays.copyOf(selection, kept), "seed " + seed);
        }
        assertTrue(selected > 2_000, "selected " + selected);
    }

    @Test
    void shouldKeepOppositeShiftsNanAtTheEnds()
    {
        final PairFrame frame = frame(3);
        final DataFrame df = DataFrame.forSignals(new FrameContext(new CrossingCache()), frame, new Signals(ROWS));
        final Series back = df.get("a").shift(1).shift(-1); // pandas: NaN on the last row, not column a's value
        final double[] values = back.values();
        final Mask mask = back.ge(-10.0).and(df.get("b").shift(2).shift(1).ge(-10.0));
        final int[] selection = new int[ROWS];
        final int count = mask.select(selection);
        int expected = 0;
        for (int i = 0; i < ROWS; i++)
        {
            expected += values[i] >= -10.0 && i >= 3 && frame.column("b").get(i - 3) >= -10.0 ? 1 : 0;
        }
        assertTrue(Double.isNaN(values[ROWS - 1]));
        assertTrue(count > ROWS / 2, "count " + count);
        assertArrayEquals(new int[]{expected}, new int[]{count});
        assertTrue(selection[count - 1] < ROWS - 1);
    }

    private static int[] expected(final MaskExpr expr)
    {
        final int[] rows = new int[ROWS];
        int n = 0;
        for (int i = 0; i < ROWS; i++)
        {
            if (expr.at(i))
            {
                rows[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }

    private static int[] everyOther(final int[] rows)
    {
        return java.util.Arrays.stream(rows).filter(r -> r % 2 == 0).toArray();
    }
}
