package io.hyperjet.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.hyperjet.common.UserInputException;

class FeeChoiceTest
{
    private static HyperjetConfig exchange(final String name)
    {
        return ConfigLoader.fromJson("{\"exchange\": {\"name\": \"" + name + "\"}}", "c.json");
    }

    // The "default fee (max)" column of backtest-semantics.md 13.13; API rows carry the description's taker fee.
    @ParameterizedTest
    @CsvSource({
        "binance, 0.001, false", "bingx, 0.001, false", "bitmart, 0.004, false", "bybit, 0.001, false",
        "htx, 0.002, false", "okx, 0.0015, false", "bitvavo, 0.0025, false", "hyperliquid, 0.00035, false",
        "bitpanda, 0.0015, false", "cryptocom, 0.004, false", "lbank, 0.001, false",
        "coinbaseexchange, 0.006, false", "coinbasepro, 0.006, false", "gateio, 0.002, true", "huobi, 0.002, false",
        "gate, 0.002, true", "kraken, 0.0026, true", "kucoin, 0.001, true", "mexc, 0.002, true",
        "bitget, 0.002, true", "hitbtc, 0.0009, true", "Binance, 0.001, false"})
    void shouldUseTheSpecTableWithoutFee(final String exchange, final double fee, final boolean fromApi)
    {
        final FeeChoice choice = exchange(exchange).trading().feeChoice();
        assertEquals(fee, choice.fee());
        assertEquals(fee, exchange(exchange).trading().fee());
        assertEquals(fromApi, choice.warning());
    }

    @Test
    void shouldListEighteenExchanges()
    {
        int n = 0;
        for (final ExchangeFees.Entry ignored : ExchangeFees.entries())
        {
            n++;
        }
        assertEquals(18, n);
        assertNull(ExchangeFees.lookup("binanceus"));
        assertNull(ExchangeFees.lookup(null));
    }

    @Test
    void shouldSayWhichDefaultWasUsed()
    {
        assertEquals("fee 0.001 (binance's default taker fee; set \"fee\" to override)",
            exchange("binance").trading().feeChoice().line());
        assertEquals("fee 0.00035 (hyperliquid's default taker fee; set \"fee\" to override)",
            exchange("hyperliquid").trading().feeChoice().line());
        assertEquals("fee 0.0026 (kraken's taker fee from its ccxt description; Freqtrade uses the fee kraken's " +
            "API reports for the pair, which can differ; set \"fee\" to override)",
            exchange("kraken").trading().feeChoice().line());
    }

    @Test
    void shouldPreferTheConfiguredFeeAndNameItsSource()
    {
        final HyperjetConfig file = ConfigLoader.fromJson(
            "{\"fee\": 0.0005, \"exchange\": {\"name\": \"binance\"}}", "c.json");
        assertEquals(0.0005, file.trading().fee());
        assertEquals("fee 0.0005 (from \"fee\" in c.json)", file.trading().feeChoice().line());
        final HyperjetConfig zero = ConfigLoader.fromJson("{\"fee\": 0, \"exchange\": {\"name\": \"nowhere\"}}", "c");
        assertEquals(0.0, zero.trading().fee());
        final HyperjetConfig cli = new ConfigLoader().override("fee", 0.002).override("exchange.name", "foo").load();
        assertEquals("fee 0.002 (from --fee)", cli.trading().feeChoice().line());
        assertFalse(cli.trading().feeChoice().warning());
    }

    @Test
    void shouldStopForAnExchangeWithoutDefault()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> exchange("binanceus").trading().fee());
        assertEquals("config key 'exchange.name' in c.json: no built-in default fee for exchange 'binanceus'; " +
            "set \"fee\" (e.g. \"fee\": 0.001) or use --fee", ex.getMessage());
    }

    @Test
    void shouldStopWithoutFeeAndExchange()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> ConfigLoader.fromJson("{\"datadir\": \"/d\"}", "c.json").trading().feeChoice());
        assertEquals("config key 'fee' is not set in c.json, and there is no exchange.name to take the default fee " +
            "from; set \"fee\" (e.g. \"fee\": 0.001) or use --fee", ex.getMessage());
    }

    @Test
    void shouldPrintDefaultsToOutAndApiValuesAsWarning()
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        exchange("okx").trading().feeChoice().print(new PrintWriter(out, true), new PrintWriter(err, true));
        exchange("mexc").trading().feeChoice().print(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals("fee 0.0015 (okx's default taker fee; set \"fee\" to override)" + System.lineSeparator(),
            out.toString());
        assertTrue(err.toString().startsWith("hyperjet: warning: fee 0.002 (mexc's taker fee"), err.toString());
        assertEquals(1, err.toString().lines().count());
    }
}
