package io.hyperjet.worker.epoch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.cache.PhaseSignals;
import io.hyperjet.worker.cache.SignalCache;
import io.hyperjet.worker.cache.SignalKey;
import io.hyperjet.worker.cache.WorkerCaches;
import io.hyperjet.worker.frame.FrameStrategy;
import io.hyperjet.worker.loss.HyperoptLoss;
import io.hyperjet.worker.loss.LossInput;
import io.hyperjet.worker.loss.LossRules;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.report.StatsJson;
import io.hyperjet.worker.report.SummaryFigures;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.python.PythonProcess;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.strategy.Strategy;

/**
 * Evaluates epochs on one thread: sets the epoch's parameter values on the strategy, runs its entry and exit phases
 * per pair into reused signal buffers, backtests (vectorized when allowed), scores with the loss and reports the
 * epoch's summary figures, plus the full {@code results_metrics} with its trades when the task asks for them. The same class serves worker processes and in-process runs, so both give the same
 * numbers.
 * <p>
 * With the signal cache on, a pair's signals are restored from the cache when the values of every parameter the
 * phases have read so far are unchanged ({@link SignalKey}); the indicator cache serves the strategy's
 * frame-based indicator calls. A strategy written in the column API without mutable fields of its own is cached one
 * phase at a time ({@link PhaseSignals}), which hits far more often. Each result's extras carry the caches'
 * cumulative counters.
 * <p>
 * Not threadsafe; one per thread. Owns the data it was given and closes it.
 */
