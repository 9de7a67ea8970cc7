package io.hyperjet.worker.cache;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A snapshot of one cache's counters, cumulative since the cache was created.
 *
 * @param enabled   whether the cache is switched on (all counters are 0 when not).
 * @param hits      lookups answered from the cache.
 * @param misses    lookups that had to compute.
 * @param evictions entries dropped to stay within the budget (explicit invalidations are not evictions).
 * @param entries   entries held now.
 * @param bytes     estimated bytes held now.
 * @param maxBytes  the budget.
 */
public record CacheStats(boolean enabled, long hits, long misses, long evictions, long entries, long bytes,
    long maxBytes)
{
    /** A switched-off cache. */
    public static final CacheStats DISABLED = new CacheStats(false, 0, 0, 0, 0, 0, 0);

    /**
     * Hits over lookups.
     *
     * @return 0..1, 0 with no lookups.
     */
    public double hitRate()
    {
        final long lookups = hits + misses;
        return lookups == 0 ? 0.0 : (double)hits / lookups;
    }

    /**
     * The sum of two workers' caches.
     *
     * @param other the other snapshot.
     * @return the sum (enabled when either is).
     */
    public CacheStats plus(final CacheStats other)
    {
        return new CacheStats(enabled || other.enabled, hits + other.hits, misses + other.misses,
            evictions + other.evictions, entries + other.entries, bytes + other.bytes, maxBytes + other.maxBytes);
    }

    /**
     * Writes the counters into a JSON object.
     *
     * @param out the object.
     * @return {@code out}.
     */
    public ObjectNode writeTo(final ObjectNode out)
    {
        out.put("enabled", enabled);
        out.put("hits", hits);
        out.put("misses", misses);
        out.put("hit_rate", hitRate());
        out.put("evictions", evictions);
        out.put("entries", entries);
        out.put("bytes", bytes);
        out.put("max_bytes", maxBytes);
        return out;
    }

    /**
     * Reads what {@link #writeTo} wrote.
     *
     * @param node the object (missing fields read as 0).
     * @return the snapshot.
     */
    public static CacheStats of(final JsonNode node)
    {
        return new CacheStats(node.path("enabled").asBoolean(false), node.path("hits").asLong(),
            node.path("misses").asLong(), node.path("evictions").asLong(), node.path("entries").asLong(),
            node.path("bytes").asLong(), node.path("max_bytes").asLong());
    }

    /**
     * One line for the end-of-run summary.
     *
     * @return e.g. {@code 900 hits, 100 misses (hit rate 90.0%), 0 evictions, 1.2 MB of 256.0 MB}.
     */
    public String describe()
    {
        if (!enabled)
        {
            return "off";
        }
        return String.format(Locale.ROOT, "%d hits, %d misses (hit rate %.1f%%), %d evictions, %d entries, " +
            "%.1f MB of %.1f MB", hits, misses, 100.0 * hitRate(), evictions, entries, bytes / 1e6, maxBytes / 1e6);
    }
}
