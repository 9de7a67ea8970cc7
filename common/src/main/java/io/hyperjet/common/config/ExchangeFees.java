package io.hyperjet.common.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fee Freqtrade backtests with when the config has no {@code fee}: the larger of the taker and maker fee of a
 * spot market of the exchange, as ccxt 4.4 (Freqtrade 2024.10) loads it. Freqtrade reads that fee from the markets
 * it downloads at start-up; Hyperjet runs offline, so it uses this built-in copy (backtest-semantics.md 13.13).
 * <p>
 * For most exchanges the market carries a constant, which this table reproduces exactly. For some (gate, kraken,
 * kucoin, mexc, bitget, hitbtc) ccxt takes the fee from the exchange's API, per pair; for those the table holds the
 * exchange description's taker fee, and {@link Entry#fromApi()} says that the real value may differ.
 */
public final class ExchangeFees
{
    /**
     * One exchange's default fee.
     *
     * @param exchange the ccxt id.
     * @param fee      the fee ratio charged per side.
     * @param fromApi  true when Freqtrade would get the fee from the exchange's API instead.
     */
    public record Entry(String exchange, double fee, boolean fromApi)
    {
    }

    private static final Map<String, Entry> TABLE = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
        "gateio", "gate",
        "huobi", "htx",
        "coinbasepro", "coinbaseexchange");

    static
    {
        fixed("binance", 0.001);
        fixed("bingx", 0.001);
        fixed("bitmart", 0.004);
        fixed("bybit", 0.001);
        fixed("htx", 0.002);
        fixed("okx", 0.0015);
        fixed("bitvavo", 0.0025);
        fixed("hyperliquid", 0.00035);
        fixed("bitpanda", 0.0015);
        fixed("cryptocom", 0.004);
        fixed("lbank", 0.001);
        fixed("coinbaseexchange", 0.006);
        api("gate", 0.002);
        api("kraken", 0.0026);
        api("kucoin", 0.001);
        api("mexc", 0.002);
        api("bitget", 0.002);
        api("hitbtc", 0.0009);
    }

    private ExchangeFees()
    {
    }

    private static void fixed(final String exchange, final double fee)
    {
        TABLE.put(exchange, new Entry(exchange, fee, false));
    }

    private static void api(final String exchange, final double fee)
    {
        TABLE.put(exchange, new Entry(exchange, fee, true));
    }

    /**
     * The default fee of an exchange.
     *
     * @param exchangeName {@code exchange.name} as configured (case does not matter; ccxt aliases such as
     *                     {@code gateio} are accepted).
     * @return the entry, or null for an exchange not in the table.
     */
    public static Entry lookup(final String exchangeName)
    {
        if (null == exchangeName)
        {
            return null;
        }
        final String id = exchangeName.trim().toLowerCase(Locale.ROOT);
        return TABLE.get(ALIASES.getOrDefault(id, id));
    }

    /**
     * Every exchange of the table, in the order of the spec.
     *
     * @return the entries.
     */
    public static Iterable<Entry> entries()
    {
        return TABLE.values();
    }
}
