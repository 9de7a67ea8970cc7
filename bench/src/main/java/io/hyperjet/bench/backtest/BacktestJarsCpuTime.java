package io.hyperjet.bench.backtest;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
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
 * Usage: {@code java <flags> -cp bench/target/benchmarks.jar io.hyperjet.bench.backtest.BacktestJarsCpuTime [epoch]
 * rounds secondsPerRound a.jar b.jar ...}. With {@code epoch} the workload is {@link EpochCpuTime}'s W1-shaped epoch
 * (can_short false; its private measuring loop is called reflectively, so older jars work as they are), and the
 * figure is the backtest's CPU per epoch.
 */
public final class BacktestJarsCpuTime
{
    private static final String BENCHMARK_CLASS = "io.hyperjet.bench.backtest.BacktestBenchmark";
    private static final String EPOCH_CLASS = "io.hyperjet.bench.backtest.EpochCpuTime";

    private BacktestJarsCpuTime()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final boolean epoch = args.length > 0 && "epoch".equals(args[0]);
        final int first = epoch ? 1 : 0;
        if (args.length < first + 3)
        {
            System.err.println("usage: BacktestJarsCpuTime [epoch] rounds secondsPerRound jar...");
            System.exit(2);
        }
        final int rounds = Integer.parseInt(args[first]);
        final long roundNs = (long)(Double.parseDouble(args[first + 1]) * 1e9);
        final int jars = args.length - first - 2;
        if (epoch)
        {
            epochRounds(rounds, roundNs, Arrays.copyOfRange(args, first + 2, args.length));
            return;
        }
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

    /** The A/B on {@link EpochCpuTime}'s epochs: backtest ms CPU per epoch, median and minimum per jar. */
    private static void epochRounds(final int rounds, final long roundNs, final String[] jarPaths) throws Exception
    {
        final int jars = jarPaths.length;
        final Object[] benches = new Object[jars];
        final Method[] measures = new Method[jars];
        final Field[] backtestNs = new Field[jars];
        for (int j = 0; j < jars; j++)
        {
            final URL url = new File(jarPaths[j]).toURI().toURL();
            final ClassLoader loader = new URLClassLoader(new URL[]{url}, ClassLoader.getPlatformClassLoader());
            final Class<?> type = Class.forName(EPOCH_CLASS, true, loader);
            final Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            benches[j] = constructor.newInstance();
            measures[j] = type.getDeclaredMethod("measure", long.class);
            measures[j].setAccessible(true);
            backtestNs[j] = type.getDeclaredField("backtestNs");
            backtestNs[j].setAccessible(true);
        }
        final double[][] msPerEpoch = new double[jars][rounds];
        for (int round = 0; round < rounds; round++)
        {
            for (int j = 0; j < jars; j++)
            {
                final int epochs = (Integer)measures[j].invoke(benches[j], roundNs);
                msPerEpoch[j][round] = backtestNs[j].getLong(benches[j]) / 1e6 / epochs;
            }
        }
        final int warmUp = rounds / 4;
        for (int j = 0; j < jars; j++)
        {
            final double[] warm = Arrays.copyOfRange(msPerEpoch[j], warmUp, rounds);
            Arrays.sort(warm);
            System.out.printf("%s: epoch backtest median %.3f, min %.3f ms CPU/epoch, %d rounds%n", jarPaths[j],
                warm[warm.length / 2], warm[0], warm.length);
        }
    }

    private static double rate(final double msPerRun)
    {
        return BacktestBenchmark.CANDLE_PAIRS / msPerRun / 1000.0;
    }
}
