package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.coordinator.plot.ProfitPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet plot-profit}: a backtest result's profit as a self-contained HTML page.
 */
@Command(
    name = "plot-profit",
    mixinStandardHelpOptions = true,
    description = "Plot a backtest result's cumulative profit, per pair, its drawdown and the market average: " +
        "<user_data>/plot/freqtrade-profit-plot.html.")
final class PlotProfitCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, required = true, description = "Config file(s) (datadir, user_data_dir).")
    List<Path> configs;

    @Option(names = "--export-filename", description = "Backtest-result file, or a directory to take the latest " +
        "from (default: <user_data>/backtest_results).")
    Path exportFilename;

    @Option(names = {"-s", "--strategy"}, description = "Strategy whose results to plot (default: the file's first).")
    String strategy;

    @Option(names = {"-p", "--pairs"}, arity = "1..*", description = "Pairs to plot (default: the result's).")
    List<String> pairs;

    @Override
    public Integer call()
    {
        new ProfitPlot(new ProfitPlot.Options(configs, exportFilename, strategy, pairs), spec.commandLine().getOut(),
            spec.commandLine().getErr()).run();
        return ExitCode.OK;
    }
}
