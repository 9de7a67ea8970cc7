package io.hyperjet.worker.cache;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.hyperjet.worker.signal.Signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signals reused across epochs the way the engine reuses them: restored from cached copies, cleared and rewritten by
 * phases, stored. The declared set rows make clears sparse, so every step is checked against the codes a fresh
 * buffer would hold, and every declaration against the rows actually set.
 */
class DeclaredSetRowsTest
{
    private static final double[] DENSITIES = {0.0, 0.001, 0.01, 0.1, 0.3, 1.0};

    @Test
    void shouldHoldExactlyTheLastWrittenCodesThroughRandomSequences()
    {
        final SplittableRandom rnd = new SplittableRandom(21);
        for (int sequence = 0; sequence < 200; sequence++)
        {
            final int length = sequence % 4 == 0 ? rnd.nextInt(1, 20_000) : rnd.nextInt(1, 90);
            final Signals signals = new Signals(length);
            final byte[][] expected = new byte[Signals.COLUMNS][length];
            final PackedCodes[] stored = new PackedCodes[Signals.COLUMNS];
            for (int step = 0; step < 60; step++)
            {
                final int column = rnd.nextInt(Signals.COLUMNS);
                switch (rnd.nextInt(4))
                {
                    case 0: // a phase: clear, then write codes straight into the array
                        final byte[] codes = signals.zeroed(column);
                        Arrays.fill(expected[column], Signals.UNSET);
                        writeRandom(rnd, codes, expected[column]);
                        assertNull(signals.setRows(column));
                        break;
                    case 1:
                        stored[column] = PackedCodes.of(signals, column);
                        break;
                    case 2:
                        if (null != stored[column])
                        {
                            stored[column].copyTo(signals, column);
                            stored[column].copyTo(expected[column]);
                        }
                        break;
                    default:
                        signals.clear();
                        for (final byte[] e : expected)
                        {
                            Arrays.fill(e, Signals.UNSET);
                        }
                        break;
                }
                for (int c = 0; c < Signals.COLUMNS; c++)
                {
                    final String where = "sequence " + sequence + " step " + step + " column " + c;
                    assertArrayEquals(expected[c], signals.codes(c), where);
                    final int[] declared = signals.setRows(c);
                    if (null != declared)
                    {
                        assertDeclares(expected[c], declared, where);
                    }
                }
            }
        }
    }

    private static void writeRandom(final SplittableRandom rnd, final byte[] codes, final byte[] expected)
    {
        final double density = DENSITIES[rnd.nextInt(DENSITIES.length)];
        for (int r = 0; r < codes.length; r++)
        {
            if (rnd.nextDouble() < density)
            {
                final byte code = rnd.nextBoolean() ? Signals.ONE : Signals.OTHER;
                codes[r] = code;
                expected[r] = code;
            }
        }
    }

    /** The declared rows are increasing, each set, and as many as the set rows. */
    private static void assertDeclares(final byte[] codes, final int[] declared, final String where)
    {
        long set = 0;
        for (final byte code : codes)
        {
            set += code != Signals.UNSET ? 1 : 0;
        }
        assertEquals(set, declared.length, where + " declared count");
        for (int i = 0; i < declared.length; i++)
        {
            assertTrue(codes[declared[i]] != Signals.UNSET && (i == 0 || declared[i] > declared[i - 1]),
                where + " declared row " + declared[i]);
        }
    }
}
