package io.hyperjet.worker.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in SampleStrategy against Freqtrade 2024.10's {@code templates/sample_strategy.py}: attributes,
 * parameters, indicator columns, qtpylib Bollinger values worked out by hand, and the four signal conditions on
 * constructed rows.
 */
class SampleStrategyTemplateTest
{
    private static final long START_MS = 1_704_067_200_000L;
    private static final double EPS = 1e-12;

    /** Candles whose typical price is exactly the close: high = close + 1, low = close - 1. */
    private static PairFrame candles(final double[] close)
    {
        final int n = close.length;
        final long[] date = new long[n];
        final double[] high = new double[n];
        final double[] low = new double[n];
        final double[] volume = new double[n];
        for (int i = 0; i < n; i++)
        {
            date[i] = START_MS + i * 300_000L;
            high[i] = close[i] + 1.0;
            low[i] = close[i] - 1.0;
            volume[i] = 100.0;
        }
        final Map<String, double[]> values = new LinkedHashMap<>();
        values.put(PairFrame.OPEN, close.clone());
        values.put(PairFrame.HIGH, high);
        values.put(PairFrame.LOW, low);
        values.put(PairFrame.CLOSE, close.clone());
        values.put(PairFrame.VOLUME, volume);
        return PairFrame.ofArrays("A/B", "5m", date, values);
    }

    /** A frame with only the columns the signal conditions read. */
    private static PairFrame signalRows(
        final double[] rsi, final double[] tema, final double[] middle, final double[] volume)
    {
        final int n = rsi.length;
        final long[] date = new long[n];
        final double[] price = new double[n];
        for (int i = 0; i < n; i++)
        {
            date[i] = START_MS + i * 300_000L;
            price[i] = 1.0;
        }
        final Map<String, double[]> values = new LinkedHashMap<>();
        values.put(PairFrame.OPEN, price);
        values.put(PairFrame.HIGH, price);
        values.put(PairFrame.LOW, price);
        values.put(PairFrame.CLOSE, price);
        values.put(PairFrame.VOLUME, volume);
        values.put("rsi", rsi);
        values.put("tema", tema);
        values.put("bb_middleband", middle);
        return PairFrame.ofArrays("A/B", "5m", date, values);
    }

    private static void assertInt(
        final Parameter p, final Space space, final int low, final int high, final int defaultValue)
    {
        assertEquals(space, p.space(), p.name());
        assertEquals(low, p.low(), p.name());
        assertEquals(high, p.high(), p.name());
        assertEquals(defaultValue, p.defaultValue(), p.name());
        assertTrue(p.optimize() && p.load(), p.name());
    }

    @Test
    void shouldHaveTheTemplatesParameters()
    {
        final StrategyParameters params = new SampleStrategy().parameters();
        assertInt(params.byName("buy_rsi"), Space.BUY, 1, 50, 30);
        assertInt(params.byName("sell_rsi"), Space.SELL, 50, 100, 70);
        assertInt(params.byName("short_rsi"), Space.SELL, 51, 100, 70);
        assertInt(params.byName("exit_short_rsi"), Space.BUY, 1, 50, 30);
        assertEquals(4, params.size());
    }

    @Test
    void shouldHaveTheTemplatesAttributes()
    {
        final SampleStrategy s = new SampleStrategy();
        assertEquals(Map.of(60, 0.01, 30, 0.02, 0, 0.04), s.minimalRoi());
        assertEquals(-0.10, s.stoploss());
        assertFalse(s.trailingStop());
        assertEquals("5m", s.timeframe());
        assertEquals(200, s.startupCandleCount());
        assertFalse(s.canShort());
        assertTrue(s.useExitSignal());
        assertFalse(s.exitProfitOnly());
        assertFalse(s.ignoreRoiIfEntrySignal());
    }

    @Test
    void shouldComputeTheTemplatesIndicatorSet()
    {
        final IndicatorColumns out = new SampleStrategy().runIndicators(TestFrames.randomWalk("A/B", 300, 4));
        final PairFrame frame = out.appendTo(TestFrames.randomWalk("A/B", 300, 4));
        for (final String name : List.of("adx", "rsi", "fastd", "fastk", "macd", "macdsignal", "macdhist", "mfi",
            "bb_lowerband", "bb_middleband", "bb_upperband", "bb_percent", "bb_width", "sar", "tema", "htsine",
            "htleadsine"))
        {
            assertTrue(null != frame.column(name), name);
            assertFalse(Double.isNaN(frame.column(name).get(299)), name + " on the last row");
        }
    }

