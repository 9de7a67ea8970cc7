package io.hyperjet.worker.frame;

import java.util.List;
import java.util.SplittableRandom;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Phase;
import io.hyperjet.worker.strategy.TestFrames;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@link FrameStrategy} bound to its phases: columns set in the indicator phase reach the indicator columns,
 * {@code loc} sets signal codes and tags, and the sparse selection (memoized crossings) sets exactly the codes of
 * the dense one and of an eager row loop, epoch after epoch.
 */
class FrameStrategyTest
{
    private static final int ROWS = 5_000;

    static PairFrame candles(final int rows, final long seed)
    {
        return TestFrames.randomWalk("A/B", rows, seed);
    }

    /** An oscillator between 0 and 100 with NaN head, crossings of every level, and a mask mixing every node. */
    static class Mixed extends FrameStrategy
    {
        final IntParameter buyLevel = new IntParameter(5, 95, 30, "buy", true, true);
        final IntParameter sellLevel = new IntParameter(5, 95, 70, "sell", true, true);

        @Override
        protected void populateIndicators(final DataFrame df, final Metadata md)
        {
            final Series close = df.get("close");
            final Series change = close.diff(1);
            final Series up = Series.max(change, new Series(new double[df.rows()])).rolling(14).mean();
            final Series range = change.abs().rolling(14).mean();
            df.set("osc", up.div(range).mul(100.0));
            df.set("slow", df.get("osc").ewm(9, false).mean());
            df.set("flat", 50.0);
        }

        @Override
        protected void populateEntryTrend(final DataFrame df, final Metadata md)
        {
            df.loc(qtpylib.crossedAbove(df.get("osc"), buyLevel.value())
                    .and(df.get("slow").lt(df.get("osc").shift(2)))
                    .and(df.get("volume").gt(0))
                    .or(qtpylib.crossedBelow(df.get("osc"), buyLevel.value() / 2.0).and(df.get("close").diff(3)
                        .gt(0).not())),
                "enter_long", 1);
            df.loc(qtpylib.crossed(df.get("osc"), df.get("slow")).and(df.get("osc").gt(buyLevel.value())),
                "enter_tag", "osc_slow");
        }

        @Override
        protected void populateExitTrend(final DataFrame df, final Metadata md)
        {
            df.loc(df.get("volume").gt(0).and(qtpylib.crossedAbove(df.get("osc"), sellLevel.value())),
                "exit_long", 1);
            df.loc(df.get("osc").gt(sellLevel.value() + 20), "exit_short", 2);
        }
    }

    private static boolean[] eagerEntry(final PairFrame frame, final int level)
    {
        final double[] osc = frame.column("osc").toArray();
        final double[] slow = frame.column("slow").toArray();
        final double[] close = frame.close().toArray();
        final double[] volume = frame.volume().toArray();
        final boolean[] out = new boolean[osc.length];
        final double half = level / 2.0;
        for (int i = 1; i < osc.length; i++)
        {
            final boolean above = osc[i] > level && osc[i - 1] <= level;
            final boolean below = osc[i] < half && osc[i - 1] >= half;
            final double shifted = i >= 2 ? osc[i - 2] : Double.NaN;
            final double diff3 = i >= 3 ? close[i] - close[i - 3] : Double.NaN;
            out[i] = (above && slow[i] < shifted && volume[i] > 0) || (below && !(diff3 > 0));
        }
        return out;
    }

