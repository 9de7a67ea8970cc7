package io.hyperjet.worker.strategy;

import java.util.List;

import io.hyperjet.common.frame.PairFrame;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorColumnsTest
{
    @Test
    void shouldAppendColumnsAfterCandles()
    {
        final PairFrame candles = TestFrames.randomWalk("A/B", 3, 1);
        final IndicatorColumns out = new IndicatorColumns(3);
        out.put("x", new double[]{1, 2, 3});
        out.put("y", new double[]{4, 5, 6});
        out.put("x", new double[]{7, 8, 9});
        final PairFrame frame = out.appendTo(candles);
        assertEquals(List.of("open", "high", "low", "close", "volume", "x", "y"), List.copyOf(frame.columns().keySet()));
        assertArrayEquals(new double[]{7, 8, 9}, frame.column("x").toArray());
    }

    @Test
    void shouldRejectWrongLengthAndCandleNames()
    {
        final IndicatorColumns out = new IndicatorColumns(3);
        assertThrows(IllegalArgumentException.class, () -> out.put("x", new double[2]));
        assertThrows(IllegalArgumentException.class, () -> out.put("close", new double[3]));
    }

    static final class ShortColumn extends ParameterTest.NoSignals
    {
        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns columns)
        {
            columns.put("short", new double[1]);
        }
    }

    @Test
    void shouldNamePhaseWhenIndicatorPhaseFails()
    {
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> new ShortColumn().runIndicators(TestFrames.randomWalk("X/Y", 3, 1)));
        assertTrue(ex.getMessage().matches("strategy ShortColumn failed in populate_indicators on X/Y at " +
            "IndicatorColumnsTest\\.java:\\d+: IllegalArgumentException: indicator short has 1 rows, frame has 3"),
            ex.getMessage());
    }
}
