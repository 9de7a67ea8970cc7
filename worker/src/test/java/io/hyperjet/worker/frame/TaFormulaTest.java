package io.hyperjet.worker.frame;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TA-Lib functions through {@link Ta} against values worked out by hand from each function's formula, on inputs
 * small enough to check on paper. Expected values are written as the arithmetic of the formula.
 */
class TaFormulaTest
{
    private static final double NAN = Double.NaN;
    private static final double EPS = 1e-9;

    private final Ta ta = new Ta();

    static DataFrame candles(final double[] open, final double[] high, final double[] low, final double[] close,
        final double[] volume)
    {
        return DataFrame.ofColumns(List.of("open", "high", "low", "close", "volume"), List.of(
            new Series(open), new Series(high), new Series(low), new Series(close), new Series(volume)));
    }

    static DataFrame closes(final double... close)
    {
        final double[] ones = new double[close.length];
        java.util.Arrays.fill(ones, 1.0);
        return candles(close, close, close, close, ones);
    }

    private static void assertValues(final double[] expected, final Series actual)
    {
        assertArrayEquals(expected, actual.values(), EPS);
    }

    @Test
    void shouldComputeMovingAverages()
    {
        final DataFrame df = closes(1, 2, 3, 4, 5);
        assertValues(new double[] {NAN, NAN, 2, 3, 4}, ta.SMA(df, 3));
        // EMA seeds with the SMA of the first period, then alpha = 2 / (3 + 1).
        assertValues(new double[] {NAN, NAN, 2, 2 + 0.5 * (4 - 2), 3 + 0.5 * (5 - 3)}, ta.EMA(df, "timeperiod", 3));
        // WMA weights 1, 2, 3 over 6.
        assertValues(new double[] {NAN, NAN, (1 + 4 + 9) / 6.0, (2 + 6 + 12) / 6.0, (3 + 8 + 15) / 6.0},
            ta.WMA(df, "timeperiod", 3));
        // TRIMA of an odd period 3 is an SMA(2) of SMA(2): weights 1, 2, 1 over 4.
        assertValues(new double[] {NAN, NAN, (1 + 4 + 3) / 4.0, (2 + 6 + 4) / 4.0, (3 + 8 + 5) / 4.0},
            ta.TRIMA(df, 3));
    }

    @Test
    void shouldComputeKamaFromEfficiencyRatio()
    {
        // A straight line has efficiency ratio 1, so the smoothing constant is the fast one squared: (2 / 3)^2.
        // KAMA starts from the previous close.
        final double sc = 4.0 / 9.0;
        final double k2 = 2 + sc * (3 - 2);
        final double k3 = k2 + sc * (4 - k2);
        assertValues(new double[] {NAN, NAN, k2, k3}, ta.KAMA(closes(1, 2, 3, 4), 2));
    }

    @Test
    void shouldFollowMamaAndFamaRecurrencesOnAConstantSeries()
    {
        // MAMA_t = a * price + (1 - a) * MAMA_t-1 with a in [slowlimit, fastlimit]; FAMA_t = a/2 * MAMA_t +
        // (1 - a/2) * FAMA_t-1. On a constant price, a follows from two MAMA rows; FAMA must then fit.
        final double[] close = new double[50];
        java.util.Arrays.fill(close, 7.0);
        final DataFrame mama = ta.MAMA(closes(close), "fastlimit", 0.3, "slowlimit", 0.1);
        final double[] m = mama.get("mama").values();
        final double[] f = mama.get("fama").values();
        for (int i = 0; i < 32; i++)
        {
            assertEquals(NAN, m[i], "TA-Lib's MAMA lookback is 32 candles, row " + i);
        }
        for (int t = 33; t < 45; t++)
        {
            final double a = 1 - (7 - m[t]) / (7 - m[t - 1]);
            assertEquals(0.2, a, 0.1 + 1e-6, "alpha within the limits at row " + t);
            assertEquals(a / 2 * m[t] + (1 - a / 2) * f[t - 1], f[t], 1e-12, "fama row " + t);
        }
    }

