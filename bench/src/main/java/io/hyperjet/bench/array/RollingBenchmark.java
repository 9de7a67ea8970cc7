package io.hyperjet.bench.array;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.hyperjet.worker.array.ArrayOps;
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
 * Rolling max and mean over 1 M values, optimized ({@code numpy_optimizations} on: van Herk / Gil-Werman blocks, or
 * the monotonic deque with {@code -Dhyperjet.array.deque=true}; sliding exact sum) against the reference loops (every
 * window rescanned). Setup checks both paths agree on this input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RollingBenchmark
{
    private static final int ROWS = 1_000_000;

    @Param({"20", "200"})
    public int window;

    @Param({"true", "false"})
    public boolean optimized;

    private double[] values;
    private double[] out;
    private ArrayOps ops;

    @Setup
    public void setUp()
    {
        final SplittableRandom random = new SplittableRandom(42);
        values = new double[ROWS];
        double price = 30_000.0;
        for (int i = 0; i < ROWS; i++)
        {
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.002;
            values[i] = price;
        }
        out = new double[ROWS];
        ops = ArrayOps.of(optimized);
        final ArrayOps other = ArrayOps.of(!optimized);
        if (!java.util.Arrays.equals(other.rollingMean(values, window, new double[ROWS]),
            ops.rollingMean(values, window, out)) ||
            !java.util.Arrays.equals(other.rollingMax(values, window, new double[ROWS]),
            ops.rollingMax(values, window, out)))
        {
            throw new IllegalStateException("optimized and reference rolling ops differ");
        }
    }

    @Benchmark
    public double[] rollingMax()
    {
        return ops.rollingMax(values, window, out);
    }

    @Benchmark
    public double[] rollingMean()
    {
        return ops.rollingMean(values, window, out);
    }
}
