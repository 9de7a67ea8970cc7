package io.hyperjet.common.config;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Freqtrade keys Hyperjet refuses, with the values that are refused and what to do instead. A refused key would
 * change Freqtrade's result in a way Hyperjet does not reproduce, so accepting it would give a different backtest
 * while looking like the same one. Values that cannot change a result (a StaticPairList, {@code
 * position_adjustment_enable: false}, {@code trading_mode: "spot"}) pass.
 */
final class RefusedKeys
{
    static final String STATIC_PAIR_LIST = "StaticPairList";

    private RefusedKeys()
    {
    }

    static void register(final Map<String, ConfigKeys.Check> refused)
    {
        refused.put("pairlists", RefusedKeys::pairlists);
        refused.put("trading_mode", (v) -> v.isTextual() && !"spot".equals(v.asText()) ?
            "\"" + v.asText() + "\" is not supported (funding fees, liquidation and leverage are not implemented); " +
            "use \"spot\"" : null);
        refused.put("position_adjustment_enable", (v) -> v.asBoolean(false) ?
            "position adjustment (adjust_trade_position, DCA) is not implemented; set it to false" : null);
        always(refused, "strategy_list", "several strategies in one run are not supported; run one backtest per " +
            "strategy with --strategy");
        always(refused, "ticker_interval", "it was renamed; use timeframe");
        always(refused, "logfile", "give it on the command line instead: --logfile FILE (the log is opened before " +
            "the config is read)");
        always(refused, "protections", "Freqtrade 2024.10 refuses it too; declare protections in the strategy's " +
            "protections() and turn them on with enable_protections");
        renamed(refused, "", "use_sell_signal", "use_exit_signal");
        renamed(refused, "", "sell_profit_only", "exit_profit_only");
        renamed(refused, "", "sell_profit_offset", "exit_profit_offset");
        renamed(refused, "", "ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal");
        renamed(refused, "ask_strategy.", "use_sell_signal", "use_exit_signal");
        renamed(refused, "ask_strategy.", "sell_profit_only", "exit_profit_only");
        renamed(refused, "ask_strategy.", "sell_profit_offset", "exit_profit_offset");
        renamed(refused, "ask_strategy.", "ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal");
        renamed(refused, "experimental.", "use_sell_signal", "use_exit_signal");
        renamed(refused, "experimental.", "sell_profit_only", "exit_profit_only");
        renamed(refused, "experimental.", "ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal");
        refused.put("export", (v) -> "signals".equals(v.asText()) ?
            "\"signals\" (the signal candles export) is not supported; use \"trades\" or \"none\"" : null);
        refused.put("freqai.enabled", (v) -> v.asBoolean(false) ?
            "FreqAI is not supported; set freqai.enabled to false" : null);
        refused.put("edge.enabled", (v) -> v.asBoolean(false) ?
            "Edge positioning is not supported; set edge.enabled to false" : null);
    }

    private static void always(final Map<String, ConfigKeys.Check> refused, final String key, final String why)
    {
        refused.put(key, (v) -> why);
    }

    private static void renamed(
        final Map<String, ConfigKeys.Check> refused, final String section, final String oldName,
        final String newName)
    {
        refused.put(section + oldName, (v) -> "it was renamed; use the top-level key " + newName);
    }

    private static String pairlists(final JsonNode v)
    {
        if (!v.isArray())
        {
            return "expected a list of pairlist objects; use [{\"method\": \"StaticPairList\"}] or remove it";
        }
        for (final JsonNode pairlist : v)
        {
            final String method = pairlist.path("method").asText("");
            if (!STATIC_PAIR_LIST.equals(method))
            {
                return "\"" + method + "\" is not supported (Hyperjet has no exchange to rank or filter pairs " +
                    "with); use a static exchange.pair_whitelist and {\"method\": \"StaticPairList\"} only";
            }
        }
        return null;
    }
}
