package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;

class SyntheticCandlesTest
{
    @TempDir
    Path dir;

    @Test
    void shouldNameRealPairsFirstThenSyntheticOnes()
    {
        assertEquals("BTC/USDT", SyntheticCandles.pairName(0, "USDT"));
        assertEquals("ETH/USDT", SyntheticCandles.pairName(1, "USDT"));
        assertEquals("SYN021/BTC", SyntheticCandles.pairName(20, "BTC"));
    }

    @Test
    void shouldProduceValidOhlc()
    {
        final PairFrame f = SyntheticCandles.generate("BTC/USDT", 0, 42, TestFrames.START_MS, "5m", 20_000);
        for (int i = 0; i < f.rows(); i++)
        {
            final double o = f.open().get(i);
            final double c = f.close().get(i);
            assertTrue(f.low().get(i) <= Math.min(o, c) && Math.max(o, c) <= f.high().get(i), "row " + i);
            assertTrue(f.volume().get(i) > 0 && f.low().get(i) > 0, "row " + i);
        }
        assertEquals(TestFrames.START_MS + 19_999 * TestFrames.TF_5M_MS, f.date().get(19_999));
    }

    @Test
    void shouldClusterVolatility()
    {
        final PairFrame f = SyntheticCandles.generate("X/USDT", 3, 7, TestFrames.START_MS, "5m", 50_000);
        final double[] absReturn = new double[f.rows() - 1];
        for (int i = 1; i < f.rows(); i++)
        {
            absReturn[i - 1] = Math.abs(Math.log(f.close().get(i) / f.close().get(i - 1)));
        }
        // GARCH: absolute returns are positively autocorrelated; an i.i.d. walk would give about 0.
        assertTrue(autocorrelation(absReturn) > 0.05, "lag-1 autocorrelation of |r|");
    }

    private static double autocorrelation(final double[] x)
    {
        double mean = 0;
        for (final double v : x)
        {
            mean += v;
        }
        mean /= x.length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++)
        {
            den += (x[i] - mean) * (x[i] - mean);
            if (i > 0)
            {
                num += (x[i] - mean) * (x[i - 1] - mean);
            }
        }
        return num / den;
    }

    @Test
    void shouldGiveSameBytesForSameSeed() throws IOException
    {
        for (final DataFormat format : DataFormat.values())
        {
            final Path a = dir.resolve("a." + format.extension());
            final Path b = dir.resolve("b." + format.extension());
            CandleFiles.write(a, format, SyntheticCandles.generate("ETH/USDT", 1, 5, TestFrames.START_MS, "1h", 500));
            CandleFiles.write(b, format, SyntheticCandles.generate("ETH/USDT", 1, 5, TestFrames.START_MS, "1h", 500));
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format.formatName());
        }
    }

    @Test
    void shouldDifferForDifferentSeedOrPair()
    {
        final double[] base = SyntheticCandles.generate("A", 5, 1, 0, "5m", 100).close().toArray();
        final double[] otherSeed = SyntheticCandles.generate("A", 5, 2, 0, "5m", 100).close().toArray();
        final double[] otherPair = SyntheticCandles.generate("A", 6, 1, 0, "5m", 100).close().toArray();
        assertFalse(java.util.Arrays.equals(base, otherSeed));
        assertFalse(java.util.Arrays.equals(base, otherPair));
    }
}
