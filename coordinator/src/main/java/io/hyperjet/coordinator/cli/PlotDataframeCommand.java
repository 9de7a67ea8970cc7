package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.coordinator.backtest.BacktestRun;
import io.hyperjet.coordinator.plot.DataframePlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet plot-dataframe}: candles, indicators, signals and trades per pair as self-contained HTML pages.
 */
@Command(
    name = "plot-dataframe",
    mixinStandardHelpOptions = true,
    description = "Plot candles with volume, indicators, entry/exit signals and the backtest's trades, one HTML " +
        "page per pair in <user_data>/plot/.")
final class PlotDataframeCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = {"-p", "--pairs"}, arity = "1..*", description = "Pairs to plot (default: every pair).")
    List<String> pairs;

    @Option(names = "--indicators1", arity = "1..*", description = "Columns on the price chart (default: those of " +
        "tema, sma, ema, bb_lowerband, bb_middleband, bb_upperband, sar the strategy makes).")
    List<String> indicators1;

    @Option(names = "--indicators2", arity = "1..*", description = "Columns in the chart below the price (default: " +
        "those of rsi, macd, macdsignal the strategy makes).")
    List<String> indicators2;

    @Option(names = "--export-filename", description = "Take the trades from this backtest-result file (or the " +
        "latest in this directory) instead of backtesting here.")
    Path exportFilename;

    @Option(names = "--max-bars", defaultValue = "3000", description = "Most candle bars per page; more candles " +
        "are merged into bars (default: ${DEFAULT-VALUE}).")
    int maxBars;

    @Override
    public Integer call()
    {
        new DataframePlot(new DataframePlot.Options(new BacktestRun.Options(run.configFiles(), run.strategy,
            run.strategyPath, run.datadir, run.timerange, null, true, run.fee, null, run.timeframeDetail,
            run.enableProtections, run.python, run.timeframe), pairs, indicators1, indicators2, exportFilename, maxBars),
            spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return ExitCode.OK;
    }
}
