package io.hyperjet.worker.frame;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.cache.IndicatorCache;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.IntParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@link Ta}'s indicator-cache hook: an indicator phase rerun per epoch for its parameters gives the same columns
 * with the cache on and off, hits the cache for calls on candle columns, and never for inputs the strategy set
 * (which change under the same name from one epoch to the next).
 */
class TaCacheTest
{
    /** RSI over hyperopted periods on close, plus calls whose inputs must not be cached. */
    static final class Periods extends FrameStrategy
    {
        final IntParameter period = new IntParameter(5, 30, 14, "buy", true, true);

        @Override
        protected void populateIndicators(final DataFrame df, final Metadata md)
        {
            df.set("rsi", ta.RSI(df, "timeperiod", period.value()));
            df.set("macd", ta.MACD(df, "fastperiod", period.value()).get("macdsignal"));
            df.set("scaled", df.get("close").mul(period.value()));
            df.set("sma_scaled", ta.SMA(df, "price", "scaled", "timeperiod", 5));
            df.set("rsi_series", ta.RSI(df.get("close"), "timeperiod", 7)); // series overload: never cached
        }

        @Override
        protected void populateEntryTrend(final DataFrame df, final Metadata md)
        {
        }

        @Override
        protected void populateExitTrend(final DataFrame df, final Metadata md)
        {
        }
    }

    @Test
    void shouldGiveTheSameColumnsWithTheCacheOnAndOffAndHitOnlyForCandleInputs()
    {
        final PairFrame candles = FrameStrategyTest.candles(3_000, 5);
        final Periods cached = new Periods();
        final Periods plain = new Periods();
        final IndicatorCache cache = new IndicatorCache(64L << 20);
        cached.indicatorCache(cache);
        final int[] periods = {14, 9, 14, 21, 9, 14};
        double previousScaled = Double.NaN;
        for (final int p : periods)
        {
            cached.period.value(p);
            plain.period.value(p);
            final IndicatorColumns a = cached.runIndicators(candles);
            final IndicatorColumns b = plain.runIndicators(candles);
            for (final String name : new String[]{"rsi", "macd", "sma_scaled", "rsi_series"})
            {
                assertArrayEquals(b.get(name), a.get(name), name + " period " + p);
            }
            final double scaled = a.get("sma_scaled")[100];
            assertFalse(scaled == previousScaled, "sma of a strategy column follows the epoch's values");
            previousScaled = scaled;
        }
        // RSI and MACD: 3 distinct periods each computed once, then 3 hits each; nothing else goes to the cache
        assertEquals(6, cache.stats().misses());
        assertEquals(6, cache.stats().hits());
    }
}
