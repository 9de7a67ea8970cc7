package io.hyperjet.worker.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

import io.hyperjet.common.frame.DoubleColumn;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@link CrossingCache}'s rows, scanned or found through a {@link LevelIndex}, are exactly those of a scan of
 * every row: on heap arrays and off-heap (shared-memory-like) columns holding NaN, infinities, signed zeros and
 * values equal to the level.
 */
class CrossingCacheTest
{
    private static final double[] SPECIAL = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 25.0, 50.0};

    @Test
    void indexedCrossingsAreTheScansOnRandomColumns()
    {
        final SplittableRandom random = new SplittableRandom(12);
        int crossings = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            final int rows = random.nextInt(0, 400);
            final double[] values = column(random, rows, 5, 5.0);
            final SeriesExpr[] leaves = {new SeriesExpr.Values(values), new SeriesExpr.Column(offHeap(values))};
            for (final SeriesExpr leaf : leaves)
            {
                final LevelIndex index = LevelIndex.of(leaf, rows, Integer.MAX_VALUE);
                assertNotNull(index);
                final CrossingCache cache = new CrossingCache();
                for (int k = 0; k < 40; k++)
                {
                    final double level = level(random);
                    final boolean above = random.nextBoolean();
                    final int[] expected = CrossingCache.scan(leaf, level, above, rows);
                    crossings += expected.length;
                    final String what = "trial " + trial + " level " + level + " above " + above;
                    assertArrayEquals(expected, index.crossings(leaf, level, above), what);
                    assertArrayEquals(expected, cache.rows(leaf, level, above, rows), what);
                }
            }
        }
        assertTrue(crossings > 5000, "the random columns cross their levels often: " + crossings);
    }

    @Test
    void oneCacheOverMoreColumnsThanItIndexesGivesTheScans()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final int rows = 5000;
        final CrossingCache cache = new CrossingCache();
        final SeriesExpr[] leaves = new SeriesExpr[40];
        for (int c = 0; c < leaves.length; c++)
        {
            leaves[c] = new SeriesExpr.Values(column(random, rows, 500, 1.0));
            assertNotNull(LevelIndex.of(leaves[c], rows, 4 * rows), "a column the cache indexes");
        }
        for (int round = 0; round < 8; round++)
        {
            for (final SeriesExpr leaf : leaves)
            {
                final double level = level(random);
                final boolean above = random.nextBoolean();
                assertArrayEquals(CrossingCache.scan(leaf, level, above, rows), cache.rows(leaf, level, above, rows));
            }
        }
    }

    @Test
    void columnsSwingingAcrossTheirRangeAreScannedNotIndexed()
    {
        final double[] values = new double[1000];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = (i & 1) * 100.0;
        }
        final SeriesExpr leaf = new SeriesExpr.Values(values);
        assertTrue(null == LevelIndex.of(leaf, values.length, 4 * values.length));
        final CrossingCache cache = new CrossingCache();
        for (int level = 0; level < 10; level++)
        {
            assertArrayEquals(CrossingCache.scan(leaf, level * 10.0, true, values.length),
                cache.rows(leaf, level * 10.0, true, values.length));
        }
    }

    private static double[] column(
        final SplittableRandom random, final int rows, final int specialOneIn, final double step)
    {
        final double[] values = new double[rows];
        double v = 50.0;
        for (int i = 0; i < rows; i++)
        {
            if (random.nextInt(specialOneIn) == 0)
            {
                values[i] = SPECIAL[random.nextInt(SPECIAL.length)];
            }
            else
            {
                v = Math.max(0.0, Math.min(100.0, v + random.nextInt(-2, 3) * step)); // lands on levels often
                values[i] = v;
            }
        }
        return values;
    }

    private static double level(final SplittableRandom random)
    {
        return random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextInt(-2, 23) * 5.0;
    }

    private static DoubleColumn offHeap(final double[] values)
    {
        final ByteBuffer bytes = ByteBuffer.allocateDirect(Math.max(1, values.length) * Double.BYTES)
            .order(ByteOrder.LITTLE_ENDIAN);
        for (final double value : values)
        {
            bytes.putDouble(value);
        }
        return new DoubleColumn().wrap(new UnsafeBuffer(bytes), 0, values.length);
    }
}
