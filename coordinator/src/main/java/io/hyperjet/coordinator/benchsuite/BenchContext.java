package io.hyperjet.coordinator.benchsuite;

import java.util.function.Consumer;

/**
 * What every feature benchmark shares: the data, how often to repeat, where progress goes.
 *
 * @param data            the candles.
 * @param warmups         untimed rounds before timing.
 * @param repetitions     timed rounds.
 * @param compareBaseline whether the end-to-end run compares against everything off.
 * @param log             progress lines.
 * @param cacheEpochs     epochs of each cache benchmark hyperopt.
 */
record BenchContext(BenchData data, int warmups, int repetitions, boolean compareBaseline, Consumer<String> log,
    int cacheEpochs)
{
    /**
     * Rounds for benchmarks that start JVMs: memory does not jitter like time, and each round costs seconds.
     *
     * @return 1 to 3.
     */
    int processRepetitions()
    {
        return Math.max(1, Math.min(3, repetitions));
    }
}
