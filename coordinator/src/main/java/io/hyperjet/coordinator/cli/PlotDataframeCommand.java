package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigFlags;
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

    @Option(names = "--trade-source", paramLabel = "file",
        description = "file: take the trades from a backtest-result file (--export-filename, default: the latest in " +
        "<user_data>/backtest_results) instead of backtesting here. Freqtrade's DB is refused (no trade database).")
    String tradeSource;

    @Option(names = "--db-url", paramLabel = "URL", description = "Freqtrade's: refused here (no trade database).")
    String dbUrl;

    @Option(names = "--no-trades", description = "Draw no trades.")
    boolean noTrades;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH",
        description = "Config key user_data_dir (the pages go to its plot/ folder).")
    Path userDataDir;

    @Option(names = {"--max-bars", "--plot-limit"}, defaultValue = "3000", description = "Most candle bars per page " +
        "(Freqtrade's --plot-limit); more candles are merged into bars (default: ${DEFAULT-VALUE}).")
    int maxBars;

    @Override
    public Integer call()
    {
        if (null != dbUrl)
        {
            throw new UserInputException("--db-url: Hyperjet has no trade database (it does not trade live or dry-run); " +
                "drop it: the trades come from a backtest run here, or from a backtest-result file with " +
                "--export-filename");
        }
        if (null != tradeSource && !"file".equals(tradeSource))
        {
            throw new UserInputException("--trade-source must be file (trades of a backtest-result file), was " +
                tradeSource + ("DB".equals(tradeSource) ? ": Hyperjet has no trade database" : ""));
        }
        final ConfigFlags flags = new ConfigFlags()
            .set("--userdir", "user_data_dir", null == userDataDir ? null : userDataDir.toString());
        final DataframePlot.Trades trades = noTrades ? DataframePlot.Trades.NONE :
            null != exportFilename || null != tradeSource ? DataframePlot.Trades.FILE : DataframePlot.Trades.BACKTEST;
        new DataframePlot(new DataframePlot.Options(new BacktestRun.Options(run.runConfig(run.configFiles(), flags),
            null, true, null, List.of()), pairs, indicators1, indicators2, trades, exportFilename, maxBars),
            spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return ExitCode.OK;
    }
}
