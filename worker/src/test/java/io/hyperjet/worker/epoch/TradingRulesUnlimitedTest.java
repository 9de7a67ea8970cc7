package io.hyperjet.worker.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.worker.strategy.SignalColumns;

/**
 * An unlimited stake with unlimited max_open_trades gives every trade a stake of 0, so the run would report zero
 * trades; Freqtrade refuses the pair of settings at start, and so does Hyperjet, naming where each came from.
 */
class TradingRulesUnlimitedTest
{
    private static HyperjetConfig config(final String extra)
    {
        return ConfigLoader.fromJson("{\"fee\": 0.001, \"stoploss\": -0.1, \"timeframe\": \"5m\"" + extra + "}",
            "config.json");
    }

    @Test
    void shouldRefuseUnlimitedStakeWithMaxOpenTradesMinusOne()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> TradingRules.resolve(
            config(", \"stake_amount\": \"unlimited\", \"max_open_trades\": -1"), new SignalColumns()));
        assertEquals("config key 'max_open_trades' in config.json: max_open_trades is -1 (unlimited), and config " +
            "key 'stake_amount' in config.json is \"unlimited\": max_open_trades and stake_amount cannot both be " +
            "unlimited (each stake would be 0, so no trade could open); set max_open_trades to a positive number or " +
            "stake_amount to an amount", ex.getMessage());
    }

    @Test
    void shouldRefuseUnlimitedStakeWhenMaxMarketPositionsAreOff()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> TradingRules.resolve(
            config(", \"stake_amount\": \"unlimited\", \"max_open_trades\": 3, \"use_max_market_positions\": false"),
            new SignalColumns()));
        assertTrue(ex.getMessage().startsWith("config key 'use_max_market_positions' in config.json: " +
            "use_max_market_positions false lifts max_open_trades, and "), ex.getMessage());
    }

    @Test
    void shouldRefuseUnlimitedStakeWhenNeitherConfigNorStrategyLimitsTrades()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> TradingRules.resolve(
            config(", \"stake_amount\": \"unlimited\""), new SignalColumns()));
        assertTrue(ex.getMessage().startsWith("strategy SignalColumns sets no max_open_trades (or -1) and the " +
            "config has none, and "), ex.getMessage());
    }

    @Test
    void shouldAcceptUnlimitedStakeWithALimitAndNoLimitWithAFixedStake()
    {
        assertEquals(3, TradingRules.resolve(config(", \"stake_amount\": \"unlimited\", \"max_open_trades\": 3"),
            new SignalColumns()).maxOpenTrades());
        assertEquals(-1, TradingRules.resolve(config(", \"stake_amount\": 10, \"max_open_trades\": -1"),
            new SignalColumns()).maxOpenTrades());
    }
}
