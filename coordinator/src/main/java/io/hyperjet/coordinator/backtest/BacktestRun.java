package io.hyperjet.coordinator.backtest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairsWithData;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.results.MetricsReport;
import io.hyperjet.coordinator.results.PyFormat;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.HyperoptScoring;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.loss.HyperoptLoss;
import io.hyperjet.worker.metrics.MarketChange;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.PeriodicBreakdown;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.report.BacktestResultFiles;
import io.hyperjet.worker.report.BacktestTables;
import io.hyperjet.worker.report.PythonJson;
import io.hyperjet.worker.report.ReportSettings;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.ParamsFile;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * One backtest in this process: load the pairs, run the strategy's indicator and signal phases, backtest
 * (vectorized when allowed, else iterative with the reason printed), print Freqtrade's summary tables and export the
 * result files in Freqtrade's layout.
 */
public final class BacktestRun
{
    /**
     * What the user asked for; null means "not given".
     *
     * @param run            the options every run shares (config files, strategy, timerange, fee...).
     * @param exportFilename {@code --export-filename}: a .json file or a directory.
     * @param noExport       {@code --export none}.
     * @param hyperoptLoss   {@code --hyperopt-loss}: also print the loss a hyperopt epoch would give this result.
     * @param breakdowns     {@code --breakdown}: periodic breakdown tables to print, in order.
     */
    public record Options(RunConfigOptions run, Path exportFilename, boolean noExport, String hyperoptLoss,
        List<PeriodicBreakdown.Period> breakdowns)
    {
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;

    public BacktestRun(final Options options, final PrintWriter out, final PrintWriter err)
    {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the backtest.
     *
     * @return the result file written, or null with export off.
     */
    public Path run()
    {
        final long startS = System.currentTimeMillis() / 1000;
        final HyperjetConfig config = loadConfig(options, out, err);
        final Strategy strategy = StrategyLoader.load(RunInputs.strategy(config),
            PythonOptions.of(config, "backtest"), RunInputs.strategyPaths(config));
        try
        {
            ParamsFile.announce(strategy, out::println);
            return run(config, strategy, startS);
        }
        finally
        {
            PythonStrategy.closeIfOwning(strategy);
        }
    }

    private Path run(final HyperjetConfig config, final Strategy strategy, final long startS)
    {
        strategy.numpyOptimizations(config.optimization().numpyOptimizations());
        final TradingRules rules = TradingRules.resolve(config, strategy);
        // Resolved before any data is read, so a bad name fails at once, the way hyperopt refuses it.
        final HyperoptLoss loss = null == options.hyperoptLoss() ? null :
            RunInputs.loss(options.hyperoptLoss(), strategy, config);
        final Simulation sim = simulate(config, strategy, rules, err);
        final EngineData data = sim.data();
        final List<BacktestPair> input = sim.input();
        final BacktestResult result = sim.result();
        final long simNs = sim.simulationNs();
        final BacktestSettings settings = sim.settings();
        final MetricsContext context = new MetricsContext()
            .startingBalance(config.trading().dryRunWallet())
            .minDateMs(result.minDateMs())
            .maxDateMs(result.maxDateMs())
            .pairlist(data.pairs())
            .stakeCurrency(config.trading().stakeCurrency())
            .timeframe(rules.timeframe())
            .rejectedSignals(result.rejectedSignals())
            .locks(result.locks())
            .marketChange(MarketChange.of(data.frames()))
            .periodicBreakdown(true);
        final StrategyStats stats = new StatsCalculator().compute(result.trades(), context);
        final ReportSettings report = rules.reportSettings(settings)
            .runTimes(startS, System.currentTimeMillis() / 1000);
        final List<String> breakdownTables = new ArrayList<>();
        for (final PeriodicBreakdown.Period period : options.breakdowns())
        {
            breakdownTables.add(MetricsReport.breakdown(period, stats.periodicBreakdown.get(period),
                config.trading().stakeCurrency()));
        }
        // Freqtrade's show_backtest_results: the strategy's name, its tables, then the range and the summary table
        out.println("Result for strategy " + report.strategyName());
        out.print(BacktestTables.render(stats, report, breakdownTables));
        out.println();
        out.print(BacktestTables.strategySummary(stats, report));
        long candles = 0;
        for (int i = 0; i < result.pairCount(); i++)
        {
            candles += result.trimEndRow(i) - result.trimStartRow(i);
        }
        out.printf(Locale.ROOT, "Backtested %d candles of %d pairs in %.1f ms (%s backtester).%n", candles,
            result.pairCount(), simNs / 1e6, null == sim.fallbackReason() ? "vectorized" : "iterative");
        if (null != loss)
        {
            printLoss(new HyperoptScoring(rules, data.pairs(), loss, config.optimization().hyperoptMinTrades()),
                result, input);
        }
        final boolean noExport = options.noExport() || "none".equals(config.optimization().export());
        final Path written = noExport ? null : export(config, stats, report);
        if (null != written)
        {
            out.println("Result exported to " + written);
        }
        out.flush();
        return written;
    }

    /**
     * The config of a backtest: the {@code -c} files with the options' overrides; warnings and the fee choice are
     * printed.
     *
     * @param options what the user asked for.
     * @param out     standard output (the fee line).
     * @param err     warnings.
     * @return the config.
     */
    public static HyperjetConfig loadConfig(final Options options, final PrintWriter out, final PrintWriter err)
    {
        final HyperjetConfig config = options.run().loader().load();
        config.warnings().forEach(w -> err.println("hyperjet: warning: " + w));
        config.trading().feeChoice().print(out, err);
        return config;
    }

    /**
     * What one backtest computed: the pairs' frames after the indicator phase, their signals and the trades.
     *
     * @param settings       the backtest's settings.
     * @param data           the loaded pairs.
     * @param input          each pair's frame, signals and detail candles.
     * @param result         the trades and the simulated window of each pair.
     * @param fallbackReason why the iterative backtester ran, or null for the vectorized one.
     * @param simulationNs   time spent in the backtester.
     */
    public record Simulation(BacktestSettings settings, EngineData data, List<BacktestPair> input,
        BacktestResult result, String fallbackReason, long simulationNs)
    {
    }

    /**
     * Loads the pairs, runs the strategy's indicator and signal phases and backtests them.
     *
     * @param config   the run's config.
     * @param strategy the strategy.
     * @param rules    the resolved trading rules.
     * @param err      warnings (pairs without data) and the fallback reason.
     * @return what was computed.
     */
    public static Simulation simulate(final HyperjetConfig config, final Strategy strategy, final TradingRules rules,
        final PrintWriter err)
    {
        final List<String> pairs = PairsWithData.keep(config.datadir(), RunInputs.pairs(config, rules),
            rules.timeframe(), config.dataformatOhlcv(), config.trading().stakeCurrency(),
            config.source("exchange.pair_whitelist"),
            line -> err.println("hyperjet: warning: " + line));
        final EngineData data = EngineData.load(config, rules, pairs, strategy, null,
            line -> err.println("hyperjet: warning: " + line));
        final List<BacktestPair> input = new ArrayList<>();
        for (int i = 0; i < data.frames().size(); i++)
        {
            final PairFrame frame = data.frames().get(i);
            final Signals signals = new Signals(frame.rows());
            strategy.runSignals(frame, signals);
            input.add(new BacktestPair(frame.pair(), frame, signals, data.detail(i)));
        }
        final BacktestSettings settings = rules.backtestSettings(null, strategy);
        final BacktestEngine engine = new BacktestEngine();
        final long simStartNs = System.nanoTime();
        final BacktestResult result = engine.run(settings, input,
            strategy.needsIterativeBacktester() ? strategy.callbacks() : null);
        final long simNs = System.nanoTime() - simStartNs;
        if (null != engine.lastFallbackReason())
        {
            err.println("hyperjet: iterative backtester: " + engine.lastFallbackReason());
        }
        return new Simulation(settings, data, input, result, engine.lastFallbackReason(), simNs);
    }

    /*
     * Scored through the same class as a hyperopt epoch (same loss input, range, config and min-trades rule), and
     * printed in full (Python's repr) so it can be compared digit for digit with a .fthypt "loss".
     */
    private void printLoss(final HyperoptScoring scoring, final BacktestResult result, final List<BacktestPair> pairs)
    {
        final double value = scoring.score(result, pairs);
        final String why = result.trades().size() < scoring.minTrades() ?
            " (fewer trades than hyperopt_min_trades = " + scoring.minTrades() + ")" : "";
        out.println("Hyperopt loss " + options.hyperoptLoss() + ": " + PyFormat.repr(value) + why);
    }

    private Path export(final HyperjetConfig config, final StrategyStats stats, final ReportSettings report)
    {
        final String runId = UUID.randomUUID().toString().replace("-", "");
        final Path target = null != options.exportFilename() ? options.exportFilename() :
            null != config.optimization().exportFilename() ? Path.of(config.optimization().exportFilename()) :
            config.userDataDir().resolve("backtest_results");
        if (!target.toString().endsWith(".json"))
        {
            return BacktestResultFiles.write(target, LocalDateTime.now(), stats, report, runId);
        }
        final Path dir = null == target.toAbsolutePath().getParent() ? Path.of(".") :
            target.toAbsolutePath().getParent();
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + dir, ex);
        }
        final ObjectNode doc = BacktestResultFiles.document(stats, report, runId);
        PythonJson.writeAtomically(target, PythonJson.indented(doc, 4));
        final String base = target.getFileName().toString().replaceFirst("\\.json$", "");
        PythonJson.writeAtomically(dir.resolve(base + ".meta.json"), PythonJson.indented(doc.get("metadata"), 4));
        final ObjectNode last = JsonNodeFactory.instance.objectNode();
        last.put("latest_backtest", target.getFileName().toString());
        PythonJson.writeAtomically(dir.resolve(".last_result.json"), PythonJson.indented(last, 4));
        return target;
    }
}
