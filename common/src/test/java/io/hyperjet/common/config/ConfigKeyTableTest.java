package io.hyperjet.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.DataFormat;

/**
 * docs/config-keys.md against the code: every key listed once, and each row's class holds (honoured: the value
 * reaches the settings; refused: the exact message; ignored: accepted without a warning).
 */
class ConfigKeyTableTest
{
    private static final Path TABLE = Path.of("..", "docs", "config-keys.md");
    private static final String SOURCE = "t.json";

    /** A refused value and the text after "config key 'K' in t.json is refused: ". */
    private record Refused(String json, String why)
    {
    }

    private static final Map<String, Refused> REFUSED = new LinkedHashMap<>();
    private static final Map<String, String> HONOURED_JSON = new HashMap<>();
    private static final Map<String, Predicate<HyperjetConfig>> HONOURED_CHECK = new HashMap<>();
    private static final Map<String, String> HARMLESS = new HashMap<>();

    static
    {
        refused("strategy_list", "[\"A\", \"B\"]",
            "several strategies in one run are not supported; run one backtest per strategy with --strategy");
        refused("ticker_interval", "\"5m\"", "it was renamed; use timeframe");
        refused("logfile", "\"hyperjet.log\"", "give it on the command line instead: --logfile FILE (the log is " +
            "opened before the config is read)");
        refused("protections", "[{\"method\": \"CooldownPeriod\", \"stop_duration_candles\": 2}]",
            "Freqtrade 2024.10 refuses it too; declare protections in the strategy's protections() and turn them " +
            "on with enable_protections");
        refused("use_sell_signal", "false", "it was renamed; use the top-level key use_exit_signal");
        refused("sell_profit_only", "true", "it was renamed; use the top-level key exit_profit_only");
        refused("sell_profit_offset", "0.01", "it was renamed; use the top-level key exit_profit_offset");
        refused("ignore_roi_if_buy_signal", "true",
            "it was renamed; use the top-level key ignore_roi_if_entry_signal");
        for (final String section : List.of("ask_strategy", "experimental"))
        {
            refused(section + ".use_sell_signal", "false", "it was renamed; use the top-level key use_exit_signal");
            refused(section + ".sell_profit_only", "true", "it was renamed; use the top-level key exit_profit_only");
            refused(section + ".ignore_roi_if_buy_signal", "true",
                "it was renamed; use the top-level key ignore_roi_if_entry_signal");
        }
        refused("ask_strategy.sell_profit_offset", "0.01",
            "it was renamed; use the top-level key exit_profit_offset");
        refused("edge.enabled", "true", "Edge positioning is not supported; set edge.enabled to false");
        refused("freqai.enabled", "true", "FreqAI is not supported; set freqai.enabled to false");
        refused("export", "\"signals\"",
            "\"signals\" (the signal candles export) is not supported; use \"trades\" or \"none\"");
        refused("pairlists", "[{\"method\": \"StaticPairList\"}, {\"method\": \"VolumePairList\"}]",
            "\"VolumePairList\" is not supported (Hyperjet has no exchange to rank or filter pairs with); use a " +
            "static exchange.pair_whitelist and {\"method\": \"StaticPairList\"} only");
        refused("position_adjustment_enable", "true",
            "position adjustment (adjust_trade_position, DCA) is not implemented; set it to false");
        refused("trading_mode", "\"futures\"", "\"futures\" is not supported (funding fees, liquidation and " +
            "leverage are not implemented); use \"spot\"");

        harmless("pairlists", "[{\"method\": \"StaticPairList\"}]");
        harmless("position_adjustment_enable", "false");
        harmless("edge", "{\"enabled\": false, \"allowed_risk\": 0.01}");
        harmless("edge.enabled", "false");
        harmless("freqai", "{\"enabled\": false}");
        harmless("freqai.enabled", "false");
        harmless("ask_strategy", "{\"price_side\": \"ask\"}");
        harmless("experimental", "{\"block_bad_exchanges\": true}");
        harmless("margin_mode", "\"isolated\"");

        honoured();
    }

