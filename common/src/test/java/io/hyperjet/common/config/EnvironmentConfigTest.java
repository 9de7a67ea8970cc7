package io.hyperjet.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;

/**
 * Freqtrade's FREQTRADE__SECTION__KEY environment variables set config keys over the files, below the flags.
 */
class EnvironmentConfigTest
{
    @TempDir
    Path dir;

    private Path config() throws IOException
    {
        return Files.writeString(dir.resolve("config.json"), "{\"max_open_trades\": 3, \"stake_amount\": 10, " +
            "\"exchange\": {\"name\": \"binance\", \"pair_whitelist\": [\"ETH/BTC\"]}}");
    }

    @Test
    void shouldSetKeysOverTheFilesWithFreqtradesTypes() throws IOException
    {
        final HyperjetConfig c = new ConfigLoader().file(config()).environment(Map.of(
            "FREQTRADE__MAX_OPEN_TRADES", "5",
            "FREQTRADE__STAKE_AMOUNT", "unlimited",
            "FREQTRADE__TRADABLE_BALANCE_RATIO", "0.5",
            "FREQTRADE__TRAILING_STOP", "True",
            "FREQTRADE__EXCHANGE__PAIR_WHITELIST", "[\"LTC/BTC\", \"XRP/BTC\"]",
            "FREQTRADE__EXCHANGE__KEY", "123",
            "HOME", "/root")).load();
        assertEquals(5, c.trading().maxOpenTrades());
        assertTrue(c.trading().isStakeAmountUnlimited());
        assertEquals(0.5, c.trading().tradableBalanceRatio());
        assertTrue(c.trading().trailingStop());
        assertEquals(List.of("LTC/BTC", "XRP/BTC"), c.pairWhitelist());
        assertEquals("binance", c.exchangeName());
        assertFalse(c.raw().path("exchange").has("key"), "credentials are removed wherever they come from");
        assertEquals("environment variable FREQTRADE__MAX_OPEN_TRADES", c.source("max_open_trades"));
    }

    @Test
    void shouldLetAFlagWinAndNameTheVariableInMessages() throws IOException
    {
        final HyperjetConfig c = new ConfigLoader().file(config())
            .environment(Map.of("FREQTRADE__MAX_OPEN_TRADES", "5")).override("max_open_trades", "--max-open-trades", 2)
            .load();
        assertEquals(2, c.trading().maxOpenTrades());
        final UserInputException ex = assertThrows(UserInputException.class, () -> new ConfigLoader().file(config())
            .environment(Map.of("FREQTRADE__MAX_OPEN_TRADES", "five")).load());
        assertTrue(ex.getMessage().startsWith("config key 'max_open_trades' in environment variable " +
            "FREQTRADE__MAX_OPEN_TRADES: expected an integer"), ex.getMessage());
    }

    @Test
    void shouldTypeValuesAsFreqtrade()
    {
        assertEquals("5", EnvironmentConfig.typed("5").toString());
        assertEquals("-0.1", EnvironmentConfig.typed("-0.1").toString());
        assertEquals("false", EnvironmentConfig.typed("f").toString());
        assertEquals("\"0x10\"", EnvironmentConfig.typed("0x10").toString());
        assertEquals("\"1.5d\"", EnvironmentConfig.typed("1.5d").toString());
        assertEquals("\"{\\\"a\\\":1}\"", EnvironmentConfig.typed("{\"a\":1}").toString(), "only lists are parsed");
        assertEquals("\"5m\"", EnvironmentConfig.typed("5m").toString());
        assertEquals("{\"telegram\":{\"chat_id\":\"0123\"}}",
            EnvironmentConfig.read(Map.of("FREQTRADE__TELEGRAM__CHAT_ID", "0123")).get(
                "FREQTRADE__TELEGRAM__CHAT_ID").toString());
    }
}
