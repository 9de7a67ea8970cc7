package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.coordinator.results.EpochCsv;
import io.hyperjet.coordinator.results.EpochDetails;
import io.hyperjet.coordinator.results.EpochFilter;
import io.hyperjet.coordinator.results.EpochTable;
import io.hyperjet.coordinator.results.HyperoptResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet hyperopt-list}: the epochs of a hyperopt results file as a table, then the best listed epoch's
 * parameters, like Freqtrade's command of the same name.
 */
@Command(
    name = "hyperopt-list",
    mixinStandardHelpOptions = true,
    description = "List the epochs of a hyperopt run (the latest, or --hyperopt-filename), with Freqtrade's filters.")
final class HyperoptListCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    ResultsFileOptions source;

    @Mixin
    NoColorOption noColor;

    @Option(names = "--best", description = "Only best epochs.")
    boolean best;

    @Option(names = "--profitable", description = "Only profitable epochs.")
    boolean profitable;

    @Option(names = "--min-trades", description = "Only epochs with more trades than this.")
    int minTrades;

    @Option(names = "--max-trades", description = "Only epochs with fewer trades than this.")
    int maxTrades;

    @Option(names = "--min-avg-time", description = "Only epochs whose trades last longer than this on average " +
        "(minutes).")
    Double minAvgTime;

    @Option(names = "--max-avg-time", description = "Only epochs whose trades last shorter than this on average " +
        "(minutes).")
    Double maxAvgTime;

    @Option(names = "--min-avg-profit", description = "Only epochs with an average profit above this (percent).")
    Double minAvgProfit;

    @Option(names = "--max-avg-profit", description = "Only epochs with an average profit below this (percent).")
    Double maxAvgProfit;

    @Option(names = "--min-total-profit", description = "Only epochs with a total profit above this (stake " +
        "currency).")
    Double minTotalProfit;

    @Option(names = "--max-total-profit", description = "Only epochs with a total profit below this (stake " +
        "currency).")
    Double maxTotalProfit;

    @Option(names = "--min-objective", description = "Only epochs with an objective below this (Freqtrade's " +
        "meaning: the objective is a loss).")
    Double minObjective;

    @Option(names = "--max-objective", description = "Only epochs with an objective above this.")
    Double maxObjective;

    @Option(names = "--no-details", description = "Do not print the best listed epoch's details.")
    boolean noDetails;

    @Option(names = "--export-csv", description = "Write the listed epochs to this CSV file instead of the table.")
    Path exportCsv;

    @Option(names = "--print-json", description = "Print the best listed epoch's parameters as JSON.")
    boolean printJson;

    @Override
    public Integer call()
    {
        final HyperjetConfig cfg = source.loadConfig();
        final Path file = source.file(cfg);
        final HyperoptResults results = HyperoptResults.read(file);
        final int total = results.epochs().size();
        final List<JsonNode> epochs = new EpochFilter()
            .onlyBest(best)
            .onlyProfitable(profitable)
            .minTrades(minTrades)
            .maxTrades(maxTrades)
            .avgMinutes(minAvgTime, maxAvgTime)
            .avgProfitPct(minAvgProfit, maxAvgProfit)
            .totalProfit(minTotalProfit, maxTotalProfit)
            .objective(minObjective, maxObjective)
            .apply(results.epochs());
        final String currency = null != cfg && cfg.has("stake_currency") ? cfg.string("stake_currency", "") :
            results.stakeCurrency();
        final PrintWriter out = spec.commandLine().getOut();
        if (null == exportCsv)
        {
            out.print(EpochTable.render(epochs, total, currency));
            out.println(epochs.size() + " of " + total + " epochs listed from " + file);
        }
        if (!epochs.isEmpty() && !noDetails)
        {
            out.print(EpochDetails.render(lowestLoss(epochs), total, printJson, false, "Best result"));
        }
        if (!epochs.isEmpty() && null != exportCsv)
        {
            EpochCsv.write(exportCsv, epochs, currency);
            out.println("CSV file created: " + exportCsv);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static JsonNode lowestLoss(final List<JsonNode> epochs)
    {
        final List<JsonNode> sorted = new ArrayList<>(epochs);
        sorted.sort((a, b) -> Double.compare(a.path("loss").asDouble(), b.path("loss").asDouble()));
        return sorted.get(0);
    }
}
