package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperjet.common.frame.PairFrame;

final class FrameAssert
{
    private FrameAssert()
    {
    }

    static void assertSameCandles(final PairFrame expected, final PairFrame actual)
    {
        assertEquals(expected.rows(), actual.rows(), "rows");
        assertArrayEquals(expected.date().toArray(), actual.date().toArray(), "date");
        assertArrayEquals(expected.open().toArray(), actual.open().toArray(), "open");
        assertArrayEquals(expected.high().toArray(), actual.high().toArray(), "high");
        assertArrayEquals(expected.low().toArray(), actual.low().toArray(), "low");
        assertArrayEquals(expected.close().toArray(), actual.close().toArray(), "close");
        assertArrayEquals(expected.volume().toArray(), actual.volume().toArray(), "volume");
    }

    /**
     * Same dates exactly, values within 2 ulps: Freqtrade's feather files were written from floats pandas parsed
     * with its own fast parser, which is sometimes one ulp off the correctly rounded value the json text gives.
     */
    static void assertSameCandlesWithinUlps(final PairFrame expected, final PairFrame actual)
    {
        assertEquals(expected.rows(), actual.rows(), "rows");
        assertArrayEquals(expected.date().toArray(), actual.date().toArray(), "date");
        for (final String name : new String[]{"open", "high", "low", "close", "volume"})
        {
            final double[] e = expected.column(name).toArray();
            final double[] a = actual.column(name).toArray();
            for (int i = 0; i < e.length; i++)
            {
                assertEquals(e[i], a[i], 2 * Math.ulp(e[i]), name + " row " + i);
            }
        }
    }

    static void assertSameColumns(final PairFrame expected, final PairFrame actual)
    {
        assertSameCandles(expected, actual);
        assertEquals(expected.columns().keySet(), actual.columns().keySet(), "column names");
        for (final String name : expected.columns().keySet())
        {
            assertArrayEquals(expected.column(name).toArray(), actual.column(name).toArray(), name);
        }
    }
}
