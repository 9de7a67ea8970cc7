package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;

/**
 * Freqtrade removes a whitelisted pair quoted in another currency than the stake currency before a backtest or
 * hyperopt ("Pair XRP/ETH is not compatible with your stake currency BTC. Removing it from whitelist.."); Hyperjet
 * used to trade it, counting its profits in the stake currency. Pairs without a file are skipped as before.
 */
class PairsWithDataTest
{
    @TempDir
    Path dir;

    private void touch(final String... names) throws IOException
    {
        for (final String name : names)
        {
            Files.writeString(dir.resolve(name), "");
        }
    }

    @Test
    void shouldSkipAPairQuotedInAnotherCurrencyWithOneWarning() throws IOException
    {
        touch("ETH_BTC-5m.feather", "XRP_ETH-5m.feather", "ADA_BTC-5m.feather");
        final List<String> warnings = new ArrayList<>();
        final List<String> kept = PairsWithData.keep(dir, List.of("ETH/BTC", "XRP/ETH", "ADA/BTC", "LTC/BTC"), "5m",
            null, "BTC", "config.json", warnings::add);
        assertEquals(List.of("ETH/BTC", "ADA/BTC"), kept);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("pair XRP/ETH is not compatible with your stake currency BTC (it is quoted in ETH); pair " +
            "skipped, as Freqtrade removes it from the whitelist", warnings.get(0));
        assertTrue(warnings.get(1).startsWith("no 5m data for LTC/BTC"), warnings.get(1));
    }

    @Test
    void shouldStopInOneLineWhenNoPairIsQuotedInTheStakeCurrency() throws IOException
    {
        touch("XRP_ETH-5m.feather");
        final UserInputException ex = assertThrows(UserInputException.class, () -> PairsWithData.keep(dir,
            List.of("XRP/ETH"), "5m", null, "USDT", "config.json", (line) -> { }));
        assertEquals("config key 'exchange.pair_whitelist' in config.json: no pair of [XRP/ETH] is quoted in the " +
            "stake currency USDT; list pairs quoted in USDT or change stake_currency", ex.getMessage());
    }

    @Test
    void shouldKeepEveryQuoteWithoutAStakeCurrency() throws IOException
    {
        touch("ETH_BTC-5m.feather", "XRP_ETH-5m.feather");
        assertEquals(List.of("ETH/BTC", "XRP/ETH"), PairsWithData.keep(dir, List.of("ETH/BTC", "XRP/ETH"), "5m",
            null, null, "config.json", (line) -> { }));
    }

    @Test
    void shouldReadTheQuoteOfSpotAndFuturesPairs()
    {
        assertEquals("BTC", PairsWithData.quoteCurrency("ETH/BTC"));
        assertEquals("USDT", PairsWithData.quoteCurrency("BTC/USDT:USDT"));
        assertNull(PairsWithData.quoteCurrency("ETHBTC"));
    }
}
