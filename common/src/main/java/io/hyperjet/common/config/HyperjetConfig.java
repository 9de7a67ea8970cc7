package io.hyperjet.common.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.time.Timerange;

/**
 * The merged, validated configuration: Freqtrade's key names, typed accessors with Hyperjet's defaults, the raw
 * merged JSON tree for modules that read their own keys, and the source (file or command line) of every key for
 * error messages. Built by {@link ConfigLoader}; read-only afterwards.
 */
public final class HyperjetConfig
{
    public static final String USER_DATA_DIR_DEFAULT = "user_data";
    public static final double TRADABLE_BALANCE_RATIO_DEFAULT = 0.99;
    public static final double DRY_RUN_WALLET_DEFAULT = 1000;
    public static final double LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT = 0.5;
    public static final int EPOCHS_DEFAULT = 100;
    public static final int HYPEROPT_JOBS_DEFAULT = -1;
    public static final int HYPEROPT_BATCH_SIZE_DEFAULT = -1;
    public static final int HYPEROPT_MIN_TRADES_DEFAULT = 1;
    public static final long MEMORY_MAP_THRESHOLD_MB_DEFAULT = 100;
    public static final long SHARED_MEMORY_THRESHOLD_MB_DEFAULT = 0;
    public static final long CACHE_SIZE_MB_DEFAULT = 512;

    private final ObjectNode root;
    private final Map<String, String> sources;
    private final List<String> warnings = new ArrayList<>();

    HyperjetConfig(final ObjectNode root, final Map<String, String> sources)
    {
        this.root = root;
        this.sources = sources;
    }

    void validate()
    {
        for (final Map.Entry<String, ConfigKeys.Check> e : ConfigKeys.KNOWN.entrySet())
        {
            final JsonNode value = node(e.getKey());
            if (null != value && !value.isNull())
            {
                final String expected = e.getValue().check(value);
                if (null != expected)
                {
                    throw new UserInputException("config key '" + e.getKey() + "' in " + source(e.getKey()) +
                        ": expected " + expected + ", got " + value);
                }
            }
        }
        for (final Map.Entry<String, JsonNode> e : root.properties())
        {
            final String key = e.getKey();
            if (!ConfigKeys.KNOWN.containsKey(key) && !ConfigKeys.IGNORED.contains(key))
            {
                warnings.add("config key '" + key + "' in " + source(key) + " is unknown to Hyperjet and ignored");
            }
        }
    }

    /**
     * The raw merged tree; other modules read their own keys from it. Do not modify.
     *
     * @return the root object.
     */
    public ObjectNode raw()
    {
        return root;
    }

    /**
     * The node at a dotted key, or null when absent.
     *
     * @param dottedKey e.g. {@code exchange.name}.
     * @return the node or null.
     */
    public JsonNode node(final String dottedKey)
    {
        JsonNode node = root;
        for (final String part : dottedKey.split("\\."))
        {
            node = node.get(part);
            if (null == node)
            {
                return null;
            }
        }
        return node;
    }

    /**
     * Whether a key is set (to anything but null).
     *
     * @param dottedKey the key.
     * @return true when present.
     */
    public boolean has(final String dottedKey)
    {
        final JsonNode n = node(dottedKey);
        return null != n && !n.isNull();
    }

    /**
     * The file (or {@code command line}) that set a key last, for messages; {@code defaults} when nothing set it.
     *
     * @param dottedKey the key.
     * @return the source.
     */
    public String source(final String dottedKey)
    {
        final String s = sources.get(dottedKey);
        return null == s ? "defaults" : s;
    }

    /**
     * Warnings found while validating (unknown keys), one line each.
     *
     * @return the warnings.
     */
    public List<String> warnings()
    {
        return Collections.unmodifiableList(warnings);
    }

    public String string(final String key, final String defaultValue)
    {
        return has(key) ? node(key).asText() : defaultValue;
    }

    public boolean bool(final String key, final boolean defaultValue)
    {
        return has(key) ? node(key).asBoolean() : defaultValue;
    }

    public int integer(final String key, final int defaultValue)
    {
        return has(key) ? node(key).asInt() : defaultValue;
    }

    public double number(final String key, final double defaultValue)
    {
        return has(key) ? node(key).asDouble() : defaultValue;
    }

    /**
     * A list of strings; empty when absent.
     *
     * @param key the key.
     * @return the strings.
     */
    public List<String> strings(final String key)
    {
        final List<String> values = new ArrayList<>();
        if (has(key))
        {
            final JsonNode n = node(key);
            if (n.isArray())
            {
                for (final JsonNode e : n)
                {
                    values.add(e.asText());
                }
            }
            else
            {
                values.add(n.asText());
            }
        }
        return values;
    }