    @Test
    void shouldComputeMacdWithTalibsAlignedSeeds()
    {
        final DataFrame df = closes(1, 2, 4, 8, 16, 32);
        // TA-Lib seeds both EMAs on windows ending at the slow EMA's first row (row 2): fast SMA(2) of rows 1..2.
        final double a = 2.0 / 3.0;
        final double f2 = (2 + 4) / 2.0;
        final double f3 = f2 + a * (8 - f2);
        final double f4 = f3 + a * (16 - f3);
        final double f5 = f4 + a * (32 - f4);
        final double s2 = (1 + 2 + 4) / 3.0;
        final double s3 = s2 + 0.5 * (8 - s2);
        final double s4 = s3 + 0.5 * (16 - s3);
        final double s5 = s4 + 0.5 * (32 - s4);
        final double m2 = f2 - s2;
        final double m3 = f3 - s3;
        final double m4 = f4 - s4;
        final double m5 = f5 - s5;
        final double g3 = (m2 + m3) / 2;
        final double g4 = g3 + a * (m4 - g3);
        final double g5 = g4 + a * (m5 - g4);
        final DataFrame macd = ta.MACD(df, "fastperiod", 2, "slowperiod", 3, "signalperiod", 2);
        assertValues(new double[] {NAN, NAN, NAN, m3, m4, m5}, macd.get("macd"));
        assertValues(new double[] {NAN, NAN, NAN, g3, g4, g5}, macd.get("macdsignal"));
        assertValues(new double[] {NAN, NAN, NAN, m3 - g3, m4 - g4, m5 - g5}, macd.get("macdhist"));
    }

    @Test
    void shouldComputeBollingerBandsWithPopulationDeviation()
    {
        final DataFrame bb = ta.BBANDS(closes(1, 2, 3, 5), "timeperiod", 3, "nbdevup", 2.0, "nbdevdn", 1.0);
        final double mid = 10.0 / 3.0;
        final double dev = Math.sqrt(((2 - mid) * (2 - mid) + (3 - mid) * (3 - mid) + (5 - mid) * (5 - mid)) / 3);
        assertValues(new double[] {NAN, NAN, 2, mid}, bb.get("middleband"));
        assertValues(new double[] {NAN, NAN, 2 + 2 * Math.sqrt(2.0 / 3), mid + 2 * dev}, bb.get("upperband"));
        assertValues(new double[] {NAN, NAN, 2 - Math.sqrt(2.0 / 3), mid - dev}, bb.get("lowerband"));
    }

    @Test
    void shouldComputeStatistics()
    {
        final DataFrame df = closes(1, 2, 3, 5);
        final double var = ((2 - 10.0 / 3) * (2 - 10.0 / 3) + (3 - 10.0 / 3) * (3 - 10.0 / 3)
            + (5 - 10.0 / 3) * (5 - 10.0 / 3)) / 3;
        assertValues(new double[] {NAN, NAN, 2.0 / 3, var}, ta.VAR(df, 3));
        assertValues(new double[] {NAN, NAN, 2 * Math.sqrt(2.0 / 3), 2 * Math.sqrt(var)},
            ta.STDDEV(df, "timeperiod", 3, "nbdev", 2.0));
        // Least squares over x = 0, 1, 2 of y = 2, 3, 5: slope 1.5, intercept 11/6, value at x = 2: 29/6.
        assertValues(new double[] {NAN, NAN, 1, 1.5}, ta.LINEARREG_SLOPE(df, 3));
        assertValues(new double[] {NAN, NAN, 3, 29.0 / 6}, ta.LINEARREG(df, 3));
        assertValues(new double[] {NAN, NAN, 3, 5}, ta.MAX(df, 3));
        assertValues(new double[] {NAN, NAN, 1, 2}, ta.MIN(df, 3));
        assertValues(new double[] {NAN, NAN, 6, 10}, ta.SUM(df, 3));
        assertValues(new double[] {NAN, NAN, 2, 3.5}, ta.MIDPOINT(df, 3));
    }

    @Test
    void shouldComputeRateOfChangeFamily()
    {
        final DataFrame df = closes(4, 5, 4, 6);
        assertValues(new double[] {NAN, 25, -20, 50}, ta.ROC(df, 1));
        assertValues(new double[] {NAN, 0.25, -0.2, 0.5}, ta.ROCP(df, 1));
        assertValues(new double[] {NAN, 1.25, 0.8, 1.5}, ta.ROCR(df, 1));
        assertValues(new double[] {NAN, 125, 80, 150}, ta.ROCR100(df, 1));
        assertValues(new double[] {NAN, NAN, 0, 1}, ta.MOM(df, 2));
    }

