package io.hyperjet.bench.array;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.SampleStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one hyperopt epoch's signal phase (entry + exit) of {@link SampleStrategy} over 10 pairs × 1 year of 5m
 * candles (105,120 rows each, seeded random walks), indicators precomputed once as in hyperopt. Also the one-off
 * indicator phase over the same data, for scale.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SampleStrategySignalBenchmark
{
    private static final int PAIRS = 10;
    public static final int ROWS = 365 * 288;

    private final SampleStrategy strategy = new SampleStrategy();
    private PairFrame[] candles;
    private PairFrame[] frames;
    private Signals[] signals;
    private int epoch;

    @Setup
    public void setUp()
    {
        candles = new PairFrame[PAIRS];
        frames = new PairFrame[PAIRS];
        signals = new Signals[PAIRS];
        for (int p = 0; p < PAIRS; p++)
        {
            candles[p] = randomWalk("PAIR" + p + "/USDT", p);
            frames[p] = strategy.runIndicators(candles[p]).appendTo(candles[p]);
            signals[p] = new Signals(ROWS);
        }
        strategy.parameters();
    }

    /** One epoch: new parameter values, then entry and exit phases on every pair; returns the entry count. */
    @Benchmark
    public int signalPhasePerEpoch()
    {
        epoch++;
        strategy.parameters().byName("buy_rsi").set(10 + epoch % 31);
        strategy.parameters().byName("sell_rsi").set(60 + epoch % 31);
        int entries = 0;
        for (int p = 0; p < PAIRS; p++)
        {
            strategy.runSignals(frames[p], signals[p]);
            entries += signals[p].enterLong()[ROWS - 1];
        }
        return entries;
    }

    /** The indicator phase over all pairs (runs once per hyperopt, not per epoch). */
    @Benchmark
    public int indicatorPhaseAllPairs()
    {
        int columns = 0;
        for (int p = 0; p < PAIRS; p++)
        {
            columns += strategy.runIndicators(candles[p]).columns().size();
        }
        return columns;
    }

    /** A seeded random walk of {@code ROWS} 5m candles from 2023-01-01; also the data of {@code EpochCpuTime}. */
    public static PairFrame randomWalk(final String pair, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] date = new long[ROWS];
        final double[] open = new double[ROWS];
        final double[] high = new double[ROWS];
        final double[] low = new double[ROWS];
        final double[] close = new double[ROWS];
        final double[] volume = new double[ROWS];
        double price = 100.0;
        for (int i = 0; i < ROWS; i++)
        {
            date[i] = 1_672_531_200_000L + i * 300_000L;
            open[i] = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.006;
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1.0 + random.nextDouble() * 0.002);
            low[i] = Math.min(open[i], close[i]) * (1.0 - random.nextDouble() * 0.002);
            volume[i] = 1.0 + random.nextDouble() * 100.0;
        }
        final Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put(PairFrame.OPEN, open);
        columns.put(PairFrame.HIGH, high);
        columns.put(PairFrame.LOW, low);
        columns.put(PairFrame.CLOSE, close);
        columns.put(PairFrame.VOLUME, volume);
        return PairFrame.ofArrays(pair, "5m", date, columns);
    }
}