    @Test
    void shouldSetTheSameSignalsSparseDenseAndEagerOverEpochs()
    {
        final PairFrame candles = candles(ROWS, 7);
        final Mixed sparse = new Mixed();
        final Mixed dense = new Mixed();
        dense.numpyOptimizations(false);
        final PairFrame frame = sparse.runIndicators(candles).appendTo(candles);
        assertArrayEquals(frame.column("osc").toArray(), dense.runIndicators(candles).get("osc"));
        final Signals a = new Signals(ROWS);
        final Signals b = new Signals(ROWS);
        final SplittableRandom random = new SplittableRandom(8);
        int entries = 0;
        for (int epoch = 0; epoch < 60; epoch++)
        {
            final int buy = 5 + random.nextInt(4) * 10;
            final int sell = 55 + random.nextInt(4) * 10;
            for (final Mixed s : new Mixed[]{sparse, dense})
            {
                s.buyLevel.value(buy);
                s.sellLevel.value(sell);
            }
            sparse.runSignals(frame, a);
            dense.runSignals(frame, b);
            final boolean[] expected = eagerEntry(frame, buy);
            for (int i = 0; i < ROWS; i++)
            {
                assertEquals(expected[i] ? Signals.ONE : Signals.UNSET, a.enterLong()[i],
                    "epoch " + epoch + " row " + i);
                entries += expected[i] ? 1 : 0;
            }
            assertArrayEquals(b.enterLong(), a.enterLong(), "epoch " + epoch);
            assertArrayEquals(b.exitLong(), a.exitLong(), "epoch " + epoch);
            assertArrayEquals(b.exitShort(), a.exitShort(), "epoch " + epoch);
            assertArrayEquals(b.enterTags().toArray(), a.enterTags().toArray(), "epoch " + epoch);
        }
        assertTrue(entries > 200, "entries " + entries);
    }

    @Test
    void shouldWriteCodesAndTagsOnlyOnSelectedRows()
    {
        final PairFrame candles = candles(ROWS, 9);
        final Mixed s = new Mixed();
        final PairFrame frame = s.runIndicators(candles).appendTo(candles);
        final Signals signals = new Signals(ROWS);
        s.runSignals(frame, signals);
        final double[] osc = frame.column("osc").toArray();
        int tags = 0;
        for (int i = 0; i < ROWS; i++)
        {
            assertEquals(osc[i] > 90 ? Signals.OTHER : Signals.UNSET, signals.exitShort()[i], "row " + i);
            final String tag = signals.enterTags().tag(i);
            tags += "osc_slow".equals(tag) ? 1 : 0;
            assertTrue("".equals(tag) || "osc_slow".equals(tag));
        }
        assertTrue(tags > 10, "tags " + tags);
        assertNull(signals.exitTags().toArray());
        assertEquals(List.of("buy_level"), ParameterNames.of(s.parameters().reads(Phase.ENTRY)));
    }

    @Test
    void shouldPutIndicatorColumnsAndRefuseCandleColumns()
    {
        final PairFrame candles = candles(50, 1);
        final IndicatorColumns out = new Mixed().runIndicators(candles);
        assertEquals(List.of("osc", "slow", "flat"), List.copyOf(out.columns().keySet()));
        assertEquals(50.0, out.get("flat")[49]);
        final FrameStrategy bad = new Mixed()
        {
            @Override
            protected void populateIndicators(final DataFrame df, final Metadata md)
            {
                df.set("close", df.get("close").mul(2));
            }
        };
        final RuntimeException ex = assertThrows(RuntimeException.class, () -> bad.runIndicators(candles));
        assertTrue(ex.getMessage().contains("indicator may not replace candle column close"), ex.getMessage());
    }

    @Test
    void shouldAddNumericColumnsByMaskNanElsewhere()
    {
        final DataFrame df = DataFrame.ofColumns(List.of("x"), List.of(new Series(new double[]{1, 5, 3})));
        df.loc(df.get("x").gt(2), "y", 7);
        df.loc(df.get("x").lt(2), "x", 0);
        assertArrayEquals(new double[]{Double.NaN, 7, 7}, df.get("y").values());
        assertArrayEquals(new double[]{0, 5, 3}, df.get("x").values());
        assertEquals(List.of("x", "y"), df.columns());
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> df.get("z"));
        assertEquals("no column 'z'; columns: [x, y]", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> df.loc(df.get("x").gt(2), "enter_tag", "t"));
    }
}
