package io.hyperjet.bench.backtest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same workload as {@link BacktestBenchmark}, timed by the thread's CPU time instead of the wall clock: on a
 * shared, overloaded machine this gives a steadier per-core figure than JMH's wall-clock throughput.
 * <p>
 * Usage: {@code java -cp ... io.hyperjet.bench.backtest.BacktestCpuTime [secondsPerRound]}; prints candle·pairs per
 * second of CPU for each backtester, alternating rounds so both see the same conditions.
 */
public final class BacktestCpuTime
{
    private static final int ROUNDS = 3;

    private BacktestCpuTime()
    {
    }

    public static void main(final String[] args)
    {
        final long roundNs = (args.length > 0 ? Long.parseLong(args[0]) : 5) * 1_000_000_000L;
        final BacktestBenchmark bench = new BacktestBenchmark();
        bench.setup();
        final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < ROUNDS; round++)
        {
            final double vectorizedMs = measure(mx, bench, true, roundNs);
            final double iterativeMs = measure(mx, bench, false, roundNs);
            System.out.printf("round %d: vectorized %.2f ms CPU/run = %.1f M candle-pairs/s/core, iterative %.2f ms " +
                "CPU/run = %.1f M candle-pairs/s/core, ratio %.2f%n", round, vectorizedMs, rate(vectorizedMs),
                iterativeMs, rate(iterativeMs), iterativeMs / vectorizedMs);
        }
    }

    private static double rate(final double msPerRun)
    {
        return BacktestBenchmark.CANDLE_PAIRS / msPerRun / 1000.0;
    }

    private static double measure(
        final ThreadMXBean mx, final BacktestBenchmark bench, final boolean vectorized, final long roundNs)
    {
        final long start = mx.getCurrentThreadCpuTime();
        int runs = 0;
        long trades = 0;
        while (mx.getCurrentThreadCpuTime() - start < roundNs)
        {
            trades += (vectorized ? bench.vectorized() : bench.iterative()).trades().size();
            runs++;
        }
        if (trades == 0)
        {
            throw new IllegalStateException("no trades");
        }
        return (mx.getCurrentThreadCpuTime() - start) / 1e6 / runs;
    }
}