    public Path userDataDir()
    {
        return Path.of(string("user_data_dir", USER_DATA_DIR_DEFAULT));
    }

    /**
     * {@code datadir}, else {@code <user_data_dir>/data/<exchange.name>}.
     *
     * @return the data directory.
     * @throws UserInputException when neither datadir nor exchange.name is set.
     */
    public Path datadir()
    {
        if (has("datadir"))
        {
            return Path.of(string("datadir", null));
        }
        if (!has("exchange.name"))
        {
            throw new UserInputException("config: set datadir or exchange.name (the data directory is " +
                "<user_data_dir>/data/<exchange.name>)");
        }
        return userDataDir().resolve("data").resolve(exchangeName());
    }

    public String exchangeName()
    {
        return string("exchange.name", null);
    }

    public List<String> pairWhitelist()
    {
        return strings("exchange.pair_whitelist");
    }

    public List<String> pairBlacklist()
    {
        return strings("exchange.pair_blacklist");
    }

    /**
     * The timeframe, or null when the config does not set it (the strategy may).
     *
     * @return e.g. {@code 5m} or null.
     */
    public String timeframe()
    {
        return string("timeframe", null);
    }

    public String timeframeDetail()
    {
        return string("timeframe_detail", null);
    }

    public Timerange timerange()
    {
        return Timerange.parse(string("timerange", null));
    }

    /**
     * The candle file format, or null to detect it from the files present.
     *
     * @return the format or null.
     */
    public DataFormat dataformatOhlcv()
    {
        return has("dataformat_ohlcv") ? DataFormat.fromName(string("dataformat_ohlcv", null)) : null;
    }

    /**
     * {@code startup_candle_count} when set, else the given default (usually the strategy's).
     *
     * @param defaultValue the value when unset.
     * @return the count.
     */
    public int startupCandleCount(final int defaultValue)
    {
        return integer("startup_candle_count", defaultValue);
    }

    public String strategy()
    {
        return string("strategy", null);
    }

    public String strategyPath()
    {
        return string("strategy_path", null);
    }

    /**
     * {@code max_open_trades}; -1 means unlimited.
     *
     * @return the limit.
     */
    public int maxOpenTrades()
    {
        return integer("max_open_trades", -1);
    }

    public String stakeCurrency()
    {
        return string("stake_currency", null);
    }

    public boolean isStakeAmountUnlimited()
    {
        return has("stake_amount") && node("stake_amount").isTextual();
    }

    /**
     * The fixed stake amount, or NaN when unset or {@code "unlimited"}.
     *
     * @return the stake amount.
     */
    public double stakeAmount()
    {
        return has("stake_amount") && node("stake_amount").isNumber() ? node("stake_amount").asDouble() : Double.NaN;
    }

    public double tradableBalanceRatio()
    {
        return number("tradable_balance_ratio", TRADABLE_BALANCE_RATIO_DEFAULT);
    }

    public double dryRunWallet()
    {
        return number("dry_run_wallet", DRY_RUN_WALLET_DEFAULT);
    }

    /**
     * {@code available_capital}, or NaN when unset.
     *
     * @return the capital.
     */
    public double availableCapital()
    {
        return number("available_capital", Double.NaN);
    }

    public boolean amendLastStakeAmount()
    {
        return bool("amend_last_stake_amount", false);
    }

    public double lastStakeAmountMinRatio()
    {
        return number("last_stake_amount_min_ratio", LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT);
    }

    /**
     * {@code fee} as a ratio, or NaN when unset.
     *
     * @return the fee.
     */
    public double fee()
    {
        return number("fee", Double.NaN);
    }

    /**
     * {@code min_stake}, or NaN when unset (no minimum).
     *
     * @return the minimum stake.
     */
    public double minStake()
    {
        return number("min_stake", Double.NaN);
    }

    /**
     * {@code minimal_roi} as minutes to ratio, ascending; empty when unset (the strategy's applies).
     *
     * @return the ROI table.
     */
    public SortedMap<Integer, Double> minimalRoi()
    {
        final SortedMap<Integer, Double> roi = new TreeMap<>();
        if (has("minimal_roi"))
        {
            for (final Map.Entry<String, JsonNode> e : node("minimal_roi").properties())
            {
                roi.put(Integer.parseInt(e.getKey().trim()), e.getValue().asDouble());
            }
        }
        return roi;
    }

