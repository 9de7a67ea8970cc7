package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.coordinator.results.EpochDetails;
import io.hyperjet.coordinator.results.EpochFilter;
import io.hyperjet.coordinator.results.EpochRerun;
import io.hyperjet.coordinator.results.HyperoptResults;
import io.hyperjet.coordinator.results.MetricsReport;
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
        "none) is run again from the run's data to show its tables.")
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
        final JsonNode metrics = !printJson && EpochRerun.isCompact(epoch) ? EpochRerun.metrics(file, epoch) :
            epoch.path("results_metrics");
        if (!printJson && metrics.has("strategy_name"))
        {
            out.print(MetricsReport.render(metrics, periods));
        }
        out.print(EpochDetails.render(epoch, results.epochs().size(), printJson, noHeader, "Epoch details"));
        out.flush();
        return ExitCode.OK;
    }
}