    private static void honoured()
    {
        // ConfigLoaderTest checks that the listed files are merged (only a config file lists files); here: parsed
        check("add_config_files", "[]", (c) -> c.has("add_config_files"));
        // the Python bridge puts them over the strategy's: PythonCallbacksTest checks that; here: parsed
        check("order_types", "{\"entry\": \"market\", \"exit\": \"limit\", \"stoploss\": \"market\", " +
            "\"stoploss_on_exchange\": false}", (c) -> c.raw().path("order_types").has("entry"));
        check("order_time_in_force", "{\"entry\": \"IOC\"}",
            (c) -> c.raw().path("order_time_in_force").has("entry"));
        check("user_data_dir", "\"/ud\"", (c) -> c.userDataDir().equals(Path.of("/ud")));
        check("datadir", "\"/d\"", (c) -> c.datadir().equals(Path.of("/d")));
        check("exchange", "{\"name\": \"okx\"}", (c) -> "okx".equals(c.exchangeName()));
        check("exchange.name", "\"kraken\"", (c) -> c.datadir().equals(Path.of("user_data", "data", "kraken")) &&
            c.trading().fee() == 0.0026);
        check("exchange.pair_whitelist", "[\"ETH/BTC\", \".*/USDT\"]",
            (c) -> c.pairWhitelist().equals(List.of("ETH/BTC", ".*/USDT")));
        check("exchange.pair_blacklist", "[\"BNB/.*\"]", (c) -> c.pairBlacklist().equals(List.of("BNB/.*")));
        check("timeframe", "\"1h\"", (c) -> "1h".equals(c.timeframe()));
        check("timeframe_detail", "\"1m\"", (c) -> "1m".equals(c.timeframeDetail()));
        check("timerange", "\"20240101-20240201\"", (c) -> c.timerange().startMs() == 1_704_067_200_000L &&
            c.timerange().stopMs() == 1_706_745_600_000L);
        check("dataformat_ohlcv", "\"csv\"", (c) -> c.dataformatOhlcv() == DataFormat.CSV);
        check("startup_candle_count", "30", (c) -> c.startupCandleCount(0) == 30);
        check("strategy", "\"MyStrategy\"", (c) -> "MyStrategy".equals(c.strategy()));
        check("strategy_path", "\"/s\"", (c) -> "/s".equals(c.strategyPath()));
        check("python_executable", "\"/usr/bin/python3\"",
            (c) -> "/usr/bin/python3".equals(c.string("python_executable", null)));
        check("max_open_trades", "4", (c) -> c.trading().maxOpenTrades() == 4);
        check("stake_currency", "\"BTC\"", (c) -> "BTC".equals(c.trading().stakeCurrency()));
        check("stake_amount", "50", (c) -> c.trading().stakeAmount() == 50.0);
        check("tradable_balance_ratio", "0.5", (c) -> c.trading().tradableBalanceRatio() == 0.5);
        check("dry_run_wallet", "500", (c) -> c.trading().dryRunWallet() == 500.0);
        check("available_capital", "700", (c) -> c.trading().availableCapital() == 700.0);
        check("amend_last_stake_amount", "true", (c) -> c.trading().amendLastStakeAmount());
        check("last_stake_amount_min_ratio", "0.3", (c) -> c.trading().lastStakeAmountMinRatio() == 0.3);
        check("fee", "0.002", (c) -> c.trading().fee() == 0.002);
        check("min_stake", "10", (c) -> c.trading().minStake() == 10.0);
        check("minimal_roi", "{\"0\": 0.1, \"30\": 0.05}",
            (c) -> c.trading().minimalRoi().equals(Map.of(0, 0.1, 30, 0.05)));
        check("stoploss", "-0.2", (c) -> c.trading().stoploss() == -0.2);
        check("trailing_stop", "true", (c) -> c.trading().trailingStop());
        check("trailing_stop_positive", "0.01", (c) -> c.trading().trailingStopPositive() == 0.01);
        check("trailing_stop_positive_offset", "0.02", (c) -> c.trading().trailingStopPositiveOffset() == 0.02);
        check("trailing_only_offset_is_reached", "true", (c) -> c.trading().trailingOnlyOffsetIsReached());
        check("use_exit_signal", "false", (c) -> !c.trading().useExitSignal());
        // TradingRules puts it over the strategy's: TradingRulesCustomStoplossTest checks that; here: parsed
        check("use_custom_stoploss", "true", (c) -> c.bool("use_custom_stoploss", false));
        // the worker's RunInputsTest checks the subfolders are searched; here: parsed
        check("recursive_strategy_search", "true", (c) -> c.bool("recursive_strategy_search", false));
        check("exit_profit_only", "true", (c) -> c.trading().exitProfitOnly());
        check("exit_profit_offset", "0.01", (c) -> c.trading().exitProfitOffset() == 0.01);
        check("ignore_roi_if_entry_signal", "true", (c) -> c.trading().ignoreRoiIfEntrySignal());
        check("trading_mode", "\"spot\"", (c) -> "spot".equals(c.trading().tradingMode()));
        check("position_stacking", "true", (c) -> c.trading().positionStacking());
        check("use_max_market_positions", "false", (c) -> !c.trading().useMaxMarketPositions());
        check("epochs", "7", (c) -> c.optimization().epochs() == 7);
        check("spaces", "[\"roi\", \"stoploss\"]", (c) -> c.optimization().spaces().equals(List.of("roi", "stoploss")));
        check("hyperopt_loss", "\"SharpeHyperOptLoss\"", (c) -> "SharpeHyperOptLoss".equals(
            c.optimization().hyperoptLoss()));
        check("hyperopt_jobs", "2", (c) -> c.optimization().hyperoptJobs() == 2);
        check("hyperopt_batch_size", "3", (c) -> c.optimization().hyperoptBatchSize() == 3);
        check("hyperopt_min_trades", "5", (c) -> c.optimization().hyperoptMinTrades() == 5);
        check("hyperopt_lag", "40", (c) -> c.optimization().hyperoptLag() == 40);
        check("hyperopt_results_trades", "\"all\"", (c) -> "all".equals(c.optimization().hyperoptResultsTrades()));
        check("cluster", "\"cluster.json\"", (c) -> "cluster.json".equals(c.optimization().cluster()));
        check("hyperopt_random_state", "9", (c) -> c.optimization().hasHyperoptRandomState() &&
            c.optimization().hyperoptRandomState() == 9);
        check("hyperopt_ignore_missing_space", "true", (c) -> c.bool("hyperopt_ignore_missing_space", false));
        check("disableparamexport", "true", (c) -> c.bool("disableparamexport", false));
        check("export", "\"none\"", (c) -> "none".equals(c.optimization().export()));
        check("exportfilename", "\"out/r.json\"", (c) -> "out/r.json".equals(c.optimization().exportFilename()));
        check("use_shared_memory", "false", (c) -> !c.optimization().useSharedMemory());
        check("shared_memory_dir", "\"/shm/x\"", (c) -> c.optimization().sharedMemoryDir().equals(Path.of("/shm/x")));
        check("shared_memory_fallback_dir", "\"/var/tmp/hj\"",
            (c) -> c.optimization().sharedMemoryFallbackDir().equals(Path.of("/var/tmp/hj")));
        check("shared_memory_threshold_mb", "8", (c) -> c.optimization().sharedMemoryThresholdMb() == 8.0);
        check("memory_map_threshold_mb", "1", (c) -> c.memoryMapThresholdBytes() == 1024 * 1024);
        check("enable_performance_optimizations", "false",
            (c) -> !c.optimization().enablePerformanceOptimizations() && !c.optimization().enableSignalCache());
        check("enable_vectorized_backtesting", "false", (c) -> !c.optimization().enableVectorizedBacktesting());
        check("enable_indicator_cache", "false", (c) -> !c.optimization().enableIndicatorCache());
        check("enable_signal_cache", "false", (c) -> !c.optimization().enableSignalCache());
        check("cache_size_mb", "64", (c) -> c.optimization().cacheSizeMb() == 64.0);
        check("numpy_optimizations", "false", (c) -> !c.optimization().numpyOptimizations());
        // the coordinator's WorkerWatchTest and WorkerTimeoutIT check what it does; here: parsed
        check("worker_timeout_s", "2.5", (c) -> c.optimization().workerTimeoutSeconds() == 2.5);
        // Protections change the trades: the worker's ProtectionsCliTest checks that; here: parsed.
        check("enable_protections", "true", (c) -> c.bool("enable_protections", false));
        // SignalColumns reads it; TradingRulesTest checks that true stops the run in spot mode
        check("can_short", "false", (c) -> c.has("can_short") && !c.bool("can_short", true));
    }

