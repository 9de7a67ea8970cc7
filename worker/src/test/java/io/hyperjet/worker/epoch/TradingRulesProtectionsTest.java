package io.hyperjet.worker.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.protection.ProtectionMethod;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Strategy;

/** enable_protections, the refused config key, and protections read from the strategy with its current values. */
class TradingRulesProtectionsTest
{
    /** A strategy whose cooldown length is a protection-space parameter. */
    public static final class Guarded extends Strategy
    {
        final IntParameter cooldown = new IntParameter(1, 8, 2, "protection");

        public Guarded()
        {
            timeframe = "1h";
            stoploss = -0.1;
        }

        @Override
        protected List<Map<String, Object>> protections()
        {
            return List.of(protection("CooldownPeriod", "stop_duration_candles", cooldown.value()),
                protection("MaxDrawdown", "max_allowed_drawdown", 0.2));
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
        return ConfigLoader.fromJson("{\"stake_amount\": 100, \"fee\": 0.001" + extra + "}", "config.json");
    }

    @Test
    void shouldIgnoreTheStrategysProtectionsUnlessEnabled()
    {
        final Guarded strategy = new Guarded();
        final TradingRules rules = TradingRules.resolve(config(""), strategy);
        assertFalse(rules.protectionsEnabled());
        assertTrue(rules.backtestSettings(null, strategy).protections().isEmpty());
        assertFalse(rules.reportSettings(rules.backtestSettings(null, strategy)).enableProtections());
    }

    @Test
    void shouldReadTheProtectionsWithTheCurrentParameterValues()
    {
        final Guarded strategy = new Guarded();
        final TradingRules rules = TradingRules.resolve(config(", \"enable_protections\": true"), strategy);
        assertTrue(rules.reportSettings(rules.backtestSettings(null, strategy)).enableProtections());
        strategy.parameters().setValues(Map.of("cooldown", 5));
        final BacktestSettings settings = rules.backtestSettings(null, strategy);
        assertEquals(2, settings.protections().size());
        assertEquals(ProtectionMethod.COOLDOWN_PERIOD, settings.protections().get(0).method());
        assertEquals("CooldownPeriod(stop for 5 candles, lookback 60 minutes)",
            settings.protections().get(0).toString());
        assertTrue(new BacktestEngine().fallbackReason(settings, List.of(), null).startsWith("protections are enabled"));
    }

    @Test
    void shouldRefuseProtectionsInTheConfigWithOneLine()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> TradingRules.resolve(config(", \"protections\": []"), new Guarded()));
        assertEquals("config key 'protections' in config.json is refused: Freqtrade 2024.10 refuses it too; " +
            "declare protections in the strategy's protections() and turn them on with enable_protections",
            ex.getMessage());
    }
}
