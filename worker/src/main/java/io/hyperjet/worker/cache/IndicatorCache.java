package io.hyperjet.worker.cache;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.hyperjet.common.frame.PairFrame;

/**
 * Memoizes indicator computations per (pair, timeframe, indicator, arguments), weighed by the bytes of the result
 * columns and bounded by a byte budget (Caffeine's size-based eviction). Callers always get their own copy of the
 * columns, so a strategy that changes a returned array cannot corrupt later hits.
 * <p>
 * Maintenance runs on the calling thread, so the statistics are exact when read. Threadsafe, though each worker
 * thread normally has its own.
 */
public final class IndicatorCache
{
    private final Cache<IndicatorKey, double[][]> cache;
    private final long maxBytes;

    /**
     * A cache within a budget.
     *
     * @param maxBytes the budget in bytes (0 caches nothing).
     */
    public IndicatorCache(final long maxBytes)
    {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((final IndicatorKey key, final double[][] columns) -> Weights.clamp(weight(columns)))
            .executor(Runnable::run)
            .recordStats()
            .build();
    }

    /**
     * The columns of an indicator on a frame, computed once per key.
     *
     * @param frame     the frame the indicator reads.
     * @param indicator the indicator name.
     * @param arguments its arguments as text (every argument that changes the result).
     * @param compute   computes the columns on a miss; its arrays are kept by the cache.
     * @return a copy of the columns.
     */
    public double[][] get(
        final PairFrame frame, final String indicator, final String arguments, final Supplier<double[][]> compute)
    {
        final double[][] stored = cache.get(IndicatorKey.of(frame, indicator, arguments), key -> compute.get());
        return copy(stored);
    }

    /**
     * Drops every entry whose {@link IndicatorKey#text()} contains a match of the pattern, e.g.
     * {@code ^BTC/USDT } for a pair or {@code  rsi\(} for an indicator.
     *
     * @param pattern the pattern ({@link java.util.regex.Matcher#find()} semantics).
     * @return how many entries were dropped.
     */
    public int invalidate(final Pattern pattern)
    {
        int removed = 0;
        for (final IndicatorKey key : cache.asMap().keySet().toArray(new IndicatorKey[0]))
        {
            if (pattern.matcher(key.text()).find() && null != cache.asMap().remove(key))
            {
                removed++;
            }
        }
        return removed;
    }

    /** Drops every entry. */
    public void invalidateAll()
    {
        cache.invalidateAll();
    }

    /**
     * The counters so far.
     *
     * @return a snapshot.
     */
    public CacheStats stats()
    {
        cache.cleanUp();
        final com.github.benmanes.caffeine.cache.stats.CacheStats s = cache.stats();
        return new CacheStats(true, s.hitCount(), s.missCount(), s.evictionCount(),
            cache.estimatedSize(), weightedBytes(), maxBytes);
    }

    private long weightedBytes()
    {
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    private static long weight(final double[][] columns)
    {
        long bytes = Weights.of(columns);
        for (final double[] column : columns)
        {
            bytes += Weights.of(column);
        }
        return bytes;
    }

    private static double[][] copy(final double[][] columns)
    {
        final double[][] out = new double[columns.length][];
        for (int i = 0; i < columns.length; i++)
        {
            out[i] = columns[i].clone();
        }
        return out;
    }
}