    private static void refused(final String key, final String json, final String why)
    {
        REFUSED.put(key, new Refused(json, why));
    }

    private static void harmless(final String key, final String json)
    {
        HARMLESS.put(key, json);
    }

    private static void check(final String key, final String json, final Predicate<HyperjetConfig> reaches)
    {
        HONOURED_JSON.put(key, json);
        HONOURED_CHECK.put(key, reaches);
    }

    /** The table's rows: key and class. */
    private static Map<String, String> table() throws IOException
    {
        final Map<String, String> rows = new LinkedHashMap<>();
        for (final String line : Files.readAllLines(TABLE))
        {
            if (line.startsWith("| `"))
            {
                final String[] cells = line.split("\\|");
                final String key = cells[1].trim().replace("`", "");
                final String previous = rows.put(key, cells[2].trim());
                assertEquals(null, previous, "listed twice: " + key);
            }
        }
        return rows;
    }

    private static Stream<String> rows(final String classPrefix) throws IOException
    {
        final List<String> keys = new ArrayList<>();
        table().forEach((key, cls) ->
        {
            if (cls.startsWith(classPrefix) || ("refused".equals(classPrefix) && cls.contains("refused")))
            {
                keys.add(key);
            }
        });
        return keys.stream();
    }

    static Stream<String> honouredKeys() throws IOException
    {
        return rows("honoured");
    }

