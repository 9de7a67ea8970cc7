package io.hyperjet.bench.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import org.agrona.DirectBuffer;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairsWithData;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.IndicatorThreads;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.StrategyState;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * The coordinator's data phase alone: a config's pairs loaded and run through the strategy's indicator phase for the
 * given spaces ({@link EngineData#prepare}, what {@code hyperopt} does before writing shared memory), timed by wall
 * clock, this thread's CPU and the whole process's CPU (the prefetch and indicator threads included), and a hash of
 * every value of every column in the order they are handed over, so a change to the indicator code or the threading
 * can be shown to leave the data bit-identical.
 * <p>
 * Run it in a fresh JVM with the coordinator's flags (etc/jvm.properties: serial GC and C1 only) to see what a
 * hyperopt sees; the first round is the cold one a hyperopt pays, later rounds show warmed-up code.
 * <p>
 * Usage: {@code java -cp 'coordinator/target/dist/lib/*:bench/target/classes'
 * io.hyperjet.bench.data.DataPhaseCpuTime config.json [rounds] [space,space...] [threads]} from the config's directory.
 */
public final class DataPhaseCpuTime
{
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DataPhaseCpuTime()
    {
    }

    public static void main(final String[] args)
    {
        final HyperjetConfig config = new ConfigLoader().file(Path.of(args[0])).load();
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        final List<String> spaces = List.of((args.length > 2 ? args[2] : "buy,sell,roi,stoploss").split(","));
        final int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        final StrategyLoader.Found found = StrategyLoader.find(RunInputs.strategy(config),
            RunInputs.strategyPaths(config));
        final Strategy strategy = found.newInstance();
        strategy.numpyOptimizations(config.optimization().numpyOptimizations());
        final IndicatorThreads indicatorThreads = IndicatorThreads.of(threads, found, StrategyState.capture(strategy),
            config.optimization().numpyOptimizations());
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<String> pairs = PairsWithData.keep(config.datadir(), RunInputs.pairs(config, rules),
            rules.timeframe(), config.dataformatOhlcv(), "pair_whitelist", line -> { });
        final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        final OperatingSystemMXBean os = (OperatingSystemMXBean)ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++)
        {
            final long[] hash = {FNV_OFFSET};
            final int[] columns = new int[1];
            final long wallStartNs = System.nanoTime();
            final long threadStartNs = mx.getCurrentThreadCpuTime();
            final long processStartNs = os.getProcessCpuTime();
            final int loaded = EngineData.prepare(config, rules, pairs, strategy,
                EpochEngines.strategySpaces(spaces), frame -> columns[0] += hash(frame, hash), frame -> { },
                line -> { }, indicatorThreads);
            System.out.printf("round %d, %d threads: %d pairs, %d columns, wall %.3f s, main thread cpu %.3f s, " +
                "process cpu %.3f s, hash %016x%n", round, threads, loaded, columns[0],
                (System.nanoTime() - wallStartNs) / 1e9, (mx.getCurrentThreadCpuTime() - threadStartNs) / 1e9,
                (os.getProcessCpuTime() - processStartNs) / 1e9, hash[0]);
        }
    }

    private static int hash(final PairFrame frame, final long[] hash)
    {
        long h = mix(hash[0], frame.pair().hashCode());
        for (int row = 0; row < frame.rows(); row++)
        {
            h = mix(h, frame.date().get(row));
        }
        for (final Map.Entry<String, DoubleColumn> e : frame.columns().entrySet())
        {
            h = mix(h, e.getKey().hashCode());
            // raw bits straight from the buffer: the hash must not depend on the copy code it checks
            final DirectBuffer buffer = e.getValue().buffer();
            for (int row = 0; row < frame.rows(); row++)
            {
                h = mix(h, buffer.getLong(row * Long.BYTES, ByteOrder.LITTLE_ENDIAN));
            }
        }
        hash[0] = h;
        return frame.columns().size();
    }

    private static long mix(final long h, final long value)
    {
        return (h ^ value) * FNV_PRIME;
    }
}