    @Test
    void shouldComputeWilderRsiAndStochRsi()
    {
        // Changes +1, +1, -1, +2, -1, +2; Wilder averages with period 2.
        final DataFrame df = closes(1, 2, 3, 2, 4, 3, 5);
        final double r4 = 100 * 1.25 / (1.25 + 0.25);
        final double r6 = 100 * 1.3125 / (1.3125 + 0.3125);
        assertValues(new double[] {NAN, NAN, 100, 50, r4, 50, r6}, ta.RSI(df, 2));
        // Fast %K over 2 RSI values: 0 at a new low of the pair, 100 at a new high; %D is their 2-row SMA.
        final DataFrame stochRsi = ta.STOCHRSI(df, "timeperiod", 2, "fastk_period", 2, "fastd_period", 2);
        assertValues(new double[] {NAN, NAN, NAN, NAN, 100, 0, 100}, stochRsi.get("fastk"));
        assertValues(new double[] {NAN, NAN, NAN, NAN, 50, 50, 50}, stochRsi.get("fastd"));
    }

    @Test
    void shouldComputeStochastics()
    {
        final double[] high = {10, 12, 11, 13, 12, 14};
        final double[] low = {8, 9, 9, 10, 10, 11};
        final double[] close = {9, 11, 10, 12, 11, 13};
        final DataFrame df = candles(close, high, low, close, close);
        // %K over 3 candles: 100 * (close - lowest low) / (highest high - lowest low).
        final double k2 = 100 * (10 - 8) / (12.0 - 8);
        final double k3 = 100 * (12 - 9) / (13.0 - 9);
        final double k4 = 100 * (11 - 9) / (13.0 - 9);
        final double k5 = 100 * (13 - 10) / (14.0 - 10);
        final DataFrame fast = ta.STOCHF(df, "fastk_period", 3, "fastd_period", 2);
        assertValues(new double[] {NAN, NAN, NAN, k3, k4, k5}, fast.get("fastk"));
        assertValues(new double[] {NAN, NAN, NAN, (k2 + k3) / 2, (k3 + k4) / 2, (k4 + k5) / 2}, fast.get("fastd"));
        final DataFrame slow = ta.STOCH(df, "fastk_period", 3, "slowk_period", 2, "slowd_period", 2);
        final double sk3 = (k2 + k3) / 2;
        final double sk4 = (k3 + k4) / 2;
        final double sk5 = (k4 + k5) / 2;
        assertValues(new double[] {NAN, NAN, NAN, NAN, sk4, sk5}, slow.get("slowk"));
        assertValues(new double[] {NAN, NAN, NAN, NAN, (sk3 + sk4) / 2, (sk4 + sk5) / 2}, slow.get("slowd"));
        // Williams %R over 3: -100 * (highest high - close) / (highest high - lowest low).
        assertValues(new double[] {NAN, NAN, -100 * (12 - 10) / 4.0, -100 * (13 - 12) / 4.0, -100 * (13 - 11) / 4.0,
            -100 * (14 - 13) / 4.0}, ta.WILLR(df, 3));
    }

    @Test
    void shouldComputeAroon()
    {
        final double[] high = {5, 7, 6, 8, 7};
        final double[] low = {3, 2, 4, 5, 1};
        final DataFrame df = candles(high, high, low, high, high);
        // Over the last period + 1 = 3 candles: 100 * (period - candles since the extreme) / period.
        final DataFrame aroon = ta.AROON(df, 2);
        assertValues(new double[] {NAN, NAN, 50, 100, 50}, aroon.get("aroonup"));
        assertValues(new double[] {NAN, NAN, 50, 0, 100}, aroon.get("aroondown"));
        assertValues(new double[] {NAN, NAN, 0, 100, -50}, ta.AROONOSC(df, 2));
    }

    @Test
    void shouldComputeUltimateOscillator()
    {
        final double[] high = {10, 11, 12, 11, 13};
        final double[] low = {9, 9, 10, 9, 11};
        final double[] close = {9.5, 10, 11, 10, 12};
        final DataFrame df = candles(close, high, low, close, close);
        // Buying pressure close - min(low, previous close); true range max(high, prev close) - min(low, prev close).
        final double[] bp = {NAN, 10 - 9, 11 - 10, 10 - 9, 12 - 10};
        final double[] tr = {NAN, 11 - 9, 12 - 10, 11 - 9, 13 - 10};
        final double[] expected = {NAN, NAN, NAN, 0, 0};
        for (int t = 3; t <= 4; t++)
        {
            final double a1 = bp[t] / tr[t];
            final double a2 = (bp[t] + bp[t - 1]) / (tr[t] + tr[t - 1]);
            final double a3 = (bp[t] + bp[t - 1] + bp[t - 2]) / (tr[t] + tr[t - 1] + tr[t - 2]);
            expected[t] = 100 * (4 * a1 + 2 * a2 + a3) / 7;
        }
        assertValues(expected, ta.ULTOSC(df, "timeperiod1", 1, "timeperiod2", 2, "timeperiod3", 3));
    }

