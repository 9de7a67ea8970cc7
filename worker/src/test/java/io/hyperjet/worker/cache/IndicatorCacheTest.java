package io.hyperjet.worker.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.indicator.Indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorCacheTest
{
    private static final long BUDGET_BYTES = 16L * 1024 * 1024;

    private final PairFrame btc = Frames.candles(0, 1_000);
    private final PairFrame eth = Frames.candles(1, 1_000);
    private final IndicatorCache cache = new IndicatorCache(BUDGET_BYTES);
    private final AtomicInteger computed = new AtomicInteger();

    private double[][] column(final PairFrame frame, final String indicator, final String arguments)
    {
        return cache.get(frame, indicator, arguments, () ->
        {
            computed.incrementAndGet();
            return new double[][] {new double[frame.rows()]};
        });
    }

    @Test
    void shouldComputeOncePerKeyAndHandOutCopies()
    {
        final double[][] first = column(btc, "rsi", "14");
        first[0][3] = 42.0;
        final double[][] second = column(btc, "rsi", "14");
        assertEquals(1, computed.get());
        assertNotSame(first[0], second[0]);
        assertEquals(0.0, second[0][3], "a caller's change must not reach the cache");
    }

    @Test
    void shouldKeySeparatelyByPairIndicatorArgumentsAndRange()
    {
        column(btc, "rsi", "14");
        column(btc, "rsi", "15");
        column(btc, "cci", "14");
        column(eth, "rsi", "14");
        column(Frames.candles(0, 999), "rsi", "14");
        assertEquals(5, computed.get());
    }

    @Test
    void shouldCountHitsMissesAndBytes()
    {
        column(btc, "rsi", "14");
        column(btc, "rsi", "14");
        column(btc, "rsi", "14");
        column(eth, "rsi", "14");
        final CacheStats stats = cache.stats();
        assertEquals(2, stats.hits());
        assertEquals(2, stats.misses());
        assertEquals(2, stats.entries());
        assertEquals(0, stats.evictions());
        assertTrue(stats.bytes() >= 2L * Double.BYTES * btc.rows(), "bytes " + stats.bytes());
    }

    @Test
    void shouldEvictToStayWithinASmallBudget()
    {
        final long entryBytes = (long)Double.BYTES * btc.rows() + 64;
        final IndicatorCache small = new IndicatorCache(2 * entryBytes);
        for (int period = 2; period < 12; period++)
        {
            small.get(btc, "rsi", Integer.toString(period), () -> new double[][] {new double[btc.rows()]});
        }
        final CacheStats stats = small.stats();
        assertTrue(stats.evictions() >= 8, "evictions " + stats.evictions());
        assertTrue(stats.bytes() <= 2 * entryBytes, "bytes " + stats.bytes());
    }

    @Test
    void shouldInvalidateByPairOrIndicatorPattern()
    {
        column(btc, "rsi", "14");
        column(btc, "cci", "20");
        column(eth, "rsi", "14");
        assertEquals(2, cache.invalidate(Pattern.compile(" rsi\\(")));
        assertEquals(1, cache.stats().entries());
        assertEquals(1, cache.invalidate(Pattern.compile("^" + Pattern.quote(btc.pair() + " "))));
        assertEquals(0, cache.stats().entries());
        column(btc, "rsi", "14");
        assertEquals(4, computed.get());
    }

    @Test
    void shouldGiveTheUncachedValuesThroughTheFacade()
    {
        final Indicators plain = new Indicators();
        final Indicators cached = new Indicators().cache(cache);
        for (int round = 0; round < 2; round++)
        {
            assertArrayEquals(plain.rsi(btc, 14), cached.rsi(btc, 14));
            assertArrayEquals(plain.macd(btc).hist(), cached.macd(btc).hist());
            assertArrayEquals(plain.stoch(btc).d(), cached.stoch(btc).d());
            assertArrayEquals(plain.sar(btc), cached.sar(btc));
        }
        final CacheStats stats = cache.stats();
        assertEquals(4, stats.misses());
        assertEquals(4, stats.hits());
    }
}
