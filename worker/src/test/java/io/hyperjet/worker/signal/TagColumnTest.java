package io.hyperjet.worker.signal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link TagColumn} against a plain row-length {@code String[]} model: random masks written over random epochs
 * (clears between them), null tags, a null default, per-row copies, and more distinct strings than the table keeps
 * across a clear.
 */
class TagColumnTest
{
    private static final int ROWS = 700;
    private static final String[] TAGS = {"", "a", "rsi_low", "b b", null};

    @Test
    void shouldReadWhatRandomMasksWroteEpochAfterEpoch()
    {
        final SplittableRandom rnd = new SplittableRandom(16);
        final TagColumn column = new TagColumn(ROWS);
        for (int epoch = 0; epoch < 300; epoch++)
        {
            column.clear();
            final String[] model = new String[ROWS];
            Arrays.fill(model, "");
            if (rnd.nextInt(8) == 0)
            {
                column.defaultTag(null);
                Arrays.fill(model, null);
            }
            final int writes = rnd.nextInt(4);
            for (int w = 0; w < writes; w++)
            {
                final String tag = pickTag(rnd, epoch);
                final int[] selection = new int[ROWS];
                int count = 0;
                final double density = rnd.nextDouble() * rnd.nextDouble();
                for (int r = 0; r < ROWS; r++)
                {
                    if (rnd.nextDouble() < density)
                    {
                        selection[count++] = r;
                        model[r] = tag;
                    }
                }
                column.set(selection, count, tag);
            }
            if (rnd.nextInt(4) == 0)
            {
                final int row = rnd.nextInt(ROWS);
                final String tag = pickTag(rnd, epoch);
                column.set(row, tag);
                model[row] = tag;
            }
            assertRows(model, column, "epoch " + epoch);
        }
    }

    @Test
    void shouldKeepReadingRightAfterTheTableIsDropped()
    {
        final TagColumn column = new TagColumn(ROWS);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            column.clear();
            final String[] model = new String[ROWS];
            Arrays.fill(model, "");
            for (int i = 0; i < 2 * TagColumn.TABLE_RESET_SIZE; i++)
            {
                final int row = (i * 7 + epoch) % ROWS;
                // half the strings recur in every epoch, so they are looked up again after the drop
                final String tag = i % 2 == 0 ? "t" + i : "t" + epoch + "_" + i;
                column.set(row, tag);
                model[row] = tag;
            }
            assertRows(model, column, "epoch " + epoch);
        }
    }

    @Test
    void shouldCopyRowArraysKeepingNullsAndSkippingEmptyRows()
    {
        final TagColumn column = new TagColumn(4);
        column.set(2, "stale");
        column.copyFrom(new String[]{"x", null, "", "x"});
        assertArrayEquals(new String[]{"x", null, "", "x"}, column.toArray());
        assertEquals(3, column.written());
        column.copyFrom(new String[]{"", "", "", ""});
        assertNull(column.toArray(), "every row \"\"");
        assertEquals(0, column.written());
        column.copyFrom(null);
        assertSame("", column.tag(3));
    }

    private static String pickTag(final SplittableRandom rnd, final int epoch)
    {
        // fresh instances too, so equal strings must share a code without being the same object
        return rnd.nextInt(5) == 0 ? "fresh" + (epoch % 3) : TAGS[rnd.nextInt(TAGS.length)];
    }

    private static void assertRows(final String[] model, final TagColumn column, final String where)
    {
        for (int r = 0; r < ROWS; r++)
        {
            assertEquals(model[r], column.tag(r), where + " row " + r);
        }
        final boolean allEmpty = Arrays.stream(model).allMatch(""::equals);
        assertArrayEquals(allEmpty ? null : model, column.toArray(), where);
    }
}
