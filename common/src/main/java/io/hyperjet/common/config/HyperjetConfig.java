package io.hyperjet.common.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
    public static final long MEMORY_MAP_THRESHOLD_MB_DEFAULT = 100;
    private static final String EXCHANGE_PREFIX = "exchange.";

    private final ObjectNode root;
    private final Map<String, String> sources;
    private final List<String> warnings = new ArrayList<>();
    private final TradingSettings trading = new TradingSettings(this);
    private final OptimizationSettings optimization = new OptimizationSettings(this);

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
                    throw new UserInputException(where(e.getKey()) + ": expected " + expected + ", got " + value);
                }
            }
        }
        for (final Map.Entry<String, ConfigKeys.Check> e : ConfigKeys.REFUSED.entrySet())
        {
            final JsonNode value = node(e.getKey());
            final String why = null == value || value.isNull() ? null : e.getValue().check(value);
            if (null != why)
            {
                throw new UserInputException(where(e.getKey()) + " is refused: " + why);
            }
        }
        final List<String> topLevel = new ArrayList<>();
        final List<String> exchangeKeys = new ArrayList<>();
        for (final String key : ConfigKeys.KNOWN.keySet())
        {
            if (key.startsWith(EXCHANGE_PREFIX))
            {
                exchangeKeys.add(key.substring(EXCHANGE_PREFIX.length()));
            }
            else if (key.indexOf('.') < 0)
            {
                topLevel.add(key);
            }
        }
        for (final String key : ConfigKeys.IGNORED)
        {
            if (key.indexOf('.') < 0)
            {
                topLevel.add(key);
            }
        }
        for (final Map.Entry<String, JsonNode> e : root.properties())
        {
            final String key = e.getKey();
            if (!ConfigKeys.KNOWN.containsKey(key) && !ConfigKeys.IGNORED.contains(key) &&
                !ConfigKeys.REFUSED.containsKey(key))
            {
                final String meant = KeySuggestion.nearest(key, topLevel);
                warnings.add("config key '" + key + "' in " + source(key) + " is unknown to Hyperjet and ignored" +
                    (null == meant ? "" : "; did you mean '" + meant + "'?"));
            }
        }
        final JsonNode exchange = root.get("exchange");
        if (null != exchange && exchange.isObject())
        {
            // the exchange object holds many keys Hyperjet has no use for (ccxt_config, key, secret...): only a
            // near miss of one it reads is worth a line
            for (final Map.Entry<String, JsonNode> e : exchange.properties())
            {
                final boolean known = exchangeKeys.contains(e.getKey()) ||
                    ConfigKeys.IGNORED.contains(EXCHANGE_PREFIX + e.getKey());
                final String meant = known ? null : KeySuggestion.nearest(e.getKey(), exchangeKeys);
                if (null != meant)
                {
                    final String key = EXCHANGE_PREFIX + e.getKey();
                    warnings.add("config key '" + key + "' in " + source(key) + " is unknown to Hyperjet and " +
                        "ignored; did you mean '" + EXCHANGE_PREFIX + meant + "'?");
                }
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
     * The file (or the flag, or {@code command line}) that set a key last, for messages; {@code defaults} when nothing
     * set it.
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
     * Whether a command-line flag (rather than a file or the defaults) set a key last.
     *
     * @param dottedKey the key.
     * @return true for a flag.
     */
    public boolean fromCommandLine(final String dottedKey)
    {
        return isCommandLine(sources.get(dottedKey));
    }

    /**
     * Where a key was set, for the start of a message: the flag ({@code --timerange}) when a flag set it, else
     * {@code config key 'timerange' in <file>}.
     *
     * @param dottedKey the key.
     * @return the phrase.
     */
    public String where(final String dottedKey)
    {
        final String s = source(dottedKey);
        return isCommandLine(s) && !ConfigLoader.COMMAND_LINE.equals(s) ? s :
            "config key '" + dottedKey + "' in " + s;
    }

    private static boolean isCommandLine(final String source)
    {
        return null != source && (ConfigLoader.COMMAND_LINE.equals(source) || source.startsWith("-"));
    }

    /**
     * The config files that set any key, in the order read, for messages about a key none of them sets.
     *
     * @return the file names; empty for a config built only from defaults and the command line.
     */
    public List<String> files()
    {
        final List<String> files = new ArrayList<>();
        for (final String s : sources.values())
        {
            if (!isCommandLine(s) && !files.contains(s))
            {
                files.add(s);
            }
        }
        return files;
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
     * The trading keys: stake, ROI, stoploss, trailing, exit rules, trading mode.
     *
     * @return a view over this config.
     */
    public TradingSettings trading()
    {
        return trading;
    }

    /**
     * The hyperopt, shared-memory and performance keys.
     *
     * @return a view over this config.
     */
    public OptimizationSettings optimization()
    {
        return optimization;
    }

    public double memoryMapThresholdMb()
    {
        return number("memory_map_threshold_mb", MEMORY_MAP_THRESHOLD_MB_DEFAULT);
    }

    public long memoryMapThresholdBytes()
    {
        return (long)(memoryMapThresholdMb() * 1024 * 1024);
    }

}
