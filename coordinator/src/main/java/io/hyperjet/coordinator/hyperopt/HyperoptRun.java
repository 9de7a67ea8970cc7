package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.config.OptimizationSettings;
import io.hyperjet.common.data.PairsWithData;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.cluster.ClusterConfig;
import io.hyperjet.coordinator.cluster.ClusterExecutor;
import io.hyperjet.coordinator.cluster.ClusterRuns;
import io.hyperjet.coordinator.resources.MachineProfile;
import io.hyperjet.coordinator.results.EpochDetails;
import io.hyperjet.coordinator.resources.Reason;
import io.hyperjet.coordinator.resources.ResourceOptimizer;
import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.coordinator.resources.ResourceRequest;
import io.hyperjet.coordinator.search.OrderedSearch;
import io.hyperjet.coordinator.search.Point;
import io.hyperjet.coordinator.search.SamplerKind;
import io.hyperjet.coordinator.search.SamplerOptions;
import io.hyperjet.coordinator.search.Samplers;
import io.hyperjet.coordinator.search.SpaceName;
import io.hyperjet.shm.channel.CompactedJournal;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.run.FreeSpace;
import io.hyperjet.shm.run.SharedMemoryRoot;
import io.hyperjet.worker.cache.OptimizationReport;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.EpochEngine;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.IndicatorThreads;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.RunSpec;
import io.hyperjet.worker.epoch.StrategyState;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.loss.LossFunctions;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.report.HyperoptSummary;
import io.hyperjet.worker.report.PythonJson;
import io.hyperjet.worker.strategy.ParamsFile;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * One hyperopt from start to end, in the coordinator: config and strategy, pairs into shared memory with the
 * indicator phase run once per pair, the run spec, worker JVMs, the ordered search, in-order commits to the
 * .fthypt file, and on finish or Ctrl-C/SIGTERM the summary, the exported best parameters and the removal of
 * shared memory. The results journal stays for {@code --resume}.
 */
public final class HyperoptRun
{
    /**
     * The default of {@code hyperopt_lag}: epoch k is drawn from the results of epochs up to k - lag. A run setting,
     * recorded with the run, never derived from the worker count, so the same seed and lag give the same epochs
     * with any -j. It also caps the epochs in flight.
     */
    public static final int LAG = OptimizationSettings.HYPEROPT_LAG_DEFAULT;
    static final String RUN_SPEC_FILE = "run-spec.json";

    /** run.json's record of {@code --disable-param-export}, which a resume keeps. */
    static final String DISABLE_PARAM_EXPORT = "disable_param_export";
    /**
     * The most threads the indicator phase runs on: each holds a pair's candles and columns on the heap, and the
     * coordinator's heap is meant to stay small (a few pairs at a time).
     */
    static final int MAX_INDICATOR_THREADS = 4;
    private static final int IN_PROCESS_WORKER_ID = 0;

    private final HyperoptOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    /** True until epochs are handed out; a failure or Ctrl-C before then removes {@link #newRun}. */
    private boolean starting = true;
    private RunFolder newRun;

    public HyperoptRun(final HyperoptOptions options, final PrintWriter out, final PrintWriter err,
        final boolean terminal)
    {
        this.options = options;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs the hyperopt.
     *
     * @return 0 when every epoch ran, 130 when interrupted (finished epochs are kept).
     */
    @SuppressWarnings("try") // the run lock is held, never read
    public int run()
    {
        final RunFolder resumed = null == options.resume() ? null :
            RunFolder.existing(resultsDir(loadConfig(null, false)), options.resume());
        // Chronicle registers its shutdown hook when its classes initialize, which fails once a Ctrl-C has begun
        // the JVM's shutdown: initialize them now, before our own hook keeps the JVM alive for the cleanup.
        ResultJournal.initialize();
        // Installed first, so a Ctrl-C during start-up lets this thread stop at the next check and clean up,
        // instead of the JVM exiting halfway through creating the journal.
        try (ShutdownSignal shutdown = ShutdownSignal.install())
        {
            try (RunLock lock = null == resumed ? null : lock(resumed))
            {
                return run(resumed, shutdown);
            }
            catch (final RuntimeException ex)
            {
                if (!starting)
                {
                    throw ex;
                }
                // a run that failed to start has nothing to resume: leave no folder for --resume to pick
                if (null != newRun)
                {
                    newRun.delete();
                }
                if (!shutdown.requested())
                {
                    throw ex;
                }
                // whatever failed (a check below, or a hook that can no longer be registered), it is the Ctrl-C
                err.println("hyperjet: interrupted during start-up; no epoch was run" +
                    (null == newRun ? "" : " and run " + newRun.runName() + " was removed"));
                return 130;
            }
        }
    }

    /** Ctrl-C or SIGTERM before the first epoch: unwinds start-up. */
    private static final class StartupInterrupted extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        StartupInterrupted()
        {
            super("interrupted during start-up", null, false, false);
        }
    }

