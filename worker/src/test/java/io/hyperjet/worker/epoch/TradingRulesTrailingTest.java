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
 * Freqtrade's config validation refuses a stoploss of 0 and three trailing-stop combinations before a run, whether
 * the config or the strategy set them; Hyperjet used to run them and report a backtest Freqtrade never gives. Each
 * refusal is one line naming where the value came from.
 */
class TradingRulesTrailingTest
{
    private static HyperjetConfig config(final String extra)
    {
        return ConfigLoader.fromJson("{\"fee\": 0.001, \"stake_amount\": 10, \"timeframe\": \"5m\"" + extra + "}",
            "config.json");
    }

    private static String refusal(final String extra)
    {
        return assertThrows(UserInputException.class,
            () -> TradingRules.resolve(config(extra), new SignalColumns())).getMessage();
    }

    @Test
    void shouldRefuseAnOffsetNotAboveThePositive()
    {
        assertEquals("config key 'trailing_stop_positive_offset' in config.json: trailing_stop_positive_offset 0.02 " +
            "must be greater than trailing_stop_positive 0.03 (Freqtrade refuses it too)", refusal(
            ", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_stop_positive\": 0.03, " +
            "\"trailing_stop_positive_offset\": 0.02"));
        assertTrue(refusal(", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_stop_positive\": 0.02, " +
            "\"trailing_stop_positive_offset\": 0.02").contains("must be greater than"));
    }

    @Test
    void shouldRefuseOnlyOffsetWithoutAPositive()
    {
        assertTrue(refusal(", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_only_offset_is_reached\": true")
            .startsWith("config key 'trailing_only_offset_is_reached' in config.json: trailing_only_offset_is_reached " +
            "needs trailing_stop_positive"));
    }

    @Test
    void shouldRefuseAPositiveOfZero()
    {
        assertTrue(refusal(", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_stop_positive\": 0")
            .startsWith("config key 'trailing_stop_positive' in config.json: trailing_stop_positive must not be 0"));
    }

    @Test
    void shouldRefuseAStoplossOfZeroNamingTheKey()
    {
        assertTrue(refusal(", \"stoploss\": 0").startsWith("config key 'stoploss' in config.json: stoploss must be " +
            "negative"));
    }

    @Test
    void shouldRefuseTheStrategysOwnTrailingSettingsNamingTheStrategy()
    {
        final SignalColumns strategy = new SignalColumns();
        strategy.trailingStop(true);
        strategy.trailingStopPositive(0.05);
        strategy.trailingStopPositiveOffset(0.01);
        final String message = assertThrows(UserInputException.class, () -> TradingRules.resolve(
            config(", \"stoploss\": -0.1"), strategy)).getMessage();
        assertTrue(message.startsWith("strategy SignalColumns's trailing_stop_positive_offset: "), message);
    }

    @Test
    void shouldAcceptWhatFreqtradeAccepts()
    {
        TradingRules.resolve(config(", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_stop_positive\": 0.01, " +
            "\"trailing_stop_positive_offset\": 0.02, \"trailing_only_offset_is_reached\": true"), new SignalColumns());
        TradingRules.resolve(config(", \"stoploss\": -0.1, \"trailing_stop\": true"), new SignalColumns());
        TradingRules.resolve(config(", \"stoploss\": -0.1, \"trailing_stop\": true, \"trailing_stop_positive\": 0.01"),
            new SignalColumns());
        // off, the trailing values are not checked, as in Freqtrade
        TradingRules.resolve(config(", \"stoploss\": -0.1, \"trailing_stop\": false, \"trailing_stop_positive\": 0.03, " +
            "\"trailing_stop_positive_offset\": 0.02"), new SignalColumns());
    }
}
