package io.hyperjet.worker.epoch;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * How many threads run the indicator phase while the data is prepared ({@link EngineData#prepare}), and where their
 * strategy instances come from: the caller's instance serves one thread, each other thread gets a copy, loaded
 * from the same class with the same captured values ({@link StrategyState}), as a worker JVM loads its own.
 *
 * @param threads the threads, at least 1; 1 runs the phase on the calling thread.
 * @param copies  makes a copy with the run's values, or null when {@code threads} is 1.
 */
public record IndicatorThreads(int threads, Supplier<Strategy> copies)
{
    /** The indicator phase on the calling thread, pair after pair. */
    public static final IndicatorThreads ONE = new IndicatorThreads(1, null);

    public IndicatorThreads
    {
        if (threads < 1 || (threads > 1 && null == copies))
        {
            throw new IllegalArgumentException("threads=" + threads + ", copies=" + copies);
        }
    }

    /**
     * Threads whose copies are new instances of a found class with a captured state applied.
     *
     * @param threads            the threads, at least 1.
     * @param found              the strategy's class.
     * @param state              from {@link StrategyState#capture}.
     * @param numpyOptimizations the run's {@code numpy_optimizations}.
     * @return the setting.
     */
    public static IndicatorThreads of(
        final int threads, final StrategyLoader.Found found, final JsonNode state, final boolean numpyOptimizations)
    {
        return threads <= 1 ? ONE : new IndicatorThreads(threads, () ->
        {
            final Strategy copy = found.newInstance();
            StrategyState.apply(copy, state);
            copy.numpyOptimizations(numpyOptimizations);
            return copy;
        });
    }
}
