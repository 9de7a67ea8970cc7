package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Strategy callbacks (4.10) on the iterative backtester, and the engine's choice of backtester. */
class CallbacksTest
{
    private final BacktestEngine engine = new BacktestEngine();

    private static Candles candles()
    {
        return Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99.5, 100}, {102, 103, 101, 102}, {103, 104, 102, 103},
            {104, 105, 103, 104}}).enterLong(0);
    }

    private static TradeCallbacks customExitAt(final long timeMs, final String reason)
    {
        return new TradeCallbacks()
        {
            @Override
            public String customExit(
                final String pair, final Trade trade, final long nowMs, final double rate, final double profit)
            {
                return nowMs >= timeMs ? reason : null;
            }

            @Override
            public boolean hasCustomExit()
            {
                return true;
            }
        };
    }

    @Test
    void shouldExitAtOpenWithCustomReason()
    {
        final Candles c = candles();
        final BacktestResult r = engine.run(EntryRulesTest.base().conclude(), List.of(c.build()),
            customExitAt(c.dateMs(2), "my_exit"));
        final Trade t = r.trades().get(0);
        assertEquals("my_exit", t.exitReason);
        assertEquals(102, t.closeRate);
        assertEquals(c.dateMs(2), t.closeTimeMs);
    }

    @Test
    void shouldNameEmptyCustomReasonCustomExit()
    {
        final Candles c = candles();
        final Trade t = engine.run(EntryRulesTest.base().conclude(), List.of(c.build()),
            customExitAt(c.dateMs(2), "")).trades().get(0);
        assertEquals(ExitReasons.CUSTOM_EXIT, t.exitReason);
    }

    @Test
    void shouldCallCustomExitOnTheEntryRow()
    {
        final Candles c = candles().exitLong(1);
        final Trade t = engine.run(EntryRulesTest.base().exitProfitOnly(true).exitProfitOffset(0.5).conclude(),
            List.of(c.build()), customExitAt(c.dateMs(1), "x")).trades().get(0);
        assertEquals("x", t.exitReason);
        assertEquals(c.dateMs(1), t.openTimeMs);
        assertEquals(c.dateMs(1), t.closeTimeMs, "custom exit runs on the entry row, which has no exit signal");
    }

    @Test
    void shouldSkipCustomExitOnRowWithBlockedExitSignal()
    {
        final Candles c = candles().exitLong(1);
        final Trade t = engine.run(EntryRulesTest.base().exitProfitOnly(true).exitProfitOffset(0.5).conclude(),
            List.of(c.build()), customExitAt(c.dateMs(2), "x")).trades().get(0);
        assertEquals(c.dateMs(3), t.closeTimeMs);
    }

    @Test
    void shouldReportCustomStoplossRaiseAsTrailingStop()
    {
        final TradeCallbacks tight = new TradeCallbacks()
        {
            @Override
            public double customStoploss(
                final String pair, final Trade trade, final long nowMs, final double rate, final double profit)
            {
                return -0.01;
            }

            @Override
            public boolean hasCustomStoploss()
            {
                return true;
            }
        };
        final Trade t = engine.run(EntryRulesTest.base().conclude(), List.of(candles().build()), tight).trades()
            .get(0);
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(101 * 0.99, t.stopLossAbs);
        assertEquals(-0.01, t.stopLossRatio);
        assertEquals(99.5, t.closeRate, "entry candle: max(low, open × (1 − 0.01))");
    }

    @Test
    void shouldFallBackToIterativeForCallbacksWithReason()
    {
        final Candles c = candles();
        engine.run(EntryRulesTest.base().conclude(), List.of(c.build()), customExitAt(c.dateMs(2), "x"));
        assertTrue(engine.lastFallbackReason().contains("custom_exit"), engine.lastFallbackReason());
    }

    @Test
    void shouldRunVectorizedWithoutCallbacks()
    {
        engine.run(EntryRulesTest.base().conclude(), List.of(candles().build()), null);
        assertNull(engine.lastFallbackReason());
    }

    @Test
    void shouldFallBackWhenVectorizedIsDisabled()
    {
        engine.run(EntryRulesTest.base().vectorized(false).conclude(), List.of(candles().build()), null);
        assertTrue(engine.lastFallbackReason().contains("disabled"), engine.lastFallbackReason());
    }

    @Test
    void shouldFallBackForCandlesWithMissingDates()
    {
        final BacktestPair gappy = new Candles("A/USDT", Candles.MARCH_1_2024_MS, 7_200_000L, Candles.rising(5))
            .enterLong(0).build();
        final BacktestResult r = engine.run(EntryRulesTest.base().conclude(), List.of(gappy), null);
        assertTrue(engine.lastFallbackReason().contains("A/USDT"), engine.lastFallbackReason());
        assertEquals(1, r.trades().size());
    }
}
