package io.hyperjet.bench.frame;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import io.hyperjet.bench.array.SampleStrategySignalBenchmark;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.SampleStrategy;
import io.hyperjet.worker.strategy.Strategy;

/**
 * {@link ColumnApiSignalBenchmark}'s comparison timed by the thread's CPU time, which a loaded machine disturbs
 * less than wall time: rounds alternate the column-API SampleStrategy and the hand loops, each round running
 * epochs (new {@code buy_rsi}/{@code sell_rsi}, entry and exit on 10 pairs × 1 year of 5m) for a fixed wall time,
 * and print CPU µs per epoch of each; the last line is the ratio of the medians. Signals are checked equal first.
 * <p>
 * Usage: {@code java -cp bench/target/benchmarks.jar io.hyperjet.bench.frame.ColumnApiCpuTime [secondsPerRound]
 * [numpyOptimizations]}.
 */
public final class ColumnApiCpuTime
{
    private static final int PAIRS = 10;
    private static final int ROUNDS = 7;

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final PairFrame[] frames = new PairFrame[PAIRS];
    private final Signals[] signals = new Signals[PAIRS];
    private int epoch;
    private int entries;

    private ColumnApiCpuTime(final SampleStrategy column)
    {
        for (int p = 0; p < PAIRS; p++)
        {
            final PairFrame candles = SampleStrategySignalBenchmark.randomWalk("PAIR" + p + "/USDT", p);
            frames[p] = column.runIndicators(candles).appendTo(candles);
            signals[p] = new Signals(candles.rows());
        }
    }

    public static void main(final String[] args)
    {
        final long roundNs = (args.length > 0 ? Long.parseLong(args[0]) : 3) * 1_000_000_000L;
        final boolean numpy = args.length <= 1 || Boolean.parseBoolean(args[1]);
        final SampleStrategy column = new SampleStrategy();
        final HandLoopSampleStrategy hand = new HandLoopSampleStrategy();
        column.numpyOptimizations(numpy);
        hand.numpyOptimizations(numpy);
        final ColumnApiCpuTime bench = new ColumnApiCpuTime(column);
        bench.checkSame(column, hand);
        final double[] columnUs = new double[ROUNDS];
        final double[] handUs = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++)
        {
            // the order alternates too, so neither always runs on the caches the other left
            if (round % 2 == 0)
            {
                columnUs[round] = bench.round(column, roundNs);
                handUs[round] = bench.round(hand, roundNs);
            }
            else
            {
                handUs[round] = bench.round(hand, roundNs);
                columnUs[round] = bench.round(column, roundNs);
            }
            System.out.printf("round %d: column %.1f us/epoch, hand %.1f us/epoch (cpu)%n", round, columnUs[round],
                handUs[round]);
        }
        java.util.Arrays.sort(columnUs);
        java.util.Arrays.sort(handUs);
        System.out.printf("median: column %.1f us/epoch, hand %.1f us/epoch, column/hand %.2f " +
            "(numpy_optimizations=%s, entries %d)%n", columnUs[ROUNDS / 2], handUs[ROUNDS / 2],
            columnUs[ROUNDS / 2] / handUs[ROUNDS / 2], numpy, bench.entries);
    }

    private void checkSame(final Strategy a, final Strategy b)
    {
        final Signals sa = new Signals(frames[0].rows());
        final Signals sb = new Signals(frames[0].rows());
        for (int e = 0; e < 40; e++)
        {
            levels(a, e);
            levels(b, e);
            for (final PairFrame frame : frames)
            {
                a.runSignals(frame, sa);
                b.runSignals(frame, sb);
                if (!java.util.Arrays.equals(sa.enterLong(), sb.enterLong()) ||
                    !java.util.Arrays.equals(sa.exitLong(), sb.exitLong()))
                {
                    throw new IllegalStateException("signals differ: epoch=" + e + ", pair=" + frame.pair());
                }
            }
        }
    }

    private static void levels(final Strategy strategy, final int epoch)
    {
        strategy.parameters().byName("buy_rsi").set(10 + epoch % 31);
        strategy.parameters().byName("sell_rsi").set(60 + epoch % 31);
    }

    private double round(final Strategy strategy, final long roundNs)
    {
        final long wallEnd = System.nanoTime() + roundNs;
        final long cpuStart = mx.getCurrentThreadCpuTime();
        int epochs = 0;
        while (System.nanoTime() - wallEnd < 0)
        {
            levels(strategy, ++epoch);
            for (int p = 0; p < PAIRS; p++)
            {
                strategy.runSignals(frames[p], signals[p]);
                entries += signals[p].enterLong()[frames[p].rows() - 1];
            }
            epochs++;
        }
        return (mx.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / epochs;
    }
}
