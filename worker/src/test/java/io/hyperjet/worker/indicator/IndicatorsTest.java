package io.hyperjet.worker.indicator;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorsTest
{
    private static final double NAN = Double.NaN;

    private final Indicators ta = new Indicators();

    private static int firstValue(final double[] column)
    {
        for (int i = 0; i < column.length; i++)
        {
            if (!Double.isNaN(column[i]))
            {
                return i;
            }
        }
        return column.length;
    }

    private static double[][] randomCandles(final int n)
    {
        final SplittableRandom random = new SplittableRandom(3);
        final double[][] hlcv = new double[4][n];
        double price = 100.0;
        for (int i = 0; i < n; i++)
        {
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.02;
            hlcv[0][i] = price * (1.0 + random.nextDouble() * 0.01);
            hlcv[1][i] = price * (1.0 - random.nextDouble() * 0.01);
            hlcv[2][i] = price;
            hlcv[3][i] = 1.0 + random.nextDouble() * 10.0;
        }
        return hlcv;
    }

    @Test
    void shouldComputeSmaWithNanLookback()
    {
        assertArrayEquals(new double[]{NAN, NAN, 2, 3, 4}, ta.sma(new double[]{1, 2, 3, 4, 5}, 3));
    }

    @Test
    void shouldSeedEmaWithSma()
    {
        // alpha = 2 / (3 + 1) = 0.5: 2, then 0.5 * 4 + 0.5 * 2 = 3, then 4.
        assertArrayEquals(new double[]{NAN, NAN, 2, 3, 4}, ta.ema(new double[]{1, 2, 3, 4, 5}, 3));
    }

    @Test
    void shouldComputeWilderRsi()
    {
        // Gains 1, 1 then loss 1: first average gain 1, loss 0 -> 100; then gain (1 + 0) / 2, loss (0 + 1) / 2 -> 50.
        assertArrayEquals(new double[]{NAN, NAN, 100, 50}, ta.rsi(new double[]{1, 2, 3, 2}, 2));
    }

    @Test
    void shouldComputeBollingerBandsWithPopulationDeviation()
    {
        final Indicators.Bands bands = ta.bbands(new double[]{1, 2, 3}, 3, 2.0, 2.0);
        final double dev = Math.sqrt(2.0 / 3.0);
        assertEquals(2.0, bands.middle()[2], 1e-12);
        assertEquals(2.0 + 2.0 * dev, bands.upper()[2], 1e-12);
        assertEquals(2.0 - 2.0 * dev, bands.lower()[2], 1e-12);
        assertTrue(Double.isNaN(bands.upper()[1]));
    }

    @Test
    void shouldStartEachIndicatorAtItsTalibLookback()
    {
        final double[][] c = randomCandles(300);
        final double[] h = c[0];
        final double[] l = c[1];
        final double[] cl = c[2];
        final double[] v = c[3];
        assertEquals(14, firstValue(ta.rsi(cl, 14)));
        assertEquals(29, firstValue(ta.sma(cl, 30)));
        assertEquals(29, firstValue(ta.ema(cl, 30)));
        assertEquals(87, firstValue(ta.tema(cl, 30)));
        assertEquals(19, firstValue(ta.bbands(cl, 20, 2, 2).lower()));
        final Indicators.Macd macd = ta.macd(cl, 12, 26, 9);
        assertEquals(33, firstValue(macd.macd()));
        assertEquals(33, firstValue(macd.hist()));
        assertEquals(14, firstValue(ta.atr(h, l, cl, 14)));
        assertEquals(27, firstValue(ta.adx(h, l, cl, 14)));
        assertEquals(14, firstValue(ta.plusDi(h, l, cl, 14)));
        assertEquals(14, firstValue(ta.minusDi(h, l, cl, 14)));
        assertEquals(8, firstValue(ta.stoch(h, l, cl, 5, 3, 3).d()));
        assertEquals(6, firstValue(ta.stochf(h, l, cl, 5, 3).k()));
        assertEquals(14, firstValue(ta.mfi(h, l, cl, v, 14)));
        assertEquals(13, firstValue(ta.cci(h, l, cl, 14)));
        assertEquals(1, firstValue(ta.sar(h, l, 0.02, 0.2)));
    }

    @Test
    void shouldSkipLeadingNanInputsLikePythonTalib()
    {
        final double[][] c = randomCandles(200);
        final double[] temaOfRsi = ta.tema(ta.rsi(c[2], 14), 9);
        assertEquals(14 + 24, firstValue(temaOfRsi));
        assertFalse(Double.isNaN(temaOfRsi[199]));
    }

    @Test
    void shouldReturnAllNanWhenTooShort()
    {
        assertArrayEquals(new double[]{NAN, NAN}, ta.rsi(new double[]{1, 2}, 14));
        assertArrayEquals(new double[0], ta.sma(new double[0], 3));
    }
}
