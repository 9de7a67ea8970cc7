package io.hyperjet.worker.epoch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The config's use_custom_stoploss replaces the strategy's, as Freqtrade's StrategyResolver does: it decides whether
 * the strategy's custom_stoploss is called (and so whether the iterative backtester runs).
 */
class TradingRulesCustomStoplossTest
{
    /** Overrides customStoploss; whether it is used comes from the constructor. */
    public static final class WithStop extends Strategy
    {
        public WithStop(final boolean use)
        {
            timeframe = "5m";
            stoploss = -0.1;
            useCustomStoploss = use;
        }

        @Override
        protected double customStoploss(
            final String pair, final Trade trade, final long timeMs, final double currentRate,
            final double currentProfit)
        {
            return -0.05;
        }

        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
        }

        @Override
        protected void populateExitTrend(final PairFrame frame, final Signals signals)
        {
        }
    }

    private static HyperjetConfig config(final String extra)
    {
        return ConfigLoader.fromJson("{\"stake_amount\": 100, \"fee\": 0.001, \"timeframe\": \"5m\"" + extra + "}",
            "config.json");
    }

    @Test
    void shouldTurnTheCallbackOnWhenTheConfigSaysTrue()
    {
        final WithStop strategy = new WithStop(false);
        TradingRules.resolve(config(", \"use_custom_stoploss\": true"), strategy);
        assertTrue(strategy.useCustomStoploss());
        assertTrue(strategy.callbacks().hasCustomStoploss());
    }

    @Test
    void shouldTurnTheCallbackOffWhenTheConfigSaysFalse()
    {
        final WithStop strategy = new WithStop(true);
        TradingRules.resolve(config(", \"use_custom_stoploss\": false"), strategy);
        assertFalse(strategy.needsIterativeBacktester());
    }

    @Test
    void shouldKeepTheStrategysWithoutTheKey()
    {
        final WithStop on = new WithStop(true);
        TradingRules.resolve(config(""), on);
        assertTrue(on.callbacks().hasCustomStoploss());
        final WithStop off = new WithStop(false);
        TradingRules.resolve(config(""), off);
        assertFalse(off.needsIterativeBacktester());
    }
}