    private static void checkStartup(final ShutdownSignal shutdown)
    {
        if (shutdown.requested())
        {
            throw new StartupInterrupted();
        }
    }

    private RunLock lock(final RunFolder folder)
    {
        return RunLock.acquire(folder.journalDir().toPath(), folder.runName(),
            line -> err.println("hyperjet: warning: " + line));
    }

    private int run(final RunFolder resumed, final ShutdownSignal shutdown)
    {
        final ObjectNode stored = null == resumed ? null : resumed.settings();
        final HyperjetConfig config = null == stored && selectsProtectionSpace(loadConfig(null, false)) ?
            loadConfig(null, true) : loadConfig(stored, false);
        config.warnings().forEach(w -> err.println("hyperjet: warning: " + w));
        config.trading().feeChoice().print(out, err);

        final Path[] strategyPaths = RunInputs.strategyPaths(config);
        final StrategyLoader.Found found = StrategyLoader.find(RunInputs.strategy(config),
            PythonOptions.of(config, "hyperopt"), strategyPaths);
        final Strategy strategy = found.newInstance();
        try
        {
            ParamsFile.announce(strategy, out::println);
            return run(config, stored, resumed, strategyPaths, found, strategy, shutdown);
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    @SuppressWarnings("try") // the run lock is held, never read
    private int run(final HyperjetConfig config, final ObjectNode stored, final RunFolder resumed,
        final Path[] strategyPaths, final StrategyLoader.Found found, final Strategy strategy,
        final ShutdownSignal shutdown)
    {
        checkStartup(shutdown);
        if (null != stored)
        {
            StrategyState.apply(strategy, stored.path("strategy_state"));
        }
        final ObjectNode strategyState = StrategyState.capture(strategy);
        strategy.numpyOptimizations(config.optimization().numpyOptimizations());
        final TradingRules rules = TradingRules.resolve(config, strategy);
        final List<String> spaceNames = config.optimization().spaces().isEmpty() ? List.of("default") : config.optimization().spaces();
        final EnumSet<SpaceName> spaces = SpaceName.select(spaceNames, config.source("spaces"));
        final SearchSetup setup = new SearchSetup(spaces, strategy, rules,
            config.bool("hyperopt_ignore_missing_space", false));
        final String lossName = config.string("hyperopt_loss", LossFunctions.DEFAULT_NAME);
        RunInputs.loss(lossName, strategy, config);
        final SamplerKind samplerKind = SamplerKind.parse(null != stored ? stored.path("sampler").asText() :
            null == options.sampler() ? "tpe" : options.sampler(), "--sampler");
        final long seed = null != stored ? stored.path("random_state").asLong() :
            config.optimization().hasHyperoptRandomState() ? config.optimization().hyperoptRandomState() : new SecureRandom().nextInt(1 << 30);
        final int epochs = null != options.epochs() ? options.epochs() : config.optimization().epochs();
        final int lag = null != stored ? stored.path("lag").asInt(LAG) : config.optimization().hyperoptLag();
        final ResultsTrades resultsTrades = ResultsTrades.parse(null != stored ?
            stored.path("results_trades").asText(ResultsTrades.ALL.id()) :
            config.optimization().hyperoptResultsTrades(), config.source("hyperopt_results_trades"));
        final List<String> pairs = PairsWithData.keep(config.datadir(), RunInputs.pairs(config, rules),
            rules.timeframe(), config.dataformatOhlcv(), config.trading().stakeCurrency(),
            config.source("exchange.pair_whitelist"),
            line -> err.println("hyperjet: warning: " + line));

        // kept with the run: a resume without the flag must not write the <Strategy>.json its start refused
        final boolean paramExport = !options.disableParamExport() && !config.bool("disableparamexport", false) &&
            (null == stored || !stored.path(DISABLE_PARAM_EXPORT).asBoolean(false));
        final RunFolder folder = null != resumed ? resumed :
            RunFolder.create(resultsDir(config), strategy.name(),
                settings(config, samplerKind, seed, epochs, strategyState, lag, resultsTrades, !paramExport));
        newRun = null != resumed ? null : folder;
        out.printf(Locale.ROOT, "Hyperopt %s: strategy %s, %d epochs, spaces %s, loss %s, sampler %s, " +
            "random state %d%n", folder.runName(), strategy.name(), epochs, spaceIds(spaces), lossName,
            samplerKind.id(), seed);
        final Runnable checkStartup = () -> checkStartup(shutdown);
        checkStartup.run();

        final Path shmRoot = SharedMemoryRoot.resolve(config.string("shared_memory_dir", null));
        // Read before loading: the load average lags by a minute, so after data preparation it would count this
        // process's own work as load and size the run for a busier machine than it is.
        final MachineProfile machine = MachineProfile.read(shmRoot);
        final AtomicReference<List<EpochResult>> compactAfterClose = new AtomicReference<>();
        final boolean useShm = config.optimization().useSharedMemory();
        final ClusterConfig cluster = ClusterRuns.config(options.cluster(), config, useShm, options.inProcess());
        // the workers' backtesters keep a heap copy of the candles: the first pair's rows times the pairs
        final long[] candleRows = new long[1];
        final LongFunction<ResourcePlan> planner = bytes -> ResourceOptimizer.plan(machine,
            ResourceRequest.auto(bytes, epochs)
                .withCandleRows(candleRows[0])
                .withHyperoptJobs(null != options.jobs() ? options.jobs() : config.optimization().hyperoptJobs())
                .withHyperoptBatchSize(config.optimization().hyperoptBatchSize())
                .withCacheSizeMb((long)config.optimization().cacheSizeMb())
                .withUseSharedMemory(useShm)
                .withMaxInFlight(lag)
                .withForceJobs(options.forceJobs()));
        // what a worker needs apart from the data; the final spec adds the pairs and the metadata
        final RunSpec specWithoutData = new RunSpec(runConfig(config), strategy.name(), pathStrings(strategyPaths),
            strategyState, List.of(), null, spaceIds(spaces), lossName, config.optimization().hyperoptMinTrades());
        // a resumed run was locked before anything was printed, in run()
        try (RunLock lock = null != resumed ? null : lock(folder);
            SharedDataTarget shared = SharedDataTarget.create(shmRoot, config.optimization().sharedMemoryFallbackDir(),
                FreeSpace.STATVFS, line -> err.println("hyperjet: " + line));
            JournalOpening journals = JournalOpening.start(folder.journalDir());
            EarlyWorkers early = new EarlyWorkers(planner, options.inProcess() || null != cluster ? null :
                (plan, runDir) ->
                {
                    // workers open the journal as they start: the coordinator creates it first
                    journals.journal();
                    final Path specFile = runDir.resolve(RUN_SPEC_FILE);
                    specWithoutData.pending(ProcessHandle.current().pid()).write(specFile);
                    return new WorkerPool(runDir.toFile(), specFile.toFile(), folder.journalDir(),
                        plan.workerHeapBytes());
                }))
        {
            checkStartup.run();
            final long[] datasetBytes = new long[1];
            final List<String> loadedPairs = new ArrayList<>();
            final long startNs = System.nanoTime();
            final long specTextBytes = runConfig(config).toString().length() + strategyState.toString().length();
            shared.sizeBy(first -> SharedDataSize.estimate(first, pairs.size(), rules.timeframeDetail(),
                rules.startupCandleCount(), specTextBytes).totalBytes(expectedWorkers(config, machine)));
            final Consumer<PairFrame> onFirstPair = first ->
            {
                candleRows[0] = (long)first.rows() * pairs.size();
                early.onFirstPair(SharedDataSize.estimate(first, pairs.size(), rules.timeframeDetail(),
                    rules.startupCandleCount(), specTextBytes).dataBytes(), shared.directory());
            };
            // the workers, started or not, are idle until the data is ready: their cores run the indicator phase
            final IndicatorThreads indicatorThreads = IndicatorThreads.of(
                Math.min(MAX_INDICATOR_THREADS, planner.apply(0L).workers()), found, strategyState,
                config.optimization().numpyOptimizations());
            final String metadata = ClusterRuns.published(cluster, shared, prepareData(config, rules, pairs, strategy,
                indicatorThreads, spaces, shared, useShm, datasetBytes, loadedPairs, checkStartup, onFirstPair));
            checkStartup.run();
            out.printf(Locale.ROOT, "Data: %d pairs%s, %.1f MB %s in %.2f s%n", loadedPairs.size(),
                null == rules.timeframeDetail() ? "" : " with " + rules.timeframeDetail() + " detail candles",
                datasetBytes[0] / 1e6, null != metadata ? "in shared memory " + metadata : "(workers read files)",
                (System.nanoTime() - startNs) / 1e9);

            final ResultJournal journal = journals.journal();
            final ResultJournal.Reader reader = journals.reader();
            folder.restrictJournalFiles();
            final Path specFile = shared.directory().resolve(RUN_SPEC_FILE);
            // replaces the pending spec: the workers started early attach now
            new RunSpec(runConfig(config), strategy.name(), pathStrings(strategyPaths), strategyState, loadedPairs,
                metadata, spaceIds(spaces), lossName, config.optimization().hyperoptMinTrades()).write(specFile);
            // what hyperopt-show needs to re-run an epoch stored without its trades: the same spec, reading files
            new RunSpec(runConfig(config), strategy.name(), absolutePaths(strategyPaths), strategyState, loadedPairs,
                null, spaceIds(spaces), lossName, config.optimization().hyperoptMinTrades())
                .write(folder.journalDir().toPath().resolve(RUN_SPEC_FILE));

            final ResourcePlan plan = early.plan(datasetBytes[0]);
            // the most tasks per worker the lag lets be in flight: the initial and any adapted window stay within it
            final int lagWindow = Math.max(1, lag / Math.max(1, plan.workers()));
            final int window = Math.min(plan.initialWindow(), lagWindow);
            out.printf(Locale.ROOT, null != cluster ? ClusterRuns.banner(cluster) :
                options.inProcess() ? "In process (no worker JVMs), task window %2$d%n" :
                "Workers: %d, task window %d%n", plan.workers(), window);
            for (final Reason reason : plan.reasons())
            {
                if (reason.severity() == Reason.Severity.WARNING)
                {
                    err.println("hyperjet: warning: " + reason.text());
                }
            }

            final OrderedSearch search = new OrderedSearch(
                Samplers.create(samplerKind, setup.space().searchSpace(), seed, new SamplerOptions()), lag);
            final List<EpochResult> replayed = replay(folder, reader);
            if (reader.skipped() > 0)
            {
                err.println("hyperjet: warning: " + folder.journalDir() + ": " + reader.skipped() + " journal " +
                    "record(s) cut short (a full disk?) were skipped; their epochs are evaluated again");
            }
            final FthyptLines lines = FthyptLines.scan(folder.fthypt());
            final long keepBytes = storedPrefix(replayed, lines);
            final Progress progress = new Progress(out, terminal, replayed.size() + 1, epochs);
            checkStartup.run();
            final List<EpochResult> kept = new ArrayList<>(replayed.size());
            final DiskGuard guard = new DiskGuard(folder.resultsDir(), DiskGuard.RESERVE_BYTES);
            guard.check(epochs - replayed.size(), 0);
            try (EpochCommitter committer = new EpochCommitter(FthyptAppender.open(folder.fthypt(), keepBytes),
                epochs, options.earlyStop(), progress, out, options.printAll(), strategy.name(), resultsTrades,
                rules.config().trading().stakeCurrency()))
            {
                restore(search, replayed, committer, lines, kept);
                if (!replayed.isEmpty())
                {
                    out.printf(Locale.ROOT, "Resumed: %d epochs from the journal%n", replayed.size());
                }
                final EpochScheduler scheduler = new EpochScheduler(
                    new SearchSource(search, setup, () -> resultsTrades.fullBelow(committer.bestLoss())),
                    replayed.size() + 1, epochs, window, r ->
                    {
                        committer.accept(r);
                        kept.add(CompactedJournal.compact(r));
                    });
                committer.scheduler(scheduler);
                final Runnable tick = () ->
                {
                    progress.tick();
                    guard.check(epochs - scheduler.committed(), bytesPerEpoch(committer));
                };
                boolean completed = false;
                String diskFull = null;
                final boolean[] ended = new boolean[1];
                // the end of the run's output (run completed?, disk-full message or null): once, see below
                final BiConsumer<Boolean, String> end = (done, full) ->
                {
                    ended[0] = true;
                    progress.finish();
                    folder.restrictJournalFiles();
                    if (null != full)
                    {
                        err.printf(Locale.ROOT, "hyperjet: %s. %d epochs are kept; free space, then continue " +
                            "with: hyperjet hyperopt --resume %s%n", full, committer.committed(), folder.runName());
                    }
                    else if (done && search.exhausted() && committer.committed() < epochs)
                    {
                        out.printf(Locale.ROOT, "Search space exhausted: all %d distinct parameter sets were " +
                            "tried; stopped after %d of %d epochs%n", setup.space().searchSpace().totalPoints(),
                            committer.committed(), epochs);
                    }
                    finish(committer, strategy, strategyPaths, config.userDataDir(), epochs, folder, done,
                        paramExport, switches(config, useShm, null != metadata));
                };
                starting = false;
                try
                {
                    if (options.inProcess())
                    {
                        completed = runInProcess(scheduler, specFile, journal, shutdown, tick);
                    }
                    else if (null != cluster)
                    {
                        try (ClusterExecutor nodes = new ClusterExecutor(cluster, shared.directory(), specFile,
                            folder.runName(), line -> err.println("hyperjet: " + line),
                            config.optimization().workerTimeoutSeconds()))
                        {
                            completed = nodes.run(scheduler, journal, shutdown, tick, lag);
                        }
                    }
                    else
                    {
                        final WorkerPool startedEarly = early.take(shared.directory());
                        try (WorkerPool pool = null != startedEarly ? startedEarly : new WorkerPool(
                            shared.directory().toFile(), specFile.toFile(), folder.journalDir(), plan.workerHeapBytes()))
                        {
                            final HyperoptLoop loop = new HyperoptLoop(scheduler, pool, reader, shutdown, tick,
                                new WorkerWatch(config.optimization().workerTimeoutSeconds()),
                                line -> err.println("hyperjet: " + line),
                                new WindowAdaptation(plan, scheduler, lagWindow));
                            if (null != startedEarly)
                            {
                                early.ids().forEach(loop::adopt);
                            }
                            final int toStart = plan.workers() - (null != startedEarly ? early.ids().size() : 0);
                            if (toStart > 0)
                            {
                                // one JVM for all: its evaluator threads share one JIT and one warm-up
                                loop.spawn(toStart);
                            }
                            completed = loop.run();
                            if (completed)
                            {
                                // every epoch is committed: the workers are told to stop now and the summary is
                                // printed while their JVMs exit (pool.close then waits for that, a few hundred ms)
                                pool.requestStop();
                                end.accept(true, null);
                            }
                        }
                    }
                }
                catch (final ResultsDiskFullException ex)
                {
                    diskFull = ex.getMessage();
                }
                if (!ended[0])
                {
                    end.accept(completed, diskFull);
                }
                else
                {
                    // files a worker created while stopping
                    folder.restrictJournalFiles();
                }
                if (completed)
                {
                    compactAfterClose.set(kept);
                }
                return completed ? 0 : null != diskFull ? 1 : 130;
            }
        }
        finally
        {
            compact(folder, compactAfterClose.get());
        }
    }

    /* Bytes on disk per committed epoch so far (its line; the journal record is smaller), for the disk message. */
    private static long bytesPerEpoch(final EpochCommitter committer)
    {
        return 2 * committer.bytesPerLaterEpoch();
    }

    /*
     * A finished run keeps its results once: the .fthypt file, plus a compacted journal with what --resume needs
     * (points and losses). The Chronicle Queue files, which repeat every result, are removed once the compacted
     * file is safely written; if that fails (a full disk) the queue stays and the run is as resumable as before.
     */
    private void compact(final RunFolder folder, final List<EpochResult> kept)
    {
        if (null == kept)
        {
            return;
        }
        try
        {
            JournalFiles.compact(folder.journalDir().toPath(), kept);
        }
        catch (final RuntimeException ex)
        {
            err.println("hyperjet: warning: the journal " + folder.journalDir() + " was not compacted (" +
                ex.getMessage() + "); it stays complete");
        }
    }

    /*
     * The same engine a worker runs, on this thread, fed by the same scheduler and journal: only the process
     * boundary is missing, which is what --in-process is there to measure.
     */
    private static boolean runInProcess(
        final EpochScheduler scheduler,
        final Path specFile,
        final ResultJournal journal,
        final ShutdownSignal shutdown,
        final Runnable tick)
    {
        try (EpochEngine engine = EpochEngines.open(specFile.toFile());
            ResultJournal.Appender appender = journal.appender())
        {
            while (!scheduler.isDone())
            {
                if (shutdown.requested())
                {
                    return false;
                }
                for (final EpochTask task : scheduler.tasksFor(IN_PROCESS_WORKER_ID))
                {
                    final EpochResult result = engine.evaluate(task, IN_PROCESS_WORKER_ID);
                    appender.append(result);
                    scheduler.onResult(result);
                }
                tick.run();
            }
            return true;
        }
    }

    /*
     * Selecting the protection space turns protections on for the run (protections.md 1.2); the config carries the
     * flag so the workers, run.json and a resume all see it.
     */
    private static boolean selectsProtectionSpace(final HyperjetConfig config)
    {
        final List<String> names = config.optimization().spaces().isEmpty() ? List.of("default") :
            config.optimization().spaces();
        return SpaceName.select(names, config.source("spaces")).contains(SpaceName.PROTECTION) &&
            !config.bool("enable_protections", false);
    }

    private HyperjetConfig loadConfig(final ObjectNode stored, final boolean forceProtections)
    {
        if (null != stored)
        {
            return ConfigLoader.fromJson(stored.get("config").toString(), "run.json");
        }
        final ConfigLoader loader = options.run().loader()
            .override("epochs", "--epochs", options.epochs())
            .override("hyperopt_jobs", "-j/--job-workers", options.jobs())
            .override("spaces", "--spaces",
                null == options.spaces() || options.spaces().isEmpty() ? null : options.spaces())
            .override("hyperopt_loss", "--hyperopt-loss", options.loss())
            .override("hyperopt_random_state", "--random-state", options.randomState())
            .override("hyperopt_min_trades", "--min-trades", options.minTrades());
        if (forceProtections && !options.run().enableProtections())
        {
            loader.override("enable_protections", Boolean.TRUE);
        }
        return loader.load();
    }

    private static OptimizationReport.Switches switches(
        final HyperjetConfig config, final boolean useShm, final boolean shmUsed)
    {
        return new OptimizationReport.Switches(config.optimization().enableVectorizedBacktesting(), config.optimization().numpyOptimizations(),
            useShm, shmUsed, config.optimization().enableIndicatorCache(), config.optimization().enableSignalCache());
    }

    private static Path resultsDir(final HyperjetConfig config)
    {
        return config.userDataDir().resolve("hyperopt_results");
    }

    private static List<String> pathStrings(final Path[] paths)
    {
        final List<String> out = new ArrayList<>();
        for (final Path p : paths)
        {
            out.add(p.toString());
        }
        return out;
    }

    private static List<String> absolutePaths(final Path[] paths)
    {
        final List<String> out = new ArrayList<>();
        for (final Path p : paths)
        {
            out.add(p.toAbsolutePath().toString());
        }
        return out;
    }

    private String prepareData(
        final HyperjetConfig config,
        final TradingRules rules,
        final List<String> pairs,
        final Strategy strategy,
        final IndicatorThreads indicatorThreads,
        final EnumSet<SpaceName> spaces,
        final SharedDataTarget shared,
        final boolean useShm,
        final long[] datasetBytes,
        final List<String> loadedPairs,
        final Runnable checkStartup,
        final Consumer<PairFrame> onFirstPair)
    {
        final List<PairFrame> informative = new ArrayList<>();
        EngineData.prepare(config, rules, pairs, strategy, EpochEngines.strategySpaces(spaceIds(spaces)),
            frame ->
            {
                checkStartup.run();
                datasetBytes[0] += bytes(frame);
                loadedPairs.add(frame.pair());
                if (useShm)
                {
                    shared.addPair(frame);
                }
                if (1 == loadedPairs.size())
                {
                    onFirstPair.accept(frame);
                }
            },
            informative::add,
            line -> err.println("hyperjet: warning: " + line), indicatorThreads);
        for (final PairFrame frame : informative)
        {
            // one more timeframe per pair in the run directory, unless it is a pair's main candles already
            if (useShm && shared.pairIndex(frame.pair(), frame.timeframe()) < 0)
            {
                datasetBytes[0] += bytes(frame);
                shared.addPair(frame);
            }
        }
        if (null != rules.timeframeDetail())
        {
            // one more timeframe per pair in the same run directory; workers attach both
            EngineData.prepareDetail(config, rules, List.copyOf(loadedPairs), frame ->
            {
                checkStartup.run();
                datasetBytes[0] += bytes(frame);
                if (useShm)
                {
                    shared.addPair(frame);
                }
            }, line -> err.println("hyperjet: warning: " + line));
        }
        final boolean aboveThreshold = datasetBytes[0] >= config.optimization().sharedMemoryThresholdMb() * 1024 * 1024;
        return useShm && aboveThreshold ? shared.publish().toString() : null;
    }

    /*
     * The workers that will get a task ring in the run directory: never more than the epochs in flight.
     */
    private int expectedWorkers(final HyperjetConfig config, final MachineProfile machine)
    {
        if (options.inProcess())
        {
            return 0;
        }
        return SharedDataSize.reservedWorkers(null != options.jobs() ? options.jobs() :
            config.optimization().hyperoptJobs(), machine.logicalCores());
    }

    private static long bytes(final PairFrame frame)
    {
        return (long)frame.rows() * Long.BYTES * (1 + frame.columns().size());
    }

    private static List<String> spaceIds(final EnumSet<SpaceName> spaces)
    {
        final List<String> ids = new ArrayList<>();
        for (final SpaceName s : spaces)
        {
            ids.add(s.id());
        }
        return ids;
    }

    private static ObjectNode runConfig(final HyperjetConfig config)
    {
        final ObjectNode raw = config.raw().deepCopy();
        raw.put("datadir", config.datadir().toAbsolutePath().toString());
        raw.put("user_data_dir", config.userDataDir().toAbsolutePath().toString());
        return raw;
    }

    private static ObjectNode settings(
        final HyperjetConfig config, final SamplerKind sampler, final long seed, final int epochs,
        final ObjectNode strategyState, final int lag, final ResultsTrades resultsTrades,
        final boolean disableParamExport)
    {
        final ObjectNode settings = EpochCommitter.MAPPER.createObjectNode();
        final ObjectNode snapshot = config.raw().deepCopy();
        snapshot.put("epochs", epochs);
        snapshot.put("hyperopt_random_state", seed);
        settings.set("config", snapshot);
        settings.put("sampler", sampler.id());
        settings.put("random_state", seed);
        settings.put("epochs", epochs);
        settings.put("lag", lag);
        settings.put("results_trades", resultsTrades.id());
        settings.set("strategy_state", strategyState);
        settings.put(DISABLE_PARAM_EXPORT, disableParamExport);
        return settings;
    }

    /*
     * Only the unbroken run of epochs from 1 is kept: later epochs in the journal are drawn and evaluated again,
     * which gives the same results because epochs are a function of the seed and the earlier results. A finished
     * run's compacted journal comes first, then the queue of epochs run since.
     */
    private static List<EpochResult> replay(final RunFolder folder, final ResultJournal.Reader reader)
    {
        final Map<Long, EpochResult> byEpoch = new TreeMap<>();
        for (final EpochResult r : JournalFiles.compacted(folder.journalDir().toPath()))
        {
            byEpoch.putIfAbsent(r.epoch(), r);
        }
        while (reader.poll(r -> byEpoch.putIfAbsent(r.epoch(), r), 1024) > 0)
        {
            continue;
        }
        final List<EpochResult> prefix = new ArrayList<>();
        long next = 1;
        while (byEpoch.containsKey(next))
        {
            prefix.add(byEpoch.get(next));
            next++;
        }
        return prefix;
    }

    /*
     * The .fthypt lines a resume keeps: the whole lines of the replayed epochs, in order, from the start of the file.
     * Anything after them (a line cut short by a full disk, lines of epochs the journal does not have) is cut off
     * and written again.
     */
    private static long storedPrefix(final List<EpochResult> replayed, final FthyptLines stored)
    {
        long keep = 0;
        int at = 0;
        for (final EpochResult r : replayed)
        {
            if (r.failed())
            {
                continue;
            }
            if (at >= stored.lines().size() || stored.lines().get(at).epoch() != r.epoch())
            {
                break;
            }
            keep = stored.lines().get(at).end();
            at++;
        }
        return keep;
    }

    private static void restore(
        final OrderedSearch search, final List<EpochResult> replayed, final EpochCommitter committer,
        final FthyptLines stored, final List<EpochResult> kept)
    {
        if (replayed.isEmpty())
        {
            return;
        }
        final List<io.hyperjet.coordinator.search.EpochResult> records = new ArrayList<>();
        for (final EpochResult r : replayed)
        {
            records.add(new io.hyperjet.coordinator.search.EpochResult(
                (int)r.epoch(), new Point(r.point(), CompactedJournal.isRandom(r)), r.loss()));
        }
        search.restore(records);
        int at = 0;
        for (final EpochResult r : replayed)
        {
            if (r.failed())
            {
                committer.acceptStored(r, null);
            }
            else if (at < stored.lines().size() && stored.lines().get(at).epoch() == r.epoch())
            {
                final FthyptLines.Line line = stored.lines().get(at++);
                committer.acceptStored(r, () -> stored.text(line));
            }
            else if (r.paramsJson().contains("params_details"))
            {
                committer.accept(r);
            }
            else
            {
                throw new UserInputException(committer.fthypt() + ": the line of epoch " + r.epoch() + " is " +
                    "missing and the compacted journal cannot rebuild it; start a new run");
            }
            kept.add(CompactedJournal.compact(r));
        }
    }

    private void finish(
        final EpochCommitter committer,
        final Strategy strategy,
        final Path[] strategyPaths,
        final Path userDataDir,
        final int epochs,
        final RunFolder folder,
        final boolean completed,
        final boolean paramExport,
        final OptimizationReport.Switches switches)
    {
        final ObjectNode best = committer.best();
        out.print(HyperoptSummary.render(best, epochs));
        out.print(committer.optimizations().render(switches));
        if (committer.failed() > 0)
        {
            out.printf(Locale.ROOT, "%d epochs failed; see the lines above.%n", committer.failed());
        }
        if (!completed)
        {
            out.printf(Locale.ROOT, "Interrupted after %d epochs; they are kept. Continue with: " +
                "hyperjet hyperopt --resume %s%n", committer.committed(), folder.runName());
        }
        out.println("Results: " + committer.fthypt());
        out.println(io.hyperjet.coordinator.plot.HyperoptReport.pointer(committer.fthypt(), userDataDir));
        if (null != best && paramExport)
        {
            final Path file = ParamsExport.target(strategy.name(), strategy.paramsFile(), strategyPaths, userDataDir);
            ParamsExport.write(strategy.name(), best, file);
            out.println("Best parameters written to " + file);
        }
        if (options.printJson() && null != best)
        {
            out.println(PythonJson.compact(EpochDetails.paramsJson(best)));
        }
        if (options.printJson())
        {
            out.println(PythonJson.compact(committer.optimizations().json(switches)));
        }
        out.flush();
    }

}
