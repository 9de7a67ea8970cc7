package io.hyperjet.common.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The hyperopt, shared-memory and performance keys of the config, with Hyperjet's defaults. Obtained from
 * {@link HyperjetConfig#optimization()}; read-only.
 */
public final class OptimizationSettings
{
    public static final int EPOCHS_DEFAULT = 100;
    public static final int HYPEROPT_JOBS_DEFAULT = -1;
    public static final int HYPEROPT_BATCH_SIZE_DEFAULT = -1;
    public static final int HYPEROPT_MIN_TRADES_DEFAULT = 1;
    /** Epoch k is drawn from the results of epochs up to k - lag; 16 was the fixed lag before it was a setting. */
    public static final int HYPEROPT_LAG_DEFAULT = 16;
    /** More epochs in flight than this buys nothing and delays every result the sampler learns from. */
    public static final int HYPEROPT_LAG_MAX = 4096;
    public static final String HYPEROPT_RESULTS_TRADES_DEFAULT = "best";
    public static final long SHARED_MEMORY_THRESHOLD_MB_DEFAULT = 0;
    public static final long CACHE_SIZE_MB_DEFAULT = 512;
    public static final double WORKER_TIMEOUT_S_DEFAULT = 60;

    private final HyperjetConfig config;

    OptimizationSettings(final HyperjetConfig config)
    {
        this.config = config;
    }

    public int epochs()
    {
        return config.integer("epochs", EPOCHS_DEFAULT);
    }

    /**
     * {@code spaces}; {@code ["default"]} when unset.
     *
     * @return the spaces.
     */
    public List<String> spaces()
    {
        final List<String> spaces = config.strings("spaces");
        return spaces.isEmpty() ? List.of("default") : spaces;
    }

    public String hyperoptLoss()
    {
        return config.string("hyperopt_loss", null);
    }

    public int hyperoptJobs()
    {
        return config.integer("hyperopt_jobs", HYPEROPT_JOBS_DEFAULT);
    }

    public int hyperoptBatchSize()
    {
        return config.integer("hyperopt_batch_size", HYPEROPT_BATCH_SIZE_DEFAULT);
    }

    /**
     * {@code hyperopt_lag}: how many epochs the sampler may draw ahead of the results it has seen, so how many can
     * be in flight. Results depend on it (and the seed), never on the worker count.
     *
     * @return the lag, at least 1.
     */
    public int hyperoptLag()
    {
        return config.integer("hyperopt_lag", HYPEROPT_LAG_DEFAULT);
    }

    /**
     * {@code hyperopt_results_trades}: which epochs' .fthypt lines carry their trades and full tables:
     * {@code best}, {@code all} or {@code none}.
     *
     * @return the value.
     */
    public String hyperoptResultsTrades()
    {
        return config.string("hyperopt_results_trades", HYPEROPT_RESULTS_TRADES_DEFAULT);
    }

    /**
     * {@code cluster}: the path of the {@code cluster.json} whose nodes run the hyperopt's epochs (as
     * {@code --cluster}), or null for a single-machine run.
     *
     * @return the path as written in the config, or null.
     */
    public String cluster()
    {
        return config.string("cluster", null);
    }

    public int hyperoptMinTrades()
    {
        return config.integer("hyperopt_min_trades", HYPEROPT_MIN_TRADES_DEFAULT);
    }

    public boolean hasHyperoptRandomState()
    {
        return config.has("hyperopt_random_state");
    }

    public long hyperoptRandomState()
    {
        return config.has("hyperopt_random_state") ? config.node("hyperopt_random_state").asLong() : 0L;
    }

    public String export()
    {
        return config.string("export", "trades");
    }

    public String exportFilename()
    {
        return config.string("exportfilename", null);
    }

    public boolean useSharedMemory()
    {
        return config.bool("use_shared_memory", enablePerformanceOptimizations());
    }

    /**
     * {@code shared_memory_fallback_dir}: where the shared data goes, as memory-mapped files on disk, when it does not
     * fit in {@code shared_memory_dir}; null when not set (the run then stops).
     *
     * @return the directory or null.
     */
    public Path sharedMemoryFallbackDir()
    {
        return config.has("shared_memory_fallback_dir") ?
            Path.of(config.string("shared_memory_fallback_dir", null)) : null;
    }

    /**
     * {@code shared_memory_dir}, or null for the shared-memory module's default.
     *
     * @return the directory or null.
     */
    public Path sharedMemoryDir()
    {
        return config.has("shared_memory_dir") ? Path.of(config.string("shared_memory_dir", null)) : null;
    }

    public double sharedMemoryThresholdMb()
    {
        return config.number("shared_memory_threshold_mb", SHARED_MEMORY_THRESHOLD_MB_DEFAULT);
    }

    public boolean enablePerformanceOptimizations()
    {
        return config.bool("enable_performance_optimizations", true);
    }

    /**
     * Each optimization switch: its own key when set, else {@code enable_performance_optimizations}.
     *
     * @return whether vectorized backtesting is on.
     */
    public boolean enableVectorizedBacktesting()
    {
        return config.bool("enable_vectorized_backtesting", enablePerformanceOptimizations());
    }

    public boolean enableIndicatorCache()
    {
        return config.bool("enable_indicator_cache", enablePerformanceOptimizations());
    }

    public boolean enableSignalCache()
    {
        return config.bool("enable_signal_cache", enablePerformanceOptimizations());
    }

    public boolean numpyOptimizations()
    {
        return config.bool("numpy_optimizations", enablePerformanceOptimizations());
    }

    public double cacheSizeMb()
    {
        return config.number("cache_size_mb", CACHE_SIZE_MB_DEFAULT);
    }

    /**
     * {@code worker_timeout_s}: how long a worker may stop answering, and the least time it may hold one epoch,
     * before it is killed and replaced (the epoch limit also grows with the run's measured epoch times).
     *
     * @return seconds, above 0.
     */
    public double workerTimeoutSeconds()
    {
        return config.number("worker_timeout_s", WORKER_TIMEOUT_S_DEFAULT);
    }
}
