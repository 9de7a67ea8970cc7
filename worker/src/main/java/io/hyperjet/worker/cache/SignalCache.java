package io.hyperjet.worker.cache;

import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Phase;

/**
 * Keeps the signals of the entry and exit phases per {@link SignalKey}, so an epoch that changes only what the
 * phases do not read (ROI, stoploss, trailing, max open trades) restores its signals instead of running the
 * phases. Entries are copies of the four code arrays ({@link PackedCodes}: the set rows of a sparse column) and
 * both tag columns ({@link PackedTags}: their written rows), weighed by their bytes and bounded by a byte budget.
 * Storing and restoring declare a sparse column's set rows on the signals ({@link Signals#setRows(int, int[])}).
 * <p>
 * Use: {@link #restore} with the key taken before the phases run; on a miss run them, then {@link #store} under the
 * key taken after (the read set may have grown). Maintenance runs on the calling thread. Threadsafe.
 */
public final class SignalCache
{
    private final Cache<SignalKey, Entry> cache;
    private final long maxBytes;

    /**
     * A cache within a budget.
     *
     * @param maxBytes the budget in bytes (0 caches nothing).
     */
    public SignalCache(final long maxBytes)
    {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((final SignalKey key, final Entry entry) -> Weights.clamp(entry.bytes()))
            .executor(Runnable::run)
            .recordStats()
            .build();
    }

    /**
     * Fills {@code signals} from the cache when the key is present.
     *
     * @param key     the key taken before running the phases.
     * @param signals the pair's signals, overwritten entirely on a hit.
     * @return true on a hit.
     */
    public boolean restore(final SignalKey key, final Signals signals)
    {
        final Entry entry = cache.getIfPresent(key);
        if (null == entry)
        {
            return false;
        }
        entry.copyTo(signals);
        return true;
    }

    /**
     * Keeps a copy of a pair's signals.
     *
     * @param key     the key taken after running the phases.
     * @param signals the signals they produced.
     */
    public void store(final SignalKey key, final Signals signals)
    {
        cache.put(key, new Entry(PackedCodes.of(signals, Signals.ENTER_LONG),
            PackedCodes.of(signals, Signals.EXIT_LONG), PackedCodes.of(signals, Signals.ENTER_SHORT),
            PackedCodes.of(signals, Signals.EXIT_SHORT), PackedTags.of(signals.enterTags()),
            PackedTags.of(signals.exitTags())));
    }

    /**
     * Keeps a copy of one phase's columns (its long and short codes and its tags) and writes that copy into a pair's
     * signals, leaving the other phase's columns there as they are. {@link #restore} of the key writes the same.
     *
     * @param key   a key of that phase ({@link SignalKey#of(String, io.hyperjet.worker.strategy.StrategyParameters,
     *              Phase)}), taken after the phase ran.
     * @param from  the signals the phase wrote.
     * @param phase ENTRY or EXIT.
     * @param to    the pair's signals, of the same length; may be {@code from}.
     */
    public void storePhase(final SignalKey key, final Signals from, final Phase phase, final Signals to)
    {
        final Entry entry = Phase.ENTRY == phase ?
            new Entry(PackedCodes.of(from, Signals.ENTER_LONG), null, PackedCodes.of(from, Signals.ENTER_SHORT), null,
                PackedTags.of(from.enterTags()), null) :
            new Entry(null, PackedCodes.of(from, Signals.EXIT_LONG), null, PackedCodes.of(from, Signals.EXIT_SHORT),
                null, PackedTags.of(from.exitTags()));
        cache.put(key, entry);
        if (from != to)
        {
            entry.copyTo(to);
        }
    }

    /**
     * Drops every entry whose {@link SignalKey#text()} contains a match of the pattern, e.g. {@code ^ETH/USDT }.
     *
     * @param pattern the pattern ({@link java.util.regex.Matcher#find()} semantics).
     * @return how many entries were dropped.
     */
    public int invalidate(final Pattern pattern)
    {
        int removed = 0;
        for (final SignalKey key : cache.asMap().keySet().toArray(new SignalKey[0]))
        {
            if (pattern.matcher(key.text()).find() && null != cache.asMap().remove(key))
            {
                removed++;
            }
        }
        return removed;
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
        final long bytes = cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
        return new CacheStats(true, s.hitCount(), s.missCount(), s.evictionCount(), cache.estimatedSize(), bytes,
            maxBytes);
    }

    /* The columns of both phases, or of one (the other's are null and left alone on restore). */
    private record Entry(PackedCodes enterLong, PackedCodes exitLong, PackedCodes enterShort, PackedCodes exitShort,
        PackedTags enterTag, PackedTags exitTag)
    {
        void copyTo(final Signals signals)
        {
            if (null != enterLong)
            {
                enterLong.copyTo(signals, Signals.ENTER_LONG);
                enterShort.copyTo(signals, Signals.ENTER_SHORT);
                enterTag.copyTo(signals.enterTags());
            }
            if (null != exitLong)
            {
                exitLong.copyTo(signals, Signals.EXIT_LONG);
                exitShort.copyTo(signals, Signals.EXIT_SHORT);
                exitTag.copyTo(signals.exitTags());
            }
        }

        long bytes()
        {
            return Weights.OBJECT_OVERHEAD_BYTES + bytes(enterLong) + bytes(exitLong) + bytes(enterShort) +
                bytes(exitShort) + (null == enterTag ? 0 : enterTag.bytes()) + (null == exitTag ? 0 : exitTag.bytes());
        }

        private static long bytes(final PackedCodes codes)
        {
            return null == codes ? 0 : codes.bytes();
        }
    }
}
