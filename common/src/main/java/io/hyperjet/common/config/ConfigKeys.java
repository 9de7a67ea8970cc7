package io.hyperjet.common.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.time.Timeframes;
import io.hyperjet.common.time.Timerange;

/**
 * The config keys Hyperjet knows, each with its check, and the real Freqtrade keys it accepts without using them.
 * Keys use Freqtrade's names; nested keys are dotted ({@code exchange.name}).
 */
final class ConfigKeys
{
    /**
     * Checks one value; returns null when it is fine, else what was expected.
     */
    @FunctionalInterface
    interface Check
    {
        String check(JsonNode value);
    }

    static final Map<String, Check> KNOWN = new LinkedHashMap<>();

    /** The fields of {@code order_types} that name an order type, as Freqtrade's schema lists them. */
    private static final String[] ORDER_TYPE_FIELDS =
        {"entry", "exit", "emergency_exit", "force_entry", "force_exit", "stoploss"};

    /** The fields Freqtrade's config schema requires in {@code order_types}. */
    private static final String[] REQUIRED_ORDER_TYPE_FIELDS = {"entry", "exit", "stoploss", "stoploss_on_exchange"};

    /** Freqtrade's old {@code order_types} field names and the new ones it renames them to. */
    private static final String[][] OLD_ORDER_TYPE_FIELDS = {{"buy", "entry"}, {"sell", "exit"},
        {"emergencysell", "emergency_exit"}, {"forcesell", "force_exit"}, {"forcebuy", "force_entry"},
        {"emergencyexit", "emergency_exit"}, {"forceexit", "force_exit"}, {"forceentry", "force_entry"}};

    /**
     * Real Freqtrade keys that do not affect a backtest or hyperopt here: accepted silently. Some are refused with
     * particular values ({@link #REFUSED}); docs/config-keys.md says why each one cannot change a result.
     */
    static final Set<String> IGNORED = Set.of(
        "$schema", "dry_run", "bot_name", "entry_pricing", "exit_pricing", "pairlists", "telegram", "api_server",
        "unfilledtimeout", "internals", "initial_state", "force_entry_enable",
        "db_url", "freqai", "edge", "webhook", "discord", "producer", "external_message_consumer",
        "cancel_open_orders_on_exit", "process_only_new_candles", "minimum_trade_amount", "reduce_df_footprint",
        "dataformat_trades", "position_adjustment_enable",
        "max_entry_position_adjustment", "liquidation_buffer", "fiat_display_currency",
        "hyperopt_path", "ignore_buying_expired_candle_after", "verbosity",
        "sd_notify", "backtest_breakdown", "backtest_cache", "analysis_groups", "ask_strategy", "bid_strategy",
        "experimental",
        "custom_price_max_distance_ratio", "download_trades", "candle_type_def", "order_book_top",
        "stoploss_on_exchange",
        "stoploss_on_exchange_interval", "emergency_exit", "force_exit", "plot_config", "dataformat_ohlcv_legacy",
        "hyperopt_show_index", "print_colorized", "print_json", "hyperopt_list_best", "hyperopt_list_profitable",
        "enable_protections", "dry_run_wallet_per_pair", "futures_funding_rate", "strategy_path_list",
        "timeframe_detail_list", "breakdown", "trading_mode_def", "unlimited_stake_warning",
        "new_pairs_days", "amount_reserve_percent", "targeted_trade_amount", "lookahead_analysis_exportfilename",
        "startup_candle", "coingecko", "orderflow", "disable_dataframe_checks", "analyze_per_epoch", "print_all",
        "exchange.key", "exchange.secret", "exchange.password", "exchange.uid", "exchange.enable_ws",
        "exchange.ccxt_config", "exchange.ccxt_sync_config", "exchange.ccxt_async_config",
        "exchange.markets_refresh_interval", "exchange.skip_pair_validation", "exchange.skip_open_order_update",
        "exchange.unknown_fee_rate", "exchange.log_responses", "exchange.outdated_offset", "exchange.only_from_ccxt");

    /**
     * Freqtrade keys whose value would change a result in a way Hyperjet does not reproduce: each check returns
     * null when the value is harmless, else why it is refused and what to do instead.
     */
    static final Map<String, Check> REFUSED = new LinkedHashMap<>();

    private ConfigKeys()
    {
    }

