package io.hyperjet.worker.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.HyperjetConfig;

/**
 * A worker's two caches under one budget, {@code cache_size_mb}: with both switched on, the indicator cache gets
 * {@link #INDICATOR_SHARE_DEFAULT} of it and the signal cache the rest; a cache switched on alone gets all of it.
 * A switched-off cache is null and costs nothing.
 * <p>
 * Half and half because both entry kinds are column-sized: an indicator result is 8 bytes per row per output, a
 * signal entry 4 bytes per row (plus tags), and either kind can be the one that repeats in a given strategy.
 */
public final class WorkerCaches
{
    /** The indicator cache's share of the budget when both caches are on. */
    public static final double INDICATOR_SHARE_DEFAULT = 0.5;
    private static final long MIB = 1024L * 1024L;

    private final IndicatorCache indicators;
    private final SignalCache signals;

    private WorkerCaches(final IndicatorCache indicators, final SignalCache signals)
    {
        this.indicators = indicators;
        this.signals = signals;
    }

    /**
     * The caches a config asks for ({@code enable_indicator_cache}, {@code enable_signal_cache},
     * {@code cache_size_mb}).
     *
     * @param config the run's config.
     * @return the caches.
     */
    public static WorkerCaches of(final HyperjetConfig config)
    {
        return of(config.optimization().enableIndicatorCache(), config.optimization().enableSignalCache(), (long)(config.optimization().cacheSizeMb() * MIB));
    }

    /**
     * Caches by switch and budget.
     *
     * @param indicatorCache whether the indicator cache is on.
     * @param signalCache    whether the signal cache is on.
     * @param budgetBytes    the shared budget.
     * @return the caches.
     */
    public static WorkerCaches of(final boolean indicatorCache, final boolean signalCache, final long budgetBytes)
    {
        final long indicatorBytes = !indicatorCache ? 0 :
            signalCache ? (long)(budgetBytes * INDICATOR_SHARE_DEFAULT) : budgetBytes;
        return new WorkerCaches(
            indicatorCache ? new IndicatorCache(indicatorBytes) : null,
            signalCache ? new SignalCache(budgetBytes - indicatorBytes) : null);
    }

    /**
     * No caches.
     *
     * @return both off.
     */
    public static WorkerCaches none()
    {
        return new WorkerCaches(null, null);
    }

    /**
     * The indicator cache, or null when off.
     *
     * @return the cache or null.
     */
    public IndicatorCache indicators()
    {
        return indicators;
    }

    /**
     * The signal cache, or null when off.
     *
     * @return the cache or null.
     */
    public SignalCache signals()
    {
        return signals;
    }

    public CacheStats indicatorStats()
    {
        return null == indicators ? CacheStats.DISABLED : indicators.stats();
    }

    public CacheStats signalStats()
    {
        return null == signals ? CacheStats.DISABLED : signals.stats();
    }

    /**
     * Writes both caches' cumulative counters as {@code {"indicator": {...}, "signal": {...}}}, the shape
     * {@link OptimizationReport} reads from each epoch's extras.
     *
     * @param out the object to fill.
     * @return {@code out}.
     */
    public ObjectNode writeStats(final ObjectNode out)
    {
        indicatorStats().writeTo(out.putObject("indicator"));
        signalStats().writeTo(out.putObject("signal"));
        return out;
    }
}
