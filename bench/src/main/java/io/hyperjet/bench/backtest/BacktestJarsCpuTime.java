package io.hyperjet.bench.backtest;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * An A/B of the vectorized backtester across builds: loads {@link BacktestBenchmark} from each given
 * {@code benchmarks.jar} in its own class loader, all in this one JVM, and times them in alternating short rounds by
 * the thread's CPU time.
 * <p>
 * Why: on the shared 2-core machine the load moves a single run's figure by ±20% within minutes, so runs of two
 * builds one after the other compare the load more than the code. Rounds of a second or two, interleaved, see the
 * same conditions; the first quarter of the rounds is dropped as warm-up and the median and minimum of the rest are
 * printed.
 * <p>
 * Usage: {@code java <flags> -cp bench/target/benchmarks.jar io.hyperjet.bench.backtest.BacktestJarsCpuTime rounds
 * secondsPerRound a.jar b.jar ...}.
 */
public final class BacktestJarsCpuTime
{
    private static final String BENCHMARK_CLASS = "io.hyperjet.bench.backtest.BacktestBenchmark";

    private BacktestJarsCpuTime()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length < 3)
        {
            System.err.println("usage: BacktestJarsCpuTime rounds secondsPerRound jar...");
            System.exit(2);
        }
        final int rounds = Integer.parseInt(args[0]);
        final long roundNs = (long)(Double.parseDouble(args[1]) * 1e9);
        final int jars = args.length - 2;
        final Object[] benches = new Object[jars];
        final Method[] runs = new Method[jars];
        for (int j = 0; j < jars; j++)
        {
            final URL url = new File(args[j + 2]).toURI().toURL();
            final ClassLoader loader = new URLClassLoader(new URL[]{url}, ClassLoader.getPlatformClassLoader());
            final Class<?> type = Class.forName(BENCHMARK_CLASS, true, loader);
            final Constructor<?> constructor = type.getDeclaredConstructor();
            benches[j] = constructor.newInstance();
            type.getMethod("setup").invoke(benches[j]);
            runs[j] = type.getMethod("vectorized");
        }
        final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        final double[][] msPerRun = new double[jars][rounds];
        for (int round = 0; round < rounds; round++)
        {
            for (int j = 0; j < jars; j++)
            {
                final long start = mx.getCurrentThreadCpuTime();
                int count = 0;
                while (mx.getCurrentThreadCpuTime() - start < roundNs)
                {
                    if (null == runs[j].invoke(benches[j]))
                    {
                        throw new IllegalStateException("no result");
                    }
                    count++;
                }
                msPerRun[j][round] = (mx.getCurrentThreadCpuTime() - start) / 1e6 / count;
            }
        }
        final int warmUp = rounds / 4;
        for (int j = 0; j < jars; j++)
        {
            final double[] warm = Arrays.copyOfRange(msPerRun[j], warmUp, rounds);
            Arrays.sort(warm);
            System.out.printf("%s: median %.2f, min %.2f ms CPU/run (%.1f / %.1f M candle-pairs/s/core), %d rounds%n",
                args[j + 2], warm[warm.length / 2], warm[0], rate(warm[warm.length / 2]), rate(warm[0]), warm.length);
        }
    }

    private static double rate(final double msPerRun)
    {
        return BacktestBenchmark.CANDLE_PAIRS / msPerRun / 1000.0;
    }
}