    @Test
    void shouldComputeDirectionalMovementOnACleanUptrend()
    {
        // Each candle is one higher: +DM 1, -DM 0, true range max(1, |high - prev close| = 1.5) = 1.5.
        final int n = 12;
        final double[] high = new double[n];
        final double[] low = new double[n];
        final double[] close = new double[n];
        for (int i = 0; i < n; i++)
        {
            low[i] = i;
            high[i] = i + 1;
            close[i] = i + 0.5;
        }
        final DataFrame df = candles(close, high, low, close, close);
        for (int i = 0; i < n; i++)
        {
            assertEquals(i < 1 ? NAN : 1.5, ta.TRANGE(df).get(i), EPS, "trange " + i);
            assertEquals(i < 3 ? NAN : 1.5, ta.ATR(df, 3).get(i), EPS, "atr " + i);
            assertEquals(i < 3 ? NAN : 100 * 1.5 / close[i], ta.NATR(df, 3).get(i), EPS, "natr " + i);
            assertEquals(i < 3 ? NAN : 100 / 1.5, ta.PLUS_DI(df, 3).get(i), EPS, "plus_di " + i);
            assertEquals(i < 3 ? NAN : 0, ta.MINUS_DI(df, 3).get(i), EPS, "minus_di " + i);
            assertEquals(i < 3 ? NAN : 100, ta.DX(df, 3).get(i), EPS, "dx " + i);
            // ADX averages 3 DX values first: lookback 2 * 3 - 1.
            assertEquals(i < 5 ? NAN : 100, ta.ADX(df, 3).get(i), EPS, "adx " + i);
        }
    }

    @Test
    void shouldComputeWilderAtrRecursively()
    {
        final double[] high = {10, 12, 11, 15};
        final double[] low = {9, 10, 8, 12};
        final double[] close = {9.5, 11, 9, 14};
        final DataFrame df = candles(close, high, low, close, close);
        final double tr1 = 12 - 9.5;
        final double tr2 = 11 - 8;
        final double tr3 = 15 - 9;
        final double atr2 = (tr1 + tr2) / 2;
        assertValues(new double[] {NAN, tr1, tr2, tr3}, ta.TRANGE(df));
        assertValues(new double[] {NAN, NAN, atr2, (atr2 * 1 + tr3) / 2}, ta.ATR(df, 2));
    }

    @Test
    void shouldComputeParabolicSar()
    {
        // Rising candles start long; the first SAR is the first low, then SAR += af * (extreme - SAR) with af
        // stepping by 0.02 at each new high, never above the previous two lows.
        final double[] high = {10, 11, 12, 13, 14};
        final double[] low = {9, 10, 11, 12, 13};
        final DataFrame df = candles(low, high, low, high, low);
        final double s1 = 9;
        final double s2 = s1 + 0.02 * (11 - s1);
        final double s3 = s2 + 0.04 * (12 - s2);
        final double s4 = s3 + 0.06 * (13 - s3);
        assertValues(new double[] {NAN, s1, s2, s3, s4}, ta.SAR(df));
    }

    @Test
    void shouldComputeVolumeIndicators()
    {
        final double[] high = {10, 12, 11, 13};
        final double[] low = {8, 9, 9, 10};
        final double[] close = {9, 11, 10, 12};
        final double[] volume = {100, 200, 150, 300};
        final DataFrame df = candles(close, high, low, close, volume);
        assertValues(new double[] {100, 300, 150, 450}, ta.OBV(df));
        // Money flow: typical price * volume, positive when the typical price rises.
        final double tp0 = (10 + 8 + 9) / 3.0;
        final double tp1 = (12 + 9 + 11) / 3.0;
        final double tp2 = (11 + 9 + 10) / 3.0;
        final double tp3 = (13 + 10 + 12) / 3.0;
        final double mfi2 = 100 * (tp1 * 200) / (tp1 * 200 + tp2 * 150);
        final double mfi3 = 100 * (tp3 * 300) / (tp3 * 300 + tp2 * 150);
        assertEquals(tp0, ta.TYPPRICE(df).get(0), EPS);
        assertValues(new double[] {NAN, NAN, mfi2, mfi3}, ta.MFI(df, 2));
        // Accumulation/distribution: cumulative ((close - low) - (high - close)) / (high - low) * volume.
        final double ad0 = (1 - 1) / 2.0 * 100;
        final double ad1 = ad0 + (2 - 1) / 3.0 * 200;
        final double ad2 = ad1 + (1 - 1) / 2.0 * 150;
        final double ad3 = ad2 + (2 - 1) / 3.0 * 300;
        assertValues(new double[] {ad0, ad1, ad2, ad3}, ta.AD(df));
    }

