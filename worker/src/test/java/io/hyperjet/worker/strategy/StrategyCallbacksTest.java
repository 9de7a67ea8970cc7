package io.hyperjet.worker.strategy;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.backtest.TradeCallbacks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyCallbacksTest
{
    static class WithStop extends ParameterTest.NoSignals
    {
        WithStop()
        {
            useCustomStoploss = true;
        }

        @Override
        protected double customStoploss(
            final String pair, final Trade trade, final long timeMs, final double currentRate,
            final double currentProfit)
        {
            if (currentRate < 0)
            {
                throw new IllegalArgumentException("negative rate");
            }
            return -0.05;
        }
    }

    static final class WithStopButFlagOff extends WithStop
    {
        WithStopButFlagOff()
        {
            useCustomStoploss = false;
        }
    }

    @Test
    void shouldExposeCustomStoplossWhenOverriddenAndEnabled()
    {
        final TradeCallbacks callbacks = new WithStop().callbacks();
        assertTrue(callbacks.hasCustomStoploss());
        assertFalse(callbacks.hasCustomExit());
        assertEquals(-0.05, callbacks.customStoploss("A/B", null, 0L, 1.0, 0.0));
        assertNull(callbacks.customExit("A/B", null, 0L, 1.0, 0.0));
        assertTrue(new WithStop().needsIterativeBacktester());
    }

    @Test
    void shouldIgnoreCustomStoplossWhenFlagIsOff()
    {
        assertNull(new WithStopButFlagOff().callbacks());
        assertFalse(new WithStopButFlagOff().needsIterativeBacktester());
    }

    @Test
    void shouldNameStrategyAndCallbackWhenCallbackFails()
    {
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> new WithStop().callbacks().customStoploss("ETH/BTC", null, 0L, -1.0, 0.0));
        assertTrue(ex.getMessage().matches("strategy WithStop failed in custom_stoploss on ETH/BTC at " +
            "StrategyCallbacksTest\\.java:\\d+: IllegalArgumentException: negative rate"), ex.getMessage());
    }
}
