package io.hyperjet.coordinator.benchsuite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;

/**
 * The config of the in-process benchmarks: the bench data's pairs, unlimited stake over 3 slots, 0.1% fee, and
 * every optimization switch on or off (each one set explicitly, the caches included).
 */
final class BenchConfig
{
    /** Every optimization switch besides {@code enable_performance_optimizations}, the caches included. */
    static final String[] SWITCHES = {"enable_vectorized_backtesting", "numpy_optimizations", "use_shared_memory",
        "enable_indicator_cache", "enable_signal_cache"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchConfig()
    {
    }

    /**
     * A config with every optimization on or off.
     *
     * @param data the bench data.
     * @param on   the value of {@code enable_performance_optimizations}.
     * @return the validated config.
     */
    static HyperjetConfig of(final BenchData data, final boolean on)
    {
        return ConfigLoader.fromJson(json(data, on).toString(), "bench config");
    }

    /**
     * The same config as a JSON tree, for a config file.
     *
     * @param data the bench data.
     * @param on   the value of {@code enable_performance_optimizations}.
     * @return a new tree.
     */
    static ObjectNode json(final BenchData data, final boolean on)
    {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("datadir", data.datadir().toString());
        root.put("timeframe", BenchData.TIMEFRAME);
        root.put("stake_currency", BenchData.QUOTE);
        root.put("stake_amount", "unlimited");
        root.put("max_open_trades", 3);
        root.put("dry_run_wallet", 1000);
        root.put("fee", 0.001);
        final ObjectNode exchange = root.putObject("exchange");
        exchange.put("name", "bench");
        final ArrayNode whitelist = exchange.putArray("pair_whitelist");
        for (final String pair : data.pairs())
        {
            whitelist.add(pair);
        }
        root.put("enable_performance_optimizations", on);
        // spelled out so that "everything on/off" does not depend on how each key defaults
        for (final String key : SWITCHES)
        {
            root.put(key, on);
        }
        return root;
    }
}