    @Test
    void shouldComputeCommodityChannelIndex()
    {
        final double[] high = {10, 12, 11, 13};
        final double[] low = {8, 9, 9, 10};
        final double[] close = {9, 11, 10, 12};
        final DataFrame df = candles(close, high, low, close, close);
        final double tp1 = 32 / 3.0;
        final double tp2 = 10;
        final double tp3 = 35 / 3.0;
        final double mean = (tp1 + tp2 + tp3) / 3;
        final double meanDev = (Math.abs(tp1 - mean) + Math.abs(tp2 - mean) + Math.abs(tp3 - mean)) / 3;
        assertEquals((tp3 - mean) / (0.015 * meanDev), ta.CCI(df, 3).get(3), EPS);
        assertEquals(NAN, ta.CCI(df, 3).get(1));
    }

    @Test
    void shouldComputePriceTransformsAndOperators()
    {
        final DataFrame df = candles(new double[] {2, 3}, new double[] {6, 8}, new double[] {1, 2},
            new double[] {4, 5}, new double[] {1, 1});
        assertValues(new double[] {3.5, 5}, ta.MEDPRICE(df));
        assertValues(new double[] {11 / 3.0, 5}, ta.TYPPRICE(df));
        assertValues(new double[] {(6 + 1 + 8) / 4.0, (8 + 2 + 10) / 4.0}, ta.WCLPRICE(df));
        assertValues(new double[] {13 / 4.0, 18 / 4.0}, ta.AVGPRICE(df));
        assertValues(new double[] {(4 - 2) / 5.0, (5 - 3) / 6.0}, ta.BOP(df));
        // Two-input operators read high and low unless price0/price1 say otherwise.
        assertValues(new double[] {7, 10}, ta.ADD(df));
        assertValues(new double[] {5, 6}, ta.SUB(df));
        assertValues(new double[] {6, 16}, ta.MULT(df));
        assertValues(new double[] {4, 2.5}, ta.DIV(df, "price0", "close", "price1", "low"));
        assertValues(new double[] {2, Math.sqrt(5)}, ta.SQRT(df));
    }

    @Test
    void shouldCountIndicesFromTheFirstRowOfTheFullInput()
    {
        // talib skips the leading NaN row but reports indices into the whole column.
        final DataFrame df = closes(NAN, 5, 1, 4, 2);
        assertValues(new double[] {0, 0, 0, 1, 3}, ta.MAXINDEX(df, 3));
        assertValues(new double[] {0, 0, 0, 2, 2}, ta.MININDEX(df, 3));
    }

    @Test
    void shouldDetectDojiAndEngulfingCandles()
    {
        // Ten candles of range 10 and body 8 set the averages; the eleventh opens and closes at 105: a doji.
        final int n = 12;
        final double[] open = new double[n];
        final double[] high = new double[n];
        final double[] low = new double[n];
        final double[] close = new double[n];
        for (int i = 0; i < n; i++)
        {
            open[i] = 101;
            close[i] = 109;
            low[i] = 100;
            high[i] = 110;
        }
        open[10] = 105;
        close[10] = 105;
        // The twelfth, a black body 108 -> 102, engulfs the doji (white: close >= open): bearish engulfing.
        open[11] = 108;
        close[11] = 102;
        final DataFrame df = candles(open, high, low, close, close);
        final double[] doji = new double[n];
        doji[10] = 100;
        assertValues(doji, ta.CDLDOJI(df));
        final double[] engulfing = new double[n];
        engulfing[11] = -100;
        assertValues(engulfing, ta.CDLENGULFING(df));
    }

    @Test
    void shouldDetectABullishHarami()
    {
        // Eleven candles with body 2 set the average body; a long black body 106 -> 100 (3x the average), then a short
        // white body 102 -> 103 inside it: bullish harami on the last row (TA-Lib lookback 11: 10 averages + 1).
        final int n = 13;
        final double[] open = new double[n];
        final double[] high = new double[n];
        final double[] low = new double[n];
        final double[] close = new double[n];
        for (int i = 0; i < n; i++)
        {
            open[i] = 100;
            close[i] = 102;
            low[i] = 99;
            high[i] = 103;
        }
        open[11] = 106;
        close[11] = 100;
        high[11] = 107;
        open[12] = 102;
        close[12] = 103;
        high[12] = 104;
        low[12] = 101;
        final double[] harami = new double[n];
        harami[12] = 100;
        assertValues(harami, ta.CDLHARAMI(candles(open, high, low, close, close)));
    }
}