    static Stream<String> refusedKeys() throws IOException
    {
        return rows("refused");
    }

    static Stream<String> ignoredKeys() throws IOException
    {
        return rows("ignored");
    }

    /** {@code {"a": {"b": value}}} for {@code a.b}. */
    private static String json(final String dottedKey, final String value)
    {
        final String[] parts = dottedKey.split("\\.");
        final StringBuilder sb = new StringBuilder();
        for (final String part : parts)
        {
            sb.append("{\"").append(part).append("\": ");
        }
        sb.append(value);
        sb.append("}".repeat(parts.length));
        return sb.toString();
    }

    @Test
    void shouldListEveryKeyOfTheCodeOnce() throws IOException
    {
        final TreeSet<String> code = new TreeSet<>(ConfigKeys.KNOWN.keySet());
        code.addAll(ConfigKeys.REFUSED.keySet());
        code.addAll(ConfigKeys.IGNORED);
        assertEquals(code, new TreeSet<>(table().keySet()));
    }

    @ParameterizedTest
    @MethodSource("honouredKeys")
    void shouldPassHonouredValuesToTheSettings(final String key)
    {
        final String value = HONOURED_JSON.get(key);
        if (null == value)
        {
            fail("no check that " + key + " is honoured");
        }
        final HyperjetConfig config = ConfigLoader.fromJson(json(key, value), SOURCE);
        assertTrue(config.warnings().isEmpty(), config.warnings().toString());
        assertTrue(HONOURED_CHECK.get(key).test(config), key + " = " + value + " did not reach the settings");
    }

    @ParameterizedTest
    @MethodSource("refusedKeys")
    void shouldRefuseWithTheExactMessage(final String key)
    {
        final Refused refused = REFUSED.get(key);
        if (null == refused)
        {
            fail("no refused value for " + key);
        }
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> ConfigLoader.fromJson(json(key, refused.json()), SOURCE));
        assertEquals("config key '" + key + "' in " + SOURCE + " is refused: " + refused.why(), ex.getMessage());
    }

    @ParameterizedTest
    @MethodSource("ignoredKeys")
    void shouldAcceptIgnoredKeysQuietly(final String key)
    {
        final HyperjetConfig config = ConfigLoader.fromJson(json(key, HARMLESS.getOrDefault(key, "\"x\"")), SOURCE);
        assertEquals(List.of(), config.warnings());
    }

    @Test
    void shouldNameTheFileOfARefusedKey() throws IOException
    {
        final Path file = Files.createTempFile("refused", ".json");
        try
        {
            Files.writeString(file, "{\"pairlists\": [{\"method\": \"VolumePairList\", \"number_assets\": 20}]}");
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> new ConfigLoader().file(file).load());
            assertTrue(ex.getMessage().startsWith("config key 'pairlists' in " + file + " is refused: " +
                "\"VolumePairList\" is not supported"), ex.getMessage());
            assertEquals(1, ex.getMessage().lines().count());
        }
        finally
        {
            Files.delete(file);
        }
    }
}
