package io.hyperjet.worker.epoch;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.worker.cache.WorkerCaches;
import io.hyperjet.worker.loss.HyperoptLoss;
import io.hyperjet.worker.loss.LossFunctions;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * Builds a worker's {@link EpochEngine} from the run spec the coordinator wrote: loads the config and strategy,
 * then attaches the shared pair frames (or, with shared memory off, reads the data files and runs the indicator
 * phase itself).
 */
public final class EpochEngines
{
    private EpochEngines()
    {
    }

    /**
     * Opens an engine for a run. When the spec is pending (a worker started while the coordinator still prepares
     * the data), the config, strategy, loss and caches are set up first and the data is attached once the final spec
     * has replaced it ({@link RunSpecWait}), so that start-up overlaps the data preparation.
     *
     * @param runSpecFile the run spec.
     * @return the engine; close it to release the data.
     */
    public static EpochEngine open(final File runSpecFile)
    {
        return prepare(runSpecFile).open();
    }

    /**
     * Reads the run spec and finds the strategy class once, for a worker JVM that opens one engine per evaluator
     * thread: every engine then runs the same strategy class (a Java strategy is compiled once, so its code is
     * compiled by the JIT once), each with its own instance, caches, loss and (for a Python strategy) process.
     *
     * @param runSpecFile the run spec, possibly still pending.
     * @return what opens the engines.
     */
    public static Factory prepare(final File runSpecFile)
    {
        final RunSpec first = RunSpec.read(runSpecFile);
        final HyperjetConfig config = ConfigLoader.fromJson(first.config().toString(), runSpecFile.getPath());
        final StrategyLoader.Found found = StrategyLoader.find(first.strategy(), PythonOptions.of(config, "hyperopt"),
            paths(first.strategyPaths()));
        return new Factory(runSpecFile, first, config, found);
    }

    /**
     * Opens engines on one run, each for one thread. {@link #open()} may be called from several threads at once:
     * the fields are read-only and each engine gets objects of its own.
     */
    public static final class Factory
    {
        private final File runSpecFile;
        private final RunSpec first;
        private final HyperjetConfig config;
        private final StrategyLoader.Found found;

        private Factory(
            final File runSpecFile, final RunSpec first, final HyperjetConfig config, final StrategyLoader.Found found)
        {
            this.runSpecFile = runSpecFile;
            this.first = first;
            this.config = config;
            this.found = found;
        }

        /**
         * Opens one engine; waits for the final spec when the first one read was pending.
         *
         * @return the engine; close it to release its data, caches and Python process.
         */
        public EpochEngine open()
        {
            final Strategy strategy = found.newInstance();
            try
            {
                StrategyState.apply(strategy, first.strategyState());
                strategy.numpyOptimizations(config.optimization().numpyOptimizations());
                final TradingRules rules = TradingRules.resolve(config, strategy);
                final WorkerCaches caches = WorkerCaches.of(config);
                strategy.indicatorCache(caches.indicators());
                final HyperoptLoss loss = LossFunctions.create(first.loss(), strategy.getClass().getClassLoader());
                final RunSpec spec = RunSpecWait.ready(runSpecFile, first);
                return EpochEngines.open(spec, config, strategy, rules, caches, loss);
            }
            catch (final RuntimeException ex)
            {
                PythonStrategy.closeIfOwning(strategy);
                throw ex;
            }
        }
    }

    private static EpochEngine open(
        final RunSpec spec,
        final HyperjetConfig config,
        final Strategy strategy,
        final TradingRules rules,
        final WorkerCaches caches,
        final HyperoptLoss loss)
    {
        if (null != spec.metadata())
        {
            PythonStrategy.sharedRun(strategy, Path.of(spec.metadata()));
        }
        final EngineData data = null != spec.metadata() ?
            EngineData.attach(Path.of(spec.metadata()), spec.pairs(), rules.timeframe(), rules.timeframeDetail()) :
            EngineData.load(config, rules, spec.pairs(), strategy, strategySpaces(spec.spaces()),
                line -> System.err.println("hyperjet worker: " + line));
        try
        {
            if (null != spec.metadata())
            {
                InformativeCandles.attach(config, strategy, spec.pairs(), data);
            }
            return new EpochEngine(rules, strategy, data, spec.pairs(), loss, spec.minTrades(), caches);
        }
        catch (final RuntimeException ex)
        {
            data.close();
            throw ex;
        }
    }

    /**
     * The strategy-parameter spaces among the optimized spaces, for hyperopt's indicator preparation.
     *
     * @param spaces space names.
     * @return buy, sell and protection as named.
     */
    public static Set<Space> strategySpaces(final List<String> spaces)
    {
        final Set<Space> out = EnumSet.noneOf(Space.class);
        for (final String name : spaces)
        {
            final Space space = Space.ofId(name);
            if (null != space)
            {
                out.add(space);
            }
        }
        return out;
    }

    /**
     * Strategy paths as {@link Path}s.
     *
     * @param paths path strings.
     * @return paths.
     */
    public static Path[] paths(final List<String> paths)
    {
        final Path[] out = new Path[paths.size()];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = Path.of(paths.get(i));
        }
        return out;
    }
}
