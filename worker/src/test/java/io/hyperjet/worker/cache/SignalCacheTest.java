package io.hyperjet.worker.cache;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalCacheTest
{
    private static final long BUDGET_BYTES = 16L * 1024 * 1024;

    private final PairFrame frame = Frames.candles(0, 2_000);
    private final ConditionalStrategy strategy = new ConditionalStrategy();
    private final SignalCache cache = new SignalCache(BUDGET_BYTES);

    /** The engine's sequence: restore under the key before the phases, else run them and store under the key after. */
    private boolean signals(final PairFrame pairFrame, final Signals out)
    {
        if (cache.restore(SignalKey.of(pairFrame.pair(), strategy.parameters()), out))
        {
            return true;
        }
        out.clear();
        strategy.runSignals(pairFrame, out);
        cache.store(SignalKey.of(pairFrame.pair(), strategy.parameters()), out);
        return false;
    }

    private static Signals direct(final PairFrame frame, final boolean filter, final int level, final int sell)
    {
        final ConditionalStrategy fresh = new ConditionalStrategy();
        fresh.values(filter, level, sell);
        final Signals out = new Signals(frame.rows());
        fresh.runSignals(frame, out);
        return out;
    }

    private static void assertSameSignals(final Signals expected, final Signals actual)
    {
        assertArrayEquals(expected.enterLong(), actual.enterLong());
        assertArrayEquals(expected.exitLong(), actual.exitLong());
        assertArrayEquals(expected.enterShort(), actual.enterShort());
        assertArrayEquals(expected.exitShort(), actual.exitShort());
        assertArrayEquals(expected.enterTags().toArray(), actual.enterTags().toArray());
        assertArrayEquals(expected.exitTags().toArray(), actual.exitTags().toArray());
    }

    @Test
    void shouldRestoreWhenOnlyUnreadParametersChange()
    {
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 10);
        assertFalse(signals(frame, out));
        strategy.values(false, 17, 10);
        final Signals restored = new Signals(frame.rows());
        assertTrue(signals(frame, restored), "level is not read while use_filter is false");
        assertSameSignals(direct(frame, false, 17, 10), restored);
        assertNotSame(out.enterTags().toArray(), restored.enterTags().toArray());
    }

    @Test
    void shouldMissWhenConditionallyReadParameterChanges()
    {
        final Signals out = new Signals(frame.rows());
        strategy.values(true, 5, 10);
        assertFalse(signals(frame, out));
        strategy.values(true, 6, 10);
        assertFalse(signals(frame, out));
        assertSameSignals(direct(frame, true, 6, 10), out);
    }

    @Test
    void shouldNotHitAnEntryStoredBeforeTheReadSetGrew()
    {
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 10);
        assertFalse(signals(frame, out));
        strategy.values(true, 5, 10);
        assertFalse(signals(frame, out));
        strategy.values(false, 9, 10);
        assertFalse(signals(frame, out), "the key set now includes level, so the first entry no longer matches");
        assertSameSignals(direct(frame, false, 9, 10), out);
    }

    @Test
    void shouldMissWhenOnlyAnExitParameterChanges()
    {
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 1);
        assertFalse(signals(frame, out));
        strategy.values(false, 5, 15);
        assertFalse(signals(frame, out));
        assertSameSignals(direct(frame, false, 5, 15), out);
    }

    @Test
    void shouldMatchDirectComputationOverRandomEpochs()
    {
        final SplittableRandom random = new SplittableRandom(3);
        final Signals out = new Signals(frame.rows());
        int hits = 0;
        for (int epoch = 0; epoch < 120; epoch++)
        {
            final boolean filter = random.nextBoolean();
            final int level = 1 + random.nextInt(4);
            final int sell = 1 + random.nextInt(3);
            strategy.values(filter, level, sell);
            hits += signals(frame, out) ? 1 : 0;
            assertSameSignals(direct(frame, filter, level, sell), out);
        }
        assertTrue(hits > 50, "hits " + hits);
    }

    @Test
    void shouldKeepPairsApart()
    {
        final PairFrame other = Frames.candles(1, 2_000);
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 10);
        assertFalse(signals(frame, out));
        assertFalse(signals(other, out));
        assertSameSignals(direct(other, false, 5, 10), out);
    }

    @Test
    void shouldCountHitsMissesEntriesAndBytes()
    {
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 10);
        signals(frame, out);
        signals(frame, out);
        signals(frame, out);
        strategy.values(false, 5, 11);
        signals(frame, out);
        final CacheStats stats = cache.stats();
        assertEquals(2, stats.hits());
        assertEquals(2, stats.misses());
        assertEquals(0.5, stats.hitRate());
        assertEquals(2, stats.entries());
        assertTrue(stats.bytes() >= 2L * 4 * frame.rows(), "bytes " + stats.bytes());
        assertEquals(BUDGET_BYTES, stats.maxBytes());
    }

    @Test
    void shouldEvictToStayWithinASmallBudget()
    {
        final long entryBytes = 5L * frame.rows() + 200;
        final SignalCache small = new SignalCache(3 * entryBytes);
        final Signals out = new Signals(frame.rows());
        for (int sell = 1; sell <= 10; sell++)
        {
            strategy.values(false, 5, sell);
            strategy.runSignals(frame, out);
            small.store(SignalKey.of(frame.pair(), strategy.parameters()), out);
        }
        final CacheStats stats = small.stats();
        assertTrue(stats.evictions() >= 7, "evictions " + stats.evictions());
        assertTrue(stats.bytes() <= 3 * entryBytes, "bytes " + stats.bytes());
    }

    @Test
    void shouldInvalidateEntriesMatchingAPattern()
    {
        final PairFrame other = Frames.candles(1, 2_000);
        final Signals out = new Signals(frame.rows());
        strategy.values(false, 5, 10);
        signals(frame, out);
        signals(other, out);
        assertEquals(1, cache.invalidate(Pattern.compile("^" + Pattern.quote(frame.pair() + " "))));
        assertFalse(signals(frame, out));
        assertTrue(signals(other, out));
        assertEquals(2, cache.invalidate(Pattern.compile("sell_level=10")));
        assertEquals(0, cache.stats().entries());
    }
}
