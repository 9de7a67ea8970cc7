package io.hyperjet.bench.frame;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.hyperjet.bench.array.SampleStrategySignalBenchmark;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.SampleStrategy;
import io.hyperjet.worker.strategy.Strategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One hyperopt epoch's signal phase (entry + exit) of SampleStrategy over 10 pairs × 1 year of 5m candles: the
 * column-API SampleStrategy ({@code impl=column}) against the hand loops it replaced ({@code impl=hand}), with
 * {@code numpy_optimizations} on (sparse: crossing rows only) and off (every row). The setup checks that both set
 * the same codes over 40 epochs before anything is timed. Issue 16's target: column within 1.5× of hand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ColumnApiSignalBenchmark
{
    private static final int PAIRS = 10;
    private static final int ROWS = SampleStrategySignalBenchmark.ROWS;

    @Param({"column", "hand"})
    public String impl;

    @Param({"true", "false"})
    public boolean numpyOptimizations;

    private Strategy strategy;
    private PairFrame[] frames;
    private Signals[] signals;
    private int epoch;

    @Setup
    public void setUp()
    {
        final SampleStrategy column = new SampleStrategy();
        final HandLoopSampleStrategy hand = new HandLoopSampleStrategy();
        column.numpyOptimizations(numpyOptimizations);
        hand.numpyOptimizations(numpyOptimizations);
        frames = new PairFrame[PAIRS];
        signals = new Signals[PAIRS];
        for (int p = 0; p < PAIRS; p++)
        {
            final PairFrame candles = SampleStrategySignalBenchmark.randomWalk("PAIR" + p + "/USDT", p);
            frames[p] = column.runIndicators(candles).appendTo(candles);
            signals[p] = new Signals(ROWS);
        }
        checkSameSignals(column, hand);
        strategy = "column".equals(impl) ? column : hand;
        strategy.parameters();
    }

    private void checkSameSignals(final Strategy column, final Strategy hand)
    {
        final Signals a = new Signals(ROWS);
        final Signals b = new Signals(ROWS);
        for (int e = 0; e < 40; e++)
        {
            setLevels(column, e);
            setLevels(hand, e);
            for (int p = 0; p < PAIRS; p++)
            {
                column.runSignals(frames[p], a);
                hand.runSignals(frames[p], b);
                if (!Arrays.equals(a.enterLong(), b.enterLong()) || !Arrays.equals(a.exitLong(), b.exitLong()))
                {
                    throw new IllegalStateException("column and hand signals differ: epoch=" + e + ", pair=" + p);
                }
            }
        }
    }

    private static void setLevels(final Strategy strategy, final int epoch)
    {
        strategy.parameters().byName("buy_rsi").set(10 + epoch % 31);
        strategy.parameters().byName("sell_rsi").set(60 + epoch % 31);
    }

    /** One epoch: new parameter values, then entry and exit phases on every pair; returns the entry count. */
    @Benchmark
    public int signalPhasePerEpoch()
    {
        setLevels(strategy, ++epoch);
        int entries = 0;
        for (int p = 0; p < PAIRS; p++)
        {
            strategy.runSignals(frames[p], signals[p]);
            entries += signals[p].enterLong()[ROWS - 1];
        }
        return entries;
    }
}
