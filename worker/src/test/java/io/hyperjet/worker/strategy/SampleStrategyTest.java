package io.hyperjet.worker.strategy;

import java.util.List;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleStrategyTest
{
    private static final int ROWS = 20_000;

    private static int count(final byte[] codes)
    {
        int n = 0;
        for (final byte c : codes)
        {
            n += c == Signals.ONE ? 1 : 0;
        }
        return n;
    }

    private static List<String> names(final List<Parameter> parameters)
    {
        final String[] names = new String[parameters.size()];
        for (int i = 0; i < names.length; i++)
        {
            names[i] = parameters.get(i).name();
        }
        return List.of(names);
    }

    @Test
    void shouldProduceSignalsThatMeetTheirConditions()
    {
        final SampleStrategy s = new SampleStrategy();
        final PairFrame frame = s.runIndicators(TestFrames.randomWalk("A/B", ROWS, 5)).appendTo(
            TestFrames.randomWalk("A/B", ROWS, 5));
        final Signals signals = new Signals(ROWS);
        s.runSignals(frame, signals);
        final int entries = count(signals.enterLong());
        assertTrue(entries > 10 && entries < ROWS / 20, "entries " + entries);
        // Exits need RSI to cross above 70 while TEMA falls: rare on a random walk, as in Freqtrade's sample.
        assertTrue(count(signals.exitLong()) >= 1, "exits " + count(signals.exitLong()));
        final DoubleColumn rsi = frame.column("rsi");
        final DoubleColumn tema = frame.column("tema");
        final DoubleColumn mid = frame.column("bb_middleband");
        for (int i = 1; i < ROWS; i++)
        {
            if (signals.enterLong()[i] == Signals.ONE)
            {
                assertTrue(rsi.get(i) > 30 && rsi.get(i - 1) <= 30, "rsi cross at " + i);
                assertTrue(tema.get(i) <= mid.get(i) && tema.get(i) > tema.get(i - 1), "tema at " + i);
                assertTrue(frame.volume().get(i) > 0, "volume at " + i);
            }
            if (signals.exitLong()[i] == Signals.ONE)
            {
                assertTrue(rsi.get(i) > 70 && rsi.get(i - 1) <= 70, "rsi cross at " + i);
                assertTrue(tema.get(i) > mid.get(i) && tema.get(i) < tema.get(i - 1), "tema at " + i);
            }
        }
    }

    @Test
    void shouldBeDeterministicAndIndependentOfArrayOpsSwitch()
    {
        final PairFrame candles = TestFrames.randomWalk("A/B", ROWS, 9);
        final SampleStrategy fast = new SampleStrategy();
        final SampleStrategy slow = new SampleStrategy();
        fast.canShort(true);
        slow.canShort(true);
        slow.numpyOptimizations(false);
        final PairFrame a = fast.runIndicators(candles).appendTo(candles);
        final PairFrame b = slow.runIndicators(candles).appendTo(candles);
        assertArrayEquals(a.column("bb_upperband").toArray(), b.column("bb_upperband").toArray());
        final Signals sa = new Signals(ROWS);
        final Signals sb = new Signals(ROWS);
        fast.runSignals(a, sa);
        slow.runSignals(b, sb);
        assertArrayEquals(sa.enterLong(), sb.enterLong());
        assertArrayEquals(sa.exitShort(), sb.exitShort());
        fast.runSignals(a, sb);
        assertArrayEquals(sa.exitLong(), sb.exitLong());
    }

    /*
     * The optimized conditions visit only the rows where the RSI crosses the level (memoized per level); over epochs
     * that revisit levels they must set exactly the codes of the row-by-row reference.
     */
    @Test
    void shouldSetTheSameSignalsFromCrossingRowsAsRowByRow()
    {
        final PairFrame candles = TestFrames.randomWalk("A/B", ROWS, 13);
        final SampleStrategy fast = new SampleStrategy();
        final SampleStrategy slow = new SampleStrategy();
        fast.canShort(true);
        slow.canShort(true);
        slow.numpyOptimizations(false);
        final PairFrame frame = fast.runIndicators(candles).appendTo(candles);
        final Signals a = new Signals(ROWS);
        final Signals b = new Signals(ROWS);
        int entries = 0;
        for (int epoch = 0; epoch < 40; epoch++)
        {
            for (final SampleStrategy s : new SampleStrategy[]{fast, slow})
            {
                s.parameters().byName("buy_rsi").set(1 + epoch * 7 % 50);
                s.parameters().byName("exit_short_rsi").set(1 + epoch * 3 % 50);
                s.parameters().byName("sell_rsi").set(50 + epoch * 11 % 51);
                s.parameters().byName("short_rsi").set(51 + epoch * 5 % 50);
            }
            fast.runSignals(frame, a);
            slow.runSignals(frame, b);
            assertArrayEquals(b.enterLong(), a.enterLong(), "epoch " + epoch);
            assertArrayEquals(b.exitLong(), a.exitLong(), "epoch " + epoch);
            assertArrayEquals(b.enterShort(), a.enterShort(), "epoch " + epoch);
            assertArrayEquals(b.exitShort(), a.exitShort(), "epoch " + epoch);
            entries += count(a.enterLong());
        }
        assertTrue(entries > 100, "too few entries to mean anything: " + entries);
    }

    /** The template's conditions row by row (the hand-written loop SampleStrategy had before the column API). */
    private static byte[] handLoop(final PairFrame frame, final int level, final boolean below)
    {
        final double[] rsi = frame.column("rsi").toArray();
        final double[] tema = frame.column("tema").toArray();
        final double[] middle = frame.column("bb_middleband").toArray();
        final double[] volume = frame.volume().toArray();
        final byte[] codes = new byte[rsi.length];
        for (int i = 1; i < rsi.length; i++)
        {
            final boolean cross = rsi[i] > level && rsi[i - 1] <= level;
            final boolean band = below ? tema[i] <= middle[i] : tema[i] > middle[i];
            final boolean trend = below ? tema[i] > tema[i - 1] : tema[i] < tema[i - 1];
            codes[i] = cross && band && trend && volume[i] > 0.0 ? Signals.ONE : Signals.UNSET;
        }
        return codes;
    }

    /*
     * The column-API port against the hand-written reference: indicators from the TA-Lib facade and the bands from
     * the array ops directly, signals from row loops, bit for bit, over epochs.
     */
    @Test
    void shouldMatchHandWrittenIndicatorsAndSignals()
    {
        final PairFrame candles = TestFrames.randomWalk("A/B", ROWS, 17);
        final SampleStrategy s = new SampleStrategy();
        s.canShort(true);
        final PairFrame frame = s.runIndicators(candles).appendTo(candles);
        final io.hyperjet.worker.indicator.Indicators ta = new io.hyperjet.worker.indicator.Indicators();
        assertArrayEquals(ta.rsi(candles, 14), frame.column("rsi").toArray());
        assertArrayEquals(ta.tema(candles, 9), frame.column("tema").toArray());
        assertArrayEquals(ta.macd(candles).signal(), frame.column("macdsignal").toArray());
        final double[] typical = new double[ROWS];
        for (int i = 0; i < ROWS; i++)
        {
            typical[i] = (candles.high().get(i) + candles.low().get(i) + candles.close().get(i)) / 3.0;
        }
        final io.hyperjet.worker.array.ArrayOps ops = io.hyperjet.worker.array.ArrayOps.optimized();
        final double[] mid = ops.rollingMean(typical, 20, new double[ROWS]);
        final double[] std = ops.rollingStd(typical, 20, new double[ROWS]);
        for (int i = 0; i < 19; i++)
        {
            final double[] head = java.util.Arrays.copyOf(typical, i + 1);
            mid[i] = ops.rollingMean(head, i + 1, new double[i + 1])[i];
            std[i] = ops.rollingStd(head, i + 1, new double[i + 1])[i];
        }
        final double[] close = candles.close().toArray();
        for (int i = 0; i < ROWS; i++)
        {
            final double upper = mid[i] + std[i] * 2.0;
            final double lower = mid[i] - std[i] * 2.0;
            assertEquals(mid[i], frame.column("bb_middleband").get(i), "mid " + i);
            assertEquals(upper, frame.column("bb_upperband").get(i), "upper " + i);
            assertEquals(lower, frame.column("bb_lowerband").get(i), "lower " + i);
            assertEquals((close[i] - lower) / (upper - lower), frame.column("bb_percent").get(i), "percent " + i);
            assertEquals((upper - lower) / mid[i], frame.column("bb_width").get(i), "width " + i);
        }
        final Signals signals = new Signals(ROWS);
        for (int epoch = 0; epoch < 30; epoch++)
        {
            final int buy = 1 + epoch * 7 % 50;
            final int sell = 50 + epoch * 11 % 51;
            s.parameters().byName("buy_rsi").set(buy);
            s.parameters().byName("sell_rsi").set(sell);
            s.parameters().byName("short_rsi").set(Math.max(51, sell));
            s.parameters().byName("exit_short_rsi").set(buy);
            s.runSignals(frame, signals);
            assertArrayEquals(handLoop(frame, buy, true), signals.enterLong(), "epoch " + epoch);
            assertArrayEquals(handLoop(frame, sell, false), signals.exitLong(), "epoch " + epoch);
            assertArrayEquals(handLoop(frame, Math.max(51, sell), false), signals.enterShort(), "epoch " + epoch);
            assertArrayEquals(handLoop(frame, buy, true), signals.exitShort(), "epoch " + epoch);
        }
    }

    @Test
    void shouldChangeEntriesWithBuyRsi()
    {
        final SampleStrategy s = new SampleStrategy();
        final PairFrame candles = TestFrames.randomWalk("A/B", ROWS, 11);
        final PairFrame frame = s.runIndicators(candles).appendTo(candles);
        final Signals signals = new Signals(ROWS);
        s.runSignals(frame, signals);
        final byte[] at30 = signals.enterLong().clone();
        s.parameters().byName("buy_rsi").set(20);
        s.runSignals(frame, signals);
        assertTrue(count(signals.enterLong()) < count(at30));
    }

    @Test
    void shouldDetectParametersReadPerPhase()
    {
        final SampleStrategy s = new SampleStrategy();
        s.canShort(true);
        final PairFrame candles = TestFrames.randomWalk("A/B", 500, 3);
        s.runSignals(s.runIndicators(candles).appendTo(candles), new Signals(500));
        assertEquals(List.of("buy_rsi", "short_rsi"), names(s.parameters().reads(Phase.ENTRY)));
        assertEquals(List.of("exit_short_rsi", "sell_rsi"), names(s.parameters().reads(Phase.EXIT)));
        assertEquals(List.of(), names(s.parameters().reads(Phase.INDICATORS)));
    }

    /*
     * Without can_short no backtest reads short signals, so they are not computed and their parameters not read; the
     * long signals are the same as with shorts on.
     */
    @Test
    void shouldSkipShortSignalsWhenItCannotShort()
    {
        final PairFrame candles = TestFrames.randomWalk("A/B", ROWS, 11);
        final SampleStrategy longOnly = new SampleStrategy();
        final SampleStrategy both = new SampleStrategy();
        both.canShort(true);
        final PairFrame frame = longOnly.runIndicators(candles).appendTo(candles);
        final Signals a = new Signals(ROWS);
        final Signals b = new Signals(ROWS);
        longOnly.runSignals(frame, a);
        both.runSignals(frame, b);
        assertArrayEquals(b.enterLong(), a.enterLong());
        assertArrayEquals(b.exitLong(), a.exitLong());
        assertTrue(count(b.enterShort()) > 0 && count(b.exitShort()) > 0, "short signals with can_short");
        assertEquals(0, count(a.enterShort()) + count(a.exitShort()));
        assertEquals(List.of("buy_rsi"), names(longOnly.parameters().reads(Phase.ENTRY)));
        assertEquals(List.of("sell_rsi"), names(longOnly.parameters().reads(Phase.EXIT)));
    }

    static final class Conditional extends ParameterTest.NoSignals
    {
        final BooleanParameter buyUseLevel = new BooleanParameter(false);
        final IntParameter buyLevel = new IntParameter(1, 9, 5);

        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
            if (buyUseLevel.value() && buyLevel.value() > 3)
            {
                signals.enterLong()[0] = Signals.ONE;
            }
        }
    }

    @Test
    void shouldTrackConditionalReadsPerRunAndEver()
    {
        final Conditional s = new Conditional();
        final PairFrame frame = TestFrames.randomWalk("A/B", 2, 1);
        s.runEntry(frame, new Signals(2));
        assertEquals(List.of("buy_use_level"), names(s.parameters().reads(Phase.ENTRY)));
        s.buyUseLevel.value(true);
        s.runEntry(frame, new Signals(2));
        assertEquals(List.of("buy_level", "buy_use_level"), names(s.parameters().reads(Phase.ENTRY)));
        s.buyUseLevel.value(false);
        s.runEntry(frame, new Signals(2));
        assertEquals(List.of("buy_use_level"), names(s.parameters().reads(Phase.ENTRY)));
        assertEquals(List.of("buy_level", "buy_use_level"), names(s.parameters().readsEver(Phase.ENTRY)));
        assertEquals(List.of(), names(s.parameters().reads(Phase.EXIT)));
    }
}
