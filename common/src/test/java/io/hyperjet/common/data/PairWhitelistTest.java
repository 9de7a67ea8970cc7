package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

class PairWhitelistTest
{
    private static final List<String> AVAILABLE = List.of("ADA/BTC", "ETH/BTC", "ETH/USDT", "XRP/ETH");

    @Test
    void shouldExpandRegexAgainstAvailablePairs()
    {
        assertEquals(List.of("ADA/BTC", "ETH/BTC"), PairWhitelist.expand(List.of(".*/BTC"), List.of(), AVAILABLE));
    }

    @Test
    void shouldKeepWhitelistOrderWithoutDuplicates()
    {
        assertEquals(List.of("XRP/ETH", "ADA/BTC", "ETH/BTC"),
            PairWhitelist.expand(List.of("XRP/ETH", ".*/BTC", "ADA/BTC"), List.of(), AVAILABLE));
    }

    @Test
    void shouldKeepMissingPlainPairSoItsFileIsReported()
    {
        assertEquals(List.of("DOT/BTC"), PairWhitelist.expand(List.of("DOT/BTC", "NOPE.*"), List.of(), AVAILABLE));
    }

    @Test
    void shouldRemoveBlacklistedPairsAndPatterns()
    {
        assertEquals(List.of("ETH/USDT"),
            PairWhitelist.expand(List.of(".*"), List.of("XRP/ETH", ".*/BTC"), AVAILABLE));
    }

    @Test
    void shouldRejectInvalidRegex()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> PairWhitelist.expand(List.of("(BTC"), List.of(), AVAILABLE));
        assertTrue(ex.getMessage().contains("pair_whitelist"), ex.getMessage());
    }

    @Test
    void shouldNameTheConfigKeyAndFileOfABadPattern()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> PairWhitelist.expand(
            List.of("ETH/BTC"), List.of("(XRP"), AVAILABLE, "config key 'exchange.pair_whitelist' in c.json",
            "config key 'exchange.pair_blacklist' in c.json"));
        assertEquals("config key 'exchange.pair_blacklist' in c.json: '(XRP' is neither a pair nor a valid regular " +
            "expression", ex.getMessage());
    }
}