    /**
     * {@code stoploss}, or NaN when unset (the strategy's applies).
     *
     * @return the stoploss ratio (negative).
     */
    public double stoploss()
    {
        return number("stoploss", Double.NaN);
    }

    public boolean trailingStop()
    {
        return bool("trailing_stop", false);
    }

    public double trailingStopPositive()
    {
        return number("trailing_stop_positive", Double.NaN);
    }

    public double trailingStopPositiveOffset()
    {
        return number("trailing_stop_positive_offset", 0.0);
    }

    public boolean trailingOnlyOffsetIsReached()
    {
        return bool("trailing_only_offset_is_reached", false);
    }

    public boolean useExitSignal()
    {
        return bool("use_exit_signal", true);
    }

    public boolean exitProfitOnly()
    {
        return bool("exit_profit_only", false);
    }

    public double exitProfitOffset()
    {
        return number("exit_profit_offset", 0.0);
    }

    public boolean ignoreRoiIfEntrySignal()
    {
        return bool("ignore_roi_if_entry_signal", false);
    }

    public String tradingMode()
    {
        return string("trading_mode", "spot");
    }

    public String marginMode()
    {
        return string("margin_mode", "");
    }

    public boolean positionStacking()
    {
        return bool("position_stacking", false);
    }

    public int epochs()
    {
        return integer("epochs", EPOCHS_DEFAULT);
    }

    /**
     * {@code spaces}; {@code ["default"]} when unset.
     *
     * @return the spaces.
     */
    public List<String> spaces()
    {
        final List<String> spaces = strings("spaces");
        return spaces.isEmpty() ? List.of("default") : spaces;
    }

    public String hyperoptLoss()
    {
        return string("hyperopt_loss", null);
    }

    public int hyperoptJobs()
    {
        return integer("hyperopt_jobs", HYPEROPT_JOBS_DEFAULT);
    }

    public int hyperoptBatchSize()
    {
        return integer("hyperopt_batch_size", HYPEROPT_BATCH_SIZE_DEFAULT);
    }

    public int hyperoptMinTrades()
    {
        return integer("hyperopt_min_trades", HYPEROPT_MIN_TRADES_DEFAULT);
    }

    public boolean hasHyperoptRandomState()
    {
        return has("hyperopt_random_state");
    }

    public long hyperoptRandomState()
    {
        return has("hyperopt_random_state") ? node("hyperopt_random_state").asLong() : 0L;
    }

    public String export()
    {
        return string("export", "trades");
    }

    public String exportFilename()
    {
        return string("exportfilename", null);
    }

    /**
     * {@code use_shared_memory}, else {@code enable_performance_optimizations}.
     *
     * @return whether the data goes to shared memory.
     */
    public boolean useSharedMemory()
    {
        return bool("use_shared_memory", enablePerformanceOptimizations());
    }

    /**
     * {@code shared_memory_dir}, or null for the shared-memory module's default.
     *
     * @return the directory or null.
     */
    public Path sharedMemoryDir()
    {
        return has("shared_memory_dir") ? Path.of(string("shared_memory_dir", null)) : null;
    }

    public double sharedMemoryThresholdMb()
    {
        return number("shared_memory_threshold_mb", SHARED_MEMORY_THRESHOLD_MB_DEFAULT);
    }

    public double memoryMapThresholdMb()
    {
        return number("memory_map_threshold_mb", MEMORY_MAP_THRESHOLD_MB_DEFAULT);
    }

    public long memoryMapThresholdBytes()
    {
        return (long)(memoryMapThresholdMb() * 1024 * 1024);
    }

    public boolean enablePerformanceOptimizations()
    {
        return bool("enable_performance_optimizations", true);
    }

    /**
     * Each optimization switch: its own key when set, else {@code enable_performance_optimizations}.
     *
     * @return whether vectorized backtesting is on.
     */
    public boolean enableVectorizedBacktesting()
    {
        return bool("enable_vectorized_backtesting", enablePerformanceOptimizations());
    }

    public boolean enableIndicatorCache()
    {
        return bool("enable_indicator_cache", enablePerformanceOptimizations());
    }

    public boolean enableSignalCache()
    {
        return bool("enable_signal_cache", enablePerformanceOptimizations());
    }

    public boolean numpyOptimizations()
    {
        return bool("numpy_optimizations", enablePerformanceOptimizations());
    }

    public double cacheSizeMb()
    {
        return number("cache_size_mb", CACHE_SIZE_MB_DEFAULT);
    }
}
