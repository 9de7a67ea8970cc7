package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.coordinator.hyperopt.ParamsExport;
import io.hyperjet.coordinator.hyperopt.RunFolder;
import io.hyperjet.coordinator.results.EpochDetails;
import io.hyperjet.coordinator.results.EpochFilter;
import io.hyperjet.coordinator.results.EpochRerun;
import io.hyperjet.coordinator.results.HyperoptResults;
import io.hyperjet.coordinator.results.MetricsReport;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.metrics.PeriodicBreakdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet hyperopt-show}: one epoch of a hyperopt results file (its backtest report and parameters), like
 * Freqtrade's command of the same name.
 */
@Command(
    name = "hyperopt-show",
    mixinStandardHelpOptions = true,
    description = "Show one epoch of a hyperopt run: -n picks among the (filtered) epochs, default the last one; " +
        "with --best that is the best epoch. An epoch stored without its trades (hyperopt_results_trades best or " +
        "none) is run again from the run's data to show its tables. The epoch's parameters are written to " +
        "<Strategy>.json beside the strategy, as hyperopt does for its best epoch (not with --disable-param-export).")
final class HyperoptShowCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    ResultsFileOptions source;

    @Option(names = {"-n", "--index"}, description = "1-based index among the filtered epochs; negative counts " +
        "from the end (default: -1, the last).")
    int index = -1;

    @Option(names = "--best", description = "Only best epochs.")
    boolean best;

    @Option(names = "--profitable", description = "Only profitable epochs.")
    boolean profitable;

    @Option(names = "--print-json", description = "Print the parameters as JSON, without the backtest report.")
    boolean printJson;

    @Option(names = "--no-header", description = "Leave out the epoch header.")
    boolean noHeader;

    @Option(names = "--disable-param-export", description = "Do not write the shown epoch's parameters to " +
        "<Strategy>.json (by default they are, as Freqtrade does, so a backtest after the show tests this epoch).")
    boolean disableParamExport;

    @Option(names = "--breakdown", arity = "1..*", description = "Add a breakdown of the trades per day, week " +
        "or month.")
    List<String> breakdown = new ArrayList<>();

    @Override
    public Integer call()
    {
        final List<PeriodicBreakdown.Period> periods = BreakdownPeriods.of(breakdown);
        final HyperjetConfig cfg = source.loadConfig();
        final Path file = source.file(cfg);
        final HyperoptResults results = HyperoptResults.read(file);
        final List<JsonNode> epochs = new EpochFilter().onlyBest(best).onlyProfitable(profitable)
            .apply(results.epochs());
        final int count = epochs.size();
        if (index > count)
        {
            throw new UserInputException(file + ": epoch index " + index + " is out of range; it should be less " +
                "than " + (count + 1) + " (" + count + " epochs after filtering)");
        }
        if (index < -count)
        {
            throw new UserInputException(file + ": epoch index " + index + " is out of range; it should be greater " +
                "than " + (-count - 1) + " (" + count + " epochs after filtering)");
        }
        final JsonNode epoch = epochs.get(index > 0 ? index - 1 : (index < 0 ? count + index : 0));
        final PrintWriter out = spec.commandLine().getOut();
        final boolean export = !disableParamExport && (null == cfg || !cfg.bool("disableparamexport", false));
        final boolean compact = EpochRerun.isCompact(epoch);
        final JsonNode metrics = compact && !printJson ? EpochRerun.metrics(file, epoch) :
            epoch.path("results_metrics");
        if (!printJson && metrics.has("strategy_name"))
        {
            out.print(MetricsReport.render(metrics, periods));
        }
        if (export && (metrics.has("strategy_name") || compact))
        {
            // a compact epoch stored no strategy name: its run's stored config has it, without running it again
            final String strategyName = metrics.has("strategy_name") ? metrics.path("strategy_name").asText() :
                runStrategy(file);
            export(strategyName, epoch, cfg);
        }
        out.print(EpochDetails.render(epoch, results.epochs().size(), printJson, noHeader, "Epoch details"));
        out.flush();
        return ExitCode.OK;
    }

    /* Freqtrade logs both lines, so they go to stderr here too, leaving stdout to the report or the JSON. */
    private void export(final String strategyName, final JsonNode epoch, final HyperjetConfig cfg)
    {
        final PrintWriter err = spec.commandLine().getErr();
        if (null == strategyName)
        {
            err.println("hyperjet: warning: " + ParamsExport.NOT_FOUND + " (the epoch was stored without its " +
                "strategy name and its run's settings are gone)");
            err.flush();
            return;
        }
        final Path userDataDir = HyperoptResults.userDataDir(source.userdir, cfg);
        final Path written = ParamsExport.tryExport(strategyName, epoch, strategyPaths(cfg, userDataDir),
            userDataDir, line -> err.println("hyperjet: warning: " + line));
        if (null != written)
        {
            err.println("Parameters of epoch " + epoch.path("current_epoch").asLong() + " written to " + written);
        }
        err.flush();
    }

    /* The strategy in the run's stored config; null when the run's settings are gone (deleted journal). */
    private static String runStrategy(final Path fthypt)
    {
        try
        {
            final String name = RunFolder.existing(fthypt.toAbsolutePath().getParent(), fthypt.getFileName()
                .toString()).settings().path("config").path("strategy").asText("");
            return name.isEmpty() ? null : name;
        }
        catch (final UserInputException ex)
        {
            return null;
        }
    }

    /* The config's strategy_path, else <userdir>/strategies: where hyperopt and backtesting look. */
    private Path[] strategyPaths(final HyperjetConfig cfg, final Path userDataDir)
    {
        if (null != cfg && (null == source.userdir || null != cfg.strategyPath()))
        {
            return RunInputs.strategyPaths(cfg);
        }
        final Path dir = userDataDir.resolve("strategies");
        return Files.isDirectory(dir) ? new Path[] {dir.toAbsolutePath()} : new Path[0];
    }
}
