package io.hyperjet.bench.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.backtest.IterativeBacktester;
import io.hyperjet.worker.backtest.VectorizedBacktester;
import io.hyperjet.worker.signal.Signals;

/**
 * Vectorized vs iterative backtest on generated data: 10 pairs × 1 year of 5m candles (seeded random walks), signals
 * precomputed once from a moving-average cross (enter when SMA(20) crosses above SMA(80), exit on the cross below).
 * <p>
 * Scores are candle·pairs per second (one operation = one candle of one pair), single thread. Setup checks that
 * both backtesters give the same trades.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dagrona.disable.bounds.checks=true"})
public class BacktestBenchmark
{
    static final int PAIRS = 10;
    static final int ROWS = 365 * 288;
    static final int CANDLE_PAIRS = PAIRS * ROWS;
    private static final long START_MS = 1_704_067_200_000L;
    private static final long TF_MS = 300_000L;
    private static final int FAST = 20;
    private static final int SLOW = 80;

    private final List<BacktestPair> pairs = new ArrayList<>();
    private final VectorizedBacktester vectorized = new VectorizedBacktester();
    private final IterativeBacktester iterative = new IterativeBacktester();
    private BacktestSettings settings;

    @Setup
    public void setup()
    {
        final SplittableRandom rnd = new SplittableRandom(42);
        for (int p = 0; p < PAIRS; p++)
        {
            pairs.add(pair(rnd, "P" + p + "/USDT"));
        }
        settings = new BacktestSettings().timeframeSeconds(300).fee(0.001).stakeAmount(100).dryRunWallet(1000)
            .maxOpenTrades(5).stoploss(-0.10).minimalRoi(Map.of(0, 0.04, 30, 0.02, 60, 0.01, 120, 0.0))
            .startupCandleCount(SLOW).conclude();
        final BacktestResult a = vectorized.run(settings, pairs, null);
        final BacktestResult b = iterative.run(settings, pairs, null);
        if (a.trades().size() != b.trades().size() || a.finalBalance(1000) != b.finalBalance(1000) ||
            a.trades().isEmpty())
        {
            throw new IllegalStateException("backtesters disagree: " + a.trades().size() + " vs " +
                b.trades().size() + " trades");
        }
        System.out.println("trades=" + a.trades().size() + " rejected=" + a.rejectedSignals());
    }

    @Benchmark
    @OperationsPerInvocation(CANDLE_PAIRS)
    public BacktestResult vectorized()
    {
        return vectorized.run(settings, pairs, null);
    }

    @Benchmark
    @OperationsPerInvocation(CANDLE_PAIRS)
    public BacktestResult iterative()
    {
        return iterative.run(settings, pairs, null);
    }

    private static BacktestPair pair(final SplittableRandom rnd, final String name)
    {
        final long[] date = new long[ROWS];
        final double[] o = new double[ROWS];
        final double[] h = new double[ROWS];
        final double[] l = new double[ROWS];
        final double[] c = new double[ROWS];
        double price = 50 + rnd.nextDouble() * 100;
        for (int i = 0; i < ROWS; i++)
        {
            date[i] = START_MS + i * TF_MS;
            final double close = price * (1 + (rnd.nextDouble() - 0.5) * 0.006);
            o[i] = price;
            c[i] = close;
            h[i] = Math.max(price, close) * (1 + rnd.nextDouble() * 0.002);
            l[i] = Math.min(price, close) * (1 - rnd.nextDouble() * 0.002);
            price = close;
        }
        final Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put(PairFrame.OPEN, o);
        cols.put(PairFrame.HIGH, h);
        cols.put(PairFrame.LOW, l);
        cols.put(PairFrame.CLOSE, c);
        cols.put(PairFrame.VOLUME, new double[ROWS]);
        final double[] fast = sma(c, FAST);
        final double[] slow = sma(c, SLOW);
        final Signals signals = new Signals(ROWS);
        for (int i = SLOW; i < ROWS; i++)
        {
            final boolean above = fast[i] > slow[i];
            final boolean wasAbove = fast[i - 1] > slow[i - 1];
            signals.enterLong()[i] = above && !wasAbove ? Signals.ONE : Signals.UNSET;
            signals.exitLong()[i] = !above && wasAbove ? Signals.ONE : Signals.UNSET;
        }
        return new BacktestPair(name, PairFrame.ofArrays(name, "5m", date, cols), signals);
    }

    private static double[] sma(final double[] x, final int window)
    {
        final double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++)
        {
            sum += x[i];
            if (i >= window)
            {
                sum -= x[i - window];
            }
            out[i] = i >= window - 1 ? sum / window : Double.NaN;
        }
        return out;
    }
}
