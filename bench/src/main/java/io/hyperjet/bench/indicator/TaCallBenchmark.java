package io.hyperjet.bench.indicator;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.hyperjet.worker.frame.Series;
import io.hyperjet.worker.frame.Ta;
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
 * The cost of {@code ta.RSI(series, 14)} (name lookup, argument parsing, reflective call into TA-Lib, talib's
 * output alignment) against calling TA-Lib's {@code Core.rsi} directly into a full-length NaN-filled array: the
 * difference is the column API's per-call overhead. Setup checks both give the same values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TaCallBenchmark
{
    @Param({"100", "10000"})
    public int rows;

    private final Ta ta = new Ta();
    private final Core core = new Core();
    private final MInteger begin = new MInteger();
    private final MInteger length = new MInteger();
    private Series close;

    @Setup
    public void setUp()
    {
        final SplittableRandom random = new SplittableRandom(42);
        final double[] values = new double[rows];
        double price = 30_000.0;
        for (int i = 0; i < rows; i++)
        {
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.002;
            values[i] = price;
        }
        close = new Series(values);
        if (!Arrays.equals(direct(), viaTa()))
        {
            throw new IllegalStateException("ta.RSI and Core.rsi differ");
        }
    }

    @Benchmark
    public double[] viaTa()
    {
        return ta.RSI(close, 14).values();
    }

    @Benchmark
    public double[] direct()
    {
        final double[] in = close.values();
        final double[] out = new double[in.length];
        final double[] tmp = new double[in.length];
        core.rsi(0, in.length - 1, in, 14, begin, length, tmp);
        Arrays.fill(out, Double.NaN);
        System.arraycopy(tmp, 0, out, begin.value, length.value);
        return out;
    }
}