public final class EpochEngine implements EpochEvaluator
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How often one epoch may lose its Python bridge before it fails (a strategy that crashes Python each time). */
    private static final int BRIDGE_ATTEMPTS = 3;

    private final TradingRules rules;
    private final Strategy strategy;
    private final EngineData data;
    private final HyperoptScoring scoring;
    private final BacktestEngine backtester = new BacktestEngine();
    private final List<BacktestPair> pairs = new ArrayList<>();
    private final WorkerCaches caches;
    private final SignalCache signalCache;
    /* Phase-wise signal caching, for strategies whose phases cannot read each other's signals; else null. */
    private final PhaseSignals phaseSignals;
    private BacktestResult lastResult;
    private LossInput lossInput;

    /**
     * An engine over loaded or attached data.
     *
     * @param rules     the run's trading rules.
     * @param strategy  a strategy instance for this thread.
     * @param data      the pairs with indicator columns.
     * @param pairlist  the configured whitelist (reported as the pair list).
     * @param loss      the hyperopt loss.
     * @param minTrades hyperopt_min_trades.
     */
    public EpochEngine(
        final TradingRules rules,
        final Strategy strategy,
        final EngineData data,
        final List<String> pairlist,
        final HyperoptLoss loss,
        final int minTrades)
    {
        this(rules, strategy, data, pairlist, loss, minTrades, WorkerCaches.of(rules.config()));
    }

    /**
     * An engine with caches made beforehand (so the indicator phase of a worker that loads its own data could use
     * them too).
     *
     * @param rules     the run's trading rules.
     * @param strategy  a strategy instance for this thread.
     * @param data      the pairs with indicator columns.
     * @param pairlist  the configured whitelist (reported as the pair list).
     * @param loss      the hyperopt loss.
     * @param minTrades hyperopt_min_trades.
     * @param caches    the caches; the indicator cache is set on the strategy.
     */
    public EpochEngine(
        final TradingRules rules,
        final Strategy strategy,
        final EngineData data,
        final List<String> pairlist,
        final HyperoptLoss loss,
        final int minTrades,
        final WorkerCaches caches)
    {
        this.caches = caches;
        this.signalCache = caches.signals();
        // the column API gives each phase its own frame without the signal columns (PhaseSignals checks the rest)
        this.phaseSignals = null != signalCache && strategy instanceof FrameStrategy &&
            PhaseSignals.stateless(strategy.getClass(), FrameStrategy.class) ?
            new PhaseSignals(signalCache, strategy) : null;
        strategy.indicatorCache(caches.indicators());
        this.rules = rules;
        this.strategy = strategy;
        this.data = data;
        this.scoring = new HyperoptScoring(rules, pairlist, loss, minTrades);
        for (int i = 0; i < data.frames().size(); i++)
        {
            final PairFrame frame = data.frames().get(i);
            pairs.add(new BacktestPair(frame.pair(), frame, new Signals(frame.rows()), data.detail(i)));
        }
    }

    /*
     * The common case does no per-trade work beyond the loss and the summary figures: the full stats, tables and
     * trade JSON are made only when the task asks for them (a possible new best, or results_trades "all").
     */
    @Override
    public EpochResult evaluate(final EpochTask task, final int workerId)
    {
        final long startNs = System.nanoTime();
        try
        {
            final JsonNode descriptor = MAPPER.readTree(task.paramsJson());
            final EpochParams params = EpochParams.of(descriptor.path("params_details"));
            final BacktestSettings settings = backtest(params);
            final double loss = scoring.loss();
            final boolean full = task.wantsFull(loss);
            final StrategyStats stats = full ? lossInput.stats() : lossInput.summaryStats();
            final ObjectNode extras = MAPPER.createObjectNode();
            final String fallback = backtester.lastFallbackReason();
            extras.put("backtester", null == fallback ? "vectorized" : "iterative");
            extras.put("fallback_reason", fallback);
            caches.writeStats(extras.putObject("caches"));
            final String metrics = full ? StatsJson.compactWithTrades(stats, rules.reportSettings(settings)) : null;
            return new EpochResult(task.epoch(), workerId, false, loss, System.nanoTime() - startNs, task.point(),
                task.paramsJson(), SummaryFigures.of(stats), metrics, extras.toString());
        }
        catch (final IOException | RuntimeException ex)
        {
            final String message = null == ex.getMessage() ? ex.toString() : ex.getMessage();
            return new EpochResult(task.epoch(), workerId, true, LossRules.MAX_LOSS, System.nanoTime() - startNs,
                task.point(), task.paramsJson(), EpochFigures.NONE, message, "{}");
        }
    }

    /**
     * Runs one epoch and keeps its stats; for the in-process backtest and tests.
     *
     * @param params the epoch's values, or null for the strategy's own.
     * @return the outcome.
     */
    public Outcome run(final EpochParams params)
    {
        final BacktestSettings settings = backtest(params);
        final double epochLoss = scoring.loss();
        return new Outcome(settings, lastResult, lossInput.stats(), epochLoss);
    }

    /**
     * The full {@code results_metrics} of an outcome with its trades, as a worker sends it when asked.
     *
     * @param outcome an outcome of {@link #run}.
     * @return the JSON text.
     */
    public String resultsMetrics(final Outcome outcome)
    {
        return StatsJson.compactWithTrades(outcome.stats(), rules.reportSettings(outcome.settings()));
    }

    /* Signals and backtest of one epoch, loaded into the scoring; returns the settings it ran with. */
    private BacktestSettings backtest(final EpochParams params)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return backtestOnce(params);
            }
            catch (final PythonProcess.Lost ex)
            {
                // a killed or crashed bridge: a new one gives the same epoch (its state is rebuilt from scratch)
                if (attempt >= BRIDGE_ATTEMPTS || !PythonStrategy.restartIfOwning(strategy))
                {
                    throw ex;
                }
                System.err.println("hyperjet: warning: " + ex.getMessage() + "; started a new one and running the " +
                    "epoch again");
            }
        }
    }

    private BacktestSettings backtestOnce(final EpochParams params)
    {
        if (null != params)
        {
            strategy.parameters().setValues(params.strategyValues());
        }
        for (final BacktestPair pair : pairs)
        {
            signals(pair);
        }
        final BacktestSettings settings = rules.backtestSettings(params, strategy);
        lastResult = backtester.run(settings, pairs,
            strategy.needsIterativeBacktester() ? strategy.callbacks() : null);
        lossInput = scoring.load(lastResult, pairs);
        return settings;
    }

    private void signals(final BacktestPair pair)
    {
        final Signals signals = pair.signals();
        // runSignals clears what each phase writes (codes and tags); a clear before it would do the work twice
        if (null == signalCache)
        {
            strategy.runSignals(pair.frame(), signals);
            return;
        }
        if (null != phaseSignals && phaseSignals.separable())
        {
            if (phaseSignals.fill(pair.frame(), signals))
            {
                strategy.signalsRestored(pair.frame());
            }
            return;
        }
        if (!signalCache.restore(SignalKey.of(pair.pair(), strategy.parameters()), signals))
        {
            strategy.runSignals(pair.frame(), signals);
            signalCache.store(SignalKey.of(pair.pair(), strategy.parameters()), signals);
        }
        else
        {
            strategy.signalsRestored(pair.frame());
        }
    }

    /**
     * The caches this engine uses.
     *
     * @return the caches.
     */
    public WorkerCaches caches()
    {
        return caches;
    }

    /**
     * Why the last epoch ran on the iterative backtester, or null when it ran vectorized.
     *
     * @return the reason or null.
     */
    public String lastFallbackReason()
    {
        return backtester.lastFallbackReason();
    }

    /** Unmaps the data and ends the strategy's Python process if it has one. */
    @Override
    public void close()
    {
        try
        {
            data.close();
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    /**
     * One epoch's outcome.
     *
     * @param settings the settings it ran with.
     * @param result   the backtest result.
     * @param stats    the full stats.
     * @param loss     the loss.
     */
    public record Outcome(BacktestSettings settings, BacktestResult result, StrategyStats stats, double loss)
    {
    }
}