    static
    {
        string("user_data_dir");
        string("datadir");
        string("python_executable");
        KNOWN.put(ConfigLoader.ADD_CONFIG_FILES, ConfigKeys::stringList);
        // Freqtrade's StrategyResolver puts them over the strategy's: they decide whether a .py strategy's
        // custom_entry_price / custom_exit_price are called, and reach its confirm_trade_* callbacks
        KNOWN.put("order_types", ConfigKeys::orderTypes);
        KNOWN.put("order_time_in_force", (v) -> v.isObject() ? null : "an object");
        KNOWN.put("exchange", (v) -> v.isObject() ? null : "an object");
        string("exchange.name");
        KNOWN.put("exchange.pair_whitelist", ConfigKeys::stringList);
        KNOWN.put("exchange.pair_blacklist", ConfigKeys::stringList);
        KNOWN.put("timeframe", ConfigKeys::timeframe);
        KNOWN.put("timeframe_detail", ConfigKeys::timeframe);
        KNOWN.put("timerange", ConfigKeys::timerange);
        KNOWN.put("dataformat_ohlcv", ConfigKeys::dataFormat);
        integer("startup_candle_count", 0, Integer.MAX_VALUE);
        string("strategy");
        string("strategy_path");
        integer("max_open_trades", -1, Integer.MAX_VALUE);
        bool("use_max_market_positions");
        string("stake_currency");
        KNOWN.put("stake_amount", ConfigKeys::stakeAmount);
        number("tradable_balance_ratio", 0, 1, false);
        number("dry_run_wallet", 0, Double.MAX_VALUE, false);
        number("available_capital", 0, Double.MAX_VALUE, false);
        bool("amend_last_stake_amount");
        number("last_stake_amount_min_ratio", 0, 1, true);
        number("fee", 0, 0.1, true);
        number("min_stake", 0, Double.MAX_VALUE, true);
        KNOWN.put("minimal_roi", ConfigKeys::minimalRoi);
        number("stoploss", -1, 0, true);
        bool("trailing_stop");
        number("trailing_stop_positive", 0, 1, true);
        number("trailing_stop_positive_offset", 0, 1, true);
        bool("trailing_only_offset_is_reached");
        bool("use_exit_signal");
        // over the strategy's, as Freqtrade's StrategyResolver: it decides whether custom_stoploss is called
        bool("use_custom_stoploss");
        // RunInputs adds the strategy folder's subfolders to the strategy search
        bool("recursive_strategy_search");
        // read only by the built-in SignalColumns strategy (its own rule; Freqtrade has no such config key)
        bool("can_short");
        bool("exit_profit_only");
        number("exit_profit_offset", -1, 1, true);
        bool("ignore_roi_if_entry_signal");
        KNOWN.put("trading_mode", (v) -> oneOf(v, "spot", "futures", "margin"));
        KNOWN.put("margin_mode", (v) -> oneOf(v, "", "isolated", "cross"));
        bool("position_stacking");
        integer("epochs", 1, Integer.MAX_VALUE);
        KNOWN.put("spaces", ConfigKeys::stringList);
        string("hyperopt_loss");
        KNOWN.put("hyperopt_jobs", (v) -> v.isIntegralNumber() && v.asLong() != 0 && v.canConvertToInt() ?
            null : "an integer other than 0 (-1 = automatic)");
        KNOWN.put("hyperopt_batch_size", (v) -> v.isIntegralNumber() && v.canConvertToInt() &&
            (v.asInt() == -1 || v.asInt() >= 1) ? null : "-1 (automatic) or an integer >= 1");
        integer("hyperopt_min_trades", 0, Integer.MAX_VALUE);
        integer("hyperopt_lag", 1, OptimizationSettings.HYPEROPT_LAG_MAX);
        KNOWN.put("hyperopt_results_trades", (v) -> oneOf(v, "best", "all", "none"));
        KNOWN.put("hyperopt_random_state", (v) -> v.isIntegralNumber() && v.canConvertToLong() ? null : "an integer");
        KNOWN.put("export", (v) -> oneOf(v, "none", "trades", "signals"));
        string("exportfilename");
        bool("use_shared_memory");
        string("shared_memory_dir");
        string("shared_memory_fallback_dir");
        string("cluster");
        number("shared_memory_threshold_mb", 0, Double.MAX_VALUE, true);
        number("memory_map_threshold_mb", 0, Double.MAX_VALUE, true);
        bool("enable_performance_optimizations");
        bool("enable_vectorized_backtesting");
        bool("enable_indicator_cache");
        bool("enable_signal_cache");
        number("cache_size_mb", 0, Double.MAX_VALUE, true);
        bool("numpy_optimizations");
        bool("hyperopt_ignore_missing_space");
        bool("disableparamexport");
        number("worker_timeout_s", 0, Double.MAX_VALUE, false);
        RefusedKeys.register(REFUSED);
    }

    private static void string(final String key)
    {
        KNOWN.put(key, (v) -> v.isTextual() ? null : "a string");
    }

    private static void bool(final String key)
    {
        KNOWN.put(key, (v) -> v.isBoolean() ? null : "true or false");
    }

