package io.hyperjet.worker.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.SignalColumns;
import io.hyperjet.worker.strategy.Strategy;

/**
 * can_short in spot mode stops the run (Freqtrade refuses short strategies in spot markets, and Hyperjet refuses
 * the other trading modes), whether the strategy sets it or SignalColumns reads it from the config.
 */
class TradingRulesShortsTest
{
    /** A strategy that declares it may short. */
    public static final class Shorter extends Strategy
    {
        public Shorter()
        {
            timeframe = "5m";
            stoploss = -0.1;
            canShort = true;
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
        return ConfigLoader.fromJson("{\"stake_amount\": 100, \"fee\": 0.001, \"stoploss\": -0.1, " +
            "\"timeframe\": \"5m\"" + extra + "}", "config.json");
    }

    @Test
    void shouldRefuseAStrategyThatShortsInSpotMode()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> TradingRules.resolve(config(""), new Shorter()));
        assertEquals("strategy Shorter sets can_short = True, but shorts need trading_mode futures or margin, " +
            "which Hyperjet does not support (funding fees, liquidation and leverage are not simulated; Freqtrade " +
            "also refuses short strategies in spot markets); set can_short to false, and short signals are ignored",
            ex.getMessage());
    }

    @Test
    void shouldRefuseCanShortFromTheConfigForSignalColumnsNamingTheFile()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> TradingRules.resolve(config(", \"can_short\": true"), new SignalColumns()));
        assertEquals("config.json: can_short is true, but shorts need trading_mode futures or margin",
            ex.getMessage().substring(0, ex.getMessage().indexOf(", which")));
    }

    @Test
    void shouldReadCanShortFromTheConfigForSignalColumnsOnly()
    {
        assertEquals(true, new SignalColumns().canShort(config(", \"can_short\": true")));
        assertEquals(false, new SignalColumns().canShort(config(", \"can_short\": false")));
        assertEquals(false, new SignalColumns().canShort(config("")));
        TradingRules.resolve(config(", \"can_short\": false"), new SignalColumns());
    }
}
