package io.hyperjet.worker.cache;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.hyperjet.worker.signal.Signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedCodesTest
{
    private static final double[] DENSITIES = {0.0, 0.001, 0.01, 0.1, 0.3, 0.5, 1.0};

    @Test
    void shouldRestoreEveryCodeOverRandomColumns()
    {
        final SplittableRandom rnd = new SplittableRandom(12);
        for (int c = 0; c < 3_000; c++)
        {
            final int length = c % 10 == 0 ? rnd.nextInt(20_000) : rnd.nextInt(70);
            final double density = DENSITIES[rnd.nextInt(DENSITIES.length)];
            final boolean others = rnd.nextBoolean();
            final byte[] column = new byte[length];
            for (int r = 0; r < length; r++)
            {
                if (rnd.nextDouble() < density)
                {
                    column[r] = others && rnd.nextBoolean() ? Signals.OTHER : Signals.ONE;
                }
            }
            final PackedCodes packed = PackedCodes.of(column);
            final byte[] target = new byte[length];
            Arrays.fill(target, Signals.OTHER);
            packed.copyTo(target);
            assertArrayEquals(column, target, "case " + c + " length " + length + " density " + density);
            packed.copyTo(target);
            assertArrayEquals(column, target, "case " + c + " again");
        }
    }

    @Test
    void shouldRestoreSetRowsAtBothEndsAndWordEdges()
    {
        for (int length = 1; length <= 40; length++)
        {
            for (final int row : new int[]{0, 7, 8, 15, 16, length - 1})
            {
                if (row < 0 || row >= length)
                {
                    continue;
                }
                final byte[] column = new byte[length];
                column[row] = Signals.OTHER;
                final byte[] target = new byte[length];
                Arrays.fill(target, Signals.ONE);
                PackedCodes.of(column).copyTo(target);
                assertArrayEquals(column, target, "length " + length + " row " + row);
            }
        }
    }

    @Test
    void shouldWeighASparseColumnByItsSetRows()
    {
        final byte[] column = new byte[100_000];
        for (int r = 5; r < column.length; r += 1_000)
        {
            column[r] = Signals.ONE;
        }
        final long sparse = PackedCodes.of(column).bytes();
        assertTrue(sparse < 1_000, "sparse " + sparse);
        Arrays.fill(column, Signals.ONE);
        final long dense = PackedCodes.of(column).bytes();
        assertTrue(dense >= column.length && dense < column.length + 100, "dense " + dense);
    }
}