    private static void integer(final String key, final int min, final int max)
    {
        final String expected = "an integer" + (min == Integer.MIN_VALUE ? "" : " >= " + min) +
            (max == Integer.MAX_VALUE ? "" : " and <= " + max);
        KNOWN.put(key, (v) -> v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= min && v.asInt() <= max ?
            null : expected);
    }

    private static void number(final String key, final double min, final double max, final boolean minInclusive)
    {
        final String expected = "a number " + (minInclusive ? ">= " : "> ") + fmt(min) +
            (max == Double.MAX_VALUE ? "" : " and <= " + fmt(max));
        KNOWN.put(key, (v) -> v.isNumber() && (minInclusive ? v.asDouble() >= min : v.asDouble() > min) &&
            v.asDouble() <= max ? null : expected);
    }

    private static String fmt(final double v)
    {
        return v == Math.rint(v) ? Long.toString((long)v) : Double.toString(v);
    }

    private static String oneOf(final JsonNode v, final String... allowed)
    {
        if (v.isTextual())
        {
            for (final String a : allowed)
            {
                if (a.equals(v.asText()))
                {
                    return null;
                }
            }
        }
        return "one of \"" + String.join("\", \"", allowed) + "\"";
    }

    static String stringList(final JsonNode v)
    {
        if (!v.isArray())
        {
            return "a list of strings";
        }
        for (final JsonNode e : v)
        {
            if (!e.isTextual())
            {
                return "a list of strings";
            }
        }
        return null;
    }

    private static String timeframe(final JsonNode v)
    {
        return v.isTextual() && Timeframes.isValid(v.asText()) ? null : "a timeframe such as \"5m\" or \"1h\"";
    }

    private static String timerange(final JsonNode v)
    {
        if (!v.isTextual())
        {
            return "a timerange string such as \"20240101-20240201\"";
        }
        try
        {
            Timerange.parse(v.asText());
            return null;
        }
        catch (final UserInputException ex)
        {
            return "a valid timerange (" + ex.getMessage() + ")";
        }
    }

    private static String dataFormat(final JsonNode v)
    {
        if (v.isTextual())
        {
            try
            {
                DataFormat.fromName(v.asText());
                return null;
            }
            catch (final UserInputException ex)
            {
                return "one of feather, parquet, json, jsongz, csv";
            }
        }
        return "one of feather, parquet, json, jsongz, csv";
    }

    private static String stakeAmount(final JsonNode v)
    {
        return (v.isNumber() && v.asDouble() > 0) || (v.isTextual() && "unlimited".equals(v.asText())) ?
            null : "a number > 0 or \"unlimited\"";
    }

    /* Freqtrade's schema allows only these two order types; any other word (a typo such as "limt") would quietly
       count as not "limit" and skip a .py strategy's custom_entry_price / custom_exit_price. */
    private static String orderTypes(final JsonNode v)
    {
        if (!v.isObject())
        {
            return "an object";
        }
        for (final String field : ORDER_TYPE_FIELDS)
        {
            final JsonNode type = v.get(field);
            if (null != type && !"limit".equals(type.asText(null)) && !"market".equals(type.asText(null)))
            {
                return "\"limit\" or \"market\" for '" + field + "'";
            }
        }
        final JsonNode onExchange = v.get("stoploss_on_exchange");
        if (null != onExchange && !onExchange.isBoolean())
        {
            return "true or false for 'stoploss_on_exchange'";
        }
        // Freqtrade renames the old fields (with a warning, in spot); unread here they would leave the strategy's
        // entry/exit types in place, which decide whether a .py strategy's custom prices are called
        for (final String[] renamed : OLD_ORDER_TYPE_FIELDS)
        {
            if (v.has(renamed[0]))
            {
                return "the new field names: '" + renamed[1] + "' for '" + renamed[0] + "' (Freqtrade's old " +
                    "wording)";
            }
        }
        // Freqtrade's schema requires these four, and the config's order_types replace the strategy's whole
        for (final String field : REQUIRED_ORDER_TYPE_FIELDS)
        {
            if (!v.has(field))
            {
                return "'" + field + "' set too (Freqtrade requires entry, exit, stoploss and stoploss_on_exchange " +
                    "in order_types)";
            }
        }
        return null;
    }

    private static String minimalRoi(final JsonNode v)
    {
        final String expected = "an object of minutes (as strings) to ratios, e.g. {\"0\": 0.04, \"30\": 0.01}";
        if (!v.isObject())
        {
            return expected;
        }
        for (final Map.Entry<String, JsonNode> e : v.properties())
        {
            try
            {
                if (Integer.parseInt(e.getKey().trim()) < 0 || !e.getValue().isNumber())
                {
                    return expected;
                }
            }
            catch (final NumberFormatException ex)
            {
                return expected;
            }
        }
        return null;
    }
}
