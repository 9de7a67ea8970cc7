package io.hyperjet.worker.frame;

import io.hyperjet.worker.frame.ta.TaFunction;
import io.hyperjet.worker.frame.ta.TaFunctions;
import io.hyperjet.worker.indicator.Indicators;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaTest
{
    private static final int ROWS = 400;

    private final Ta ta = new Ta();

    static DataFrame randomCandles(final int n, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[][] c = new double[6][n];
        double price = 100.0;
        for (int i = 0; i < n; i++)
        {
            final double open = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.04;
            c[0][i] = open;
            c[1][i] = Math.max(open, price) * (1.0 + random.nextDouble() * 0.01);
            c[2][i] = Math.min(open, price) * (1.0 - random.nextDouble() * 0.01);
            c[3][i] = price;
            c[4][i] = 1.0 + random.nextDouble() * 10.0;
            c[5][i] = 2 + random.nextInt(20);
        }
        final List<Series> series = new ArrayList<>();
        for (final double[] column : c)
        {
            series.add(new Series(column));
        }
        return DataFrame.ofColumns(List.of("open", "high", "low", "close", "volume", "periods"), series);
    }

    @Test
    void shouldOfferEveryTalibFunctionByNameOnFramesAndSeries() throws Exception
    {
        assertEquals(158, TaFunctions.all().size());
        final DataFrame df = randomCandles(ROWS, 11);
        for (final TaFunction function : TaFunctions.all().values())
        {
            final String name = function.name();
            final Class<?> result = function.outputCount() == 1 ? Series.class : DataFrame.class;
            final Method onFrame = Ta.class.getMethod(name, DataFrame.class, Object[].class);
            assertEquals(result, onFrame.getReturnType(), name);
            final Class<?>[] seriesParameters = new Class<?>[function.inputCount() + 1];
            Arrays.fill(seriesParameters, Series.class);
            seriesParameters[function.inputCount()] = Object[].class;
            final Method onSeries = Ta.class.getMethod(name, seriesParameters);

            final Object fromFrame = onFrame.invoke(ta, df, new Object[0]);
            final Object[] args = new Object[function.inputCount() + 1];
            for (int i = 0; i < function.inputCount(); i++)
            {
                args[i] = df.get(function.defaultColumn(i));
            }
            args[function.inputCount()] = new Object[0];
            final Object fromSeries = onSeries.invoke(ta, args);

            final DataFrame all = ta.call(name, df);
            assertEquals(ROWS, all.rows(), name);
            for (int k = 0; k < function.outputCount(); k++)
            {
                final double[] values = all.get(function.outputName(k)).values();
                assertEquals(ROWS, values.length, name);
                // ACOS/ASIN of prices near 100 are NaN; everything else has a value on the last row.
                if (!name.equals("ACOS") && !name.equals("ASIN"))
                {
                    assertTrue(Double.isFinite(values[ROWS - 1]), name + "." + function.outputName(k));
                }
                final double[] named = fromFrame instanceof Series s ? s.values() :
                    ((DataFrame)fromFrame).get(function.outputName(k)).values();
                final double[] overSeries = fromSeries instanceof Series s ? s.values() :
                    ((DataFrame)fromSeries).get(function.outputName(k)).values();
                assertArrayEquals(values, named, name);
                assertArrayEquals(values, overSeries, name);
            }
        }
    }

    @Test
    void shouldUseTalibsDocumentedDefaults()
    {
        // TA-Lib's documented defaults (ta-lib.org function list / talib.abstract's parameters).
        final Map<String, double[]> documented = new LinkedHashMap<>();
        documented.put("RSI", new double[] {14});
        documented.put("SMA", new double[] {30});
        documented.put("EMA", new double[] {30});
        documented.put("WMA", new double[] {30});
        documented.put("TEMA", new double[] {30});
        documented.put("KAMA", new double[] {30});
        documented.put("MAMA", new double[] {0.5, 0.05});
        documented.put("T3", new double[] {5, 0.7});
        documented.put("MACD", new double[] {12, 26, 9});
        documented.put("MACDEXT", new double[] {12, 0, 26, 0, 9, 0});
        documented.put("BBANDS", new double[] {5, 2.0, 2.0, 0});
        documented.put("STOCH", new double[] {5, 3, 0, 3, 0});
        documented.put("STOCHF", new double[] {5, 3, 0});
        documented.put("STOCHRSI", new double[] {14, 5, 3, 0});
        documented.put("AROON", new double[] {14});
        documented.put("ULTOSC", new double[] {7, 14, 28});
        documented.put("ROC", new double[] {10});
        documented.put("MOM", new double[] {10});
        documented.put("SAR", new double[] {0.02, 0.2});
        documented.put("ADX", new double[] {14});
        documented.put("ATR", new double[] {14});
        documented.put("MFI", new double[] {14});
        documented.put("CCI", new double[] {14});
        documented.put("WILLR", new double[] {14});
        documented.put("ADOSC", new double[] {3, 10});
        documented.put("STDDEV", new double[] {5, 1.0});
        documented.put("CDLMORNINGSTAR", new double[] {0.3});
        documented.put("CDLDARKCLOUDCOVER", new double[] {0.5});
        for (final Map.Entry<String, double[]> e : documented.entrySet())
        {
            final TaFunction function = TaFunctions.get(e.getKey());
            final double[] defaults = new double[function.optionCount()];
            for (int i = 0; i < defaults.length; i++)
            {
                defaults[i] = function.optionDefault(i);
            }
            assertArrayEquals(e.getValue(), defaults, e.getKey());
        }
        // And a call without parameters uses them.
        final DataFrame df = randomCandles(200, 5);
        assertArrayEquals(ta.RSI(df, "timeperiod", 14).values(), ta.RSI(df).values());
        assertArrayEquals(ta.STOCH(df, 5, 3, 0, 3, 0).get("slowd").values(), ta.STOCH(df).get("slowd").values());
    }

    @Test
    void shouldNameParametersAndOutputsAsTalibAbstract()
    {
        assertEquals("[fastk_period, slowk_period, slowk_matype, slowd_period, slowd_matype]", options("STOCH"));
        assertEquals("[timeperiod, nbdevup, nbdevdn, matype]", options("BBANDS"));
        assertEquals("[timeperiod1, timeperiod2, timeperiod3]", options("ULTOSC"));
        assertEquals("[macd, macdsignal, macdhist]", outputs("MACD"));
        assertEquals("[upperband, middleband, lowerband]", outputs("BBANDS"));
        assertEquals("[slowk, slowd]", outputs("STOCH"));
        assertEquals("[fastk, fastd]", outputs("STOCHRSI"));
        assertEquals("[aroondown, aroonup]", outputs("AROON"));
        assertEquals("[sine, leadsine]", outputs("HT_SINE"));
        assertEquals("[inphase, quadrature]", outputs("HT_PHASOR"));
        assertEquals("[mama, fama]", outputs("MAMA"));
        assertEquals("[min, max]", outputs("MINMAX"));
        assertEquals("[minidx, maxidx]", outputs("MINMAXINDEX"));
        assertEquals("[real]", outputs("RSI"));
        assertEquals("[integer]", outputs("CDLHAMMER"));
    }

    @Test
    void shouldFlagTheRecursiveWarmUpFunctionsAsUnstable()
    {
        final TreeSet<String> unstable = new TreeSet<>();
        for (final TaFunction function : TaFunctions.all().values())
        {
            if (function.unstable())
            {
                unstable.add(function.name());
            }
        }
        assertEquals("[ADX, ADXR, ATR, CMO, DX, EMA, HT_DCPERIOD, HT_DCPHASE, HT_PHASOR, HT_SINE, HT_TRENDLINE, "
            + "HT_TRENDMODE, KAMA, MAMA, MFI, MINUS_DI, MINUS_DM, NATR, PLUS_DI, PLUS_DM, RSI, STOCHRSI, T3]",
            unstable.toString());
    }

    @Test
    void shouldComputeHtSineFromTheDominantCyclePhase()
    {
        // HT_SINE is sin(phase) and sin(phase + 45 degrees) of HT_DCPHASE's phase, in degrees.
        final DataFrame df = randomCandles(ROWS, 7);
        final DataFrame sine = ta.HT_SINE(df);
        final double[] phase = ta.HT_DCPHASE(df).values();
        for (int i = 0; i < ROWS; i++)
        {
            if (i < 63)
            {
                assertTrue(Double.isNaN(sine.get("sine").get(i)), "lookback 63, row " + i);
                continue;
            }
            assertEquals(Math.sin(Math.toRadians(phase[i])), sine.get("sine").get(i), 1e-9, "row " + i);
            assertEquals(Math.sin(Math.toRadians(phase[i] + 45)), sine.get("leadsine").get(i), 1e-9, "row " + i);
        }
    }

    @Test
    void shouldPickTheInputColumnWithPrice()
    {
        final DataFrame df = randomCandles(100, 3);
        assertArrayEquals(ta.SMA(df.get("high"), 10).values(), ta.SMA(df, "timeperiod", 10, "price", "high").values());
        assertArrayEquals(ta.CORREL(df.get("open"), df.get("close"), 10).values(),
            ta.CORREL(df, 10, "price0", "open", "price1", "close").values());
        assertArrayEquals(ta.MAVP(df.get("close"), df.get("periods")).values(), ta.MAVP(df).values());
    }

    @Test
    void shouldSkipLeadingNanRowsAsTalibDoes()
    {
        final DataFrame df = randomCandles(200, 9);
        final Series rsi = ta.RSI(df, 14);
        final double[] tema = ta.TEMA(rsi, 9).values();
        // RSI's 14 NaN rows are skipped, then TEMA's own lookback 3 * (9 - 1) follows.
        for (int i = 0; i < 14 + 24; i++)
        {
            assertTrue(Double.isNaN(tema[i]), "row " + i);
        }
        final double[] direct = ta.TEMA(new Series(Arrays.copyOfRange(rsi.values(), 14, 200)), 9).values();
        for (int i = 14 + 24; i < 200; i++)
        {
            assertEquals(direct[i - 14], tema[i], 0.0, "row " + i);
        }
    }

    @Test
    void shouldHandleEmptyAndAllNanInputsAsTalib()
    {
        final Series empty = new Series(new double[0]);
        assertEquals(0, ta.SMA(empty, 3).size());
        final double[] nan = new double[10];
        Arrays.fill(nan, Double.NaN);
        final Series allNan = new Series(nan);
        for (final double v : ta.SMA(allNan, 3).values())
        {
            assertTrue(Double.isNaN(v));
        }
        for (final double v : ta.CDLDOJI(allNan, allNan, allNan, allNan).values())
        {
            assertEquals(0.0, v, "integer outputs are 0 where talib has no value");
        }
        assertThrows(IllegalArgumentException.class, () -> ta.ADD(new Series(new double[3]), new Series(new double[2])));
    }

    @Test
    void shouldRejectUnknownOrOutOfRangeArguments()
    {
        final DataFrame df = randomCandles(50, 1);
        assertEquals("RSI: no argument 'timeperod' taking 14; parameters [timeperiod], inputs [price]",
            assertThrows(IllegalArgumentException.class, () -> ta.RSI(df, "timeperod", 14)).getMessage());
        assertEquals("RSI: timeperiod=1 is outside TA-Lib's range [2.0, 100000.0]",
            assertThrows(IllegalArgumentException.class, () -> ta.RSI(df, 1)).getMessage());
        assertEquals("EMA: timeperiod must be a whole number, was 9.5",
            assertThrows(IllegalArgumentException.class, () -> ta.EMA(df, 9.5)).getMessage());
        assertEquals("RSI takes 1 positional parameters [timeperiod], given 2",
            assertThrows(IllegalArgumentException.class, () -> ta.RSI(df, 14, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ta.SMA(df, "price", "nope"));
        assertThrows(IllegalArgumentException.class, () -> ta.call("NOPE", df));
        // Series input has no column to pick.
        assertThrows(IllegalArgumentException.class, () -> ta.SMA(df.get("close"), "price", "high"));
    }

    @Test
    void shouldAgreeWithIndicatorsBitForBit()
    {
        final DataFrame df = randomCandles(500, 13);
        final double[] h = df.get("high").values();
        final double[] l = df.get("low").values();
        final double[] c = df.get("close").values();
        final double[] v = df.get("volume").values();
        final Indicators ind = new Indicators();
        assertArrayEquals(ind.rsi(c, 14), ta.RSI(df, 14).values());
        assertArrayEquals(ind.sma(c, 20), ta.SMA(df, 20).values());
        assertArrayEquals(ind.ema(c, 9), ta.EMA(df, 9).values());
        assertArrayEquals(ind.tema(c, 9), ta.TEMA(df, 9).values());
        assertArrayEquals(ind.atr(h, l, c, 14), ta.ATR(df, 14).values());
        assertArrayEquals(ind.adx(h, l, c, 14), ta.ADX(df, 14).values());
        assertArrayEquals(ind.plusDi(h, l, c, 14), ta.PLUS_DI(df, 14).values());
        assertArrayEquals(ind.minusDi(h, l, c, 14), ta.MINUS_DI(df, 14).values());
        assertArrayEquals(ind.cci(h, l, c, 14), ta.CCI(df, 14).values());
        assertArrayEquals(ind.mfi(h, l, c, v, 14), ta.MFI(df, 14).values());
        assertArrayEquals(ind.sar(h, l, 0.02, 0.2), ta.SAR(df).values());
        final Indicators.Bands bands = ind.bbands(c, 20, 2.0, 2.0);
        assertArrayEquals(bands.upper(), ta.BBANDS(df, 20, 2.0, 2.0).get("upperband").values());
        assertArrayEquals(bands.lower(), ta.BBANDS(df, 20, 2.0, 2.0).get("lowerband").values());
        final Indicators.Macd macd = ind.macd(c, 12, 26, 9);
        assertArrayEquals(macd.signal(), ta.MACD(df).get("macdsignal").values());
        assertArrayEquals(macd.hist(), ta.MACD(df).get("macdhist").values());
        assertArrayEquals(ind.stoch(h, l, c, 5, 3, 3).d(), ta.STOCH(df).get("slowd").values());
        assertArrayEquals(ind.stochf(h, l, c, 5, 3).k(), ta.STOCHF(df).get("fastk").values());
        assertArrayEquals(ind.htSine(c).leadSine(), ta.HT_SINE(df).get("leadsine").values());
        assertFalse(Double.isNaN(ind.rsi(c, 14)[499]));
    }

    private static String options(final String name)
    {
        final TaFunction function = TaFunctions.get(name);
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < function.optionCount(); i++)
        {
            names.add(function.optionName(i));
        }
        return names.toString();
    }

    private static String outputs(final String name)
    {
        final TaFunction function = TaFunctions.get(name);
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < function.outputCount(); i++)
        {
            names.add(function.outputName(i));
        }
        return names.toString();
    }
}