    @Test
    void shouldComputeQtpylibBollingerBandsWithMinPeriodsOne()
    {
        // closes 10, 11, ..., 34: typical price = close, so each window is a run of consecutive integers
        final double[] close = new double[25];
        for (int i = 0; i < close.length; i++)
        {
            close[i] = 10 + i;
        }
        final PairFrame frame = new SampleStrategy().runIndicators(candles(close)).appendTo(candles(close));
        final double[] mid = frame.column("bb_middleband").toArray();
        final double[] upper = frame.column("bb_upperband").toArray();
        final double[] lower = frame.column("bb_lowerband").toArray();

        // row 0: one value, mean 10, sample std undefined
        assertEquals(10.0, mid[0]);
        assertTrue(Double.isNaN(upper[0]) && Double.isNaN(lower[0]));
        // row 1: {10, 11}: mean 10.5, std sqrt(0.5)
        assertEquals(10.5, mid[1]);
        assertEquals(10.5 + 2 * Math.sqrt(0.5), upper[1], EPS);
        // row 2: {10, 11, 12}: mean 11, std 1
        assertEquals(11.0, mid[2]);
        assertEquals(13.0, upper[2], EPS);
        assertEquals(9.0, lower[2], EPS);
        assertEquals((12.0 - 9.0) / (13.0 - 9.0), frame.column("bb_percent").get(2), EPS);
        assertEquals((13.0 - 9.0) / 11.0, frame.column("bb_width").get(2), EPS);
        // rows 19 and 24: full windows of 20 consecutive integers: std = sqrt(20 * 21 / 12) = sqrt(35)
        assertEquals(19.5, mid[19]);
        assertEquals(19.5 + 2 * Math.sqrt(35.0), upper[19], EPS);
        assertEquals(24.5, mid[24]);
        assertEquals(24.5 - 2 * Math.sqrt(35.0), lower[24], EPS);
    }

    @Test
    void shouldSetEachSignalOnlyWhenAllItsConditionsHold()
    {
        // row:              0   1   2   3   4   5   6   7   8   9  10  11
        final double[] rsi = {25, 31, 29, 31, 25, 31, 25, 31, 69, 71, 30, 30.5};
        final double[] tema = {5, 6, 7, 7, 6, 8, 7, 11, 12, 11.5, 4, 5};
        final double[] mid = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        final double[] volume = {1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1};
        final SampleStrategy s = new SampleStrategy();
        s.canShort(true); // short signals are computed only for a strategy that can short
        final Signals signals = new Signals(rsi.length);
        s.runSignals(signalRows(rsi, tema, mid, volume), signals);
        // 1: crosses 30, tema rising and <= mid; 3: tema flat; 5: no volume; 7: tema above mid;
        // 11: previous rsi exactly 30 counts as at or below (crossed_above uses shift(1) <= level)
        assertArrayEquals(new byte[]{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, signals.enterLong());
        assertArrayEquals(new byte[]{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, signals.exitShort());
        // 9: crosses 70, tema falling and above mid
        assertArrayEquals(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, signals.exitLong());
        assertArrayEquals(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, signals.enterShort());
    }

    @Test
    void shouldUseEachParameterForItsOwnSignal()
    {
        final double[] rsi = {45, 51, 60, 60};
        final double[] tema = {5, 6, 12, 11};
        final double[] mid = {10, 10, 10, 10};
        final double[] volume = {1, 1, 1, 1};
        final SampleStrategy s = new SampleStrategy();
        s.canShort(true);
        s.parameters().byName("buy_rsi").set(50);
        s.parameters().byName("sell_rsi").set(55);
        final Signals signals = new Signals(rsi.length);
        s.runSignals(signalRows(rsi, tema, mid, volume), signals);
        assertArrayEquals(new byte[]{0, 1, 0, 0}, signals.enterLong());
        // exit_short_rsi stays 30 and short_rsi 70: never crossed
        assertArrayEquals(new byte[]{0, 0, 0, 0}, signals.exitShort());
        // rsi 51 -> 60 crosses sell_rsi 55 at row 2, but tema rises there
        assertArrayEquals(new byte[]{0, 0, 0, 0}, signals.exitLong());
        s.parameters().byName("sell_rsi").set(52);
        s.runSignals(signalRows(new double[]{45, 51, 51, 53}, tema, mid, volume), signals);
        assertArrayEquals(new byte[]{0, 0, 0, 1}, signals.exitLong());
        assertArrayEquals(new byte[]{0, 0, 0, 0}, signals.enterShort());
    }
}
