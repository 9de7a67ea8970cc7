package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.hyperopt.SharedDataSize;
import io.hyperjet.coordinator.hyperopt.SharedDataTarget;
import io.hyperjet.coordinator.hyperopt.ShutdownSignal;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.run.FreeSpace;
import io.hyperjet.shm.run.SharedMemoryRoot;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.IndicatorThreads;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet share}: puts the configured pairs (with the strategy's indicator columns) into shared memory,
 * prints the metadata path and holds them until interrupted; for debugging and for attaching other tools.
 */
@Command(
    name = "share",
    mixinStandardHelpOptions = true,
    description = "Load the configured pairs into shared memory, print the metadata path, hold until Ctrl-C.")
final class ShareCommand implements Callable<Integer>
{
    private static final long POLL_MS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, required = true, description = "Config file (repeatable).")
    List<Path> configs;

    @Option(names = {"-s", "--strategy"}, description = "Strategy whose indicator columns to add.")
    String strategy;

    @Override
    public Integer call() throws InterruptedException
    {
        final ConfigLoader loader = new ConfigLoader();
        configs.forEach(loader::file);
        final HyperjetConfig config = loader.override("strategy", strategy).load();
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        config.warnings().forEach(w -> err.println("hyperjet: warning: " + w));
        final Strategy loaded = StrategyLoader.load(RunInputs.strategy(config), RunInputs.strategyPaths(config));
        final TradingRules rules = TradingRules.resolve(config, loaded);
        final List<String> pairs = RunInputs.pairs(config, rules);
        try (ShutdownSignal shutdown = ShutdownSignal.install();
            SharedDataTarget run = SharedDataTarget.create(
                SharedMemoryRoot.resolve(config.string("shared_memory_dir", null)),
                config.optimization().sharedMemoryFallbackDir(), FreeSpace.STATVFS,
                line -> err.println("hyperjet: " + line)))
        {
            run.sizeBy(first -> SharedDataSize.estimate(first, pairs.size(), null, rules.startupCandleCount(), 0)
                .totalBytes(0));
            final List<PairFrame> informative = new ArrayList<>();
            final int count = EngineData.prepare(config, rules, pairs, loaded, null, run::addPair, informative::add,
                line -> err.println("hyperjet: warning: " + line), IndicatorThreads.ONE);
            for (final PairFrame frame : informative)
            {
                if (run.pairIndex(frame.pair(), frame.timeframe()) < 0)
                {
                    run.addPair(frame); // a Python strategy's informative candles, unless they are main candles
                }
            }
            out.printf(Locale.ROOT, "Shared %d pairs. Metadata: %s%n", count, run.publish());
            out.println("Inspect with: hyperjet inspect " + run.directory().resolve(MetadataFile.FILE_NAME) +
                " --verify. Ctrl-C to release.");
            out.flush();
            while (!shutdown.requested())
            {
                Thread.sleep(POLL_MS);
            }
        }
        return ExitCode.OK;
    }
}
