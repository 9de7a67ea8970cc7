package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.MINUTE_MS;
import static io.hyperjet.worker.metrics.TestTrades.T0;
import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawdownTest
{
    private final Drawdown drawdown = new Drawdown();
    private final DrawdownResult result = new DrawdownResult();

    private TradeColumns columns(final double... profits)
    {
        final List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < profits.length; i++)
        {
            trades.add(simple(10L * (i + 1), 5, profits[i]));
        }
        return new TradeColumns().fill(trades);
    }

    @Test
    void shouldFindLargestAbsoluteDrawdown()
    {
        // cum 10, 5, -5, 15, 12; high 10, 10, 10, 15, 15; dd 0, -5, -15, 0, -3
        assertTrue(drawdown.compute(columns(10, -5, -10, 20, -3), 100.0, false, result));
        assertEquals(15.0, result.drawdownAbs());
        assertEquals(10.0, result.highValue());
        assertEquals(-5.0, result.lowValue());
        assertEquals(T0 + 10 * MINUTE_MS, result.highDateMs());
        assertEquals(T0 + 30 * MINUTE_MS, result.lowDateMs());
        assertEquals(((100.0 + 10.0) - (100.0 - 5.0)) / (100.0 + 10.0), result.relativeAccountDrawdown());
    }

    @Test
    void shouldPickLargestRelativeDrawdownInRelativeMode()
    {
        // cum 100, 70, 170, 130: abs max at index 3 (40), relative max at index 1 (30 / 200 > 40 / 270)
        final TradeColumns c = columns(100, -30, 100, -40);
        assertTrue(drawdown.compute(c, 100.0, false, result));
        assertEquals(40.0, result.drawdownAbs());
        assertEquals(40.0 / 270.0, result.relativeAccountDrawdown(), 1e-15);
        assertTrue(drawdown.compute(c, 100.0, true, result));
        assertEquals(30.0, result.drawdownAbs());
        assertEquals(30.0 / 200.0, result.relativeAccountDrawdown(), 1e-15);
    }

    @Test
    void shouldNotCountALossOnTheFirstTrade()
    {
        assertFalse(drawdown.compute(columns(-5, 1), 100.0, false, result));
        assertEquals(0.0, result.drawdownAbs());
    }

    @Test
    void shouldReportNoDrawdownWithoutTrades()
    {
        assertFalse(drawdown.compute(columns(), 100.0, false, result));
        assertFalse(drawdown.compute(columns(), 100.0, true, result));
    }

    @Test
    void shouldReportNoDrawdownWhenEquityOnlyRises()
    {
        assertFalse(drawdown.compute(columns(1, 2, 3), 100.0, false, result));
    }

    @Test
    void shouldUseFirstPeakBeforeTheLow()
    {
        // cum 10, 10, 0: the peak is the first index where high reaches 10
        assertTrue(drawdown.compute(columns(10, 0, -10), 100.0, false, result));
        assertEquals(T0 + 10 * MINUTE_MS, result.highDateMs());
    }

    @Test
    void shouldSortByCloseDateKeepingResultOrderOnTies()
    {
        // result order: loss closing at 30, gain closing at 20, loss closing at 30 (tie with the first)
        final List<Trade> trades = List.of(simple(30, 5, -4), simple(20, 5, 10), simple(30, 5, -1));
        assertTrue(drawdown.compute(new TradeColumns().fill(trades), 100.0, false, result));
        // sorted: +10, -4, -1 -> cum 10, 6, 5 -> max dd at the last (tie order kept)
        assertEquals(5.0, result.drawdownAbs());
        assertEquals(5.0, result.lowValue());
    }

    @Test
    void shouldDivideByHighWithoutStartingBalance()
    {
        assertTrue(drawdown.compute(columns(10, -4), 0.0, false, result));
        assertEquals(0.4, result.relativeAccountDrawdown());
    }
}
