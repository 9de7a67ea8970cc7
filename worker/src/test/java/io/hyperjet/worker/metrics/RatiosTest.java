package io.hyperjet.worker.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.DAY_MS;
import static io.hyperjet.worker.metrics.TestTrades.T0;
import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RatiosTest
{
    private final Ratios ratios = new Ratios();
    private final TradeColumns three = new TradeColumns().fill(List.of(simple(10, 5, 30), simple(20, 5, -10),
        simple(30, 5, 20)));

    @Test
    void shouldComputeSharpeWithPopulationStd()
    {
        // r = 0.03, -0.01, 0.02 (start 1000); mean 0.04 / 3; deviations 0.05/3, -0.07/3, 0.02/3; mean daily 0.04 / 4
        final double std = Math.sqrt((0.0025 + 0.0049 + 0.0004) / 9.0 / 3.0);
        assertEquals(0.01 / std * Math.sqrt(365.0), ratios.sharpe(three, T0, T0 + 4 * DAY_MS, 1000.0), 1e-12);
    }

    @Test
    void shouldGiveMinus100SharpeForASingleTrade()
    {
        final TradeColumns one = new TradeColumns().fill(List.of(simple(10, 5, 30)));
        assertEquals(-100.0, ratios.sharpe(one, T0, T0 + DAY_MS, 1000.0));
    }

    @Test
    void shouldGiveZeroRatiosWithoutTradesOrRange()
    {
        assertEquals(0.0, ratios.sharpe(new TradeColumns().fill(List.of()), T0, T0 + DAY_MS, 1000.0));
        assertEquals(0.0, ratios.sharpe(three, T0, T0, 1000.0));
        assertEquals(0.0, ratios.sortino(three, T0, T0, 1000.0));
        assertEquals(0.0, Ratios.calmar(three, T0, T0, 1000.0, 0.1));
    }

    @Test
    void shouldUseOneDayWhenRangeIsShorterThanADay()
    {
        final double twoDays = ratios.sharpe(three, T0, T0 + 2 * DAY_MS, 1000.0);
        assertEquals(twoDays * 2.0, ratios.sharpe(three, T0, T0 + DAY_MS / 2, 1000.0), 1e-12);
    }

    @Test
    void shouldComputeSortinoOverLosingTradesOnly()
    {
        final TradeColumns c = new TradeColumns().fill(List.of(simple(10, 5, 30), simple(20, 5, -10),
            simple(30, 5, -30)));
        // downside returns -0.01, -0.03: population std 0.01; mean daily = -0.01 / 2
        assertEquals(-0.005 / 0.01 * Math.sqrt(365.0), ratios.sortino(c, T0, T0 + 2 * DAY_MS, 1000.0), 1e-12);
    }

    @Test
    void shouldGiveMinus100SortinoWithoutLosers()
    {
        final TradeColumns c = new TradeColumns().fill(List.of(simple(10, 5, 30), simple(20, 5, 10)));
        assertEquals(-100.0, ratios.sortino(c, T0, T0 + 2 * DAY_MS, 1000.0));
    }

    @Test
    void shouldComputeCalmarFromAccountDrawdown()
    {
        // total 40 / 1000 / 4 days * 100 = 1.0 per day
        assertEquals(1.0 / 0.02 * Math.sqrt(365.0), Ratios.calmar(three, T0, T0 + 4 * DAY_MS, 1000.0, 0.02), 1e-9);
        assertEquals(-100.0, Ratios.calmar(three, T0, T0 + 4 * DAY_MS, 1000.0, 0.0));
    }

    @Test
    void shouldComputeCagrAndZeroForNegativeBalance()
    {
        assertEquals(Math.pow(1.1, 365.0 / 73.0) - 1.0, Ratios.cagr(73, 1000.0, 1100.0), 1e-12);
        assertEquals(0.0, Ratios.cagr(10, 1000.0, -1.0));
    }

    @Test
    void shouldFloorBacktestDaysAndKeepAtLeastOne()
    {
        assertEquals(1, Ratios.backtestDays(T0, T0 + DAY_MS - 1));
        assertEquals(2, Ratios.backtestDays(T0, T0 + 2 * DAY_MS + DAY_MS / 2));
    }
}
